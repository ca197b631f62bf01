/**
 * The shape both reference expansions share (python's committed fixture and ical.js computed at
 * test time), and the helpers that turn their values into comparable instants.
 *
 * Value encoding (see test/differential/reference.py):
 *   `2020-01-02`            a DATE (all-day); an end is exclusive
 *   `2020-01-02T01:00:00Z`  a zoned or UTC DATE-TIME, as its UTC instant
 *   `2020-01-02T09:00:00`   a floating DATE-TIME as written (or one whose TZID the implementation
 *                           could not resolve): read in the file's default zone
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime, IANAZone } from 'luxon';

export interface ReferenceOccurrence {
  readonly uid: string | null;
  readonly recurrenceId: string | null;
  readonly start: string;
  readonly end: string;
  readonly status: string | null;
}

export interface FailedSeries {
  readonly uid: string | null;
  readonly error: string;
}

/** What one implementation made of one corpus file. */
export interface ReferenceEntry {
  /** The file could not be parsed at all. */
  readonly error?: string;
  readonly defaultZone?: string;
  /** Series (by UID) the implementation threw on; their occurrences are missing. */
  readonly failedUids?: readonly FailedSeries[];
  /** Set when the list was cut at the cap: only occurrences starting before this instant are listed. */
  readonly truncatedBefore?: string;
  readonly occurrences?: readonly ReferenceOccurrence[];
}

/** The fixed window every implementation is asked for: [1970-01-01, 2030-01-01) UTC. */
export const WINDOW = {
  from: DateTime.fromISO('1970-01-01T00:00:00Z', { zone: 'utc' }),
  to: DateTime.fromISO('2030-01-01T00:00:00Z', { zone: 'utc' }),
} as const;

/** At most this many occurrences per file are compared (a cut in time, see reference.py). */
export const CAP = 300;

/** The loader's default zone for floating times when the file names none (issue 2). */
export const DEFAULT_ZONE = 'Asia/Shanghai';

/** Corpus folder, relative to the project root; absent on machines without ../shared. */
export const CORPUS_DIR = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'ics');

export function corpusFiles(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.ics'))
    .sort();
}

export function readCorpusFile(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(CORPUS_DIR, name)));
}

/** Text of a file the way the loader is specified to decode it: BOM, else UTF-8, else GB18030. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** X-WR-TIMEZONE when it names a zone luxon knows, else Asia/Shanghai. */
export function expectedDefaultZone(text: string): string {
  const match = /^X-WR-TIMEZONE(?:;[^:\r\n]*)?:([^\r\n]*)$/m.exec(text);
  const name = match?.[1]?.trim();
  return name !== undefined && name !== '' && IANAZone.isValidZone(name) ? name : DEFAULT_ZONE;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FLOATING = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\[([^\]]*)\])?$/;
const UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/**
 * How floating values are read. `floating`: in the default zone, as the implementation did.
 * `tzid-hint`: a floating value that carries the TZID the implementation failed to resolve
 * (`…T09:00:00[America/New_York]`, ical.js without a VTIMEZONE) is read in that zone when it is an
 * IANA name, the way the loader and python read it.
 */
export type FloatingReading = 'floating' | 'tzid-hint';

export function isDateValue(value: string): boolean {
  return DATE.test(value);
}

/** The instant of an encoded value; dates are their midnight and floating times read in `zone`. */
export function instantOf(value: string, zone: string, reading: FloatingReading = 'floating'): DateTime {
  if (DATE.test(value)) return DateTime.fromISO(value, { zone });
  if (UTC.test(value)) return DateTime.fromISO(value, { zone: 'utc' });
  const floating = FLOATING.exec(value);
  if (floating?.[1] !== undefined) {
    const hint = floating[2];
    const useHint = reading === 'tzid-hint' && hint !== undefined && IANAZone.isValidZone(hint);
    return DateTime.fromISO(floating[1], { zone: useHint ? hint : zone });
  }
  throw new Error(`not an encoded reference value: ${value}`);
}

/** The canonical form compared across implementations: dates stay dates, the rest UTC `…Z`. */
export function canonical(value: string, zone: string, reading: FloatingReading = 'floating'): string {
  if (DATE.test(value)) return value;
  return formatUtc(instantOf(value, zone, reading));
}

export function formatUtc(instant: DateTime): string {
  return instant.toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss'Z'");
}

/** The loader's half-open window rule; a zero-length occurrence is inside when from <= start < to. */
export function inWindow(start: DateTime, end: DateTime, from: DateTime, to: DateTime): boolean {
  if (+start === +end) return +from <= +start && +start < +to;
  return +start < +to && +end > +from;
}
