/**
 * English: a cadence rule's period (`every`) in words: "every quarter", "every month from the 15th",
 * "every 2 weeks from Monday". RRULEs are worded by the shape {@link readCadenceRule} reads; a rule
 * outside those shapes is called a custom rule, never quoted as written (QA26-40).
 */
import { isWorkWeek, readCadenceRule, type CadenceRule } from '../internal/cadence-rule.js';

const NAMED: Readonly<Record<string, string>> = { year: 'every year', quarter: 'every quarter', month: 'every month', week: 'every week' };
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth'];

/**
 * The period in English, as it follows an opening parenthesis in a cadence finding.
 * @param every - the rule's `every`: a named period (`quarter`) or an RRULE
 * @returns e.g. `every month from the 15th`
 * @example cadenceEvery('FREQ=MONTHLY;BYDAY=-1FR') //=> 'every month from the last Friday'
 */
export function cadenceEvery(every: string): string {
  const named = NAMED[every];
  if (named !== undefined) return named;
  const rule = readCadenceRule(every);
  return rule === null ? 'periods of a custom repeat rule' : words(rule);
}

function words(rule: CadenceRule): string {
  const { unit, interval, months, anchor } = rule;
  const base = interval === 1 ? `every ${unit}` : `every ${interval} ${unit}s`;
  const inMonths = months.length > 0 ? ` in ${and(months.map((m) => MONTHS[m - 1]!))}` : '';
  switch (anchor.kind) {
    case 'none':
      return `${base}${inMonths}`;
    case 'weekdays':
      if (unit === 'week' && interval === 1 && isWorkWeek(anchor.days)) return 'every weekday (Monday to Friday)';
      return unit === 'week' ? `${base} from ${and(anchor.days.map((d) => DAYS[d]!))}` : `${base}${inMonths} from each ${and(anchor.days.map((d) => DAYS[d]!))}`;
    case 'month-days':
      // "every year from 1 March" rather than "every year in March from the 1st".
      if (months.length === 1 && anchor.days.length === 1 && anchor.days[0]! > 0) return `${base} from ${anchor.days[0]!} ${MONTHS[months[0]! - 1]!}`;
      return `${base}${inMonths} from the ${and(anchor.days.map(monthDay))}`;
    case 'nth-weekdays':
      return `${base}${inMonths} from the ${and(anchor.items.map(({ n, day }) => `${nth(n)} ${DAYS[day]}`))}`;
    case 'nth-workday':
      return `${base}${inMonths} from the ${nth(anchor.n)} weekday`;
    default: {
      const never: never = anchor;
      return String(never);
    }
  }
}

function and(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

/** `15` → `15th`, `-1` → `last day`, `-2` → `2nd-to-last day`. */
function monthDay(day: number): string {
  return day > 0 ? ordinal(day) : day === -1 ? 'last day' : `${ordinal(-day)}-to-last day`;
}

/** `1` → `first`, `-1` → `last`, `-2` → `second-to-last`. */
function nth(n: number): string {
  const k = Math.abs(n);
  const word = ORDINALS[k] ?? ordinal(k);
  return n > 0 ? word : n === -1 ? 'last' : `${word}-to-last`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}
