/**
 * LE-2: a `quiet-period` rule whose `during` meetings could sit on a calendar that was not read (its file
 * not given, a saved login page instead of the export) used to pass without a word: no finding, and the
 * file's own problem did not say that the quiet period went unchecked. Now a `quiet-period-unread` warning
 * on the rule's `during` names those calendars. A `during` naming a calendar id the config does not have is
 * the config's `unknown-calendar` warning (guard below).
 */
import { run, vcalendar } from './harness.js';
import { validateConfig } from '../../src/index.js';

const zone = ['X-WR-TIMEZONE:Asia/Shanghai'];
const party = vcalendar(['BEGIN:VEVENT', 'UID:cwh', 'DTSTAMP:20261120T000000Z', 'SUMMARY:区委常委会会议', 'DTSTART:20270119T090000', 'DTEND:20270119T113000', 'END:VEVENT'], zone);
const session = vcalendar(['BEGIN:VEVENT', 'UID:npc', 'DTSTAMP:20261120T000000Z', 'SUMMARY:省十四届人大五次会议', 'DTSTART;VALUE=DATE:20270118', 'DTEND;VALUE=DATE:20270122', 'END:VEVENT'], zone);
const calendars = [
  { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
  { id: 'province', file: 'province.ics', office: '省人大常委会办公厅', level: 'province' },
];

function cfg(during: unknown, extra: Record<string, unknown> = {}) {
  return {
    timezone: 'Asia/Shanghai', window: { from: '2027-01-01', to: '2027-01-31' }, people: [], calendars,
    rules: [{ id: 'quiet', kind: 'quiet-period', event: { level: 'district' }, during, ...extra }],
  };
}
const unread = (report: ReturnType<typeof run>) => report.problems.filter((p) => p.code === 'quiet-period-unread');

describe('LE-2: quiet-period whose during calendar was not read', () => {
  test('the province file not given: a warning on the rule names the calendar (was: nothing but missing-source)', () => {
    const report = run(cfg({ calendar: 'province' }), { 'party.ics': party });
    expect(report.findings.filter((f) => f.kind === 'quiet-period')).toEqual([]);
    expect(unread(report)).toEqual([
      { code: 'quiet-period-unread', severity: 'warning', source: { file: 'tongchou.json', path: ['rules', 0, 'during'] }, data: { rule: 'quiet', calendars: '省人大常委会办公厅' } },
    ]);
  });

  test('a saved login page instead of the export (not-icalendar): the same warning', () => {
    const report = run(cfg({ level: 'province', summary: '人民代表大会|人大.*次会议' }), { 'party.ics': party, 'province.ics': '<html><body>请登录</body></html>' });
    expect(unread(report).map((p) => p.data)).toEqual([{ rule: 'quiet', calendars: '省人大常委会办公厅' }]);
  });

  test('guard: read, the session is checked — the finding, and no warning', () => {
    const report = run(cfg({ calendar: 'province' }), { 'party.ics': party, 'province.ics': session });
    expect(report.findings.filter((f) => f.kind === 'quiet-period').map((f) => f.occurrences.map((o) => o.uid).sort())).toEqual([['cwh', 'npc']]);
    expect(unread(report)).toEqual([]);
  });

  test('guard: an unread calendar the during selector rules out (its level) is no concern of the rule', () => {
    const report = run(cfg({ level: 'province' }), { 'province.ics': session });
    expect(unread(report)).toEqual([]);
  });

  test('guard: fixed dates need no calendar; a disabled rule says nothing', () => {
    expect(unread(run(cfg({ from: '2027-01-18', to: '2027-01-21' }), { 'party.ics': party }))).toEqual([]);
    expect(unread(run(cfg({ calendar: 'province' }, { enabled: false }), { 'party.ics': party }))).toEqual([]);
  });

  test('guard: a during calendar id the config does not have is the unknown-calendar warning of validation', () => {
    const raw = { ...cfg({ calendar: 'provincial' }), calendars: [calendars[0]] };
    const result = validateConfig(raw, 'tongchou.json');
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'unknown-calendar', severity: 'warning', source: { file: 'tongchou.json', path: ['rules', 0, 'during', 'calendar'] }, data: { reference: 'provincial' } }),
    ]);
  });
});
