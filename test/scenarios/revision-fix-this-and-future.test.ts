/**
 * A RANGE=THISANDFUTURE override held by another calendar than the series (QL-2, /work/notes/qa-2026l.md): RFC 5545
 * §3.8.4.4 — it revises its instance and every later one; README "Recurrence" reads RANGE=THISANDFUTURE and
 * `no-double-booking` judges an override by its own SEQUENCE against the series' other copies. 青山区政府办's weekly
 * 区政府常务会议 (Mondays 09:00–11:30, SEQUENCE 0); 李明's diary holds only the override for the 15th.
 */
import { digest, run, vcalendar } from './harness.js';
import { override, series, UID } from './qingshan-weekly.js';

const people = [{ id: 'li', name: '李明', roles: ['区长'], office: '青山区政府', aliases: ['liming@qs.gov.example'] }];
const calendars = [
  { id: 'qs-gov', file: 'qs-gov.ics', office: '青山区政府办', level: 'district' },
  { id: 'li-diary', file: 'li-diary.ics', office: '青山区政府办', level: 'district', owner: 'li' },
];
const config = { timezone: 'Asia/Shanghai', window: { from: '2026-06-01', to: '2026-06-30' }, calendars, people, rules: [{ id: 'booking', kind: 'no-double-booking' }] };

const other = (uid: string, start: string, end: string): string[] =>
  ['BEGIN:VEVENT', `UID:${uid}@qs.gov.example`, 'DTSTAMP:20260601T000000Z', `SUMMARY:${uid}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, 'LOCATION:青石镇', 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:liming@qs.gov.example', 'END:VEVENT'];
const files = (gov: readonly string[][], diary: readonly string[][]): Record<string, string> => ({
  'qs-gov.ics': vcalendar(gov.flat(), ['X-WR-TIMEZONE:Asia/Shanghai']),
  'li-diary.ics': vcalendar(diary.flat(), ['X-WR-TIMEZONE:Asia/Shanghai']),
});
const from15to14h = (...lines: string[]): string[] => override(';RANGE=THISANDFUTURE;TZID=Asia/Shanghai:20260615T090000', '20260615T140000', '20260615T163000', ...lines);
const sitting = (day: string): string => `${UID}@2026-06-${day}T01:00:00Z`;

describe('QL-2: RANGE=THISANDFUTURE to 14:00 on the diary alone', () => {
  test('SEQUENCE 1: every later sitting is at 14:00 (the 22nd and the 29th), the 8th still at 09:00', () => {
    const report = run(config, files(
      [series(), other('am08', '20260608T093000', '20260608T100000'), other('am22', '20260622T093000', '20260622T100000'), other('pm22', '20260622T143000', '20260622T150000'), other('am29', '20260629T093000', '20260629T100000'), other('pm29', '20260629T153000', '20260629T160000')],
      [from15to14h('SEQUENCE:1')],
    ));
    expect([...digest(report)].sort()).toEqual([
      `double-booking booking am08@qs.gov.example ${sitting('08')}`,
      `double-booking booking pm22@qs.gov.example ${sitting('22')}`,
      `double-booking booking pm29@qs.gov.example ${sitting('29')}`,
    ]);
  });

  test('SEQUENCE 1 with STATUS:CANCELLED: the 15th and every later sitting book nobody', () => {
    const report = run(config, files([series(), other('am22', '20260622T093000', '20260622T100000'), other('am08', '20260608T093000', '20260608T100000')], [override(';RANGE=THISANDFUTURE;TZID=Asia/Shanghai:20260615T090000', '20260615T090000', '20260615T113000', 'SEQUENCE:1', 'STATUS:CANCELLED')]));
    expect(digest(report)).toEqual([`double-booking booking am08@qs.gov.example ${sitting('08')}`]);
  });

  test('guard: the office moved the 29th alone later (SEQUENCE 2, to Tuesday the 30th): that override wins over the diary\'s range', () => {
    const report = run(config, files(
      [series(), override(';TZID=Asia/Shanghai:20260629T090000', '20260630T090000', '20260630T113000', 'SEQUENCE:2'), other('pm29', '20260629T153000', '20260629T160000'), other('tue30', '20260630T093000', '20260630T100000')],
      [from15to14h('SEQUENCE:1')],
    ));
    expect(digest(report)).toEqual([`double-booking booking ${sitting('29')} tue30@qs.gov.example`]);
  });

  test('guard: the office\'s series revised later (SEQUENCE 2): the diary\'s range is older and moves nothing', () => {
    const report = run(config, files([series('SEQUENCE:2'), other('am22', '20260622T093000', '20260622T100000'), other('pm22', '20260622T143000', '20260622T150000')], [from15to14h('SEQUENCE:1')]));
    expect(digest(report)).toEqual([`double-booking booking am22@qs.gov.example ${sitting('22')}`]);
  });

  test('guard: nothing raised (SEQUENCE 0, no LAST-MODIFIED): nothing says the range is newer, the office\'s 22nd still books at 09:00', () => {
    const report = run(config, files([series(), other('am22', '20260622T093000', '20260622T100000')], [from15to14h()]));
    expect(digest(report)).toEqual([`double-booking booking am22@qs.gov.example ${sitting('22')}`]);
  });
});

describe('QL-4: the diary\'s override of one sitting, its series on the office\'s calendar', () => {
  const moved = override(';TZID=Asia/Shanghai:20260615T090000', '20260616T090000', '20260616T113000', 'SEQUENCE:1');
  const codes = (gov: readonly string[][]): string[] => run(config, files(gov, [moved])).problems.map((p) => p.code);

  test('no orphan-override warning: the sitting is judged against the office\'s series', () => {
    expect(codes([series()])).not.toContain('orphan-override');
  });

  test('guard: the office holds no such series: orphan-override (one meeting at its own time)', () => {
    expect(codes([other('am08', '20260608T093000', '20260608T100000')])).toContain('orphan-override');
  });
});
