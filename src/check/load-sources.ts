/**
 * Reading a config's calendars for a check: every calendar from its bytes, from the look-back start
 * the ordering rules need, the holiday calendars when the caller did not load them, and a second
 * reading of the year before for links that what was read does not meet. `check` and the CLI's
 * `suggest` share it, so a suggestion is judged on exactly the meetings a check sees.
 */
import { Duration, type DateTime } from 'luxon';
import type { CalendarInfo, CalendarMeta } from '../model/calendar.js';
import type { CalendarSource, Config } from '../model/config.js';
import type { FollowsRuleConfig } from '../model/rule-config.js';
import type { Occurrence } from '../model/occurrence.js';
import type { Problem } from '../model/problem.js';
import { expandCalendar, readCalendar, startingBefore, type CalendarRead } from '../load/load-calendar.js';
import { detach } from '../load/internal/detach.js';
import { endMillis, startMillis } from '../load/occurrence-millis.js';
import { LEVELS, type Level } from '../model/calendar.js';
import { earliestStart, linkDependencies, linkUidKey, temporalRelation } from '../rules/internal/dependencies.js';
import type { UnreadableReason } from '../rules/internal/ordering.js';
import { loadHolidayCalendars } from '../time/load-holiday-calendars.js';
import { effectiveRules } from './internal/run-rules.js';
import { sortOccurrences } from './internal/sort-occurrences.js';
import { configWindow } from './config-window.js';
import { compileSelector, selectorCouldMatchCalendar, type OccurrencePredicate } from '../select/selector.js';
import type { Selector } from '../model/selector.js';
import { couldHold } from '../select/could-hold.js';
import { isDateSpan } from '../rules/quiet-period.js';

/** Calendar files by the `file` value written in the config, with their content. */
export type CalendarSources = ReadonlyMap<string, string | Uint8Array>;

/** What {@link loadSources} read. */
export interface LoadedSources {
  /** The config, with `holidays.calendarDays` filled when its holiday calendars were read here. */
  readonly config: Config;
  /** The check window (half-open instants). */
  readonly window: { readonly from: DateTime; readonly to: DateTime };
  /** What was read: from the ordering rules' look-back start to the window's end. */
  readonly loadWindow: { readonly from: DateTime; readonly to: DateTime };
  /** Every occurrence read, look-back included, sorted as the rules want them. */
  readonly occurrences: readonly Occurrence[];
  /** What each calendar read says of itself (name, zone), in config order; missing files left out. */
  readonly calendars: readonly CalendarInfo[];
  /** Load problems, missing files and holiday-calendar problems. */
  readonly problems: readonly Problem[];
  /** Calendars whose meetings are not (all) known, with the reason. */
  readonly unreadable: ReadonlyMap<string, UnreadableReason>;
  /** Components loaded and skipped, over every calendar. */
  readonly events: number;
  readonly skipped: number;
  /** Whether an occurrence touches the window (a zero-length one: starts in it). */
  readonly inWindow: (o: Occurrence) => boolean;
}

/**
 * Loads every configured calendar from `sources` as `check` does. A calendar whose file is not in
 * `sources` is a `missing-source` problem and is listed in `unreadable`.
 * @param input - a validated config, the calendars' contents, the config's file name for problem locations
 * @returns the occurrences (look-back included), problems and counts
 * @example
 * const loaded = loadSources({ config, sources: new Map([['calendars/city.ics', text]]) });
 * loaded.occurrences.filter(loaded.inWindow).length
 * //=> 42
 */
export function loadSources(input: {
  readonly config: Config;
  readonly sources: CalendarSources;
  readonly configFile?: string | null;
}): LoadedSources {
  const holidayRead =
    input.config.holidays !== undefined && (input.config.holidays.ics ?? []).length > 0 && input.config.holidays.calendarDays === undefined
      ? loadHolidayCalendars(input.config.holidays, input.sources, { zone: input.config.timezone, configFile: input.configFile ?? null })
      : null;
  const config: Config = holidayRead === null ? input.config : { ...input.config, holidays: holidayRead.holidays };
  const window = configWindow(config.window, config.timezone);
  // Ordering rules pair a dependent with a prerequisite of the same cycle period, which may begin
  // before the window (a yearly cycle seen through a Q2 window): the calendars are loaded from the
  // start of that period, and findings are kept only where they touch the window itself.
  const loadWindow = { from: lookbackStart(config, window.from), to: window.to };
  const windowMillis = Math.max(1, window.to.toMillis() - window.from.toMillis());
  // The cap is meant for the window: look-back months get room of their own in proportion, so they
  // never crowd out occurrences inside the window (qa-bugs QA-13).
  const capFor = (span: { readonly from: DateTime; readonly to: DateTime }): number =>
    Math.ceil(((config.maxOccurrencesPerCalendar ?? DEFAULT_CAP) * (span.to.toMillis() - span.from.toMillis())) / windowMillis);
  const problems: Problem[] = [...(holidayRead?.problems ?? [])];
  const occurrences: Occurrence[] = [];
  // Links may send the check a year further back (below). Only series that start before what was
  // read can have occurrences there: each calendar notes theirs now (their UIDs, and whether any
  // carries a link), so that the look-back reads again just the calendars it can find something in
  // — a reading kept for it would hold about four times the file's bytes until the end.
  const linkRule = effectiveRules(config.rules).find((rule) => rule.kind === 'related-to');
  const linkFrom = window.from.setZone(config.timezone).minus(LINK_LOOKBACK);
  const mayLookBack = linkRule !== undefined && linkFrom.toMillis() < loadWindow.from.toMillis();
  const loadedCalendars: LoadedCalendar[] = [];
  // Ahead of the window: a follows rule pairs a dependent with a prerequisite of its cycle period,
  // which may go on after the window (a Q2 check, the city's meeting of the year on 5 July): the
  // district meeting of June is then out of order, not "not yet scheduled" (QA26-29). Each reading
  // is expanded over that stretch too, and only the prerequisites found there are kept.
  const ahead = lookahead(config, window.to);
  const aheadFound: Occurrence[] = [];
  const unreadable = new Map<string, UnreadableReason>();
  const infos: CalendarInfo[] = [];
  let events = 0;
  let skipped = 0;
  // Revised events (SEQUENCE ≥ 1) per UID and calendar, whatever their time: a copy read in the window
  // is stale when another calendar holds a higher revision (RFC 5545 §3.8.7.4), even one moved outside
  // what was read; that revision is then expanded too (below), so that the rules can see it.
  const revisions: Revisions = new Map();
  const orphans: OrphanOverride[] = [];
  config.calendars.forEach((calendar, index) => {
    const source = input.sources.get(calendar.file);
    if (source === undefined) {
      problems.push({
        code: 'missing-source',
        severity: 'error',
        source: { file: input.configFile ?? null, path: ['calendars', index, 'file'] },
        data: { calendar: calendar.id, file: calendar.file },
      });
      unreadable.set(calendar.id, 'missing-source');
      return;
    }
    const meta: CalendarMeta = {
      id: calendar.id,
      name: calendar.name,
      office: calendar.office,
      level: calendar.level,
      owner: calendar.owner,
      area: calendar.area,
    };
    const read = readCalendar(source, loadOptions(config, calendar, meta));
    noteRevisions(revisions, read, loadedCalendars.length);
    noteOrphanOverrides(orphans, read);
    const loaded = expandCalendar(read, loadWindow, capFor(loadWindow));
    const reason = loaded.problems.map((p) => p.code).find(isUnreadableCode);
    if (reason !== undefined) unreadable.set(calendar.id, reason);
    // Only calendars a prerequisite selector can match (by id, office or level) are expanded ahead.
    if (ahead !== null && ahead.selectors.some((selector) => selectorCouldMatchCalendar(selector, { id: calendar.id, office: calendar.office ?? null, level: calendar.level ?? null }))) {
      const span = { from: window.to, to: ahead.to };
      const from = window.to.toMillis();
      // Starting before the window's end, it was read with the window already.
      for (const o of expandCalendar(read, span, capFor(span)).occurrences) if (startMillis(o) >= from && ahead.prerequisites.some((p) => p(o))) aheadFound.push(o);
    }
    loadedCalendars.push({
      meta,
      source,
      calendar,
      before: mayLookBack ? reachingBack(read, loadWindow.from.toMillis()) : null,
      uids: linkRule === undefined ? null : seriesUids(read),
    });
    infos.push(loaded.calendar);
    problems.push(...loaded.problems);
    occurrences.push(...loaded.occurrences);
    events += loaded.counts.loaded;
    skipped += loaded.counts.skipped;
  });
  problems.push(...quietPeriodsUnread(config, unreadable, input.configFile ?? null));
  const from = window.from.toMillis();
  const to = window.to.toMillis();
  const inWindow = touches(from, to);
  occurrences.push(...unseenRevisions(occurrences, revisions, loadedCalendars, config, loadWindow, capFor));
  if (orphans.length > 0) dropMatchedOrphans(problems, orphans, occurrences);
  occurrences.push(...aheadFound);
  aheadFound.length = 0;

  // Links written in the calendars (related-to, on by default) have no cycle: their target may lie
  // any time before. Only when a link of a meeting in the window is not already satisfied by what
  // was loaded are the calendars read again for the year before the window, and only the
  // occurrences a link can pair with are kept: a check whose links are all met pays nothing
  // (qa-bugs QA-14).
  const linkedInWindow = linkRule !== undefined ? occurrences.filter((o) => inWindow(o) && carriesLink(o)) : [];
  // The rules get this very list when nothing is read back, so the link dependencies computed to
  // decide are not computed again by the rule (they are memoised per list and rule id).
  let sorted = sortOccurrences(occurrences);
  if (
    linkRule !== undefined &&
    linkedInWindow.length > 0 &&
    linkFrom.toMillis() < loadWindow.from.toMillis() &&
    linksWantEarlier(sorted, linkRule.id, linkedInWindow, inWindow, config)
  ) {
    const span = { from: linkFrom, to: loadWindow.from };
    const targets = new Set(linkedInWindow.flatMap((o) => o.relations.map((r) => linkUidKey(r.target))));
    const wanted = [...targets];
    const seen = new Set(occurrences.map((o) => o.key));
    for (const { meta, source, calendar, before } of loadedCalendars) {
      // Only a calendar with a series reaching back that carries a link or is a link's target can
      // add anything; the others are not read again.
      if (before === null || !(before.linked || wanted.some((uid) => before.uids.has(uid)))) continue;
      // Problems of this second expansion repeat the first one's (or concern months outside the
      // check): only the occurrences are taken. The series that cannot reach back have none there.
      const read = startingBefore(readCalendar(source, loadOptions(config, calendar, meta)), loadWindow.from.toMillis());
      const earlier = expandCalendar(read, span, capFor(span));
      for (const o of earlier.occurrences) {
        if (seen.has(o.key) || !(carriesLink(o) || targets.has(linkUidKey(o.uid)))) continue;
        seen.add(o.key);
        occurrences.push(o);
      }
    }
    sorted = sortOccurrences(occurrences);
  }

  // A RELATED-TO target that nothing read holds may lie after the window as well as before (a
  // FINISHTOSTART link to next month's city meeting is an order to report): the calendars holding
  // such a UID are read again for the year after the window, keeping only the targets.
  if (linkRule !== undefined && linkedInWindow.length > 0) {
    const found = targetsAhead(sorted, linkRule.id, linkedInWindow, loadedCalendars, config, window.to, capFor);
    if (found.length > 0) sorted = sortOccurrences([...sorted, ...found]);
  }
  return { config, window, loadWindow, occurrences: sorted, calendars: infos, problems, unreadable, events, skipped, inWindow };
}

/**
 * A `quiet-period` rule whose `during` meetings could sit on a calendar that was not read cannot say
 * what was held during them, and has no finding to mark as `order-missing` and `cadence-missed` are
 * marked (LE-2): a warning on the rule's `during` names those calendars, so that no finding does not
 * read as no meeting in the quiet period. Fixed dates need no calendar.
 */
function quietPeriodsUnread(config: Config, unreadable: ReadonlyMap<string, UnreadableReason>, configFile: string | null): Problem[] {
  if (unreadable.size === 0) return [];
  const problems: Problem[] = [];
  config.rules.forEach((rule, index) => {
    if (rule.kind !== 'quiet-period' || rule.enabled === false || isDateSpan(rule.during)) return;
    const during = rule.during;
    const unread = config.calendars.filter((c) => unreadable.has(c.id) && couldHold(during, c));
    if (unread.length === 0) return;
    problems.push({
      code: 'quiet-period-unread',
      severity: 'warning',
      source: { file: configFile, path: ['rules', index, 'during'] },
      data: { rule: rule.id, calendars: unread.map((c) => c.name ?? c.office ?? c.id).join('、') },
    });
  });
  return problems;
}

/** An override read without its series (`orphan-override`): where it is, and its UID. */
interface OrphanOverride {
  readonly uid: string;
  readonly calendar: string;
  readonly file: string | null;
  readonly line: number;
}

/** Records the overrides a calendar holds without their series (rare: a saved e-mail of one sitting, a diary's own edit). */
function noteOrphanOverrides(orphans: OrphanOverride[], read: CalendarRead): void {
  for (const series of read.series) {
    if (series.master !== null) continue;
    for (const o of series.overrides) orphans.push({ uid: detach(o.uid), calendar: read.calendar.id, file: read.calendar.file, line: o.line });
  }
}

/**
 * Drops the `orphan-override` warning of an override whose series another calendar holds (QL-4): the saved
 * e-mail of one sitting (METHOD:CANCEL or REQUEST with RECURRENCE-ID) or a diary's own edit of one sitting of the
 * office's series is judged against that series' copy (`supersededBy`), not read as a lone meeting, so the
 * warning ("loaded as a single event") would be untrue and nothing the clerk can fix. The series is known by
 * its instances read for the check (an occurrence of the UID from a VEVENT without RECURRENCE-ID, on another
 * calendar); with none near the window the warning stays.
 */
function dropMatchedOrphans(problems: Problem[], orphans: readonly OrphanOverride[], occurrences: readonly Occurrence[]): void {
  const wanted = new Set(orphans.map((o) => o.uid));
  // UID → the calendars holding its series.
  const holders = new Map<string, Set<string>>();
  for (const o of occurrences) {
    if (o.seriesSequence === undefined || !wanted.has(o.uid)) continue;
    let calendars = holders.get(o.uid);
    if (calendars === undefined) holders.set(o.uid, (calendars = new Set()));
    calendars.add(o.calendar.id);
  }
  const matched = new Set<string>();
  for (const o of orphans) {
    const calendars = holders.get(o.uid);
    if (calendars !== undefined && [...calendars].some((c) => c !== o.calendar)) matched.add(`${o.file ?? ''}\u0000${o.line}`);
  }
  if (matched.size === 0) return;
  for (let i = problems.length - 1; i >= 0; i -= 1) {
    const p = problems[i]!;
    if (p.code === 'orphan-override' && 'line' in p.source && matched.has(`${p.source.file ?? ''}\u0000${p.source.line}`)) problems.splice(i, 1);
  }
}

/** Records, per UID, the highest SEQUENCE ≥ 1 each calendar (by its index among those read) holds. */
function noteRevisions(revisions: Revisions, read: CalendarRead, index: number): void {
  for (const series of read.series) {
    for (const record of series.master === null ? series.overrides : [series.master, ...series.overrides]) {
      if (record.sequence < 1) continue;
      let byCalendar = revisions.get(record.uid);
      if (byCalendar === undefined) revisions.set(record.uid, (byCalendar = []));
      // A series' records are read together, so this calendar's pair, if any, is the last one.
      if (byCalendar.length > 0 && byCalendar[byCalendar.length - 2] === index) {
        byCalendar[byCalendar.length - 1] = Math.max(byCalendar[byCalendar.length - 1]!, record.sequence);
      } else byCalendar.push(index, record.sequence);
    }
  }
}

/**
 * Per UID, flat (calendar index, highest SEQUENCE ≥ 1) pairs: a flat array instead of a map per UID,
 * which at 1m (hundreds of thousands of revised UIDs) is the difference between a few and a few
 * hundred megabytes.
 */
type Revisions = Map<string, number[]>;

/**
 * The occurrences of higher revisions that were not read because they lie outside the load window
 * (the meeting was moved to next month on one office's calendar, while another office's copy still
 * says this month): each calendar holding a higher SEQUENCE of a UID read elsewhere, with no
 * occurrence of that UID and instance read from it, is expanded again over a year either side for
 * that UID. The rules then see the current revision and set the stale copy aside as usual; check()
 * keeps only findings that touch the window, and counts only the window's occurrences.
 */
function unseenRevisions(
  occurrences: readonly Occurrence[],
  revisions: Revisions,
  calendars: readonly LoadedCalendar[],
  config: Config,
  loadWindow: { readonly from: DateTime; readonly to: DateTime },
  capFor: (span: { readonly from: DateTime; readonly to: DateTime }) => number,
): Occurrence[] {
  if (revisions.size === 0) return [];
  // A copy can be stale only when ANOTHER calendar holds a higher revision of its UID (one file
  // keeps one revision per instance). Per UID: the highest SEQUENCE and its calendar, and the
  // highest on any other calendar — a series revised on its own calendar alone (the common case:
  // an override with SEQUENCE:1 beside a master with 0) then costs nothing below.
  const best = new Map<string, { readonly calendar: number; readonly top: number; readonly otherTop: number }>();
  for (const [uid, byCalendar] of revisions) {
    let calendar = -1;
    let top = 0;
    let otherTop = 0;
    for (let i = 0; i < byCalendar.length; i += 2) {
      const sequence = byCalendar[i + 1]!;
      if (sequence > top) {
        otherTop = top;
        top = sequence;
        calendar = byCalendar[i]!;
      } else if (sequence > otherTop) otherTop = sequence;
    }
    best.set(uid, { calendar, top, otherTop });
  }
  const indexOf = new Map(calendars.map((c, i) => [c.meta.id, i]));
  const stale = occurrences.filter((o) => {
    const b = best.get(o.uid);
    if (b === undefined) return false;
    const higherElsewhere = indexOf.get(o.calendar.id) === b.calendar ? b.otherTop : b.top;
    return (o.sequence ?? 0) < higherElsewhere;
  });
  if (stale.length === 0) return [];
  // Which instances of the disputed UIDs each calendar holds: nested by the loader's shared UID and
  // RECURRENCE-ID strings (a revised weekly series copied to leaders' calendars makes tens of
  // thousands of stale copies at 100k, and a joined key string per copy cost 200 ms).
  const held = new Map<string, Map<number, Set<string | null>>>();
  for (const o of stale) held.set(o.uid, new Map());
  for (const o of occurrences) {
    const byCalendar = held.get(o.uid);
    if (byCalendar === undefined) continue;
    const index = indexOf.get(o.calendar.id)!;
    let instances = byCalendar.get(index);
    if (instances === undefined) byCalendar.set(index, (instances = new Set()));
    instances.add(o.recurrenceId);
  }
  const wanted = new Map<number, Set<string>>();
  for (const o of stale) {
    const own = indexOf.get(o.calendar.id);
    const byCalendar = revisions.get(o.uid)!;
    for (let i = 0; i < byCalendar.length; i += 2) {
      const index = byCalendar[i]!;
      const sequence = byCalendar[i + 1]!;
      if (index === own || sequence <= (o.sequence ?? 0) || held.get(o.uid)!.get(index)?.has(o.recurrenceId) === true) continue;
      let uids = wanted.get(index);
      if (uids === undefined) wanted.set(index, (uids = new Set()));
      uids.add(o.uid);
    }
  }
  if (wanted.size === 0) return [];
  const found: Occurrence[] = [];
  const span = { from: loadWindow.from.minus(REVISION_REACH), to: loadWindow.to.plus(REVISION_REACH) };
  const seen = new Set(occurrences.map((o) => o.key));
  for (const [index, uids] of wanted) {
    const { meta, source, calendar } = calendars[index]!;
    for (const o of expandCalendar(readCalendar(source, loadOptions(config, calendar, meta)), span, capFor(span)).occurrences) {
      if (uids.has(o.uid) && !seen.has(o.key)) found.push(o);
    }
  }
  return found;
}

/** How far from what was read a moved revision is looked for. */
const REVISION_REACH = { years: 1 } as const;

/** A calendar read for the check, with what the look-back needs to know of it. */
interface LoadedCalendar {
  readonly meta: CalendarMeta;
  readonly source: string | Uint8Array;
  readonly calendar: CalendarSource;
  /** Its series that start before the load window, when a look-back may happen; else null. */
  readonly before: ReachingBack | null;
  /** Every series' UID, as links name them, when links are read; else null. */
  readonly uids: ReadonlySet<string> | null;
}

function seriesUids(read: CalendarRead): ReadonlySet<string> {
  const uids = new Set<string>();
  for (const { master, overrides } of read.series) uids.add(detach(linkUidKey((master ?? overrides[0]!).uid)));
  return uids;
}

/**
 * How far after the window the `follows` rules' prerequisites are looked for: to the end of the
 * cycle period holding the window's last instant (a year ahead for `none`, as the look-back), with
 * the prerequisite selectors of the rules that reach past the window; null when none does.
 */
function lookahead(
  config: Config,
  to: DateTime,
): { readonly to: DateTime; readonly prerequisites: readonly OccurrencePredicate[]; readonly selectors: readonly Selector[] } | null {
  const last = to.minus({ milliseconds: 1 }).setZone(config.timezone);
  let end = to;
  const prerequisites: OccurrencePredicate[] = [];
  const selectors: Selector[] = [];
  for (const rule of config.rules) {
    if (rule.kind !== 'follows' || rule.enabled === false) continue;
    const cycle = rule.cycle ?? 'none';
    const periodEnd = cycle === 'none' ? to.plus(LINK_LOOKBACK) : last.endOf(cycle).plus({ milliseconds: 1 });
    if (periodEnd.toMillis() <= to.toMillis()) continue;
    prerequisites.push(compileSelector(rule.prerequisite));
    selectors.push(rule.prerequisite);
    if (periodEnd.toMillis() > end.toMillis()) end = periodEnd;
  }
  return prerequisites.length === 0 ? null : { to: end, prerequisites, selectors };
}

/**
 * The occurrences, in the year after the window, of RELATED-TO targets that links of meetings in the
 * window name and nothing read holds; only calendars holding such a UID are read again.
 */
function targetsAhead(
  occurrences: readonly Occurrence[],
  ruleId: string,
  linked: readonly Occurrence[],
  calendars: readonly LoadedCalendar[],
  config: Config,
  to: DateTime,
  capFor: (span: { readonly from: DateTime; readonly to: DateTime }) => number,
): Occurrence[] {
  // The targets the links resolved, as the related-to rule will see them (memoised per list and
  // rule id: the rule gets this very list unless something is found here).
  const dependencies = linkDependencies(occurrences, ruleId);
  const resolved = new Set([...dependencies.edges, ...dependencies.missing].filter((e) => e.pairedBy === 'related-to').map((e) => linkUidKey(e.link)));
  const missing = new Set<string>();
  for (const o of linked) {
    if (o.status === 'cancelled') continue;
    for (const r of o.relations) {
      const target = linkUidKey(r.target);
      if (temporalRelation(r.relType) !== undefined && target !== linkUidKey(o.uid) && !resolved.has(target)) missing.add(target);
    }
  }
  // REFID and CONCEPT values (RFC 9253 §7) that no meeting of a higher level than the one carrying
  // them holds in what was read: their holder may come after the window too (QA26-49).
  const highestHolding = highestHolders(occurrences);
  const values = new Map<string, number>();
  for (const o of linked) {
    const own = rank(o.calendar.level);
    if (o.status === 'cancelled' || own <= 0) continue;
    for (const value of valuesOf(o)) if ((highestHolding.get(value) ?? Infinity) >= own) values.set(value, Math.max(values.get(value) ?? -1, own));
  }
  if (missing.size === 0 && values.size === 0) return [];
  const deepest = Math.max(-1, ...values.values());
  const span = { from: to, to: to.plus(LINK_LOOKBACK) };
  const found: Occurrence[] = [];
  for (const { meta, source, calendar, uids } of calendars) {
    const byUid = uids !== null && [...missing].some((uid) => uids.has(uid));
    const level = rank(calendar.level);
    const byValue = values.size > 0 && level >= 0 && level < deepest;
    if (!byUid && !byValue) continue;
    for (const o of expandCalendar(readCalendar(source, loadOptions(config, calendar, meta)), span, capFor(span)).occurrences) {
      if (startMillis(o) < to.toMillis()) continue;
      if ((byUid && missing.has(linkUidKey(o.uid))) || (byValue && valuesOf(o).some((v) => values.has(v)))) found.push(o);
    }
  }
  return found;
}

/** What of a calendar can have occurrences before the load window (see `startingBefore`). */
interface ReachingBack {
  /** The series' UIDs, as links name them (`linkUidKey`). */
  readonly uids: ReadonlySet<string>;
  /** Whether any of those series carries RELATED-TO, CONCEPT or REFID (on its master or an override). */
  readonly linked: boolean;
}

function reachingBack(read: CalendarRead, before: number): ReachingBack {
  const uids = new Set<string>();
  let linked = false;
  for (const { master, overrides } of startingBefore(read, before).series) {
    for (const record of master === null ? overrides : [master, ...overrides]) {
      // Detached: the set outlives the reading, and a view would keep the whole decoded file.
      uids.add(detach(linkUidKey(record.uid)));
      const d = record.details;
      linked ||= d.relations.length > 0 || d.concepts.length > 0 || d.refIds.length > 0;
    }
  }
  return { uids, linked };
}

/**
 * The window test, made outside {@link loadSources} so that the closure returned keeps only the two
 * instants: a closure made inside shares that function's scope, and with it every reading kept there.
 */
function touches(from: number, to: number): (o: Occurrence) => boolean {
  return (o) => {
    const start = startMillis(o);
    const end = endMillis(o);
    return end > start ? end > from && start < to : start >= from && start < to;
  };
}

/** Occurrences per calendar when the config sets no `maxOccurrencesPerCalendar` (as the loader's default). */
const DEFAULT_CAP = 100_000;

/**
 * Whether a link of a meeting in the window could pair differently with meetings from before what
 * was loaded: an unsatisfied or only-cancelled link (an earlier target could satisfy it), a
 * RELATED-TO target that is not loaded at all, or a CONCEPT / REFID value that no loaded meeting of
 * a higher level holds while a calendar of a higher level is configured.
 */
function linksWantEarlier(
  occurrences: readonly Occurrence[],
  ruleId: string,
  linked: readonly Occurrence[],
  inWindow: (o: Occurrence) => boolean,
  config: Config,
): boolean {
  const { edges, missing } = linkDependencies(occurrences, ruleId);
  if (missing.some((m) => inWindow(m.dependent))) return true;
  for (const edge of edges) {
    if (!inWindow(edge.dependent)) continue;
    const earliest = earliestStart(edge, { zone: config.timezone });
    if (!earliest.known || startMillis(edge.dependent) < earliest.at.toMillis()) return true;
  }
  // Targets the links resolved (to a live or a cancelled meeting): any other temporal RELATED-TO
  // target of a meeting in the window is not loaded at all, and may lie before.
  const resolved = new Set(
    [...edges, ...missing].filter((e) => e.pairedBy === 'related-to').map((e) => linkUidKey(e.link)),
  );
  const unresolved = (o: Occurrence): boolean =>
    o.relations.some((r) => temporalRelation(r.relType) !== undefined && linkUidKey(r.target) !== linkUidKey(o.uid) && !resolved.has(linkUidKey(r.target)));
  if (linked.some((o) => o.status !== 'cancelled' && unresolved(o))) return true;

  const highestConfigured = Math.min(...config.calendars.map((c) => (c.level === undefined ? Infinity : rank(c.level))));
  const highestHolding = highestHolders(occurrences);
  return linked.some((o) => {
    const own = rank(o.calendar.level);
    if (o.status === 'cancelled' || own < 0 || highestConfigured >= own) return false;
    return valuesOf(o).some((value) => (highestHolding.get(value) ?? Infinity) >= own);
  });
}

/** A level's place from the top (central 0 … township 4); -1 when unknown. */
function rank(level: Level | null | undefined): number {
  return level === null || level === undefined ? -1 : LEVELS.indexOf(level);
}

/** An occurrence's REFID and CONCEPT values (RFC 9253 §7), tagged by kind. */
function valuesOf(o: Occurrence): string[] {
  return [...o.refIds.map((v) => `r\u0000${v.trim()}`), ...o.concepts.map((v) => `c\u0000${v.trim()}`)];
}

/** Per REFID/CONCEPT value, the highest level (smallest {@link rank}) of a calendar holding it. */
function highestHolders(occurrences: readonly Occurrence[]): ReadonlyMap<string, number> {
  const highest = new Map<string, number>();
  for (const o of occurrences) {
    if (o.calendar.level === null || (o.refIds.length === 0 && o.concepts.length === 0)) continue;
    for (const value of valuesOf(o)) highest.set(value, Math.min(highest.get(value) ?? Infinity, rank(o.calendar.level)));
  }
  return highest;
}

const LINK_LOOKBACK = { years: 1 } as const;

const UNREADABLE_CODES = ['not-icalendar', 'empty-input', 'undecodable-input'] as const;

function isUnreadableCode(code: string): code is (typeof UNREADABLE_CODES)[number] {
  return (UNREADABLE_CODES as readonly string[]).includes(code);
}

function carriesLink(o: Occurrence): boolean {
  return o.relations.length > 0 || o.concepts.length > 0 || o.refIds.length > 0;
}

function loadOptions(config: Config, calendar: CalendarSource, meta: CalendarMeta) {
  return {
    meta,
    defaultZone: config.timezone,
    // A calendar's own `timezone` is the user's statement about that file and beats X-WR-TIMEZONE.
    floatingZone: calendar.timezone,
    file: calendar.file,
  };
}

/**
 * The earliest instant the ordering rules need: the start of the cycle period (year, quarter,
 * month, ISO week, in the config's zone) that contains the window's start, for every enabled
 * `follows` rule with a cycle; `none` looks back one year. `maxGap` does not shorten it: it bounds
 * how late a dependent may come, not where its prerequisite may be found — one too far back is
 * `order-late`, not missing (qa-bugs QA-17).
 */
function lookbackStart(config: Config, from: DateTime): DateTime {
  let earliest = from;
  for (const rule of config.rules) {
    if (rule.kind !== 'follows' || rule.enabled === false) continue;
    const local = from.setZone(config.timezone);
    const cycle = rule.cycle ?? 'none';
    const start = cycle === 'none' ? local.minus(LINK_LOOKBACK) : local.startOf(cycle).minus(carryReach(rule.minGap));
    if (start.toMillis() < earliest.toMillis()) earliest = start;
  }
  return earliest;
}

/**
 * How far before a cycle period its carried-over prerequisite can end (see `carriedOver` in
 * rules/internal/dependencies.ts): the previous period's last meeting counts when no working day of
 * that period follows it, or its minimum gap reaches past the period. China's longest run of days
 * off is nine (春节); a working day is found within three calendar days of walking in any real
 * arrangement. Two weeks plus the gap covers both.
 */
function carryReach(minGap: FollowsRuleConfig['minGap']): Duration {
  const margin = Duration.fromObject({ days: 14 });
  if (minGap === undefined) return margin;
  if (typeof minGap !== 'string') return margin.plus({ days: 3 * minGap.workingDays });
  const gap = Duration.fromISO(minGap);
  return gap.isValid && gap.toMillis() > 0 ? margin.plus(gap) : margin;
}
