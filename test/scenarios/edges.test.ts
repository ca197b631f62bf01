/**
 * Edges office staff hit without meaning to: meetings that began before the window, prerequisites
 * just before it, escaped and folded Chinese text in selectors, categories, and asking about a
 * proposed meeting before saving it.
 */
import { DateTime } from 'luxon';
import { checkProposal, configWindow, loadCalendar, prepareCheck, type Occurrence } from '../../src/index.js';
import { config as validated, digest, ofKind, refs, run, vcalendar } from './harness.js';

const people = [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长', '总河长'] }];
const att = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
const city = { id: 'city', file: 'city.ics', office: '市委办', level: 'city' };
const district = { id: 'district', file: 'district.ics', office: '区委办', level: 'district' };
const mayor = { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' };

function cfg(rules: unknown[], window = { from: '2022-04-01', to: '2022-06-30' }, calendars: unknown[] = [city, district]): Record<string, unknown> {
  return { timezone: 'Asia/Shanghai', window, calendars, people, rules };
}
function ev(uid: string, start: string, end: string, summary: string, extra: string[] = []): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220301T000000Z', `DTSTART;TZID=Asia/Shanghai:${start}`,
    `DTEND;TZID=Asia/Shanghai:${end}`, `SUMMARY:${summary}`, ...extra, 'END:VEVENT'];
}
const river = { id: 'river-chief', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' }, cycle: 'year', maxGap: 'P14D' };

describe('around the window start', () => {
  test('a multi-day trip that began before the window still makes him busy inside it', () => {
    const report = run(cfg([{ id: 'people', kind: 'no-double-booking' }], { from: '2022-05-01', to: '2022-05-31' }, [mayor, district]), {
      'mayor.ics': vcalendar(['BEGIN:VEVENT', 'UID:trip', 'DTSTAMP:20220301T000000Z', 'DTSTART;VALUE=DATE:20220429', 'DTEND;VALUE=DATE:20220504', 'SUMMARY:出差（北京）', 'TRANSP:TRANSPARENT', 'END:VEVENT']),
      'district.ics': vcalendar(ev('m', '20220502T090000', '20220502T100000', '节日值班调度', [att])),
    });
    expect(digest(report)).toEqual(['double-booking people m trip']);
  });

  test('a weekly series that started a year before the window → only its in-window instances, each double booking named', () => {
    const report = run(cfg([{ id: 'people', kind: 'no-double-booking' }], { from: '2022-05-01', to: '2022-05-15' }, [mayor, district]), {
      'mayor.ics': vcalendar(['BEGIN:VEVENT', 'UID:visit', 'DTSTAMP:20210301T000000Z', 'DTSTART;TZID=Asia/Shanghai:20210504T150000', 'DTEND;TZID=Asia/Shanghai:20210504T160000', 'RRULE:FREQ=WEEKLY;BYDAY=TU', 'SUMMARY:接访日', 'END:VEVENT']),
      'district.ics': vcalendar(ev('m', '20220510T153000', '20220510T163000', '专题会', [att])),
    });
    expect(digest(report)).toEqual(['double-booking people m visit@2022-05-10T07:00:00Z']);
    expect(report.summary.occurrences).toBe(3); // 3 and 10 May + the meeting
  });

  // Regression, qa-bugs.md QA-4 (fixed): check() loads from the start of the rule's cycle period, so a prerequisite
  // the file holds just before the window is seen.
  test('the city meeting on 30 March, a district one on 2 April with cycle year → in order (the file holds it), no order-missing', () => {
    const report = run(cfg([river]), {
      'city.ics': vcalendar(ev('c', '20220330T090000', '20220330T113000', '临江市2022年总河长会议')),
      'district.ics': vcalendar(ev('d', '20220402T090000', '20220402T110000', '江滨区2022年总河长会议')),
    });
    expect(digest(report)).toEqual([]);
  });

  // Regression, qa-bugs.md QA-4 (same cause, fixed).
  test('the city meeting in January and the district one in May (cycle year, maxGap P14D) → order-late, not order-missing', () => {
    const report = run(cfg([river]), {
      'city.ics': vcalendar(ev('c', '20220120T090000', '20220120T113000', '临江市2022年总河长会议')),
      'district.ics': vcalendar(ev('d', '20220510T090000', '20220510T110000', '江滨区2022年总河长会议')),
    });
    expect(digest(report)).toEqual(['order-late river-chief c d']);
  });
});

describe('text as exporters write it', () => {
  test('a SUMMARY folded in the middle of 总河长 (RFC 5545 §3.1) still matches the rule', () => {
    const summary = '江滨区2022年第一次总河长会议';
    const bytes = Buffer.from(`SUMMARY:${summary}`, 'utf8');
    // Fold inside the UTF-8 bytes of 河 (as a byte-counting exporter does at 75 octets).
    const cut = Buffer.from('SUMMARY:江滨区2022年第一次总', 'utf8').length + 1;
    const folded = Buffer.concat([bytes.subarray(0, cut), Buffer.from('\r\n ', 'utf8'), bytes.subarray(cut)]);
    const head = Buffer.from(vcalendar(ev('d', '20220402T090000', '20220402T110000', 'X')).replace('SUMMARY:X\r\n', '@@'), 'utf8');
    const at = head.indexOf('@@');
    const file = Buffer.concat([head.subarray(0, at), folded, Buffer.from('\r\n'), head.subarray(at + 2)]);
    const report = run(cfg([river]), { 'city.ics': vcalendar([]), 'district.ics': new Uint8Array(file) });
    const f = ofKind(report, 'order-missing');
    expect(f.map(refs)).toEqual([['d']]);
    expect(f[0]!.occurrences[0]!.summary).toBe(summary);
  });

  test('escaped commas and semicolons in SUMMARY come out unescaped in the finding', () => {
    const report = run(cfg([{ id: 'people', kind: 'no-double-booking' }], { from: '2022-05-01', to: '2022-05-31' }), {
      'city.ics': vcalendar(ev('a', '20220510T090000', '20220510T110000', '学习贯彻\\,落实\\;部署会', [att])),
      'district.ics': vcalendar(ev('b', '20220510T100000', '20220510T120000', '专题会', [att])),
    });
    const f = ofKind(report, 'double-booking')[0]!;
    expect(f.occurrences.map((o) => o.summary).sort()).toEqual(['专题会', '学习贯彻,落实;部署会']);
  });

  test('Chinese CATEGORIES (several, comma-separated) select the meetings of a follows rule', () => {
    const byCategory = { id: 'flood', kind: 'follows', dependent: { level: 'district', categories: '防汛' }, prerequisite: { level: 'city', categories: '防汛' }, cycle: 'year' };
    const report = run(cfg([byCategory]), {
      'city.ics': vcalendar(ev('c', '20220512T090000', '20220512T110000', '全市工作会议', ['CATEGORIES:重要,防汛'])),
      'district.ics': vcalendar(ev('d', '20220511T090000', '20220511T110000', '全区工作会议', ['CATEGORIES:会议', 'CATEGORIES:防汛'])),
    });
    expect(digest(report)).toEqual(['order flood c d']);
  });
});

describe('asking about a proposed meeting before saving it', () => {
  test('moving the district meeting to the suggested start clears the order finding and reports a new clash', () => {
    const raw = cfg([river, { id: 'people', kind: 'no-double-booking' }], { from: '2022-04-01', to: '2022-04-30' }, [city, district, mayor]);
    const files: Record<string, string> = {
      'city.ics': vcalendar(ev('c', '20220421T090000', '20220421T113000', '临江市2022年总河长会议')),
      'district.ics': vcalendar(ev('d', '20220420T150000', '20220420T170000', '江滨区2022年第一次总河长会议', [att])),
      'mayor.ics': vcalendar(ev('busy', '20220421T120000', '20220421T130000', '接待来访')),
    };
    const report = run(raw, files);
    const order = ofKind(report, 'order');
    expect(order).toHaveLength(1);
    const suggestion = order[0]!.suggestion!;
    expect(suggestion.earliestStart).toBe('2022-04-21T11:30:00+08:00');

    const config = validated(raw);
    const span = configWindow(config.window, config.timezone);
    const occurrences: Occurrence[] = config.calendars.flatMap((c) => [
      ...loadCalendar(files[c.file]!, { meta: { id: c.id, office: c.office, level: c.level, owner: c.owner }, window: span, defaultZone: config.timezone, file: c.file }).occurrences,
    ]);
    const moved = occurrences.find((o) => o.key === suggestion.occurrence)!;
    expect(moved.uid).toBe('d');
    const prepared = prepareCheck({ occurrences, config, window: config.window });
    const start = DateTime.fromISO(suggestion.earliestStart, { setZone: true });
    const findings = checkProposal(prepared, {
      calendar: moved.calendar.id, uid: moved.uid, recurrenceId: moved.recurrenceId, summary: moved.summary,
      start, end: start.plus({ hours: 2 }), attendees: ['mailto:liming@jb.gov.example'],
    });
    expect(findings.map((f) => `${f.kind} ${refs(f).join(' ')}`)).toEqual(['double-booking busy d']);
  });
});
