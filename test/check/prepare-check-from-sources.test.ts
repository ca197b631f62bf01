import { DateTime } from 'luxon';
import { check, checkProposal, prepareCheckFromSources } from '../../src/index.js';
import { config, vcalendar } from '../scenarios/harness.js';

const zone = 'Asia/Shanghai';
const at = (iso: string) => DateTime.fromISO(iso, { zone });
const event = (uid: string, summary: string, start: string, end: string) => [
  'BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261101T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, 'END:VEVENT',
];
const c = () =>
  config({
    timezone: zone,
    window: { from: '2026-12-01', to: '2026-12-31' },
    calendars: [
      { id: 'city', file: 'city.ics', office: '市政府办', level: 'city' },
      { id: 'dist', file: 'dist.ics', office: '区政府办', level: 'district' },
      { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
      { id: 'gone', file: 'gone.ics', office: '区人大办', level: 'district' },
    ],
    rules: [{ id: 'relay', kind: 'follows', dependent: { level: 'district', summary: '传达' }, prerequisite: { level: 'city', summary: '全市' }, maxGap: { workingDays: 5 } }],
  });
const sources = new Map(
  Object.entries({
    'city.ics': vcalendar(event('c1@city', '全市安全生产工作会议', '20261127T090000', '20261127T110000')),
    'dist.ics': vcalendar(event('d1@dist', '全区安全生产工作会议（传达）', '20261202T090000', '20261202T110000')),
    'party.ics': vcalendar([]),
  }),
);

describe('prepareCheckFromSources', () => {
  test('reads before the window as check() does: moving the relay a day later is no order-missing', () => {
    const { prepared, occurrences } = prepareCheckFromSources({ config: c(), sources, configFile: 'tongchou.json' });
    // Last week's city meeting is read, though it lies before the window.
    expect(occurrences.map((o) => o.uid)).toEqual(['c1@city', 'd1@dist']);
    const moved = checkProposal(prepared, { calendar: 'dist', uid: 'd1@dist', summary: '全区安全生产工作会议（传达）', start: at('2026-12-03T09:00'), end: at('2026-12-03T11:00') });
    expect(moved).toEqual([]);
    // Too late by the rule's five working days: found like the full check finds it.
    const late = checkProposal(prepared, { calendar: 'dist', uid: 'd1@dist', summary: '全区安全生产工作会议（传达）', start: at('2026-12-14T09:00'), end: at('2026-12-14T11:00') });
    expect(late.map((f) => f.kind)).toEqual(['order-late']);
  });

  test('a calendar read with no meeting takes proposals; a missing file is a load problem, as check() reports it', () => {
    const { prepared, calendars, problems } = prepareCheckFromSources({ config: c(), sources, configFile: 'tongchou.json' });
    expect(calendars.map((x) => x.id)).toEqual(['city', 'dist', 'party']);
    expect(checkProposal(prepared, { calendar: 'party', summary: '常委会', start: at('2026-12-09T09:00'), end: at('2026-12-09T10:00') })).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(check({ config: c(), sources, configFile: 'tongchou.json' }).problems.map((p) => p.code));
    expect(problems.map((p) => p.code)).toContain('missing-source');
  });
});
