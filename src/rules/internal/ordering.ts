/**
 * Turning dependency edges into findings, for `follows` and `related-to` alike.
 */
import { DateTime } from 'luxon';
import { LEVELS, type CalendarMeta, type Level } from '../../model/calendar.js';
import { homeLevel } from './home-level.js';
import type { Finding } from '../../model/finding.js';
import type { RuleConfig } from '../../model/rule-config.js';
import type { Selector } from '../../model/selector.js';
import type { Occurrence } from '../../model/occurrence.js';
import type { HolidayData } from '../../model/config.js';
import type { RuleContext, RuleFinding } from '../rule.js';
import {
  earliestStart,
  earliestStartAfter,
  followsDependencies,
  linkDependencies,
  type Dependencies,
  type Dependency,
} from './dependencies.js';
import { compareOccurrences, isoAt, isoBound, toOccurrenceRef } from './occurrence-ref.js';
import { gapEnd, gapText, latestPossibleDay, NO_GAP, type WorkCalendar } from './gap.js';
import { findRings } from './rings.js';
import { couldHold } from '../../select/could-hold.js';

/** The finding kinds of the ordering family. */
export type OrderingKind = 'order' | 'order-missing' | 'order-late' | 'order-cycle';

/**
 * The edges of one rule entry of the ordering family.
 * @param rule - any rule entry
 * @param occurrences - every occurrence of the check
 * @param zone - the report zone
 * @param holidays - the user's holiday data, for working-day gaps
 * @param siblings - the check's rules (their selectors are answered together)
 * @returns its dependencies, or null for a rule outside the family
 * @example
 * dependenciesOf({ id: 'rooms', kind: 'venue' }, occurrences, 'Asia/Shanghai')
 * //=> null
 */
export function dependenciesOf(
  rule: RuleConfig,
  occurrences: readonly Occurrence[],
  zone: string,
  holidays?: HolidayData,
  siblings?: readonly RuleConfig[],
): Dependencies | null {
  switch (rule.kind) {
    case 'follows':
      return followsDependencies(occurrences, rule, zone, holidays, siblings);
    case 'related-to':
      return linkDependencies(occurrences, rule.id);
    case 'no-double-booking':
    case 'travel-time':
    case 'venue':
    case 'required-attendance':
    case 'cadence':
    case 'coverage':
    case 'working-days':
    case 'quiet-period':
      return null;
    default: {
      const unreachable: never = rule;
      throw new Error(`unknown rule kind ${String((unreachable as RuleConfig).kind)}`);
    }
  }
}

/**
 * The findings of one ordering rule. Rings are looked for across every enabled ordering rule of
 * the check (`ctx.rules`), so a ring made by two rules is found; each ring is reported once, by the
 * rule with the smallest id among its edges, and edges inside a ring give no `order` of their own.
 * @param ctx - the rule context (occurrences, zone, sibling rules, this rule's id)
 * @param own - this rule's dependencies
 * @returns `order`, `order-late`, `order-missing` and `order-cycle` findings
 * @example
 * orderingFindings(ctx, followsDependencies(ctx.occurrences, ctx.params, ctx.zone)).map((f) => f.kind)
 * //=> ['order']
 */
export function orderingFindings(
  ctx: Pick<RuleContext<'follows'>, 'occurrences' | 'zone' | 'rules' | 'window' | 'holidays'> & { readonly params: { readonly id: string } },
  own: Dependencies,
): RuleFinding<OrderingKind>[] {
  const calendar: WorkCalendar = { zone: ctx.zone, holidays: ctx.holidays };
  const all: Dependency[] = [...own.edges];
  for (const rule of ctx.rules ?? []) {
    if (rule.id === ctx.params.id || rule.enabled === false) continue;
    all.push(...(dependenciesOf(rule, ctx.occurrences, ctx.zone, ctx.holidays, ctx.rules)?.edges ?? []));
  }
  const { rings, inRing } = findRings(all);

  const findings: RuleFinding<OrderingKind>[] = [];
  const levelOf = homeLevel(ctx.occurrences);
  const edges = [...own.edges].sort((a, b) => compareOccurrences(a.dependent, b.dependent));
  for (const edge of edges) {
    if (inRing(edge)) continue;
    const { dependent: d, prerequisite: p } = edge;
    const pair = {
      dependent: d.summary,
      dependentStart: isoBound(d, d.start),
      dependentEnd: isoBound(d, d.end),
      dependentCalendar: d.calendar.name,
      prerequisite: p.summary,
      prerequisiteStart: isoBound(p, p.start),
      prerequisiteEnd: isoBound(p, p.end),
      prerequisiteCalendar: p.calendar.name,
      pairedBy: edge.pairedBy,
      link: edge.link,
      ...(!higherLevel(levelOf(p), levelOf(d)) && { peer: true as const }),
    };
    const occurrences = [toOccurrenceRef(d), toOccurrenceRef(p)];
    const start = d.start.toMillis();
    const minGap = { minGap: gapText(edge.minGap), ...(edge.minGap.kind === 'working-days' && { minWorkingDays: edge.minGap.days }) };
    const earliest = earliestStart(edge, calendar);
    // Working days counted into a year with no known arrangement: from the latest W_n could fall on
    // under any arrangement the dependent is in order whatever the notice says (QH-1), and judged on.
    if (!earliest.known && start < earliest.notAfter.toMillis()) {
      // Before the earliest W_n could fall on (each day still to count a working day) it is too early
      // whatever the arrangement (QH-2); in between, nothing is known.
      const certain = start < earliest.notBefore.toMillis();
      // Said as the known case says it (QC-6): after the prerequisite but too soon, or during it.
      const bare = earliestStart({ ...edge, minGap: NO_GAP }, calendar);
      const tooSoon = certain && bare.known && start >= bare.at.toMillis();
      const during = certain && !tooSoon && endBased(edge) && start >= p.start.toMillis();
      findings.push({
        kind: 'order',
        ...(!certain && { severity: 'info' as const }),
        data: {
          ...pair,
          relation: edge.relation,
          ...minGap,
          earliestStart: '',
          unknownFrom: earliest.unknownFrom,
          ...(!certain && { undetermined: true as const }),
          ...(tooSoon && { tooSoon: true as const }),
          ...(during && { duringPrerequisite: true as const }),
        },
        occurrences,
        people: [],
      });
      continue;
    }
    if (earliest.known && start < earliest.at.toMillis()) {
      // An all-day meeting takes a day, not a time: the first day starting at or after the bound (QA26-28).
      const local = earliest.at.setZone(d.start.zone);
      const bound = d.allDay && !local.equals(local.startOf('day')) ? local.plus({ days: 1 }).startOf('day') : earliest.at;
      const at = isoAt(d, bound);
      // A meeting written as a date took place at some time of it (QB-3, QB-27): when the order would
      // hold were the prerequisite held at the start of its last day and the dependent at the end of its
      // first, it cannot be judged — only from the next day on is it certain.
      const prerequisiteDateOnly = p.allDay && endBased(edge);
      if (prerequisiteDateOnly || d.allDay) {
        const earliestPossible = prerequisiteDateOnly ? earliestStartAfter(possibleBounds(p), edge, calendar) : earliest;
        const latestPossible = d.allDay ? d.start.plus({ days: 1 }).toMillis() - 1 : start;
        if (earliestPossible.known && latestPossible >= earliestPossible.at.toMillis()) {
          findings.push({
            kind: 'order',
            severity: 'info',
            data: {
              ...pair,
              relation: edge.relation,
              ...minGap,
              earliestStart: at,
              undetermined: true,
              ...(p.allDay && { prerequisiteDateOnly: true as const }),
              ...(d.allDay && { dependentDateOnly: true as const }),
            },
            occurrences,
            people: [],
          });
          continue;
        }
      }
      // After the prerequisite, but within the minimum gap: too soon, not before it (QB-1); or while
      // the prerequisite is still going on (a relay during the city's two-day session).
      const bare = earliestStart({ ...edge, minGap: NO_GAP }, calendar);
      const tooSoon = bare.known && start >= bare.at.toMillis();
      const during = !tooSoon && endBased(edge) && start >= p.start.toMillis();
      findings.push({
        kind: 'order',
        data: {
          ...pair,
          relation: edge.relation,
          ...minGap,
          earliestStart: at,
          ...(tooSoon && { tooSoon: true as const }),
          ...(during && { duringPrerequisite: true as const }),
        },
        occurrences,
        people: [],
        suggestion: { earliestStart: at, occurrence: d.key },
      });
      continue;
    }
    if (edge.maxGap === null) continue;
    const maxGap = { maxGap: gapText(edge.maxGap), ...(edge.maxGap.kind === 'working-days' && { maxWorkingDays: edge.maxGap.days }) };
    const latest = gapEnd(p.end, edge.maxGap, calendar, true);
    if (!latest.known) {
      // Before the end of the earliest day W_n could fall on it is in time whatever the notice says (QH-2).
      if (start < latest.notBefore.toMillis()) continue;
      // After the latest day W_n could fall on under any arrangement, it is late whatever the notice
      // says (QF-4): a warning naming that day, with the unknown year still cited.
      if (start >= latest.notAfter.toMillis()) {
        const lastPossible = latestPossibleDay(latest);
        findings.push({
          kind: 'order-late',
          data: { ...pair, ...maxGap, latestStart: lastPossible, unknownFrom: latest.unknownFrom },
          occurrences,
          people: [],
        });
        continue;
      }
      findings.push({
        kind: 'order-late',
        severity: 'info',
        data: { ...pair, ...maxGap, latestStart: '', unknownFrom: latest.unknownFrom, undetermined: true },
        occurrences,
        people: [],
      });
      continue;
    }
    // A duration allows a start exactly at the bound; working days allow the whole last day, up to
    // (not including) the next midnight.
    const late = latest.lastDay === '' ? start > latest.at.toMillis() : start >= latest.at.toMillis();
    if (late) {
      findings.push({
        kind: 'order-late',
        data: { ...pair, ...maxGap, latestStart: latest.lastDay === '' ? isoAt(d, latest.at) : latest.lastDay },
        occurrences,
        people: [],
      });
    }
  }

  // Only occurrences inside the window are loaded: a prerequisite before it cannot be seen, so an
  // order-missing whose period began before the window says from when it was searched.
  const windowStart = ctx.window.from.setZone(ctx.zone);
  const windowDay = windowStart.toISODate() ?? '*';
  // Whether the rule orders meetings of one level (先党委后政府): from a pair it made, else from the
  // prerequisite selector's level; without either, the cascade's 上级会议 (QB-22).
  const peerRule = (dependent: Occurrence): boolean => {
    const edge = own.edges.find((e) => e.pairedBy === 'rule');
    if (edge !== undefined) return !higherLevel(levelOf(edge.prerequisite), levelOf(edge.dependent));
    const wanted = (ctx.params as { readonly prerequisite?: Selector }).prerequisite?.level;
    return typeof wanted === 'string' && !higherLevel(wanted, levelOf(dependent));
  };
  for (const m of [...own.missing].sort((a, b) => compareOccurrences(a.dependent, b.dependent))) {
    const d = m.dependent;
    const periodStart = m.period === '*' ? null : DateTime.fromISO(m.period, { zone: ctx.zone });
    const partial = m.pairedBy === 'rule' && (periodStart === null || periodStart.toMillis() < windowStart.toMillis());
    findings.push({
      kind: 'order-missing',
      data: {
        dependent: d.summary,
        dependentStart: isoBound(d, d.start),
        dependentEnd: isoBound(d, d.end),
        dependentCalendar: d.calendar.name,
        cycle: m.cycle,
        period: m.period,
        checkedFrom: partial ? windowDay : m.period,
        cancelled: m.cancelled,
        pairedBy: m.pairedBy,
        link: m.link,
        ...(m.pairedBy === 'rule' && peerRule(d) && { peer: true as const }),
        // Filled by the checker, which alone knows which calendars could not be read.
        unreadable: '',
      },
      occurrences: [toOccurrenceRef(d)],
      people: [],
    });
  }

  for (const ring of rings) {
    if (ring.owner !== ctx.params.id) continue;
    const links = new Set(ring.edges.map((e) => (e.pairedBy === 'rule' ? e.link : `${e.pairedBy.toUpperCase()}:${e.link}`)));
    findings.push({
      kind: 'order-cycle',
      data: {
        meetings: ring.path.map((o) => o.summary).join(' → '),
        size: ring.members.length,
        links: [...links].sort().join('、'),
      },
      occurrences: ring.members.map(toOccurrenceRef),
      people: [],
    });
  }
  return findings;
}

/** Whether level `a` is known to be above level `b` (city above district). */
function higherLevel(a: Level | null, b: Level | null): boolean {
  return a !== null && b !== null && LEVELS.indexOf(a) < LEVELS.indexOf(b);
}

/**
 * Whether the relation measures from the prerequisite's end: only then does a prerequisite written as
 * a whole day (RFC 5545 DATE) leave its bound open (a DATE start is already its earliest possible start).
 */
function endBased(edge: Dependency): boolean {
  return edge.relation === 'FINISHTOSTART' || edge.relation === 'FINISHTOFINISH';
}

/** The earliest a whole-day meeting can have ended: just after its last day began. */
function possibleBounds(p: Occurrence): { readonly start: DateTime; readonly end: DateTime } {
  const lastDay = p.end.minus({ days: 1 });
  const from = lastDay.toMillis() > p.start.toMillis() ? lastDay : p.start;
  return { start: p.start, end: from.plus({ milliseconds: 1 }) };
}

/** Why a calendar's meetings are not known: its file was not given, or could not be read as a calendar. */
export type UnreadableReason = 'missing-source' | 'not-icalendar' | 'empty-input' | 'undecodable-input';

/**
 * Marks the `order-missing` findings of `follows` rules whose prerequisite could be on a calendar
 * that was not read (file not given, not an iCalendar file, empty, or with undecodable bytes):
 * nothing is known about that calendar, so "上级会议尚未安排" would be an unfounded claim and send
 * staff to call an office about a meeting that may well be scheduled. Such a finding names those
 * calendars in `data.unreadable` and becomes `info` (whatever the rule's severity): it says the
 * order could not be checked, not that it is wrong. The load problem itself is reported as usual.
 * @param findings - the findings of a check (ids unchanged)
 * @param rules - the config's rules, to find each finding's prerequisite selector
 * @param calendars - the configured calendars
 * @param unreadable - calendar ids that could not be read, with why
 * @returns the findings, the affected ones replaced
 * @example
 * markUnreadablePrerequisites(findings, config.rules, config.calendars, new Map([['city', 'missing-source']]))
 *   .find((f) => f.kind === 'order-missing')
 * //=> { kind: 'order-missing', severity: 'info', data: { unreadable: '市委办', … }, … }
 */
export function markUnreadablePrerequisites(
  findings: readonly Finding[],
  rules: readonly RuleConfig[],
  calendars: readonly CalendarMeta[],
  unreadable: ReadonlyMap<string, UnreadableReason>,
): Finding[] {
  const follows = new Map(rules.flatMap((r) => (r.kind === 'follows' ? [[r.id, r] as const] : [])));
  return findings.map((finding) => {
    if (finding.kind !== 'order-missing' || finding.data.pairedBy !== 'rule') return finding;
    const rule = follows.get(finding.rule);
    if (rule === undefined) return finding;
    const names = calendars
      .filter((c) => unreadable.has(c.id) && couldHold(rule.prerequisite, c))
      .map((c) => c.name ?? c.office ?? c.id);
    if (names.length === 0) return finding;
    return { ...finding, severity: 'info', data: { ...finding.data, unreadable: names.join('、') } };
  });
}
