/**
 * `tongchou suggest --config FILE [--event UID]`: the earliest times a meeting could move to without
 * breaking a rule of the config (the library's `suggestSlots`), as text for office staff or JSON for
 * an office tool. Without `--event`, for every meeting a conflict names (`order`, double booking,
 * travel time, room, a required leader busy).
 */
import { DateTime } from 'luxon';
import { configWindow } from '../check/config-window.js';
import { checkOccurrences } from '../check/check-occurrences.js';
import { checkProposal, prepareCheck } from '../check/check-proposal.js';
import { loadSources } from '../check/load-sources.js';
import { readConfig } from '../io/read-config.js';
import type { Lang } from '../messages/catalog.js';
import { renderFinding } from '../messages/render.js';
import { suggestMessages, type SuggestMessages } from '../messages/suggest-catalog.js';
import type { Config } from '../model/config.js';
import type { Finding } from '../model/finding.js';
import type { Occurrence } from '../model/occurrence.js';
import type { WorkingHours } from '../model/rule-config.js';
import type { SlotSearch } from '../model/suggestion.js';
import { meetingToMove, MOVABLE_KINDS } from '../suggest/meeting-to-move.js';
import { proposalFromOccurrence } from '../suggest/proposal-from-occurrence.js';
import { suggestSlots } from '../suggest/suggest-slots.js';
import { formatSpan, fromReportIso } from './format-time.js';
import { choice, FORMATS, formatSpec, helpSpec, isUsageError, langSpec, LANGS, windowSpecs, zoneOption, type Format } from './internal/options.js';
import { EXIT_USAGE, usageError } from './internal/usage.js';
import { inputFailure } from './internal/input-failure.js';
import type { VerbContext } from './internal/verb-context.js';
import { parseArgs } from './parse-args.js';
import { resolveWindow, type DayWindow } from './resolve-window.js';

const specs = {
  ...windowSpecs,
  ...helpSpec,
  ...langSpec,
  ...formatSpec,
  config: { type: 'string' },
  event: { type: 'string' },
  count: { type: 'string' },
  step: { type: 'string' },
  hours: { type: 'string' },
} as const;

/** Exit code when some meeting searched got no slot. */
export const EXIT_NO_SLOT = 1;

const ALL_LANGS: readonly Lang[] = ['zh-CN', 'en'];

/**
 * Runs `tongchou suggest`.
 * @param args - arguments after the verb
 * @param ctx - io and language
 * @returns 0 when every meeting searched got a slot, 1 when one got none, 2 for a usage error, an
 *   unreadable file, an invalid config or a UID with no meeting in the window
 */
export function suggest(args: readonly string[], ctx: VerbContext): number {
  const { io, lang, messages } = ctx;
  const say = suggestMessages(lang);
  const parsed = parseArgs('suggest', args, specs);
  if (!parsed.ok) return usageError(io, messages, 'suggest', parsed.error);
  const { flags } = parsed;
  if (flags.help === true) {
    io.stdout(say.usage);
    return 0;
  }
  const format = choice('--format', flags.format, FORMATS);
  if (isUsageError(format)) return usageError(io, messages, 'suggest', format);
  const langOk = choice('--lang', flags.lang, LANGS);
  if (isUsageError(langOk)) return usageError(io, messages, 'suggest', langOk);
  const tz = zoneOption(flags.tz);
  if (isUsageError(tz)) return usageError(io, messages, 'suggest', tz);
  if (flags.config === undefined) return usageError(io, messages, 'suggest', { code: 'missing-value', data: { flag: '--config' } });
  const count = wholeNumber(flags.count, 3);
  if (count === null) return fail(ctx, say.invalidNumber({ flag: '--count', value: flags.count ?? '' }));
  const step = wholeNumber(flags.step, 30);
  if (step === null) return fail(ctx, say.invalidNumber({ flag: '--step', value: flags.step ?? '' }));

  const hours = hoursOption(flags.hours);
  if (hours === false) return fail(ctx, say.invalidHours({ value: flags.hours ?? '' }));

  const read = readConfig(flags.config, io);
  if (!read.ok) return inputFailure(read, ctx, format, flags.lang !== undefined);
  const zone = tz ?? read.config.timezone;
  const today = io.now().setZone(zone).toISODate() as string;
  const resolved = resolveWindow(flags, read.config.window, today);
  if (!resolved.ok) return usageError(io, messages, 'suggest', resolved.error);
  const search = resolved.window;
  // Calendars are loaded over the config's window and the searched days together, so that a
  // prerequisite before the searched days is still seen.
  const loaded: DayWindow = {
    from: search.from < read.config.window.from ? search.from : read.config.window.from,
    to: search.to > read.config.window.to ? search.to : read.config.window.to,
  };
  const config: Config = { ...read.config, timezone: zone, window: loaded };
  // Read exactly as `check` reads them: the ordering rules' look-back, and the year before for links
  // that what was read does not meet, so a slot is judged on the meetings a check would see.
  const { occurrences, calendars } = loadSources({ config, sources: read.sources, configFile: read.file });
  const prepared = prepareCheck({ occurrences, config, window: loaded, calendars });

  let meetings: Occurrence[];
  if (flags.event !== undefined) {
    meetings = instancesOf(occurrences.filter((o) => o.uid === flags.event), (o) => checkProposal(prepared, proposalFromOccurrence(o)).length > 0);
    if (meetings.length === 0) return fail(ctx, say.unknownEvent({ uid: flags.event, from: loaded.from, to: loaded.to }));
  } else {
    meetings = conflicted(occurrences, config, search);
    if (meetings.length === 0) {
      io.stdout(format === 'json' ? `${JSON.stringify({ version: 1, window: { ...search, timezone: zone }, meetings: [] }, null, 2)}\n` : `${say.nothingToMove}\n`);
      return 0;
    }
  }
  // Without --from, each meeting is searched from its own day: a meeting is moved to a nearby
  // later time, not to the first free morning of the quarter (--from searches earlier days too).
  // A relay that comes too late (order-late) is only helped earlier: from the day its
  // prerequisite ends (QB-9).
  const fromFor = (o: Occurrence): string => {
    if (flags.from !== undefined) return search.from;
    const late = lateSince(checkProposal(prepared, proposalFromOccurrence(o)), zone);
    const own = late ?? (o.allDay ? o.start : o.start.setZone(zone)).toISODate() ?? search.from;
    return own > search.from ? (own > search.to ? search.to : own) : search.from;
  };
  const results = meetings.map((o) =>
    suggestSlots(proposalFromOccurrence(o), prepared, { count, stepMinutes: step, from: fromFor(o), to: search.to, ...(hours !== undefined && { hours }) }),
  );

  const names = new Map(calendars.map((c) => [c.id, c.office ?? c.name] as const));
  io.stdout(render(results, format, lang, flags.lang !== undefined, say, ctx, names, { ...search, timezone: zone }));
  return results.every((r) => r.slots.length > 0) ? 0 : EXIT_NO_SLOT;
}

/**
 * The day (config zone) the prerequisite of an `order-late` finding about the meeting ends, the
 * earliest of them; null when the meeting is not late. The finding's first occurrence is the relay.
 */
function lateSince(findings: readonly Finding[], zone: string): string | null {
  let since: string | null = null;
  for (const f of findings) {
    // An order-late that cannot be judged (the working days of an unpublished year, QF-12) says the relay may
    // be late, not that it is: no reason to search before its own day.
    if (f.kind !== 'order-late' || f.data.undetermined === true) continue;
    const end = f.data.prerequisiteEnd;
    // A whole-day prerequisite's end is the day after it (exclusive): its own day is the last one.
    const day = /^\d{4}-\d{2}-\d{2}$/u.test(end) ? DateTime.fromISO(end, { zone }).minus({ days: 1 }).toISODate() : fromReportIso(end).setZone(zone).toISODate();
    if (day !== null && (since === null || day < since)) since = day;
  }
  return since;
}

function fail(ctx: VerbContext, text: string): number {
  ctx.io.stderr(`tongchou: ${text}\n${ctx.messages.seeHelp({ verb: 'suggest' })}\n`);
  return EXIT_USAGE;
}

/**
 * `--hours 08:30-12:00,14:30-17:30` (ranges of the day, wall clock) or `--hours any`; undefined when
 * absent (the config's or the default hours), false when malformed.
 */
function hoursOption(value: string | undefined): readonly WorkingHours[] | null | undefined | false {
  if (value === undefined) return undefined;
  if (value === 'any') return null;
  const ranges: WorkingHours[] = [];
  for (const part of value.split(',')) {
    const match = /^(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$/u.exec(part.trim());
    if (match === null) return false;
    const [start, end] = [match[1] as string, match[2] as string].map((t) => t.padStart(5, '0'));
    if (!(minutesOf(start as string) < minutesOf(end as string))) return false;
    ranges.push({ start: start as string, end: end as string });
  }
  return ranges;
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (m ?? 0) < 60 && (h ?? 0) * 60 + (m ?? 0) <= 24 * 60 ? (h ?? 0) * 60 + (m ?? 0) : Number.NaN;
}

function wholeNumber(value: string | undefined, fallback: number): number | null {
  if (value === undefined) return fallback;
  return /^\d+$/u.test(value) && Number(value) >= 1 ? Number(value) : null;
}

/**
 * The occurrences of one UID to search for: one copy per instance — the one on an office's calendar
 * rather than a leader's personal copy (they are one meeting) — and, of a recurring meeting, the
 * instances with a conflict (the first instance when none has one).
 */
function instancesOf(withUid: readonly Occurrence[], conflicted: (o: Occurrence) => boolean): Occurrence[] {
  const byInstance = new Map<string, Occurrence>();
  const sorted = [...withUid].sort((a, b) => a.start.toMillis() - b.start.toMillis() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const o of sorted) {
    const instance = o.recurrenceId ?? '';
    const known = byInstance.get(instance);
    if (known === undefined || (known.calendar.owner !== null && o.calendar.owner === null)) byInstance.set(instance, o);
  }
  const instances = [...byInstance.values()];
  if (instances.length <= 1) return instances;
  const withConflicts = instances.filter(conflicted);
  return withConflicts.length > 0 ? withConflicts : instances.slice(0, 1);
}

/**
 * Without `--event`: every meeting that a finding of a kind a move can resolve names (see
 * `meetingToMove`), once, in time order, within the searched days.
 */
function conflicted(occurrences: readonly Occurrence[], config: Config, search: DayWindow): Occurrence[] {
  const report = checkOccurrences({ occurrences, config, window: search });
  const byKey = new Map(occurrences.map((o) => [o.key, o] as const));
  const { from, to } = configWindow(search, config.timezone);
  const chosen = new Map<string, Occurrence>();
  const levels = new Map(config.calendars.map((c) => [c.id, c.level] as const));
  for (const finding of report.findings) {
    if (!MOVABLE_KINDS.includes(finding.kind)) continue;
    const key = meetingToMove(finding, (calendar) => levels.get(calendar));
    const o = key === null ? undefined : byKey.get(key);
    if (o === undefined || o.start < from || o.start >= to) continue;
    chosen.set(o.key, o);
  }
  return [...chosen.values()].sort((a, b) => a.start.toMillis() - b.start.toMillis() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function render(
  results: readonly SlotSearch[],
  format: Format,
  lang: Lang,
  langGiven: boolean,
  say: SuggestMessages,
  ctx: VerbContext,
  names: ReadonlyMap<string, string>,
  window: DayWindow & { readonly timezone: string },
): string {
  switch (format) {
    case 'json': {
      // Each finding carries its message in both languages unless one was asked for, as in `check`.
      const langs = langGiven ? [lang] : ALL_LANGS;
      const withMessage = (f: Finding) => ({ ...f, message: Object.fromEntries(langs.map((l) => [l, renderFinding(f, l)])) });
      const meetings = results.map((r) => ({
        ...r,
        conflicts: r.conflicts.map(withMessage),
        unresolved: r.unresolved.map(withMessage),
        slots: r.slots.map((s) => ({ ...s, remaining: s.remaining.map(withMessage) })),
      }));
      return `${JSON.stringify({ version: 1, window, meetings }, null, 2)}\n`;
    }
    case 'text':
      return formatText(results, lang, say, ctx, names);
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}

function formatText(results: readonly SlotSearch[], lang: Lang, say: SuggestMessages, ctx: VerbContext, names: ReadonlyMap<string, string>): string {
  const lines: string[] = [];
  const span = (start: string, end: string, allDay: boolean) => formatSpan(fromReportIso(start), fromReportIso(end), allDay, ctx.messages);
  for (const r of results) {
    const m = r.meeting;
    lines.push(say.meeting({ summary: m.summary, when: span(m.start, m.end, m.allDay), calendar: names.get(m.calendar) ?? m.calendar }));
    if (r.conflicts.length === 0) lines.push(say.noConflicts);
    else {
      lines.push(say.conflictsHeading({ count: r.conflicts.length }));
      for (const f of r.conflicts) lines.push(`    ${renderFinding(f, lang)}`);
    }
    lines.push(say.slotsHeading({ count: r.slots.length }));
    const constraints = (slot: SlotSearch['slots'][number]) => say.list(slot.satisfied.map((c) => say.constraint(c)));
    // The same constraints for every slot (the usual case) are said once, after the list.
    const shared = r.slots.length > 1 && r.slots.every((slot) => constraints(slot) === constraints(r.slots[0]!));
    r.slots.forEach((slot, i) => {
      lines.push(say.slot({ n: i + 1, when: span(slot.start, slot.end, m.allDay) }));
      if (!shared) lines.push(say.satisfied({ constraints: constraints(slot) }));
      if (slot.assumedWorkday) lines.push(say.assumedWorkday);
      if (slot.remaining.length > 0) lines.push(say.remaining({ count: slot.remaining.length }));
    });
    if (shared) lines.push(say.satisfiedByAll({ constraints: constraints(r.slots[0]!) }));
    if (r.reason !== null) {
      lines.push(
        say.reason({
          reason: r.reason,
          to: r.searched.to,
          years: say.list(r.unknownYears.map(String)),
          lastChecked: r.searched.lastChecked === null ? '' : span(r.searched.lastChecked, r.searched.lastChecked, m.allDay),
        }),
      );
    }
    if (r.unresolved.length > 0) {
      lines.push(say.unresolvedHeading({ count: r.unresolved.length }));
      for (const f of r.unresolved) lines.push(`    ${renderFinding(f, lang)}`);
    }
    const s = r.searched;
    lines.push(
      say.searched({
        from: s.from,
        to: s.to,
        zone: s.zone,
        step: s.stepMinutes,
        hours: s.hours === null ? null : say.list(s.hours.map((h) => `${h.start}–${h.end}`)),
        workingDays: s.workingDays,
        checks: s.checks,
      }),
      '',
    );
  }
  return `${lines.join('\n')}`;
}
