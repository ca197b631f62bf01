/**
 * Every real-world file of ../shared/corpus/ics, damaged at random — truncated, lines deleted,
 * duplicated or garbled, bytes flipped — still loads: `loadCalendar` never throws, every component is
 * accounted for (loaded or skipped with a line inside the file), and every VEVENT whose lines the
 * damage did not touch gives the same occurrences as in the pristine load (matched by UID, recurrence
 * id and start instant). "Untouched" is strict on purpose: a damaged VTIMEZONE, calendar-level
 * property (X-WR-TIMEZONE) or other VEVENT of the same UID (its series) counts as touching the event.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { loadCalendar, type LoadOptions } from '../../src/load/load-calendar.js';
import type { LoadResult } from '../../src/model/load-result.js';
import { propertyParameters } from '../helpers/arbitraries.js';

const CORPUS = resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'ics');
const present = existsSync(CORPUS);
const files = present ? readdirSync(CORPUS).filter((f) => f.endsWith('.ics')).sort() : [];

const WINDOW: LoadOptions['window'] = {
  from: DateTime.fromISO('2015-01-01T00:00:00Z', { zone: 'utc' }),
  to: DateTime.fromISO('2025-01-01T00:00:00Z', { zone: 'utc' }),
};

const load = (bytes: Uint8Array, file: string): LoadResult =>
  loadCalendar(bytes, { meta: { id: 'corpus' }, window: WINDOW, file, maxOccurrences: 1_000 });

/** A file as byte lines (split after each LF, so joining them gives the file back). */
interface Pristine {
  readonly bytes: Uint8Array;
  readonly lines: readonly Uint8Array[];
  /** Physical line ranges [first, last] (0-based) of each VEVENT, with its UID when one is on a line of its own. */
  readonly events: readonly { readonly first: number; readonly last: number; readonly uid: string | null }[];
  /** Lines that affect every event: outside VEVENTs (calendar properties, VTIMEZONE, stray lines). */
  readonly shared: ReadonlySet<number>;
  readonly result: LoadResult;
}

const cache = new Map<string, Pristine | null>();
const latin = new TextDecoder('latin1');

function pristine(file: string): Pristine | null {
  if (cache.has(file)) return cache.get(file)!;
  const bytes = new Uint8Array(readFileSync(join(CORPUS, file)));
  // UTF-16 files have no byte-level lines to reason about; they still get the no-throw checks.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  const events: { first: number; last: number; uid: string | null }[] = [];
  const inEvent = new Set<number>();
  let open: { first: number; uid: string | null } | null = null;
  lines.forEach((line, index) => {
    const text = latin.decode(line).replace(/[\r\n]+$/, '');
    if (/^BEGIN:VEVENT$/i.test(text)) open = { first: index, uid: null };
    else if (open !== null && /^UID[:;]/i.test(text)) open.uid = text.slice(text.indexOf(':') + 1);
    else if (open !== null && /^END:VEVENT$/i.test(text)) {
      events.push({ ...open, last: index });
      for (let i = open.first; i <= index; i++) inEvent.add(i);
      open = null;
    }
  });
  const shared = new Set(lines.map((_, i) => i).filter((i) => !inEvent.has(i)));
  const value = utf16 ? null : { bytes, lines, events, shared, result: load(bytes, file) };
  cache.set(file, value);
  return value;
}

type Mutation =
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'delete'; readonly line: number }
  | { readonly kind: 'duplicate'; readonly line: number }
  | { readonly kind: 'garble'; readonly line: number; readonly junk: readonly number[] }
  | { readonly kind: 'flip'; readonly at: number; readonly mask: number };

/** Mutations as fractions of the file, so one arbitrary fits every file. */
const mutationArb: fc.Arbitrary<readonly Mutation[]> = fc.array(
  fc.oneof(
    fc.double({ min: 0, max: 1, noNaN: true }).map((f): Mutation => ({ kind: 'truncate', at: f })),
    fc.double({ min: 0, max: 1, noNaN: true }).map((f): Mutation => ({ kind: 'delete', line: f })),
    fc.double({ min: 0, max: 1, noNaN: true }).map((f): Mutation => ({ kind: 'duplicate', line: f })),
    fc
      .record({ line: fc.double({ min: 0, max: 1, noNaN: true }), junk: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 40 }) })
      .map((g): Mutation => ({ kind: 'garble', ...g })),
    fc
      .record({ at: fc.double({ min: 0, max: 1, noNaN: true }), mask: fc.integer({ min: 1, max: 255 }) })
      .map((g): Mutation => ({ kind: 'flip', ...g })),
  ),
  { minLength: 1, maxLength: 4 },
);

/** Applies the mutations to the byte lines; returns the damaged bytes and the pristine lines touched. */
function mutate(p: Pristine, mutations: readonly Mutation[]): { bytes: Uint8Array; touched: Set<number> } {
  // Each slot keeps the pristine line index it came from (null for inserted text).
  let slots: { origin: number | null; bytes: Uint8Array }[] = p.lines.map((bytes, origin) => ({ origin, bytes }));
  const touched = new Set<number>();
  const pick = (f: number) => Math.min(slots.length - 1, Math.floor(f * slots.length));
  for (const m of mutations) {
    if (slots.length === 0) break;
    const index = pick('line' in m ? m.line : m.at);
    const slot = slots[index]!;
    if (slot.origin !== null) touched.add(slot.origin);
    switch (m.kind) {
      case 'truncate': {
        for (const s of slots.slice(index)) if (s.origin !== null) touched.add(s.origin);
        slots = [...slots.slice(0, index), { origin: null, bytes: slot.bytes.subarray(0, Math.floor(slot.bytes.length / 2)) }];
        break;
      }
      case 'delete':
        slots.splice(index, 1);
        break;
      case 'duplicate':
        slots.splice(index, 0, { origin: null, bytes: slot.bytes });
        break;
      case 'garble':
        slots[index] = { origin: null, bytes: Uint8Array.from([...m.junk, 0x0d, 0x0a]) };
        break;
      case 'flip': {
        const copy = Uint8Array.from(slot.bytes);
        const at = Math.min(copy.length - 1, Math.floor(m.at * copy.length));
        if (at >= 0) copy[at] = copy[at]! ^ m.mask;
        slots[index] = { origin: null, bytes: copy };
        break;
      }
      default: {
        const unreachable: never = m;
        throw new Error(`unknown mutation ${JSON.stringify(unreachable)}`);
      }
    }
  }
  const size = slots.reduce((n, s) => n + s.bytes.length, 0);
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const s of slots) {
    bytes.set(s.bytes, offset);
    offset += s.bytes.length;
  }
  return { bytes, touched };
}

/** Occurrence identity across loads: UID, recurrence id, start instant, end instant, summary. */
const identity = (o: LoadResult['occurrences'][number]) => `${o.uid}|${o.recurrenceId ?? ''}|${o.start.toMillis()}|${o.end.toMillis()}|${o.summary}`;

const describeCorpus = present ? describe : describe.skip;

describeCorpus('corpus files damaged at random', () => {
  test('never throw, account for every component, and keep every untouched VEVENT', () => {
    fc.assert(
      fc.property(fc.constantFrom(...files), mutationArb, (file, mutations) => {
        const p = pristine(file);
        const raw = new Uint8Array(readFileSync(join(CORPUS, file)));
        if (p === null) {
          // UTF-16: flip and truncate bytes only.
          const damaged = raw.subarray(0, Math.max(2, Math.floor(raw.length * (mutations[0]?.kind === 'truncate' ? mutations[0].at : 1))));
          expect(() => load(damaged, file)).not.toThrow();
          return;
        }
        const { bytes, touched } = mutate(p, mutations);
        const result = load(bytes, file);
        const lineCount = bytes.length === 0 ? 1 : new TextDecoder('latin1').decode(bytes).split(/\r\n|\n|\r/).length;

        // Accounting: every component loaded or skipped, each skip located inside the file.
        expect(result.counts.components).toBe(result.counts.loaded + result.counts.skipped);
        expect(result.skipped.length).toBe(result.counts.skipped);
        for (const s of result.skipped) {
          expect(s.source.line).toBeGreaterThanOrEqual(1);
          expect(s.source.line).toBeLessThanOrEqual(lineCount + 1);
        }

        // Untouched events keep their occurrences.
        if ([...touched].some((line) => p.shared.has(line))) return;
        const touchedUids = new Set(
          p.events.filter((e) => [...touched].some((line) => line >= e.first && line <= e.last)).map((e) => e.uid),
        );
        const untouchedUids = new Set(p.events.filter((e) => e.uid !== null && !touchedUids.has(e.uid)).map((e) => e.uid!));
        const after = new Set(result.occurrences.map(identity));
        const lost = p.result.occurrences.filter((o) => untouchedUids.has(o.uid) && !after.has(identity(o)));
        expect(lost.map(identity)).toEqual([]);
      }),
      propertyParameters(60),
    );
  });

  test('every file truncated at a third and at two thirds of its length loads without throwing', () => {
    for (const file of files) {
      const raw = new Uint8Array(readFileSync(join(CORPUS, file)));
      for (const third of [1, 2]) {
        const result = load(raw.subarray(0, Math.floor((raw.length * third) / 3)), file);
        expect(result.counts.components).toBe(result.counts.loaded + result.counts.skipped);
      }
    }
  });
});
