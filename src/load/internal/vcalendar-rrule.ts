/**
 * vCalendar 1.0 recurrence rules (the "basic recurrence rule grammar" of XAPIA's CSA, which old OA
 * systems, Lotus Notes and phones still export in files renamed .ics) read as RFC 5545 RRULEs:
 * `W1 TU #4` → `FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;COUNT=4`. The grammar is a frequency letter with an
 * interval (D daily, W weekly, MP monthly by position, MD monthly by day, YM yearly by month, YD
 * yearly by day), its list, then a duration (`#n`, `#0` = forever) or an end date.
 *
 * Only one rule per value is read, without a time list (`D1 0900 1700`): anything else is not
 * translated, and the caller keeps the event as one meeting with a problem. A rule with neither a
 * duration nor an end date repeats twice: the vCalendar 1.0 grammar's default duration is `#2`.
 */

/** The outcome of {@link translateVcalendarRule}. */
export type VcalendarRule =
  /** Not vCalendar 1.0 syntax at all (an RFC 5545 rule, or text): leave it to the RRULE reader. */
  | { readonly kind: 'not-vcalendar' }
  /** vCalendar 1.0 syntax this reader does not translate. */
  | { readonly kind: 'unsupported' }
  /** The equivalent RFC 5545 rule; `countDefaulted` when the rule gave no duration or end date. */
  | { readonly kind: 'translated'; readonly rrule: string; readonly countDefaulted: boolean };

const HEAD = /^(D|W|MP|MD|YM|YD)(\d{1,4})$/u;
const WEEKDAY = /^(SU|MO|TU|WE|TH|FR|SA)$/u;
const FREQ = { D: 'DAILY', W: 'WEEKLY', MP: 'MONTHLY', MD: 'MONTHLY', YM: 'YEARLY', YD: 'YEARLY' } as const;

/**
 * Translates a vCalendar 1.0 RRULE value.
 * @param value - the RRULE value as written
 * @returns the RFC 5545 rule, `unsupported`, or `not-vcalendar` for any other text
 * @example
 * translateVcalendarRule('W1 TU #4')
 * //=> { kind: 'translated', rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;COUNT=4', countDefaulted: false }
 */
export function translateVcalendarRule(value: string): VcalendarRule {
  const tokens = value.trim().toUpperCase().split(/\s+/u);
  const head = HEAD.exec(tokens[0] ?? '');
  // `FREQ=…` has `=`; a vCalendar rule never does.
  if (head === null || value.includes('=')) return { kind: 'not-vcalendar' };
  const type = head[1] as keyof typeof FREQ;
  const interval = Number.parseInt(head[2]!, 10);
  if (interval < 1) return { kind: 'unsupported' };
  let body = tokens.slice(1);

  // The duration or end date comes last.
  let end = '';
  let countDefaulted = false;
  const last = body.at(-1);
  if (last !== undefined && /^#\d{1,6}$/u.test(last)) {
    const count = Number.parseInt(last.slice(1), 10);
    end = count === 0 ? '' : `;COUNT=${count}`;
    body = body.slice(0, -1);
  } else if (last !== undefined && /^\d{8}(T\d{6}Z?)?$/u.test(last)) {
    end = `;UNTIL=${last}`;
    body = body.slice(0, -1);
  } else {
    end = ';COUNT=2';
    countDefaulted = true;
  }

  let parts: string | null;
  switch (type) {
    case 'D':
      // A time list (`D1 0900 1700`) makes several meetings a day: not translated.
      parts = body.length === 0 ? '' : null;
      break;
    case 'W':
      parts = body.every((t) => WEEKDAY.test(t)) ? by('BYDAY', body) : null;
      break;
    case 'MP':
      parts = byPosition(body);
      break;
    case 'MD':
      parts = numbers(body, 31, 'BYMONTHDAY');
      break;
    case 'YM':
      parts = body.every((t) => /^\d{1,2}$/u.test(t) && Number(t) >= 1 && Number(t) <= 12) ? by('BYMONTH', body.map((t) => String(Number(t)))) : null;
      break;
    case 'YD':
      parts = numbers(body, 366, 'BYYEARDAY');
      break;
    default: {
      const never: never = type;
      throw new Error(`unhandled vCalendar rule type ${String(never)}`);
    }
  }
  if (parts === null) return { kind: 'unsupported' };
  return { kind: 'translated', rrule: `FREQ=${FREQ[type]};INTERVAL=${interval}${parts}${end}`, countDefaulted };
}

function by(name: string, values: readonly string[]): string {
  return values.length === 0 ? '' : `;${name}=${values.join(',')}`;
}

/** `7 14 1- LD` → `;BYMONTHDAY=7,14,-1,-1`: `n-` counts from the end, `LD` is the last day. */
function numbers(tokens: readonly string[], max: number, name: string): string | null {
  const out: string[] = [];
  for (const t of tokens) {
    if (t === 'LD') {
      out.push('-1');
      continue;
    }
    const m = /^(\d{1,3})([+-]?)$/u.exec(t);
    if (m === null) return null;
    const n = Number.parseInt(m[1]!, 10);
    if (n < 1 || n > max) return null;
    out.push(m[2] === '-' ? `-${n}` : String(n));
  }
  return by(name, out);
}

/** `1+ MO 1- FR` → `;BYDAY=1MO,-1FR`; several positions apply to the weekdays after them. */
function byPosition(tokens: readonly string[]): string | null {
  // Without a list the position would be taken from DTSTART: not translated.
  if (tokens.length === 0) return null;
  const days: string[] = [];
  let positions: number[] = [];
  let afterDay = false;
  for (const t of tokens) {
    const pos = /^([1-5])([+-])$/u.exec(t);
    if (pos !== null) {
      if (afterDay) positions = [];
      positions.push(pos[2] === '-' ? -Number(pos[1]) : Number(pos[1]));
      afterDay = false;
    } else if (WEEKDAY.test(t) && positions.length > 0) {
      for (const p of positions) days.push(`${p}${t}`);
      afterDay = true;
    } else return null;
  }
  return afterDay ? by('BYDAY', days) : null;
}
