/**
 * The loader on the bundled example: each file expands to what its author meant (the same counts
 * Debian's python3-recurring-ical-events gives), and the recurrence quirks the stories rely on come
 * out right — holidays removed by EXDATE, the 常务会议 moved by a RECURRENCE-ID written in a Windows
 * zone, the cancelled instance kept and flagged, Apple's UNTIL in UTC including the last Monday.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { loadCalendar } from '../../src/load/load-calendar.js';
import type { LoadResult } from '../../src/model/load-result.js';
import type { Occurrence } from '../../src/model/occurrence.js';

const dir = join(__dirname, '..', '..', 'examples', 'q2-2022', 'calendars');
const zone = 'Asia/Shanghai';
const window = { from: DateTime.fromISO('2022-04-01', { zone }), to: DateTime.fromISO('2022-07-01', { zone }) };
const load = (id: string): LoadResult =>
  loadCalendar(readFileSync(join(dir, `${id}.ics`)), { meta: { id }, window, defaultZone: zone, file: `${id}.ics` });
/** `MM-DD HH:mm` on the Shanghai clock. */
const clock = (occurrences: readonly Occurrence[]) => occurrences.map((o) => o.start.setZone(zone).toFormat('MM-dd HH:mm'));

describe('examples/q2-2022 calendars through the loader', () => {
  // Counted independently with icalendar 4.0 + recurring_ical_events (Debian) over the same window.
  test.each([
    ['province', 3, 3],
    ['city-party', 4, 6],
    ['city-gov', 5, 7],
    ['city-congress', 3, 3],
    ['city-cppcc', 3, 3],
    ['district-party', 7, 7],
    ['district-gov', 9, 17],
    ['district-congress', 4, 8],
    ['district-cppcc', 4, 6],
    ['secretary', 5, 15],
    ['mayor', 7, 9],
    ['joint', 3, 1],
    ['duty', 3, 182],
  ])('%s: %i VEVENTs, all loaded, %i occurrences in Q2', (id, components, occurrences) => {
    const r = load(id);
    expect(r.counts).toEqual({ components, loaded: components, skipped: 0 });
    expect(r.occurrences).toHaveLength(occurrences);
  });

  test('the weekly 常务会议: two holidays removed, 17 May moved to Thursday 19 May 09:00, 21 June cancelled but kept', () => {
    const weekly = load('district-gov').occurrences.filter((o) => o.summary.startsWith('区政府常务会议'));
    expect(weekly.map((o) => [o.start.setZone(zone).toFormat('MM-dd HH:mm'), o.recurrenceId, o.status])).toEqual([
      ['04-12 15:00', '2022-04-12T07:00:00Z', 'confirmed'],
      ['04-19 15:00', '2022-04-19T07:00:00Z', 'confirmed'],
      ['04-26 15:00', '2022-04-26T07:00:00Z', 'confirmed'],
      ['05-10 15:00', '2022-05-10T07:00:00Z', 'confirmed'],
      ['05-19 09:00', '2022-05-17T07:00:00Z', 'confirmed'],
      ['05-24 15:00', '2022-05-24T07:00:00Z', 'confirmed'],
      ['05-31 15:00', '2022-05-31T07:00:00Z', 'confirmed'],
      ['06-07 15:00', '2022-06-07T07:00:00Z', 'confirmed'],
      ['06-14 15:00', '2022-06-14T07:00:00Z', 'confirmed'],
      ['06-21 15:00', '2022-06-21T07:00:00Z', 'cancelled'],
      ['06-28 15:00', '2022-06-28T07:00:00Z', 'confirmed'],
    ]);
    expect(weekly.find((o) => o.status === 'cancelled')?.busy).toBe('free');
  });

  test('Apple’s weekly 书记办公会: UNTIL in UTC keeps 27 June, EXDATEs drop the two holiday Mondays', () => {
    const mondays = load('secretary').occurrences.filter((o) => o.summary === '书记办公会');
    expect(clock(mondays)).toEqual([
      '04-11 08:30', '04-18 08:30', '04-25 08:30', '05-09 08:30', '05-16 08:30', '05-23 08:30', '05-30 08:30',
      '06-06 08:30', '06-13 08:30', '06-20 08:30', '06-27 08:30',
    ]);
  });

  test('all-day trips stay dates, end exclusive, transparent as Apple and Google write them', () => {
    const trips = [...load('secretary').occurrences, ...load('mayor').occurrences].filter((o) => o.summary.startsWith('出差'));
    expect(trips.map((o) => [o.allDay, o.start.toISODate(), o.end.toISODate(), o.transparent])).toEqual([
      [true, '2022-04-27', '2022-04-29', true],
      [true, '2022-06-14', '2022-06-17', true],
      [true, '2022-05-25', '2022-05-28', true],
    ]);
  });

  test('UTC (DingTalk, WPS), floating (OA, Feishu), Windows-named and IANA-without-VTIMEZONE times all land on the Shanghai clock', () => {
    const first = (id: string, summary: string) =>
      load(id).occurrences.find((o) => o.summary === summary)?.start.setZone(zone).toFormat('MM-dd HH:mm');
    expect([
      first('district-party', '江滨区2022年第一次总河长会议'),
      first('city-cppcc', '市政协常委会会议'),
      first('city-congress', '市人大常委会第三次会议'),
      first('district-cppcc', '区政协常委会议'),
      first('city-gov', '全市重点项目建设推进会'),
      first('province', '全省安全生产工作会议'),
    ]).toEqual(['04-20 15:00', '04-29 09:00', '04-22 09:00', '05-27 09:00', '05-12 15:00', '04-06 09:00']);
  });

  test('RFC 9253 links are read: RELATED-TO FINISHTOSTART on the dependent, REFID and CONCEPT on both levels', () => {
    const reform = load('district-party').occurrences.find((o) => o.summary === '全区改革攻坚推进会');
    expect(reform?.relations.map((r) => [r.relType, r.target])).toEqual([
      ['FINISHTOSTART', 'dingtalk-a2d9e610-0601-4c3f-b7e8-qsgw2022@dingtalk.com'],
    ]);
    for (const [id, summary] of [
      ['city-gov', '全市优化营商环境工作推进会'],
      ['district-gov', '全区优化营商环境工作会议'],
    ] as const) {
      const o = load(id).occurrences.find((x) => x.summary === summary);
      expect([o?.refIds, o?.concepts]).toEqual([['LJ-2022-YSHJ'], ['https://linjiang.example/topics/yingshang-huanjing']]);
    }
  });

  test('the tentative CPPCC consultation is tentative; the declined city meeting keeps the DECLINED reply', () => {
    const consultation = load('district-cppcc').occurrences.find((o) => o.summary.startsWith('区政协专题协商会'));
    expect([consultation?.status, consultation?.busy, consultation?.location]).toEqual(['tentative', 'tentative', null]);
    const declined = load('city-gov').occurrences.find((o) => o.summary === '全市招商引资工作调度会');
    expect(declined?.attendees.find((a) => a.name === '李明')?.partstat).toBe('declined');
  });
});
