/**
 * The one place that reads inside a `PreparedCheck` (owned by `check/check-proposal.ts`, which is
 * being optimised separately): the rule setup, every occurrence, and the ordering candidates. If
 * its shape changes, only this adapter follows.
 */
import type { PreparedCheck } from '../../check/check-proposal.js';
import type { RuleSetup } from '../../check/internal/run-rules.js';
import type { CalendarInfo } from '../../model/calendar.js';
import type { Occurrence } from '../../model/occurrence.js';
import { bookedPlaces } from '../../places/booked-places.js';

/** What the search needs from a prepared check. */
export interface PreparedView {
  readonly setup: RuleSetup;
  readonly calendars: ReadonlyMap<string, CalendarInfo>;
  /** Every prepared occurrence, any order. */
  readonly occurrences: readonly Occurrence[];
  /** Occurrences the ordering rules could pair (selector matches and linked ones). */
  readonly ordering: readonly Occurrence[];
  /** Each person's occurrences (any order), by person id. */
  readonly byPerson: ReadonlyMap<string, readonly Occurrence[]>;
  /** The places an occurrence books, as `venue` sees them (remembered by the prepared check when it can). */
  placesOf(o: Occurrence): readonly string[];
}

const views = new WeakMap<PreparedCheck, PreparedView>();

/**
 * A view of a prepared check, built once per prepared check.
 * @param prepared - from `prepareCheck`
 * @returns its setup, occurrences, ordering candidates and schedules
 */
export function preparedView(prepared: PreparedCheck): PreparedView {
  const known = views.get(prepared);
  if (known !== undefined) return known;
  const byPerson = new Map<string, readonly Occurrence[]>();
  for (const [id, index] of prepared.byPerson) byPerson.set(id, index.items);
  const view: PreparedView = {
    setup: prepared.setup,
    calendars: prepared.calendars,
    occurrences: [...prepared.byTime.items, ...prepared.long],
    ordering: prepared.ordering,
    byPerson,
    placesOf: (o) => prepared.places.get(o) ?? bookedPlaces(prepared.setup.places, o),
  };
  views.set(prepared, view);
  return view;
}
