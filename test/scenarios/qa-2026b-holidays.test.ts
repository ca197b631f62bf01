/**
 * QA 2026b (fresh-eyes QA, round 2): dates near today (2026-11-29) — December 2026 and 2027, whose
 * arrangement is not published in the bundled data. Each `test.failing` pins an open bug listed in
 * /work/notes/qa-2026b.md under its QB id; flip it to `test` when the bug is fixed.
 */
import { configWindow, dayInfo, loadCalendar, prepareCheck, proposalFromOccurrence, renderProblem, suggestSlots, validateConfig, type Occurrence } from '../../src/index.js';
import { config, vcalendar } from './harness.js';

const stamp = 'DTSTAMP:20261101T000000Z';
const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';

describe('QB-30: 1 January 2027 (元旦) before the 2027 notice is bundled', () => {
  // Since the QB-30 fix, 元旦 itself is known by law; the other days of 2027 stay unknown.
  test('control: 2027 is unknown in the bundled data, never guessed', () => {
    expect(dayInfo('2027-01-04', undefined).kind).toBe('unknown');
    expect(dayInfo('2026-12-31', undefined).kind).not.toBe('unknown');
  });

  // QB-30: 元旦 is a statutory day off every year by 《全国年节及纪念日放假办法》 art. 2 (as are 1–2 May and 1–3 October);
  // searching unknown years "as weekdays" offers New Year's Day 08:30 as the first slot (flagged assumedWorkday).
  test('QB-30: suggestSlots with unknownDays "weekdays" does not offer 1 January', () => {
    const c = config({
      timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2027-01-31' },
      people: [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'] }],
      calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
      rules: [{ id: 'people', kind: 'no-double-booking' }],
    });
    const text = vcalendar([
      'BEGIN:VEVENT', 'UID:a@gov.example', stamp, 'SUMMARY:区政府专题会', 'DTSTART;TZID=Asia/Shanghai:20261231T090000', 'DTEND;TZID=Asia/Shanghai:20261231T173000', li, 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:b@gov.example', stamp, 'SUMMARY:年终座谈', 'DTSTART;TZID=Asia/Shanghai:20261231T100000', 'DTEND;TZID=Asia/Shanghai:20261231T110000', li, 'END:VEVENT',
    ]);
    const occurrences: Occurrence[] = [...loadCalendar(text, { meta: { id: 'gov', office: '区政府办', level: 'district' }, window: configWindow(c.window, c.timezone), defaultZone: c.timezone, file: 'gov.ics' }).occurrences];
    const prepared = prepareCheck({ occurrences, config: c, window: c.window });
    const talk = occurrences.find((o) => o.uid === 'b@gov.example')!;
    const result = suggestSlots(proposalFromOccurrence(talk), prepared, { from: '2026-12-31', count: 1, unknownDays: 'weekdays' });
    expect(result.slots.map((s) => s.start.slice(0, 10))).not.toContain('2027-01-01');
  });
});

describe('QB-38: a county office writes its level as "county" or in Chinese (县, 区, 市, 省, 镇)', () => {
  const raw = (level: string) => ({ timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, calendars: [{ id: 'a', file: 'a.ics', level }] });

  test('control: "district" is accepted', () => {
    expect(validateConfig(raw('district'), 'tongchou.json').ok).toBe(true);
  });

  // QB-38: refused with “不在可选值之列：central, province, city, district, township” — nothing tells a 县委办 that a
  // county is `district` here, or accepts the Chinese names staff write.
  test.each(['county', '县', '区', '市'])('QB-38: level "%s" is accepted as its level or refused with the level to write', (level) => {
    const result = validateConfig(raw(level), 'tongchou.json');
    const hinted = result.problems.some((p) => /district|city/u.test(JSON.stringify(p.data ?? {})) && /suggest|did|是否|应为/u.test(`${JSON.stringify(p.data)} ${renderProblem(p, 'zh-CN')}`));
    expect(result.ok || hinted).toBe(true);
  });
});

describe('QB-42: suggest for a meeting on a delegation\'s calendar kept in Europe/Berlin (calendars[].timezone)', () => {
  // QB-42: office hours (08:30–17:30) are read in the config's zone, so the talks in Hamburg are offered at
  // 02:30, 03:00, 03:30 local time (+02:00) — the slots are even printed on that clock.
  test('QB-42: the slots are within office hours on the meeting\'s own clock', () => {
    const c = config({
      timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
      people: [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'] }],
      calendars: [
        { id: 'deleg', file: 'deleg.ics', office: '区政府办', level: 'district', owner: 'li', timezone: 'Europe/Berlin' },
        { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
      ],
      rules: [{ id: 'people', kind: 'no-double-booking' }],
    });
    const window = configWindow(c.window, c.timezone);
    const deleg = loadCalendar(vcalendar(['BEGIN:VEVENT', 'UID:b1@deleg.example', stamp, 'SUMMARY:与汉堡港务局会谈', 'DTSTART:20220517T090000', 'DTEND:20220517T100000', 'END:VEVENT']),
      { meta: { id: 'deleg', office: '区政府办', level: 'district', owner: 'li' }, window, defaultZone: 'Europe/Berlin', floatingZone: 'Europe/Berlin', file: 'deleg.ics' });
    const gov = loadCalendar(vcalendar(['BEGIN:VEVENT', 'UID:v1@jb.gov.example', stamp, 'SUMMARY:视频连线', 'DTSTART;TZID=Asia/Shanghai:20220517T150000',
      'DTEND;TZID=Asia/Shanghai:20220517T160000', li, 'END:VEVENT']), { meta: { id: 'gov', office: '区政府办', level: 'district' }, window, defaultZone: c.timezone, file: 'gov.ics' });
    const occurrences: Occurrence[] = [...deleg.occurrences, ...gov.occurrences];
    const prepared = prepareCheck({ occurrences, config: c, window: c.window });
    const talk = occurrences.find((o) => o.uid === 'b1@deleg.example')!;
    const result = suggestSlots(proposalFromOccurrence(talk), prepared, { from: '2022-05-17', count: 3 });
    expect(result.conflicts.map((f) => f.kind)).toEqual(['double-booking']);
    for (const slot of result.slots) expect(slot.start.slice(11, 16) >= '08:30').toBe(true);
  });
});
