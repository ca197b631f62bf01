/**
 * Findings about days a calendar's file does not cover (QF-16). An office that sends "this month's
 * calendar" from Outlook with a date range (X-CLIPSTART/X-CLIPEND, `CalendarInfo.exportRange`) says
 * nothing about its other days: a January relay whose city meeting is not in the city's December export
 * may well follow one, and a roster exported for December says nothing of who is on duty in January.
 * Such findings are marked as those about calendars that could not be read (QA-8, QC-19): `info`, the
 * calendars named in `data.unreadable`, and the range in `data.exportedFrom`/`exportedTo`, so that the
 * message says what the file covers rather than blaming the schedule. A roster gap that begins (or ends)
 * inside the exported days keeps its severity, cut to those days: that part is known to be unstaffed.
 */
import { DateTime } from 'luxon';
import type { CalendarInfo, CalendarMeta } from '../../model/calendar.js';
import type { Finding } from '../../model/finding.js';
import type { Occurrence } from '../../model/occurrence.js';
import type { Person } from '../../model/person.js';
import type { RuleConfig } from '../../model/rule-config.js';
import type { Selector } from '../../model/selector.js';
import { namesDutyEntry } from '../../rules/internal/commitment.js';
import { endMillis, startMillis } from '../../load/occurrence-millis.js';
import { couldHold } from '../../select/could-hold.js';

/**
 * Marks the `order-missing`, `coverage-gap` and `cadence-missed` findings whose judgement needs a
 * calendar's meetings on days outside the range its file was exported for: the prerequisite's search
 * from `checkedFrom` to the dependent's start, the gap, the cadence period. Findings already marked
 * for an unread calendar are left as they are.
 * @param findings - the findings of a check (ids unchanged)
 * @param rules - the config's rules
 * @param calendars - the configured calendars
 * @param read - the calendars as read (their `exportRange`)
 * @param zone - the report zone (`checkedFrom` is a day there)
 * @param occurrences - the occurrences read (a calendar holding only duty shifts is a roster, no meeting's)
 * @param people - the directory (a calendar of days titled with a person's name alone is a roster too)
 * @returns the findings, the affected ones replaced
 * @example
 * markBeyondExport(findings, config.rules, config.calendars, calendars, 'Asia/Shanghai', occurrences)
 *   .find((f) => f.kind === 'order-missing')?.data
 * //=> { …, unreadable: '市政府办', exportedFrom: '2026-12-01', exportedTo: '2026-12-31' }
 */
export function markBeyondExport(
  findings: readonly Finding[],
  rules: readonly RuleConfig[],
  calendars: readonly CalendarMeta[],
  read: readonly CalendarInfo[],
  zone: string,
  occurrences: readonly Occurrence[],
  people: readonly Person[] = [],
): Finding[] {
  const ranges = new Map<string, { from: number; to: number; first: string; last: string; zone: string }>();
  for (const info of read) {
    if (info.exportRange === undefined) continue;
    const from = DateTime.fromISO(info.exportRange.from).toMillis();
    const to = DateTime.fromISO(info.exportRange.to).toMillis();
    const day = (ms: number): string => DateTime.fromMillis(ms, { zone: info.defaultZone }).toISODate() ?? '';
    ranges.set(info.id, { from, to, first: day(from), last: day(to - 1), zone: info.defaultZone });
  }
  if (ranges.size === 0) return [...findings];
  const byId = new Map(rules.map((r) => [r.id, r]));
  const nameOf = (c: CalendarMeta): string => c.name ?? c.office ?? c.id;
  // The calendars among `candidates` whose export leaves out part of [start, end); an instant is a point.
  const clipped = (candidates: readonly CalendarMeta[], start: number, end: number) => {
    const out = candidates.filter((c) => {
      const range = ranges.get(c.id);
      return range !== undefined && (start < range.from || Math.max(end, start + 1) > range.to);
    });
    if (out.length === 0) return null;
    const first = ranges.get(out[0]!.id)!;
    return { unreadable: out.map(nameOf).join('、'), exportedFrom: first.first, exportedTo: first.last };
  };
  const ms = (iso: string): number => DateTime.fromISO(iso, { zone }).toMillis();
  // The calendars a selector may find its meeting on (couldHold), less the duty rosters: a roster holds shifts,
  // not meetings, and its December export says nothing of a missed 常务会议 in March (QG-10). A calendar of
  // meetings exported for one month still counts: a quarterly 联席会议 seldom falls in it (QG-16).
  const rosters = new Set<string>();
  for (const rule of rules) if (rule.kind === 'coverage') for (const id of typeof rule.calendar === 'string' ? [rule.calendar] : rule.calendar) rosters.add(id);
  const onlyShifts = new Map<string, boolean>();
  // A roster of days titled with the person alone (王芳, 张伟: README coverage reads such days as shifts, QA26-51, QG-22).
  const names = new Set(people.flatMap((p) => [p.name, ...(p.aliases ?? [])].map((n) => n.trim())));
  for (const o of occurrences) {
    const id = o.calendar.id;
    if (!ranges.has(id) || onlyShifts.get(id) === false) continue;
    onlyShifts.set(id, namesDutyEntry(o.summary) || names.has(o.summary.trim()) || (BARE_NAME.test(o.summary.trim()) && longStretch(o)));
  }
  for (const [id, shifts] of onlyShifts) if (shifts) rosters.add(id);
  const holders = (selector: Selector): CalendarMeta[] => calendars.filter((c) => couldHold(selector, c) && !rosters.has(c.id));
  return findings.map((finding) => {
    const rule = byId.get(finding.rule);
    if (rule === undefined) return finding;
    switch (finding.kind) {
      case 'order-missing': {
        if (finding.data.pairedBy !== 'rule' || finding.data.unreadable !== '' || rule.kind !== 'follows') return finding;
        const marked = clipped(
          holders(rule.prerequisite),
          ms(finding.data.checkedFrom),
          ms(finding.data.dependentStart),
        );
        return marked === null ? finding : { ...finding, severity: 'info', data: { ...finding.data, ...marked } };
      }
      case 'coverage-gap': {
        if (finding.data.unreadable !== undefined || rule.kind !== 'coverage') return finding;
        const ids = typeof rule.calendar === 'string' ? [rule.calendar] : rule.calendar;
        const duty = calendars.filter((c) => ids.includes(c.id));
        const start = ms(finding.data.start);
        const end = ms(finding.data.end);
        const marked = clipped(duty, start, end);
        if (marked === null) return finding;
        // The part of the gap every exported roster covers is a gap all the same: it stays as found, cut to
        // that part (a roster missing 28–31 December is unstaffed then, whatever January holds).
        let from = start;
        let to = end;
        for (const c of duty) {
          const range = ranges.get(c.id);
          if (range === undefined) continue;
          from = Math.max(from, range.from);
          to = Math.min(to, range.to);
        }
        if (to <= from) return { ...finding, severity: 'info', data: { ...finding.data, ...marked } };
        const iso = (t: number): string => DateTime.fromMillis(t, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
        const { exportedFrom, exportedTo } = marked;
        return { ...finding, data: { ...finding.data, start: iso(from), end: iso(to), minutes: (to - from) / 60_000, exportedFrom, exportedTo } };
      }
      case 'cadence-missed': {
        if (finding.data.unreadable !== undefined || rule.kind !== 'cadence') return finding;
        const marked = clipped(
          holders(rule.event),
          ms(finding.data.periodStart),
          ms(finding.data.periodEnd),
        );
        return marked === null ? finding : { ...finding, severity: 'info', data: { ...finding.data, ...marked } };
      }
      default:
        return finding;
    }
  });
}

/** A title that is a name alone, as 排班 exports write a day's duty (王芳, 欧阳明): two to four Han characters, no meeting word. */
const BARE_NAME = /^(?![^]*[会议班训研学查察])[\u4e00-\u9fff]{2,4}$/u;

/** Whether an occurrence is a day of duty rather than a meeting's hours: all day, or eight hours and more. */
function longStretch(o: Occurrence): boolean {
  return o.allDay || endMillis(o) - startMillis(o) >= 8 * 3_600_000;
}
