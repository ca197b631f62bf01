/**
 * tongchou (统筹) — public API. Named exports only; everything else is internal.
 */
export type { CalendarMeta, CalendarInfo, Level } from './model/calendar.js';
export type { Occurrence, Attendee, Relation, EventStatus, BusyStatus, ParticipationStatus } from './model/occurrence.js';
export type { Person, PersonRef } from './model/person.js';
export type { Problem, ProblemCode, Severity, FileLocation, JsonLocation } from './model/problem.js';
export type { Finding, FindingKind, OccurrenceRef, Suggestion } from './model/finding.js';
export type { Selector } from './model/selector.js';
export type { RuleConfig, RuleKind, PairingCycle } from './model/rule-config.js';
export type { Config, CalendarSource, LocationEntry, TravelEntry } from './model/config.js';
export type { LoadResult, SkippedComponent, ComponentCounts } from './model/load-result.js';
export type { TimeWindow } from './model/window.js';
export type { Lang } from './messages/catalog.js';
export { LEVELS } from './model/calendar.js';
export { renderProblem, renderFinding } from './messages/render.js';
