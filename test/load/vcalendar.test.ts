/**
 * vCalendar 1.0 files (`VERSION:1.0`: old OA systems, Lotus Notes, phones, renamed .ics) and the
 * VERSION line generally (RFC 5545 §3.7.4), QA26-16. Chosen behaviour: such a file is read as
 * iCalendar with a warning naming the format; quoted-printable values are decoded; the common
 * vCalendar recurrence forms are translated (a series, not one meeting); any other form is a
 * problem and the event one meeting; every component is still loaded or skipped.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { join } from 'node:path';
import { renderProblem } from '../../src/messages/render.js';
import { calendar, codes, event, load, windowOf } from '../helpers/ics.js';

const fixture = readFileSync(join(__dirname, '..', 'fixtures', 'load', 'vcalendar-1.0-oa-export.ics'));
const result = load(fixture, { window: windowOf('2022-05-01', '2022-07-01') });
const located = result.problems.map((p) => `${p.code}@${'line' in p.source ? p.source.line : ''}`);
const byUid = (uid: string) => result.occurrences.filter((o) => o.uid === uid);
const day = (iso: string | null) => iso?.slice(0, 10);

describe('a vCalendar 1.0 export (fixture vcalendar-1.0-oa-export.ics)', () => {
  test('the file is named as vCalendar 1.0 at its VERSION line, and each translation is reported with its line', () => {
    expect(located).toEqual([
      'vcalendar-version@2',
      'quoted-printable@9',
      'vcalendar-rrule@10',
      'vcalendar-rrule@22',
      'unsupported-vcalendar-rrule@30',
      'unsupported-component@33',
    ]);
    expect(result.problems.find((p) => p.code === 'vcalendar-version')!.severity).toBe('warning');
    expect(renderProblem(result.problems[0]!, 'zh-CN')).toContain('vCalendar 1.0');
    expect(renderProblem(result.problems[0]!, 'en')).toContain('vCalendar 1.0');
  });

  test('quoted-printable titles are decoded: UTF-8, across a soft line break, and a GB2312 location', () => {
    expect(byUid('v1-weekly@oa.example')[0]!.summary).toBe('区委常委会');
    const soft = byUid('v1-soft-break@oa.example')[0]!;
    expect(soft.summary).toBe('区政府第十二次常务会议（扩大）');
    expect(soft.location).toBe('区政府301会议室');
    expect(result.problems.find((p) => p.code === 'quoted-printable')!.data).toEqual({ count: 3 });
  });

  test('W1 TU #4 is four Tuesdays from 10 May, minus the two EXDATEs written with `;` between them', () => {
    expect(byUid('v1-weekly@oa.example').map((o) => o.start.setZone('Asia/Shanghai').toISO({ suppressMilliseconds: true }))).toEqual([
      '2022-05-10T09:00:00+08:00',
      '2022-05-31T09:00:00+08:00',
    ]);
    expect(result.problems.find((p) => p.code === 'vcalendar-rrule')!.data).toEqual({ value: 'W1 TU #4', rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;COUNT=4', countDefaulted: false });
  });

  test('MD1 12 #2 is the 12th of May and of June', () => {
    expect(byUid('v1-soft-break@oa.example').map((o) => day(o.start.setZone('Asia/Shanghai').toISODate()))).toEqual(['2022-05-12', '2022-06-12']);
  });

  test('a time list (D1 0900 1700 #3) is not translated: one meeting, reported, not invalid-rrule', () => {
    expect(byUid('v1-time-list@oa.example')).toHaveLength(1);
    expect(codes(result)).not.toContain('invalid-rrule');
  });

  test('attendees written `name <address>` with vCalendar STATUS and EXPECT', () => {
    const [zhang, wang] = byUid('v1-weekly@oa.example')[0]!.attendees;
    expect(zhang).toMatchObject({ address: 'mailto:zhangwei@oa.example', name: '张伟', partstat: 'accepted', role: 'attendee' });
    expect(wang).toMatchObject({ address: 'mailto:wangfang@oa.example', name: '王芳', role: 'non-participant' });
  });

  test('TRANSP as vCalendar numbers: 0 blocks time, 1 does not', () => {
    expect(byUid('v1-soft-break@oa.example')[0]!.transparent).toBe(false);
    expect(byUid('v1-time-list@oa.example')[0]).toMatchObject({ transparent: true, busy: 'free' });
  });

  test('every component is accounted for: three VEVENTs loaded, the VTODO skipped', () => {
    expect(result.counts).toEqual({ components: 4, loaded: 3, skipped: 1 });
    expect(result.skipped.map((s) => [s.component, s.code])).toEqual([['VTODO', 'unsupported-component']]);
  });
});

describe('the VERSION line (RFC 5545 §3.7.4)', () => {
  const one = event('DTSTART;TZID=Asia/Shanghai:20220510T090000', 'SUMMARY:区委常委会');
  const withVersion = (version: string | null) =>
    ['BEGIN:VCALENDAR', ...(version === null ? [] : [`VERSION:${version}`]), 'PRODID:-//x//y//ZH', ...one, 'END:VCALENDAR', ''].join('\r\n');

  test('2.0: nothing to say', () => {
    expect(codes(load(withVersion('2.0')))).toEqual([]);
  });

  test('missing: read as iCalendar without a problem (hand-made files and many tools leave it out)', () => {
    const r = load(withVersion(null));
    expect(codes(r)).toEqual([]);
    expect(r.occurrences).toHaveLength(1);
  });

  test.each(['3.0', '2.1', 'abc'])('VERSION:%s is read as 2.0 with unknown-version at its line', (version) => {
    const r = load(withVersion(version));
    expect(r.problems.map((p) => [p.code, p.severity, 'line' in p.source && p.source.line, p.data])).toEqual([['unknown-version', 'warning', 2, { version }]]);
    expect(r.occurrences).toHaveLength(1);
    expect(renderProblem(r.problems[0]!, 'zh-CN')).toContain(`VERSION:${version}`);
  });

  test('a quoted-printable title in a 2.0 file is decoded too, with one note', () => {
    const r = load(calendar(event('DTSTART;TZID=Asia/Shanghai:20220510T090000', 'SUMMARY;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E5=85=9A=E7=BB=84=E4=BC=9A')));
    expect(r.occurrences[0]!.summary).toBe('党组会');
    expect(codes(r)).toEqual(['quoted-printable']);
  });

  test('a vCalendar rule without a duration repeats twice and says so (warning)', () => {
    const r = load(calendar(event('DTSTART:20220510T010000Z', 'RRULE:W1 TU')));
    expect(r.occurrences).toHaveLength(2);
    expect(r.problems.map((p) => [p.code, p.severity])).toEqual([['vcalendar-rrule', 'warning']]);
    expect(renderProblem(r.problems[0]!, 'zh-CN')).toContain('默认值重复 2 次');
  });

  test('a stray soft line break on the last value does not swallow END:VEVENT', () => {
    const text = calendar([
      ...event('UID:a', 'DTSTART:20220510T010000Z', 'SUMMARY;ENCODING=QUOTED-PRINTABLE:=E5=85=9A=E7=BB=84=E4=BC=9A='),
      ...event('UID:b', 'DTSTART:20220511T010000Z', 'SUMMARY:专题会'),
    ]);
    const r = load(text);
    expect(r.occurrences.map((o) => [o.uid, o.summary])).toEqual([['a', '党组会'], ['b', '专题会']]);
    expect(codes(r)).toEqual(['quoted-printable']);
  });

  test('an RFC 5545 rule that is merely broken is still invalid-rrule, not a vCalendar problem', () => {
    expect(codes(load(calendar(event('DTSTART:20220510T010000Z', 'RRULE:WEEKLY'))))).toEqual(['invalid-rrule']);
  });
});

describe('properties', () => {
  // Any title, encoded byte by byte as quoted-printable (UTF-8) and broken with soft line breaks after
  // any numbers of encoded bytes, loads as the title (trimmed, as every SUMMARY is).
  test('quoted-printable with soft line breaks round-trips any title', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('区', '委', '会', ' ', '\r', '\n', '\\', ',', ';', '=', 'a', '😀', '\u3000'), minLength: 1, maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 6 }), (title, cuts) => {
        const units = [...Buffer.from(title, 'utf8')].map((b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
        const lines: string[] = [];
        let at = 0;
        for (const cut of cuts) {
          if (at + cut >= units.length) break;
          lines.push(`${units.slice(at, at + cut).join('')}=`);
          at += cut;
        }
        lines.push(units.slice(at).join(''));
        const text = calendar(event('DTSTART:20220510T010000Z', `SUMMARY;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:${lines.join('\r\n')}`));
        const r = load(text);
        // A line break in the title is a TEXT line break (RFC 5545 §3.3.11 has only `\\n`).
        expect(r.occurrences.map((o) => o.summary)).toEqual([title.replace(/\r\n|\r/gu, '\n').trim()]);
        expect(codes(r)).toEqual(['quoted-printable']);
      }),
      { numRuns: 200 },
    );
  });
});
