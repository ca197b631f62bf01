/**
 * Metamorphic properties of the checker over generated district/city schedules: relations between the
 * reports of related inputs, which hold whatever the right findings are.
 * - shifting every occurrence (and the window) by whole weeks shifts the findings and nothing else;
 * - re-expressing every time in another zone (same instants) changes nothing;
 * - removing an occurrence never creates an attendance finding;
 * - moving a dependent meeting to its suggested start removes that `order` finding and adds no new
 *   `order` finding for it;
 * - findings are deterministic (two runs, equal reports).
 * And a config fuzz: any JSON value given to validateConfig returns (never throws), every problem names
 * a JSON path.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { checkOccurrences } from '../../src/check/check-occurrences.js';
import { validateConfig } from '../../src/config/validate.js';
import type { Finding } from '../../src/model/finding.js';
import type { Occurrence } from '../../src/model/occurrence.js';
import type { RuleConfig } from '../../src/model/rule-config.js';
import { occurrence } from '../helpers/occurrence.js';
import { propertyParameters } from '../helpers/arbitraries.js';
import { calendars, settings } from '../check/scenario.js';

// `follows` pairs across the whole window (cycle none) so that shifting by weeks keeps every pairing.
const rules: readonly RuleConfig[] = settings.rules.map((r) => (r.kind === 'follows' ? { ...r, cycle: 'none' as const } : r));
const config = { ...settings, rules };
const window = { from: '2022-05-01', to: '2022-05-31' };

const meetingArb = fc.record({
  calendar: fc.constantFrom(...Object.values(calendars)),
  day: fc.integer({ min: 9, max: 20 }),
  slot: fc.integer({ min: 16, max: 38 }),
  length: fc.integer({ min: 0, max: 6 }),
  summary: fc.constantFrom('区总河长会议', '市总河长会议', '常务会议', '调研'),
  location: fc.constantFrom('301会议室', '区委大楼301会议室', '某镇河道', null),
  attendees: fc.subarray(['li@qu.gov.cn', 'wang@qu.gov.cn', 'mailto:zhao@qu.gov.cn', '李明']),
  tentative: fc.boolean(),
});

function toOccurrence(m: { calendar: (typeof calendars)[keyof typeof calendars]; day: number; slot: number; length: number; summary: string; location: string | null; attendees: string[]; tentative: boolean }, i: number): Occurrence {
  const start = `2022-05-${String(m.day).padStart(2, '0')} ${String(Math.floor(m.slot / 2)).padStart(2, '0')}:${m.slot % 2 === 0 ? '00' : '30'}`;
  const first = occurrence({ calendar: m.calendar, uid: `m${i}`, summary: m.summary, start, location: m.location, attendees: m.attendees, status: m.tentative ? 'tentative' : null });
  return { ...first, end: first.start.plus({ minutes: 30 * m.length }) };
}

const schedulesArb = fc.array(meetingArb, { maxLength: 20 }).map((meetings) => meetings.map(toOccurrence));

const ATTENDANCE = new Set(['double-booking', 'tentative-overlap', 'venue', 'required-busy']);

/** A finding without its times: what must survive a shift or a change of zone. */
const shape = (f: Finding) => ({ id: f.id, rule: f.rule, kind: f.kind, severity: f.severity, keys: f.occurrences.map((o) => o.key), people: f.people });
const instant = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toMillis();

describe('metamorphic properties of the checker', () => {
  test('shifting every occurrence and the window by whole weeks shifts the findings and nothing else', () => {
    fc.assert(
      fc.property(schedulesArb, fc.integer({ min: -8, max: 8 }), (occurrences, weeks) => {
        const shift = { weeks };
        const moved = occurrences.map((o) => ({ ...o, start: o.start.plus(shift), end: o.end.plus(shift) }));
        const movedWindow = {
          from: DateTime.fromISO(window.from, { zone: 'Asia/Shanghai' }).plus(shift).toISODate()!,
          to: DateTime.fromISO(window.to, { zone: 'Asia/Shanghai' }).plus(shift).toISODate()!,
        };
        const before = checkOccurrences({ occurrences, config, window });
        const after = checkOccurrences({ occurrences: moved, config, window: movedWindow });
        expect(after.findings.map(shape)).toEqual(before.findings.map(shape));
        // Asia/Shanghai has no DST, so a week is always 7 × 24 h there.
        const ms = weeks * 7 * 86_400_000;
        after.findings.forEach((f, i) => {
          const g = before.findings[i]!;
          expect(f.occurrences.map((o) => (o.allDay ? o.start : instant(o.start)))).toEqual(g.occurrences.map((o) => (o.allDay ? o.start : instant(o.start) + ms)));
          if (g.suggestion !== null) expect(instant(f.suggestion!.earliestStart)).toBe(instant(g.suggestion.earliestStart) + ms);
        });
        expect(after.summary).toEqual(before.summary);
      }),
      propertyParameters(60),
    );
  });

  test('re-expressing every time in another zone (same instants) changes no finding', () => {
    fc.assert(
      fc.property(schedulesArb, fc.constantFrom('America/New_York', 'UTC', 'Asia/Kolkata'), (occurrences, zone) => {
        const elsewhere = occurrences.map((o) => ({ ...o, start: o.start.setZone(zone), end: o.end.setZone(zone) }));
        const before = checkOccurrences({ occurrences, config, window });
        const after = checkOccurrences({ occurrences: elsewhere, config, window });
        expect(after.findings.map(shape)).toEqual(before.findings.map(shape));
        expect(after.findings.map((f) => f.data)).toEqual(before.findings.map((f) => f.data));
      }),
      propertyParameters(60),
    );
  });

  test('removing an occurrence never creates an attendance finding', () => {
    fc.assert(
      fc.property(schedulesArb, fc.nat(), (occurrences, pick) => {
        fc.pre(occurrences.length > 0);
        const fewer = occurrences.filter((_, i) => i !== pick % occurrences.length);
        const before = new Set(checkOccurrences({ occurrences, config, window }).findings.filter((f) => ATTENDANCE.has(f.kind)).map((f) => f.id));
        const created = checkOccurrences({ occurrences: fewer, config, window }).findings.filter((f) => ATTENDANCE.has(f.kind) && !before.has(f.id));
        expect(created.map(shape)).toEqual([]);
      }),
      propertyParameters(60),
    );
  });

  test('moving a dependent meeting to its suggested start removes that order finding and adds no new one for it', () => {
    fc.assert(
      fc.property(schedulesArb, (occurrences) => {
        const report = checkOccurrences({ occurrences, config, window });
        const order = report.findings.find((f) => f.kind === 'order' && f.suggestion !== null);
        fc.pre(order !== undefined);
        const key = order!.suggestion!.occurrence;
        const suggested = DateTime.fromISO(order!.suggestion!.earliestStart, { setZone: true });
        const moved = occurrences.map((o) =>
          o.key === key ? { ...o, start: suggested.setZone(o.start.zoneName ?? 'Asia/Shanghai'), end: suggested.plus(o.end.diff(o.start)).setZone(o.start.zoneName ?? 'Asia/Shanghai') } : o,
        );
        // At the suggested start the meeting may take another meeting's title and times exactly: it then
        // reads as a retyped copy of it (README: copies — same summary, start and end) and is judged as
        // that meeting, as the README's scheduling assistant also notes ("a start where the meeting would
        // become a copy of another … which the rules judge differently"). Such moves say nothing here.
        const after0 = moved.find((o) => o.key === key)!;
        fc.pre(!moved.some((o) => o.key !== key && o.summary === after0.summary && o.start.toMillis() === after0.start.toMillis() && o.end.toMillis() === after0.end.toMillis()));
        const after = checkOccurrences({ occurrences: moved, config, window });
        const stillOrder = after.findings.filter((f) => f.kind === 'order' && f.occurrences.some((o) => o.key === key) && f.suggestion?.occurrence === key);
        expect(stillOrder.map(shape)).toEqual([]);
      }),
      propertyParameters(100),
    );
  });

  test('findings are deterministic', () => {
    fc.assert(
      fc.property(schedulesArb, (occurrences) => {
        expect(checkOccurrences({ occurrences, config, window })).toEqual(checkOccurrences({ occurrences, config, window }));
      }),
      propertyParameters(30),
    );
  });
});

describe('config fuzz', () => {
  /** JSON values, with a bias to config-shaped objects whose fields hold the wrong things. */
  const configish = fc.record(
    {
      timezone: fc.jsonValue(),
      window: fc.oneof(fc.jsonValue(), fc.record({ from: fc.jsonValue(), to: fc.jsonValue() })),
      calendars: fc.oneof(fc.jsonValue(), fc.array(fc.dictionary(fc.constantFrom('id', 'file', 'level', 'office', 'owner', 'x'), fc.jsonValue()))),
      people: fc.jsonValue(),
      rules: fc.oneof(
        fc.jsonValue(),
        fc.array(fc.dictionary(fc.constantFrom('id', 'kind', 'severity', 'minGap', 'maxGap', 'cycle', 'dependent', 'prerequisite', 'people', 'event'), fc.oneof(fc.jsonValue(), fc.constantFrom('follows', 'venue', 'P1X', 'PT0S', 'role:总河长')))),
      ),
    },
    { requiredKeys: [] },
  );

  test('any JSON value returns a validation result; every problem names a path', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), configish), (raw) => {
        const result = validateConfig(raw, 'tongchou.json');
        if (result.ok) return;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const p of result.problems) {
          expect(p.source).toHaveProperty('path');
          expect(Array.isArray((p.source as { path: unknown }).path)).toBe(true);
        }
      }),
      propertyParameters(300),
    );
  });
});
