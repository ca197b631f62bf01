import type { DateTime } from 'luxon';

/**
 * A half-open span of time `[from, to)`: an occurrence is inside it when it ends after `from` and
 * starts before `to`. Half-open so that consecutive windows (Q1, Q2) never share an instant.
 */
export interface TimeWindow {
  readonly from: DateTime;
  readonly to: DateTime;
}
