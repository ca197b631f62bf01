/**
 * The bundled example's findings, exactly: the stories written into examples/q2-2022 (README,
 * "The bundled example") are found, with the rule, kind, severity, occurrences (by calendar and
 * uid), people and suggestion each one should have — and nothing else is, so the near-misses
 * (same UID on two calendars, moved / cancelled / EXDATE'd instances, back-to-back meetings, a
 * declined invitation, a transparent reminder, in-order chains and links, a meeting on a 调休
 * Saturday, meetings on the edges of office hours) stay quiet. The routine stories (issue 6): the
 * four offices' quarterly 联席会议 cancelled in Q2, a night without a duty shift over 端午, and a
 * first-Friday meeting that lands on 端午.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { check } from '../../src/check/check.js';
import { validateConfig } from '../../src/config/validate.js';
import type { Finding } from '../../src/model/finding.js';
import type { Config } from '../../src/model/config.js';

const configFile = join(__dirname, '..', '..', 'examples', 'q2-2022', 'tongchou.json');

function loadExample(): { config: Config; sources: Map<string, Uint8Array> } {
  const validation = validateConfig(JSON.parse(readFileSync(configFile, 'utf8')) as unknown, configFile);
  if (!validation.ok) throw new Error(`example config invalid: ${JSON.stringify(validation.problems)}`);
  const { config } = validation;
  const sources = new Map(config.calendars.map((c) => [c.file, readFileSync(join(dirname(configFile), c.file))] as const));
  return { config, sources };
}

// UIDs of the meetings in the stories (see the .ics files).
const UID = {
  districtRiverChief: 'dingtalk-5c0e7b44-0420-4f21-8a9b-qzhzhy2022@dingtalk.com',
  cityRiverChief: '7q2m0hzhc0421sw0002@google.com',
  districtFlood: '040000008200E00074C5B7101A82E00800000000C39749A8C684A112B2BF758BB85B5B7A0000000000000000100000006DCF45A5EE256908D709E187E',
  riverSiteVisit: '2b7c9d0e1f3a4b5c8d6emayor0512@google.com',
  cityProjects: '040000008200E00074C5B7101A82E00800000000B6B678D7B94E0AED6325587291F67CBA0000000000000000100000006FEA5A21D4E20A399F39BE178',
  oldHousing: '040000008200E00074C5B7101A82E008000000008D90B45DF4131E61FEB3702A5DED280F0000000000000000100000006B5D6AAD59827EFEDC09DA13C',
  congressInspection: 'OA-QRD-2022-0518-014',
  studySession: 'dingtalk-e8d2a0b9-0607-4a6c-8f3e-qllxx2022@dingtalk.com',
  cityUrbanWork: '1c4f6csgz0607sw0004@google.com',
  riverPromotion: '040000008200E00074C5B7101A82E00800000000A29DD46CC65CE7D93780C3E86F3E2B75000000000000000010000000619C4CCAEDDF1E207E60435F7',
  partySchoolTrip: 'C3E5A7B9-1D3F-4E5A-9B7C-1D3E5F7A9B1C',
  weeklyStanding: '040000008200E00074C5B7101A82E00800000000FFD01947CB990D4CA7BA0BC7A51F3C670000000000000000100000006B873B5D668397C0A5AAA1A62',
  cppccConsultation: 'feishu-qzx-xsh-0614@feishu.cn',
  jointMeeting: 'wps-3f6c2b8e-91d4-4c57-a0e2-sitaobanzi-lxhy@wps.example',
  dayShift: 'dingtalk-4d2e9a61-zbs-day-2022q2@dingtalk.com',
  partyGroup: 'OA-QRD-DZHY-2022',
} as const;

/** A finding reduced to what the stories promise; occurrences as `calendar/uid[/recurrenceId]`, sorted. */
function essence(f: Finding) {
  return {
    rule: f.rule,
    kind: f.kind,
    severity: f.severity,
    occurrences: f.occurrences.map((o) => [o.calendar, o.uid, ...(o.recurrenceId === null ? [] : [o.recurrenceId])].join('/')).sort(),
    people: [...f.people].sort(),
  };
}
const ref = (calendar: string, uid: string, recurrenceId?: string) => [calendar, uid, ...(recurrenceId === undefined ? [] : [recurrenceId])].join('/');

describe('examples/q2-2022', () => {
  const { config, sources } = loadExample();
  const report = check({ config, sources, configFile });

  test('every calendar loads without a skipped component or an error-level problem', () => {
    expect(report.summary.calendars).toBe(13);
    expect(report.summary.skipped).toBe(0);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  test('the only problems are the two Outlook files’ Windows zone name, mapped and reported as info', () => {
    expect(report.problems.map((p) => [p.severity, p.code, p.source.file])).toEqual([
      ['info', 'windows-tzid-mapped', 'calendars/city-gov.ics'],
      ['info', 'windows-tzid-mapped', 'calendars/district-gov.ics'],
    ]);
  });

  test('the expansion yields the occurrences the calendars hold in Q2 2022', () => {
    // 267 = per calendar: province 3, city-party 6, city-gov 7, city-congress 3, city-cppcc 3,
    // district-party 7, district-gov 17 (11 weekly incl. moved and cancelled + 6), district-congress 8,
    // district-cppcc 6, secretary 15, mayor 9, joint 1 (the cancelled Q2 instance), duty 182 (91 day
    // shifts, 92 night shifts from 31 March less the EXDATE'd one) — the same counts Debian's
    // recurring_ical_events gives.
    expect(report.summary.occurrences).toBe(267);
    expect(report.summary.events).toBe(60);
  });

  test('exactly the findings of the stories', () => {
    const expected = [
      // 1. district 总河长会议 on 20 April, the city one on 21 April.
      { rule: 'river-chief', kind: 'order', severity: 'error', occurrences: [ref('city-party', UID.cityRiverChief), ref('district-party', UID.districtRiverChief)], people: [] },
      // the district flood meeting implements a city meeting not scheduled yet.
      { rule: 'flood', kind: 'order-missing', severity: 'warning', occurrences: [ref('district-gov', UID.districtFlood)], people: [] },
      // 2. the mayor at the river site while summoned to the city.
      { rule: 'people', kind: 'double-booking', severity: 'error', occurrences: [ref('city-gov', UID.cityProjects), ref('mayor', UID.riverSiteVisit)], people: ['li'] },
      // 3. one room, two offices.
      { rule: 'rooms', kind: 'venue', severity: 'error', occurrences: [ref('district-congress', UID.congressInspection), ref('district-gov', UID.oldHousing)], people: [] },
      // 4. 15 minutes from the district committee to the city hall, 40 needed.
      { rule: 'travel', kind: 'travel-time', severity: 'warning', occurrences: [ref('city-party', UID.cityUrbanWork), ref('district-party', UID.studySession)], people: ['zhou'] },
      // 5. the 总河长 invited while at the provincial party school: required-busy, and the trip clashes.
      { rule: 'chiefs', kind: 'required-busy', severity: 'warning', occurrences: [ref('district-gov', UID.riverPromotion), ref('secretary', UID.partySchoolTrip)], people: ['zhou'] },
      { rule: 'people', kind: 'double-booking', severity: 'error', occurrences: [ref('district-gov', UID.riverPromotion), ref('secretary', UID.partySchoolTrip)], people: ['zhou'] },
      // the tentative consultation during the weekly 常务会议 of 14 June.
      { rule: 'people', kind: 'tentative-overlap', severity: 'warning', occurrences: [ref('district-cppcc', UID.cppccConsultation), ref('district-gov', UID.weeklyStanding, '2022-06-14T07:00:00Z')], people: ['li'] },
      // 6. the Q2 联席会议 of 24 June was cancelled (moved to 8 July): Q2 has none. The cancelled one is cited.
      { rule: 'joint-meeting', kind: 'cadence-missed', severity: 'warning', occurrences: [ref('joint', UID.jointMeeting, '2022-06-24T07:00:00Z')], people: [] },
      // 7. no night shift on 4 June (端午): nobody on duty from the end of that day shift to the next one.
      { rule: 'duty-roster', kind: 'coverage-gap', severity: 'error', occurrences: [ref('duty', UID.dayShift, '2022-06-04T00:30:00Z'), ref('duty', UID.dayShift, '2022-06-05T00:30:00Z')], people: [] },
      // 8. the 党组会议 of the first Friday of each month lands on 3 June, 端午.
      { rule: 'workdays', kind: 'holiday', severity: 'warning', occurrences: [ref('district-congress', UID.partyGroup, '2022-06-03T01:00:00Z')], people: [] },
    ].map((e) => ({ ...e, occurrences: [...e.occurrences].sort() }));
    const byKey = (a: { rule: string; kind: string; occurrences: string[] }) => `${a.rule} ${a.kind} ${a.occurrences.join(' ')}`;
    const sort = <T extends { rule: string; kind: string; occurrences: string[] }>(xs: T[]) => [...xs].sort((a, b) => (byKey(a) < byKey(b) ? -1 : 1));
    expect(sort(report.findings.map(essence))).toEqual(sort(expected));
  });

  // Each near-miss on its own, so that a regression names the quirk it broke.
  test.each([
    ['the same 区委常委会会议（扩大） on 区委办 and 区政府办 (one UID)', 'dingtalk-8f3a2c91-0412-4b6e-9d1a-qwcwh2022@dingtalk.com'],
    ['the delegation in the 常务会议 slot the RECURRENCE-ID moved away', '9d1e3f5a7b2c4d6e8f0amayor0517@google.com'],
    ['the town report in the slot of the cancelled 常务会议', '8c0e2a4b6d8f0a2c4e6dmayor0621@google.com'],
    ['the special meeting right after 书记办公会 in the same room', 'dingtalk-0b61c7d2-0516-4e5a-93f0-qzths2022@dingtalk.com'],
    ['the transparent reminder during a meeting', '3f5b7d9e1a2c4e6f8b0dmayor0510@google.com'],
    ['the declined city meeting', '040000008200E00074C5B7101A82E00800000000356A8C5BD0F4AA656E4659439062B9B900000000000000001000000061A90D64587A23E46C1A3BA74'],
    ['the RELATED-TO FINISHTOSTART pair, in order', 'dingtalk-c34b8e27-0602-4d8a-b5f1-qggjt2022@dingtalk.com'],
    ['the REFID/CONCEPT pair across levels, in order', '040000008200E00074C5B7101A82E00800000000AF507CE271883AA52BCC64FCC708622A0000000000000000100000006E9C15482E1C0356F628AF5D6'],
    ['the province → city → district 安全生产 chain, in order', '040000008200E00074C5B7101A82E00800000000F2654CD8A1AB5AAD02EDED4C544D41120000000000000000100000006D57C49AD2F4DFAE52C8C64B0'],
    ['the 区政协 cadres’ meeting on Saturday 7 May, a 调休 working day', 'feishu-qzx-jggb-0507@feishu.cn'],
    ['the night shifts, back to back with the day shifts across midnight in UTC', 'dingtalk-7f1a3c58-zbs-night-2022q2@dingtalk.com'],
  ])('no finding for %s', (_name, uid) => {
    expect(report.findings.filter((f) => f.occurrences.some((o) => o.uid === uid))).toEqual([]);
  });

  // …and each would be a finding without the quirk handled: edit the one file in memory, check again.
  describe('the near-misses are near: undo the quirk and a finding appears', () => {
    const recheck = (file: string, edit: (ics: string) => string) => {
      const example = loadExample();
      const text = Buffer.from(example.sources.get(file) ?? '').toString('utf8');
      const edited = edit(text);
      expect(edited).not.toBe(text);
      example.sources.set(file, Buffer.from(edited, 'utf8'));
      return check({ ...example, configFile }).findings.filter((f) => !report.findings.some((g) => g.id === f.id));
    };
    const kinds = (findings: readonly Finding[]) => findings.map((f) => `${f.rule}/${f.kind}`).sort();

    test('the 区委常委会会议（扩大） entry under another UID and another meeting\'s title: everyone in it is double-booked, the room too', () => {
      // Another UID alone is not enough: a copy with the same title and times counts as one meeting
      // (secretaries retype meetings by hand), and so does the same meeting in other words (区委常委（扩大）会议,
      // the contraction with the note inside: QH-9). Another meeting's title leaves nothing to match.
      const added = recheck('calendars/district-gov.ics', (ics) =>
        ics
          .replace('UID:dingtalk-8f3a2c91-0412-4b6e-9d1a-qwcwh2022@dingtalk.com', 'UID:copied-by-hand@jiangbin.example')
          .replace('SUMMARY;LANGUAGE=zh-CN:区委常委会会议（扩大）', 'SUMMARY;LANGUAGE=zh-CN:区委理论学习中心组学习会'),
      );
      expect(kinds(added)).toEqual(['people/double-booking', 'rooms/venue']);
    });

    test('the same entry retyped as 区委常委（扩大）会议 (the contraction, the note inside) is the same meeting: nothing added', () => {
      const added = recheck('calendars/district-gov.ics', (ics) =>
        ics
          .replace('UID:dingtalk-8f3a2c91-0412-4b6e-9d1a-qwcwh2022@dingtalk.com', 'UID:copied-by-hand@jiangbin.example')
          .replace('SUMMARY;LANGUAGE=zh-CN:区委常委会会议（扩大）', 'SUMMARY;LANGUAGE=zh-CN:区委常委（扩大）会议'),
      );
      expect(kinds(added)).toEqual([]);
    });

    test('an opaque reminder: the mayor is double-booked', () => {
      const added = recheck('calendars/mayor.ics', (ics) => ics.replace(/(提醒：审阅常务会议材料\r\nTRANSP:)TRANSPARENT/, '$1OPAQUE'));
      expect(kinds(added)).toEqual(['people/double-booking']);
    });

    test('the 联席会议 of 24 June not cancelled: Q2 has its meeting and the cadence finding goes', () => {
      const example = loadExample();
      const text = Buffer.from(example.sources.get('calendars/joint.ics') ?? '').toString('utf8');
      const edited = text.replace('STATUS:CANCELLED\r\nTRANSP:TRANSPARENT', 'STATUS:CONFIRMED\r\nTRANSP:OPAQUE');
      expect(edited).not.toBe(text);
      example.sources.set('calendars/joint.ics', Buffer.from(edited, 'utf8'));
      const kinds = check({ ...example, configFile }).findings.map((f) => `${f.rule}/${f.kind}`);
      expect(kinds).not.toContain('joint-meeting/cadence-missed');
      expect(kinds).toHaveLength(report.findings.length - 1);
    });

    test('the night shift of 4 June put back: no gap', () => {
      const example = loadExample();
      const text = Buffer.from(example.sources.get('calendars/duty.ics') ?? '').toString('utf8');
      example.sources.set('calendars/duty.ics', Buffer.from(text.replace('EXDATE:20220604T093000Z\n', ''), 'utf8'));
      expect(check({ ...example, configFile }).findings.filter((f) => f.kind.startsWith('coverage'))).toEqual([]);
    });

    test('the cadres’ meeting moved from Saturday 7 May (调休) to Sunday 8 May: a weekend meeting', () => {
      const added = recheck('calendars/district-cppcc.ics', (ics) => ics.replace(/20220507T(\d{6})/g, '20220508T$1'));
      expect(kinds(added)).toEqual(['workdays/holiday']);
      expect(added[0]?.kind === 'holiday' && [added[0].data.date, added[0].data.dayType]).toEqual(['2022-05-08', 'weekend']);
    });

    test('the 区政协 consultation ending at 17:30: within the default hours, but after 区政协办’s 17:00', () => {
      const added = recheck('calendars/district-cppcc.ics', (ics) => ics.replace('DTEND:20220614T170000', 'DTEND:20220614T173000'));
      expect(kinds(added)).toContain('workdays/outside-hours');
      const outside = added.find((f) => f.kind === 'outside-hours');
      expect(outside?.kind === 'outside-hours' && [outside.data.office, outside.data.hoursEnd]).toEqual(['区政协办', '17:00']);
    });

    test('the study session at 08:00 instead of 08:30, the start of the office day: outside hours', () => {
      const added = recheck('calendars/district-party.ics', (ics) => ics.replace('DTSTART:20220607T003000Z', 'DTSTART:20220607T000000Z'));
      expect(kinds(added)).toContain('workdays/outside-hours');
    });

    test('an accepted city invitation: the mayor is double-booked with the district congress', () => {
      const added = recheck('calendars/city-gov.ics', (ics) => ics.replace('PARTSTAT=DECLINED', 'PARTSTAT=ACCEPTED'));
      expect(kinds(added)).toEqual(['people/double-booking']);
    });
  });

  test('the order finding says to move the district meeting after the city one ends (21 April 11:30)', () => {
    const order = report.findings.find((f) => f.kind === 'order');
    expect(order?.suggestion).toEqual({
      earliestStart: '2022-04-21T11:30:00+08:00',
      occurrence: `district-party/${UID.districtRiverChief}`,
    });
    expect(order?.kind === 'order' && [order.data.pairedBy, order.data.link]).toEqual(['rule', 'river-chief']);
  });

  test('the routine findings carry what the office needs: the holiday’s notice, the gap’s hours, the missed meeting’s name', () => {
    const data = (kind: string) => report.findings.find((f) => f.kind === kind)?.data;
    expect(data('holiday')).toMatchObject({
      date: '2022-06-03',
      holiday: '端午',
      sourceKind: 'bundled',
      year: 2022,
      notice: '国务院办公厅关于2022年部分节假日安排的通知',
      noticeUrl: 'http://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm',
    });
    expect(data('coverage-gap')).toEqual({
      calendar: 'duty',
      calendarName: '江滨区总值班室排班',
      start: '2022-06-04T17:30:00+08:00',
      end: '2022-06-05T08:30:00+08:00',
      minutes: 900,
    });
    expect(data('cadence-missed')).toEqual({
      periodStart: '2022-04-01T00:00:00+08:00',
      periodEnd: '2022-07-01T00:00:00+08:00',
      every: 'quarter',
      count: 0,
      cancelled: 1,
      event: '四套班子联席会议',
      min: 1,
    });
  });

  test('errors come before warnings, and the summary counts them', () => {
    const severities = report.findings.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === 'error' ? -1 : 1)));
    expect(report.summary.findings).toMatchObject({ total: 11, error: 5, warning: 6, info: 0 });
  });

  test('finding ids are stable across runs', () => {
    const again = check({ ...loadExample(), configFile });
    expect(again.findings.map((f) => f.id)).toEqual(report.findings.map((f) => f.id));
  });
});
