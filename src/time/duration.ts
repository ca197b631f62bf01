/**
 * ISO-8601 durations (`PT0S`, `P7D`, `PT1H30M`) as used by `minGap`, `maxGap` and RFC 9253 GAP.
 * Parsing goes through luxon; an invalid text is a value (null / false), never an exception.
 */
import { Duration } from 'luxon';

/**
 * Parses an ISO-8601 duration.
 * @param text - e.g. `P7D`, `-PT15M`
 * @returns the duration, or null when the text is not a valid ISO-8601 duration
 * @example
 * parseDuration('PT1H30M')?.as('minutes')
 * //=> 90
 */
export function parseDuration(text: string): Duration | null {
  const trimmed = text.trim();
  // luxon accepts a bare `P` or `PT`; ISO 8601 needs at least one component.
  if (!/\d/u.test(trimmed)) return null;
  const duration = Duration.fromISO(trimmed);
  return duration.isValid ? duration : null;
}

/**
 * Whether a text is a valid ISO-8601 duration (for config validation).
 * @param text - the candidate
 * @returns true when {@link parseDuration} accepts it
 * @example
 * isValidDuration('P1X')
 * //=> false
 */
export function isValidDuration(text: string): boolean {
  return parseDuration(text) !== null;
}

/**
 * An ISO-8601 text for a duration, for finding data (messages format it for people).
 * Zero is written `PT0S` (luxon would write `PT0S` too, but an empty duration gives `P0D`).
 * @param duration - any duration
 * @returns ISO-8601 duration text
 * @example
 * formatDuration(Duration.fromObject({ days: 7 }))
 * //=> 'P7D'
 */
export function formatDuration(duration: Duration): string {
  if (duration.toMillis() === 0) return 'PT0S';
  return duration.toISO() ?? 'PT0S';
}
