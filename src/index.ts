/**
 * tongchou (统筹) — public API. Named exports only; everything else is internal and may change.
 *
 * - Load: {@link loadCalendar} turns one `.ics` (text or bytes) into occurrences in a window.
 * - Configure: {@link validateConfig} checks a `tongchou.json` document; {@link defineConfig} types one in code.
 * - Check: {@link check} loads every configured calendar and runs the rules; {@link checkOccurrences}
 *   runs them on occurrences already loaded; {@link prepareCheck} + {@link checkProposal} answer
 *   "what would this proposed meeting conflict with?" without re-running everything;
 *   {@link suggestSlots} finds the earliest times a meeting could move to without breaking a rule.
 * - Report: {@link toJsonReport} is the JSON contract of the CLI; {@link renderFinding} and
 *   {@link renderProblem} give the sentences in zh-CN (default) or English; {@link renderHtmlReport}
 *   is the self-contained HTML page of `tongchou check --format html`.
 */
export type { CalendarMeta, CalendarInfo, Level } from './model/calendar.js';
export type { Occurrence, Attendee, Relation, EventStatus, BusyStatus, ParticipationStatus } from './model/occurrence.js';
export type { Person, PersonRef } from './model/person.js';
export type { Participation } from './people/directory-types.js';
export type { Problem, ProblemCode, Severity, FileLocation, JsonLocation } from './model/problem.js';
export type { Finding, FindingKind, OccurrenceRef, Suggestion } from './model/finding.js';
export type { Selector } from './model/selector.js';
export type { RuleConfig, RuleKind, PairingCycle, Gap, WorkingDaysGap } from './model/rule-config.js';
export type { Config, CalendarSource, LocationEntry, TravelEntry } from './model/config.js';
export type { HolidayData, HolidayDate, HolidayCalendarDay, DayArrangement } from './model/config.js';
export type { DayInfo } from './time/working-calendar.js';
export type { LoadResult, SkippedComponent, ComponentCounts } from './model/load-result.js';
export type { TimeWindow } from './model/window.js';
export type { Lang } from './messages/catalog.js';
export type { LoadOptions } from './load/load-calendar.js';
export type { ConfigInput } from './config/define-config.js';
export type { ConfigValidation } from './config/validate.js';
export type { CalendarSources } from './check/check.js';
export type { OccurrencesInput, CheckSettings } from './check/check-occurrences.js';
export type { ProposedMeeting, PreparedCheck } from './check/check-proposal.js';
export type { PreparedSources } from './check/prepare-check-from-sources.js';
export type { Report, ReportSummary, JsonReport, FindingJson, ProblemJson, OccurrenceJson } from './check/report.js';
export type { HtmlReportInput } from './report/html/page-data.js';
export type { HtmlReportOptions } from './report/html/render-html-report.js';
export type { SlotSearch, SuggestedSlot, SlotConstraint, SlotSearchScope, NoSlotReason } from './model/suggestion.js';
export type { SuggestOptions } from './suggest/suggest-slots.js';

export { LEVELS } from './model/calendar.js';
export { loadCalendar } from './load/load-calendar.js';
export { validateConfig } from './config/validate.js';
export { defineConfig } from './config/define-config.js';
export { formatJsonPath } from './config/json-path.js';
export { check } from './check/check.js';
export { checkOccurrences } from './check/check-occurrences.js';
export { prepareCheck, checkProposal, movingCopies, proposalAsSaved } from './check/check-proposal.js';
export { prepareCheckFromSources } from './check/prepare-check-from-sources.js';
export { suggestSlots } from './suggest/suggest-slots.js';
export { proposalFromOccurrence } from './suggest/proposal-from-occurrence.js';
export { meetingToMove, MOVABLE_KINDS } from './suggest/meeting-to-move.js';
export { configWindow } from './check/config-window.js';
export { loadHolidayCalendars } from './time/load-holiday-calendars.js';
export { dayInfo } from './time/working-calendar.js';
export { toJsonReport, FINDING_KINDS } from './check/report.js';
export { renderProblem, renderFinding } from './messages/render.js';
export { renderHtmlReport } from './report/html/render-html-report.js';
