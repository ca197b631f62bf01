/**
 * QA 2026j (a city runs tongchou over all its districts) — routine rules judged per district in one city run: each
 * district's quarterly 四套班子联席会议 (its four offices), each 总值班室 roster, each office's hours; and the city's text
 * report over the twenty calendars. Guards only: what works in this setting (see /work/notes/qa-2026j.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { runInProcess, tempDir } from '../cli/harness.js';
import { digest, run } from './harness.js';
import { attendee, cityConfig, event, files } from './qa-2026j-city.js';

const q2 = { from: '2026-04-01', to: '2026-06-30' };
const fourOffices = (d: string) => ['party', 'congress', 'gov', 'cppcc'].map((o) => `${d}-${o}`);
/** One cadence rule per district, over its four offices' calendars — as a city config must write it. */
const jointRules = ['qs', 'jb', 'nh'].map((d) => ({ id: `joint-${d}`, kind: 'cadence', event: { calendar: fourOffices(d), summary: '四套班子联席会议' }, every: 'quarter' }));

describe('the 四套班子联席会议 cadence, per district', () => {
  test('青山区 and 江北区 hold theirs at the same hour (26 June, the same title and room name), 南湖区 on 12 June: no finding', () => {
    expect(digest(run(cityConfig({ rules: jointRules, window: q2 }), files({
      'qs-party': [event('j@qs', '四套班子联席会议', '20260626T090000', '20260626T110000', 'LOCATION:区委常委会议室')],
      'jb-party': [event('j@jb', '四套班子联席会议', '20260626T090000', '20260626T110000', 'LOCATION:区委常委会议室')],
      'nh-gov': [event('j@nh', '四套班子联席会议', '20260612T090000', '20260612T110000')],
    })))).toEqual([]);
  });

  // A district's cancelled meeting is not held because another district's same-titled meeting at that hour is
  // (README cadence: "a meeting is cancelled when none of its copies still holds it" — the other district's is no copy).
  test.each([['STATUS:CANCELLED', '四套班子联席会议'], ['no STATUS', '四套班子联席会议（取消）']])('青山区 cancelled (%s, %s) while 江北区 holds theirs at that hour: cadence-missed for 青山区 only, citing its cancelled meeting', (status, title) => {
    expect(digest(run(cityConfig({ rules: jointRules, window: q2 }), files({
      'qs-party': [event('j@qs', title, '20260626T090000', '20260626T110000', ...(status === 'no STATUS' ? [] : [status]))],
      'jb-party': [event('j@jb', '四套班子联席会议', '20260626T090000', '20260626T110000')],
      'nh-party': [event('j@nh', '四套班子联席会议', '20260612T090000', '20260612T110000')],
    })))).toEqual(['cadence-missed joint-qs j@qs']);
  });

  test('南湖区 holds none: cadence-missed for 南湖区, none for the others', () => {
    expect(digest(run(cityConfig({ rules: jointRules, window: q2 }), files({
      'qs-congress': [event('j@qs', '四套班子联席会议', '20260626T090000', '20260626T110000')],
      'jb-cppcc': [event('j@jb', '四套班子联席会议', '20260625T150000', '20260625T170000')],
    })))).toEqual(['cadence-missed joint-nh ']);
  });
});

describe('duty coverage, per district roster', () => {
  const shifts = (uid: string) => [
    event(`day@${uid}`, '白班值班：张三', '20260601T083000', '20260601T173000', 'RRULE:FREQ=DAILY'),
    event(`night@${uid}`, '夜班值班：李四', '20260601T173000', '20260602T083000', 'RRULE:FREQ=DAILY'),
  ];
  const dutyRules = ['qs', 'jb', 'nh'].map((d) => ({ id: `duty-${d}`, kind: 'coverage', calendar: `${d}-duty` }));
  const window = { from: '2026-06-02', to: '2026-06-07' };

  test('the three rosters built from one template (the same UIDs): each judged on its own, no finding', () => {
    expect(digest(run(cityConfig({ rules: dutyRules, window }), files({ 'qs-duty': shifts('t'), 'jb-duty': shifts('t'), 'nh-duty': shifts('t') })))).toEqual([]);
  });

  test('江北区\'s night shift of 4 June removed (EXDATE): one gap, on 江北区\'s roster only', () => {
    const jb = shifts('t');
    jb[1] = [...jb[1]!.slice(0, -1), 'EXDATE:20260604T173000', 'END:VEVENT'];
    const report = run(cityConfig({ rules: dutyRules, window }), files({ 'qs-duty': shifts('t'), 'jb-duty': jb, 'nh-duty': shifts('t') }));
    expect(report.findings.map((f) => `${f.kind} ${f.rule}`)).toEqual(['coverage-gap duty-jb']);
  });
});

test('office hours per office of each district: 青山区政协办 09:00–17:00, the others 08:30–17:30', () => {
  const rules = [{ id: 'hours', kind: 'working-days', event: {}, hours: { '*': { start: '08:30', end: '17:30' }, '青山区政协办': { start: '09:00', end: '17:00' } } }];
  expect(digest(run(cityConfig({ rules }), files({
    'qs-cppcc': [event('c@qs', '区政协主席会议', '20260611T083000', '20260611T100000')],
    'jb-cppcc': [event('c@jb', '区政协主席会议', '20260611T083000', '20260611T100000')],
  })))).toEqual(['outside-hours hours c@qs']);
});

test('CLI text report over the twenty calendars: every meeting line names its district office (zh-CN and en)', () => {
  const dir = tempDir();
  const rules = [{ id: 'people', kind: 'no-double-booking' }, { id: 'rooms', kind: 'venue' }];
  const texts = files({
    'city-gov': [event('p@jz', '全市重点项目建设推进会', '20260611T150000', '20260611T170000', 'LOCATION:市行政中心1号楼大会堂',
      attendee('liming@qs.gov.example', '李明'), attendee('wangfang@jb.gov.example', '王芳'))],
    'qs-gov': [event('a@qs', '区政府专题会议', '20260611T153000', '20260611T163000', 'LOCATION:青山区政府大楼第一会议室', attendee('liming@qs.gov.example', '李明'))],
    'jb-gov': [event('b@jb', '区政府专题会议', '20260611T160000', '20260611T170000', 'LOCATION:江北区政府大楼第一会议室', attendee('wangfang@jb.gov.example', '王芳'))],
  });
  mkdirSync(join(dir, 'city'));
  for (const [file, text] of Object.entries(texts)) writeFileSync(join(dir, 'city', file), text);
  writeFileSync(join(dir, 'city', 'tongchou.json'), JSON.stringify(cityConfig({ rules })));
  const zh = runInProcess((io) => main(['check', '--config', 'city/tongchou.json'], io), dir);
  expect(zh.code).toBe(1);
  expect(zh.stdout).toContain('错误（2 项）');
  expect(zh.stdout).toContain('“区政府专题会议”（青山区政府办）');
  expect(zh.stdout).toContain('“区政府专题会议”（江北区政府办）');
  expect(zh.stdout).toContain('共检查 20 个日历');
  const en = runInProcess((io) => main(['check', '--config', 'city/tongchou.json', '--lang', 'en'], io), dir);
  expect(en.stdout).toContain('Errors (2)');
  expect(en.stdout).toContain('"区政府专题会议" (江北区政府办)');
});

describe('one district\'s export missing (it did not send its file) — only what that file could hold becomes "cannot tell"', () => {
  const rules: object[] = [
    ...jointRules,
    { id: 'river-chief', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' } },
  ];
  const given = () => files({
    'qs-party': [event('j@qs', '四套班子联席会议', '20260626T090000', '20260626T110000'), event('r@qs', '青山区总河长会议', '20260616T090000', '20260616T110000')],
  });
  const verdicts = (sources: Record<string, string>) =>
    run(cityConfig({ rules, window: q2 }), sources).findings.map((f) => `${f.kind} ${f.rule} ${f.severity} ${String((f.data as { unreadable?: string }).unreadable ?? '')}`);

  test('江北区政府办\'s file missing: 江北区\'s cadence-missed is info naming it; 南湖区\'s stays a warning; the order-missing (city calendars read) stays a warning', () => {
    const sources = given();
    delete sources['jb-gov.ics'];
    expect(verdicts(sources)).toEqual(['cadence-missed joint-nh warning ', 'order-missing river-chief warning ', 'cadence-missed joint-jb info 江北区政府办']);
  });

  test('市政府办\'s file missing: the district\'s order-missing is info naming 市政府办; the districts\' cadence verdicts are unchanged', () => {
    const sources = given();
    delete sources['city-gov.ics'];
    expect(verdicts(sources)).toEqual(['cadence-missed joint-jb warning ', 'cadence-missed joint-nh warning ', 'order-missing river-chief info 市政府办']);
  });
});
