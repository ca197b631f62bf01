/**
 * QA 2026c (fresh-eyes QA, round 3): the config as office staff write it. Each `test.failing` pins an open bug listed in
 * /work/notes/qa-2026c.md under its QC id; flip it to `test` when the bug is fixed.
 */
import { DateTime } from 'luxon';
import { validateConfig } from '../../src/index.js';

describe('QC-28: a calendar subscription address pasted as `calendars[].file` (webcal:// or https://, as DingTalk/Outlook offer it)', () => {
  const raw = (file: string) => ({ timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' }, calendars: [{ id: 'city', file, level: 'city' }] });

  test('control: a relative path is accepted without a word', () => {
    expect(validateConfig(raw('calendars/city.ics'), 'tongchou.json').problems).toEqual([]);
  });

  // QC-28: staff paste the subscription link their calendar app shows. The config accepts it silently, and `tongchou check`
  // then says “webcal:/calendar.example.gov.cn/city.ics：无法读取文件：文件不存在” — the address mangled by path joining (one slash
  // lost), with no hint that tongchou reads local files only and the feed must be downloaded first.
  test.each(['webcal://calendar.example.gov.cn/city.ics', 'https://calendar.example.gov.cn/city.ics'])('QC-28: “%s” gets a problem at calendars[0].file', (file) => {
    const problems = validateConfig(raw(file), 'tongchou.json').problems;
    expect(problems.some((p) => 'path' in p.source && p.source.path.join('.') === 'calendars.0.file')).toBe(true);
  });
});

describe('QC-36: `tongchou init` guesses `city` for file names where 市 is part of another word (市场监管局, 城市管理局, 市民服务中心)', () => {
  test('control: 市委办公室 and 临江市政府办公室 say city plainly; 区委办 says district', async () => {
    const { guessLevel } = await import('../../src/cli/init.js');
    expect(['市委办公室', '临江市政府办公室', '区委办'].map((n) => guessLevel(n))).toEqual(['city', 'city', 'district']);
  });

  // QC-36: 市场 (market), 城市 (urban), 市民 (citizen), 市政 (municipal works) are words of their own: every district has a
  // 市场监督管理局 and a 城市管理局, and their calendars (市场监管局.ics, 城市管理局.ics) get `"level": "city"` in the starter
  // config — wrong for a district office, and the README promises a guess only "when a word such as 市委 or 区政府 says it plainly".
  test.each(['市场监管局', '城市管理局', '市民服务中心'])('QC-36: “%s” gets no level guess (or not city)', async (name) => {
    const { guessLevel } = await import('../../src/cli/init.js');
    expect(guessLevel(name)).not.toBe('city');
  });
});

describe('QC-38: "timezone": "CST" in the config (top level or a calendar\'s), as a Chinese office writes China Standard Time', () => {
  const raw = (top: string, calendarZone?: string) => ({
    timezone: top, window: { from: '2026-12-01', to: '2026-12-31' },
    calendars: [{ id: 'oa', file: 'oa.ics', ...(calendarZone !== undefined && { timezone: calendarZone }) }],
  });

  test('control: Asia/Shanghai is accepted without a word', () => {
    expect(validateConfig(raw('Asia/Shanghai'), 'tongchou.json').problems).toEqual([]);
  });

  // QC-38: accepted with a warning (ambiguous-timezone: “会被理解为 America/Chicago”) and then used as America/Chicago: a floating
  // 09:00 OA meeting becomes 23:00 Beijing, every attendance result moves 14 hours, and the check can exit 0. The same CST inside a
  // file is China Standard Time when the default zone is at UTC+8 (QB-28), and `--tz CST` is refused (QA26-7): the config is the one
  // place where the wrong reading is taken. Expected: refuse it (error, as --tz does), or read it as China Standard Time.
  test.each([['top level', 'CST', undefined], ['calendars[0].timezone', 'Asia/Shanghai', 'CST']] as const)('QC-38: CST at the %s is refused or China Standard Time, not Chicago with a warning', (_label, top, calendarZone) => {
    const result = validateConfig(raw(top, calendarZone), 'tongchou.json');
    // either refused, or the zone the config keeps is at UTC+8 (China Standard Time)
    const zone = result.ok ? (result.config.calendars[0]?.timezone ?? result.config.timezone) : null;
    expect(zone === null || DateTime.fromISO('2026-12-10T09:00:00', { zone }).offset === 480).toBe(true);
  });
});
