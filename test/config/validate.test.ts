import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { validateConfig, DEFAULT_TIMEZONE } from '../../src/config/validate.js';
import { defineConfig } from '../../src/config/define-config.js';
import { formatJsonPath } from '../../src/config/json-path.js';
import type { Problem, JsonLocation } from '../../src/model/problem.js';
import { renderProblem } from '../../src/messages/render.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'config', name), 'utf8'));

/** A small valid document; each table case changes one thing in a fresh copy. */
function base(): Record<string, any> {
  return {
    window: { from: '2022-04-01', to: '2022-06-30' },
    calendars: [
      { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
      { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
    ],
    people: [{ id: 'li', name: '李区长', aliases: ['mailto:li@qu.gov.cn', '李明'], roles: ['区长', '总河长'] }],
    rules: [
      { id: 'order', kind: 'follows', dependent: { level: 'district', summary: '总河长' }, prerequisite: { level: 'city' } },
      { id: 'people', kind: 'no-double-booking' },
      { id: 'chiefs', kind: 'required-attendance', event: { summary: '总河长' }, people: ['role:总河长'] },
    ],
  };
}

const where = (p: Problem) => formatJsonPath((p.source as JsonLocation).path);
const brief = (problems: readonly Problem[]) => problems.map((p) => [p.code, where(p), p.severity]);

describe('validateConfig', () => {
  test('the issue example is valid and keeps every field', () => {
    const raw = fixture('issue-example.json');
    const result = validateConfig(raw, 'tongchou.json');
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.config).toEqual(raw);
  });

  test('a minimal document gets its defaults', () => {
    const result = validateConfig({ window: { from: '2022-04-01', to: '2022-04-01' }, calendars: [] });
    expect(result).toEqual({
      ok: true,
      problems: [],
      config: {
        timezone: DEFAULT_TIMEZONE,
        window: { from: '2022-04-01', to: '2022-04-01' },
        calendars: [],
        people: [],
        locations: [],
        travel: [],
        rules: [],
      },
    });
  });

  test('the validated config round-trips: validating it again gives the same config', () => {
    const first = validateConfig(base());
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const second = validateConfig(JSON.parse(JSON.stringify(first.config)));
    expect(second).toEqual(first);
  });

  test('a document with five different mistakes reports all five', () => {
    const result = validateConfig(fixture('five-mistakes.json'), 'five-mistakes.json');
    expect(result.ok).toBe(false);
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(brief(errors)).toEqual([
      ['invalid-timezone', 'timezone', 'error'],
      ['invalid-date', 'window.to', 'error'],
      ['invalid-enum', 'calendars[0].level', 'error'],
      ['unknown-key', 'rules[0].dependent.summery', 'error'],
      ['invalid-duration', 'rules[0].minGap', 'error'],
    ]);
    expect(errors.every((p) => p.source.file === 'five-mistakes.json')).toBe(true);
    expect(errors[3]?.data).toEqual({ key: 'summery', allowed: expect.any(String), suggestion: 'summary' });
  });

  test('the message for a bad duration says what is expected', () => {
    const doc = base();
    doc.rules[0].minGap = 'P1X';
    const result = validateConfig(doc);
    const problem = result.problems[0]!;
    expect(`${where(problem)}: ${renderProblem(problem, 'en')}`).toBe(
      'rules[0].minGap: "P1X" is not an ISO-8601 duration (e.g. PT30M, P7D)',
    );
  });

  type Case = [name: string, change: (doc: Record<string, any>) => unknown, expected: [string, string, string][]];
  const cases: Case[] = [
    ['root is not an object', () => [], [['invalid-type', '', 'error']]],
    ['root is null', () => null, [['invalid-type', '', 'error']]],
    ['unknown top-level key is only a warning', (d) => ({ ...d, extra: 1 }), [['unknown-key', 'extra', 'warning']]],
    ['$schema is accepted silently', (d) => ({ ...d, $schema: './schema.json' }), []],
    ['timezone not a zone', (d) => ({ ...d, timezone: 'China Standard Time' }), [['invalid-timezone', 'timezone', 'error']]],
    ['CST is refused: IANA reads it as US Central, a Chinese office means China (QC-38)', (d) => ({ ...d, timezone: 'CST' }), [['ambiguous-timezone', 'timezone', 'error']]],
    ['EST is accepted with a warning naming the zone it is read as', (d) => ({ ...d, timezone: 'EST' }), [['ambiguous-timezone', 'timezone', 'warning']]],
    ['PRC is simply Asia/Shanghai', (d) => ({ ...d, timezone: 'PRC' }), []],
    ['timezone not a string', (d) => ({ ...d, timezone: 8 }), [['invalid-type', 'timezone', 'error']]],
    ['window missing', (d) => ({ ...d, window: undefined }), [['missing-field', 'window', 'error']]],
    ['window.from missing', (d) => ({ ...d, window: { to: '2022-06-30' } }), [['missing-field', 'window.from', 'error']]],
    ['window date not YYYY-MM-DD', (d) => ({ ...d, window: { from: '2022/04/01', to: '2022-06-30' } }), [['invalid-date', 'window.from', 'error']]],
    ['window date does not exist', (d) => ({ ...d, window: { from: '2022-02-30', to: '2022-06-30' } }), [['invalid-date', 'window.from', 'error']]],
    ['window reversed', (d) => ({ ...d, window: { from: '2022-06-30', to: '2022-04-01' } }), [['window-reversed', 'window.to', 'error']]],
    ['calendars missing', (d) => ({ ...d, calendars: undefined }), [['missing-field', 'calendars', 'error']]],
    ['calendars not an array', (d) => ({ ...d, calendars: {} }), [['invalid-type', 'calendars', 'error']]],
    ['calendar entry not an object', (d) => { d.calendars.push('x.ics'); return d; }, [['invalid-type', 'calendars[2]', 'error']]],
    ['calendar without file', (d) => { delete d.calendars[0].file; return d; }, [['missing-field', 'calendars[0].file', 'error']]],
    ['a subscription address as file (QC-28)', (d) => { d.calendars[0].file = 'webcal://calendar.example.gov.cn/city.ics'; return d; }, [['file-is-address', 'calendars[0].file', 'error']]],
    ['a file:// URL as file (a browser\'s address bar)', (d) => { d.calendars[0].file = 'file:///home/u/city.ics'; return d; }, [['file-is-address', 'calendars[0].file', 'error']]],
    ['calendar id empty', (d) => { d.calendars[0].id = ' '; return d; }, [['invalid-type', 'calendars[0].id', 'error']]],
    ['duplicate calendar id', (d) => { d.calendars[1].id = 'city'; return d; }, [['duplicate-id', 'calendars[1].id', 'error']]],
    ['duplicate calendar file', (d) => { d.calendars[1].file = 'city.ics'; return d; }, [['duplicate-file', 'calendars[1].file', 'warning']]],
    ['unknown level', (d) => { d.calendars[0].level = 'village'; return d; }, [['invalid-enum', 'calendars[0].level', 'error']]],
    ['owner is not a person', (d) => { d.calendars[1].owner = 'zhang'; return d; }, [['unknown-person', 'calendars[1].owner', 'error']]],
    ['calendar timezone not a zone', (d) => { d.calendars[0].timezone = 'China Standard Time'; return d; }, [['invalid-timezone', 'calendars[0].timezone', 'error']]],
    ['calendar key misspelt', (d) => { d.calendars[0].ofice = '市委办'; return d; }, [['unknown-key', 'calendars[0].ofice', 'error']]],
    ['people not an array', (d) => ({ ...d, people: 'li', calendars: [d.calendars[0]], rules: [] }), [['invalid-type', 'people', 'error']]],
    ['person without name', (d) => { delete d.people[0].name; return d; }, [['missing-field', 'people[0].name', 'error']]],
    ['roles not strings', (d) => { d.people[0].roles = ['区长', 3]; return d; }, [['invalid-type', 'people[0].roles[1]', 'error'], ['unknown-role', 'rules[2].people[0]', 'error']]],
    ['aliases not an array', (d) => { d.people[0].aliases = 'li@qu.gov.cn'; return d; }, [['invalid-type', 'people[0].aliases', 'error']]],
    ['duplicate person id', (d) => { d.people.push({ id: 'li', name: '另一个李' }); return d; }, [['duplicate-id', 'people[1].id', 'error']]],
    ['shared alias', (d) => { d.people.push({ id: 'wang', name: '王', aliases: ['MAILTO:LI@qu.gov.cn'] }); return d; }, [['duplicate-alias', 'people[1].aliases[0]', 'warning']]],
    // QA26-30: 重名, one alias for two rooms, two place names equal after normalisation.
    ['two people of one name (重名)', (d) => { d.people.push({ id: 'li2', name: '李 区长', aliases: ['li2@town.gov.cn'] }); return d; }, [['duplicate-name', 'people[1].name', 'warning']]],
    ['owner written as a name two people share', (d) => { d.people.push({ id: 'li2', name: '李区长' }); d.calendars[1].owner = '李区长'; return d; },
      [['duplicate-name', 'people[1].name', 'warning'], ['ambiguous-person', 'calendars[1].owner', 'error']]],
    ['owner written as an id while two share the name', (d) => { d.people.push({ id: 'li2', name: '李区长' }); d.calendars[1].owner = 'li2'; return d; }, [['duplicate-name', 'people[1].name', 'warning']]],
    ['owner written as an alias that only one of them has', (d) => { d.people.push({ id: 'li2', name: '李区长' }); d.calendars[1].owner = 'LI@qu.gov.cn'; return d; }, [['duplicate-name', 'people[1].name', 'warning']]],
    ['required person written as a name two people share', (d) => { d.people.push({ id: 'li2', name: '李区长' }); d.rules[2].people = ['李区长']; return d; },
      [['duplicate-name', 'people[1].name', 'warning'], ['ambiguous-person', 'rules[2].people[0]', 'error']]],
    ['a switched-off rule naming them is only warned about', (d) => { d.people.push({ id: 'li2', name: '李区长' }); d.rules[2].people = ['李区长']; d.rules[2].enabled = false; return d; },
      [['duplicate-name', 'people[1].name', 'warning'], ['ambiguous-person', 'rules[2].people[0]', 'warning']]],
    ['one alias for two rooms', (d) => ({ ...d, locations: [{ name: '区政府大楼第一会议室', aliases: ['第一会议室'] }, { name: '区委大楼第一会议室', aliases: ['第一会议室', '区委一会'] }] }),
      [['duplicate-place', 'locations[1].aliases[0]', 'warning']]],
    ['two place names equal after NFKC, case and spaces', (d) => ({ ...d, locations: [{ name: '区委大楼301会议室' }, { name: ' 区委大楼３０１会议室' }] }), [['duplicate-place', 'locations[1].name', 'warning']]],
    ['a place name that is another place\'s alias', (d) => ({ ...d, locations: [{ name: '区委大楼301会议室', aliases: ['301'] }, { name: '301' }] }), [['duplicate-place', 'locations[1].name', 'warning']]],
    ['an alias equal to its own place name is harmless', (d) => ({ ...d, locations: [{ name: '301会议室', aliases: ['３０１会议室'] }] }), []],
    ['location without name', (d) => ({ ...d, locations: [{ aliases: ['301'] }] }), [['missing-field', 'locations[0].name', 'error']]],
    // QE-1: whether venue reads a place as a room; a site listed for travel times says `bookable: false` or nothing.
    ['bookable true and false', (d) => ({ ...d, locations: [{ name: '青石镇河道', bookable: false }, { name: '江滨宾馆', aliases: ['宾馆'], bookable: true }] }), []],
    ['bookable not a boolean', (d) => ({ ...d, locations: [{ name: '青石镇河道', bookable: 'no' }] }), [['invalid-type', 'locations[0].bookable', 'error']]],
    ['bookable misspelt', (d) => ({ ...d, locations: [{ name: '区政府大楼第一会议室' }, { name: '青石镇河道', bookabel: false }] }), [['unknown-key', 'locations[1].bookabel', 'error']]],
    // QC-4: a travel entry between buildings serves the configured rooms within them; one naming a building nothing lies within is reported.
    ['travel between the buildings of configured rooms', (d) => ({ ...d, locations: [{ name: '区政府大楼第一会议室' }, { name: '青石镇政府三楼会议室' }], travel: [{ from: '区政府大楼', to: '青石镇政府', minutes: 60 }] }), []],
    ['travel between a configured room and an unlisted site', (d) => ({ ...d, locations: [{ name: '区政府大楼第一会议室' }], travel: [{ from: '区政府大楼第一会议室', to: '某镇河道', minutes: 50 }] }), []],
    ['travel from a building nothing configured lies within (a typo)', (d) => ({ ...d, locations: [{ name: '区政府大楼第一会议室' }, { name: '青石镇政府三楼会议室' }], travel: [{ from: '区政付大楼', to: '青石镇政府', minutes: 60 }] }),
      [['unknown-travel-place', 'travel[0].from', 'info']]],
    ['travel to a building through an alias of a room in it', (d) => ({ ...d, locations: [{ name: '第一会议室', aliases: ['区政府大楼第一会议室'] }], travel: [{ from: '区委大楼', to: '区政府大楼', minutes: 5 }] }),
      [['unknown-travel-place', 'travel[0].from', 'info']]],
    ['no locations: travel endpoints are not judged', (d) => ({ ...d, travel: [{ from: '区政付大楼', to: '青石镇政府', minutes: 60 }] }), []],
    ['travel minutes negative', (d) => ({ ...d, travel: [{ from: 'a', to: 'b', minutes: -5 }] }), [['out-of-range', 'travel[0].minutes', 'error']]],
    ['travel minutes a string', (d) => ({ ...d, travel: [{ from: 'a', to: 'b', minutes: '40' }] }), [['invalid-type', 'travel[0].minutes', 'error']]],
    ['rules not an array', (d) => ({ ...d, rules: { id: 'x' } }), [['invalid-type', 'rules', 'error']]],
    ['rule without kind', (d) => { delete d.rules[1].kind; return d; }, [['missing-field', 'rules[1].kind', 'error']]],
    ['unknown rule kind', (d) => { d.rules[1].kind = 'no-double-bookings'; return d; }, [['unknown-rule-kind', 'rules[1].kind', 'error']]],
    ['duplicate rule id', (d) => { d.rules[1].id = 'order'; return d; }, [['duplicate-id', 'rules[1].id', 'error']]],
    ['bad severity', (d) => { d.rules[1].severity = 'fatal'; return d; }, [['invalid-enum', 'rules[1].severity', 'error']]],
    ['enabled not boolean', (d) => { d.rules[1].enabled = 'no'; return d; }, [['invalid-type', 'rules[1].enabled', 'error']]],
    ['rule key misspelt', (d) => { d.rules[0].mingap = 'PT1H'; return d; }, [['unknown-key', 'rules[0].mingap', 'error']]],
    ['field of another kind', (d) => { d.rules[1].defaultMinutes = 30; return d; }, [['unknown-key', 'rules[1].defaultMinutes', 'error']]],
    ['follows without prerequisite', (d) => { delete d.rules[0].prerequisite; return d; }, [['missing-field', 'rules[0].prerequisite', 'error']]],
    ['bad duration', (d) => { d.rules[0].minGap = 'P1X'; return d; }, [['invalid-duration', 'rules[0].minGap', 'error']]],
    ['bare P is no duration', (d) => { d.rules[0].maxGap = 'P'; return d; }, [['invalid-duration', 'rules[0].maxGap', 'error']]],
    ['duration a number', (d) => { d.rules[0].minGap = 3600; return d; }, [['invalid-type', 'rules[0].minGap', 'error']]],
    ['minGap above maxGap', (d) => { d.rules[0].minGap = 'P8D'; d.rules[0].maxGap = 'P7D'; return d; }, [['gap-reversed', 'rules[0].maxGap', 'error']]],
    ['working-day gaps are accepted', (d) => { d.rules[0].minGap = { workingDays: 1 }; d.rules[0].maxGap = { workingDays: 3 }; return d; }, []],
    ['a working-day gap of zero is accepted', (d) => { d.rules[0].maxGap = { workingDays: 0 }; return d; }, []],
    ['working days negative', (d) => { d.rules[0].maxGap = { workingDays: -1 }; return d; }, [['out-of-range', 'rules[0].maxGap.workingDays', 'error']]],
    ['working days fractional', (d) => { d.rules[0].maxGap = { workingDays: 2.5 }; return d; }, [['invalid-type', 'rules[0].maxGap.workingDays', 'error']]],
    ['working days a string', (d) => { d.rules[0].minGap = { workingDays: '3' }; return d; }, [['invalid-type', 'rules[0].minGap.workingDays', 'error']]],
    ['working days missing', (d) => { d.rules[0].minGap = {}; return d; }, [['missing-field', 'rules[0].minGap.workingDays', 'error']]],
    ['working days misspelt', (d) => { d.rules[0].maxGap = { workdays: 3 }; return d; },
      [['unknown-key', 'rules[0].maxGap.workdays', 'error'], ['missing-field', 'rules[0].maxGap.workingDays', 'error']]],
    ['gap an array', (d) => { d.rules[0].maxGap = ['P7D']; return d; }, [['invalid-type', 'rules[0].maxGap', 'error']]],
    ['working-day minGap above working-day maxGap', (d) => { d.rules[0].minGap = { workingDays: 4 }; d.rules[0].maxGap = { workingDays: 3 }; return d; },
      [['gap-reversed', 'rules[0].maxGap', 'error']]],
    ['working-day minGap above a shorter duration maxGap', (d) => { d.rules[0].minGap = { workingDays: 3 }; d.rules[0].maxGap = 'P1D'; return d; },
      [['gap-reversed', 'rules[0].maxGap', 'error']]],
    // W_n 00:00 is as little as n − 1 days after a prerequisite ending at midnight (test/rules/follows.test.ts shows both in order).
    ['at least 1 working day after, within 23 hours: possible for an evening prerequisite, not reversed', (d) => { d.rules[0].minGap = { workingDays: 1 }; d.rules[0].maxGap = 'PT23H'; return d; }, []],
    ['at least 3 working days after, within 2 days: possible for a prerequisite ending at midnight, not reversed', (d) => { d.rules[0].minGap = { workingDays: 3 }; d.rules[0].maxGap = 'P2D'; return d; }, []],
    ['at least 0 working days after, a negative maximum: reversed', (d) => { d.rules[0].minGap = { workingDays: 0 }; d.rules[0].maxGap = '-PT1H'; return d; },
      [['gap-reversed', 'rules[0].maxGap', 'error']]],
    ['a duration minGap against a working-day maxGap depends on the holidays: not judged', (d) => { d.rules[0].minGap = 'P5D'; d.rules[0].maxGap = { workingDays: 3 }; return d; }, []],
    ['bad cycle', (d) => { d.rules[0].cycle = 'yearly'; return d; }, [['invalid-enum', 'rules[0].cycle', 'error']]],
    ['selector not an object', (d) => { d.rules[0].dependent = '总河长'; return d; }, [['invalid-type', 'rules[0].dependent', 'error']]],
    ['selector key misspelt', (d) => { d.rules[0].dependent = { summery: '总河长' }; return d; },
      [['unknown-key', 'rules[0].dependent.summery', 'error'], ['empty-selector', 'rules[0].dependent', 'warning']]],
    ['empty selector', (d) => { d.rules[0].prerequisite = {}; return d; }, [['empty-selector', 'rules[0].prerequisite', 'warning']]],
    ['regex does not compile', (d) => { d.rules[0].dependent.summary = '总河长(会议'; return d; }, [['invalid-regex', 'rules[0].dependent.summary', 'error']]],
    ['regex invalid only with the u flag', (d) => { d.rules[0].dependent.location = '\\-'; return d; }, [['invalid-regex', 'rules[0].dependent.location', 'error']]],
    ['selector level unknown in a list', (d) => { d.rules[0].dependent.level = ['district', 'village']; return d; }, [['invalid-enum', 'rules[0].dependent.level[1]', 'error']]],
    ['selector calendar not a string', (d) => { d.rules[0].dependent.calendar = 7; return d; }, [['invalid-type', 'rules[0].dependent.calendar', 'error']]],
    ['selector categories with a number', (d) => { d.rules[0].dependent.categories = ['会议', 1]; return d; }, [['invalid-type', 'rules[0].dependent.categories[1]', 'error']]],
    ['property pattern invalid', (d) => { d.rules[0].dependent.property = { 'X-OA-TYPE': '[' }; return d; }, [['invalid-regex', 'rules[0].dependent.property["X-OA-TYPE"]', 'error']]],
    ['property not an object', (d) => { d.rules[0].dependent.property = ['X-OA-TYPE']; return d; }, [['invalid-type', 'rules[0].dependent.property', 'error']]],
    ['nested anyOf / not are checked', (d) => { d.rules[0].dependent = { anyOf: [{ summary: 'a' }, { not: { summery: 'b' } }] }; return d; },
      [['unknown-key', 'rules[0].dependent.anyOf[1].not.summery', 'error'], ['empty-selector', 'rules[0].dependent.anyOf[1].not', 'warning']]],
    ['empty anyOf', (d) => { d.rules[0].dependent = { anyOf: [] }; return d; }, [['empty-list', 'rules[0].dependent.anyOf', 'warning']]],
    ['selector names an unknown calendar', (d) => { d.rules[0].prerequisite.calendar = ['city', 'city-pary']; return d; }, [['unknown-calendar', 'rules[0].prerequisite.calendar[1]', 'warning']]],
    ['selector names an unknown office', (d) => { d.rules[0].prerequisite.office = '市政府办'; return d; }, [['unknown-office', 'rules[0].prerequisite.office', 'warning']]],
    ['absences selector checked', (d) => { d.rules[1].absences = { summary: '(' }; return d; }, [['invalid-regex', 'rules[1].absences.summary', 'error']]],
    ['fieldWork selector checked (QG-19)', (d) => { d.rules[1].fieldWork = { summary: '进博会|(' }; return d; }, [['invalid-regex', 'rules[1].fieldWork.summary', 'error']]],
    ['fieldWork selector key misspelt', (d) => { d.rules[1].fieldWork = { summery: '进博会' }; return d; }, [['unknown-key', 'rules[1].fieldWork.summery', 'error'], ['empty-selector', 'rules[1].fieldWork', 'warning']]],
    ['fieldWork not an object', (d) => { d.rules[1].fieldWork = '进博会'; return d; }, [['invalid-type', 'rules[1].fieldWork', 'error']]],
    ['fieldWork with absences', (d) => { d.rules[1].absences = { summary: '出差' }; d.rules[1].fieldWork = { summary: '进博会', not: { location: '会议室' } }; return d; }, []],
    ['fieldWork belongs to no-double-booking only', (d) => { d.rules.push({ id: 'rooms', kind: 'venue', fieldWork: { summary: '进博会' } }); return d; }, [['unknown-key', 'rules[3].fieldWork', 'error']]],
    ['defaultMinutes negative', (d) => { d.rules.push({ id: 't', kind: 'travel-time', defaultMinutes: -1 }); return d; }, [['out-of-range', 'rules[3].defaultMinutes', 'error']]],
    ['required people missing', (d) => { delete d.rules[2].people; return d; }, [['missing-field', 'rules[2].people', 'error']]],
    ['required people empty', (d) => { d.rules[2].people = []; return d; }, [['empty-list', 'rules[2].people', 'warning']]],
    ['required person unknown', (d) => { d.rules[2].people = ['li', 'zhang']; return d; }, [['unknown-person', 'rules[2].people[1]', 'error']]],
    ['required person by alias resolves', (d) => { d.rules[2].people = ['李明', 'MAILTO:li@qu.gov.cn', 'li@qu.gov.cn']; return d; }, []],
    ['required person by name and role with a full-width colon resolve', (d) => { d.rules[2].people = ['李区长', 'role：总河长']; return d; }, []],
    ['related-to takes no fields', (d) => { d.rules.push({ id: 'links', kind: 'related-to', enabled: false }); return d; }, []],
    ['related-to with a selector field', (d) => { d.rules.push({ id: 'links', kind: 'related-to', dependent: {} }); return d; }, [['unknown-key', 'rules[3].dependent', 'error']]],
    ['required role nobody holds', (d) => { d.rules[2].people = ['role:区委书记']; return d; }, [['unknown-role', 'rules[2].people[0]', 'error']]],
    ['unresolved reference in a disabled rule is a warning', (d) => { d.rules[2].people = ['role:区委书记']; d.rules[2].enabled = false; return d; },
      [['unknown-role', 'rules[2].people[0]', 'warning']]],
    ['maxOccurrencesPerCalendar zero', (d) => ({ ...d, maxOccurrencesPerCalendar: 0 }), [['out-of-range', 'maxOccurrencesPerCalendar', 'error']]],
    ['maxOccurrencesPerCalendar fractional', (d) => ({ ...d, maxOccurrencesPerCalendar: 1.5 }), [['invalid-type', 'maxOccurrencesPerCalendar', 'error']]],
  ];

  test.each(cases)('%s', (_name, change, expected) => {
    const result = validateConfig(change(base()), 'tongchou.json');
    expect(brief(result.problems)).toEqual(expected);
    expect(result.ok).toBe(!expected.some(([, , severity]) => severity === 'error'));
  });

  test('a location keeps its `bookable` key, and has none unless written (QE-1)', () => {
    const d = base();
    d.locations = [{ name: '青石镇河道', aliases: ['青石河段'], bookable: false }, { name: '区政府大楼第一会议室' }];
    const result = validateConfig(d);
    expect(result.ok && result.config.locations).toEqual([{ name: '青石镇河道', aliases: ['青石河段'], bookable: false }, { name: '区政府大楼第一会议室' }]);
  });

  test("a calendar owner written as the person's alias or name is accepted and becomes the id (QA26-22)", () => {
    for (const owner of ['mailto:li@qu.gov.cn', 'li@qu.gov.cn', '李明', '李区长']) {
      const d = base();
      d.calendars[1].owner = owner;
      const result = validateConfig(d);
      expect(result.problems).toEqual([]);
      expect(result.ok && result.config.calendars[1]!.owner).toBe('li');
    }
    const d = base();
    d.calendars[1].owner = 'zhang@qu.gov.cn';
    expect(brief(validateConfig(d).problems)).toEqual([['unknown-person', 'calendars[1].owner', 'error']]);
  });

  test('QC-4: unknown-travel-place names the endpoint in data and in both languages', () => {
    const d = base();
    d.locations = [{ name: '区政府大楼第一会议室' }];
    d.travel = [{ from: '区政府大楼', to: '区政付大楼', minutes: 5 }];
    const problems = validateConfig(d).problems;
    expect(problems.map((p) => [p.code, p.data])).toEqual([['unknown-travel-place', { place: '区政付大楼' }]]);
    expect(renderProblem(problems[0]!, 'zh-CN')).toBe('locations 中没有“区政付大楼”，也没有位于其中的地点：这条路途时间只对地点写成它或写明其中房间的日程起作用');
    expect(renderProblem(problems[0]!, 'en')).toBe('no place in "locations" is "区政付大楼" or lies within it: this travel time applies only to meetings whose LOCATION is written so or names a room in it');
  });

  test('QA26-30: the ambiguity problems name both sides in data and in both languages', () => {
    const d = base();
    d.people.push({ id: 'li2', name: '李区长', aliases: ['li2@town.gov.cn'] });
    d.calendars[1].owner = '李区长';
    d.locations = [{ name: '区政府大楼第一会议室', aliases: ['第一会议室'] }, { name: '区委大楼第一会议室', aliases: ['第一会议室'] }, { name: '区委大楼３０１会议室' }, { name: '区委大楼301会议室' }];
    const problems = validateConfig(d).problems;
    expect(problems.map((p) => [p.code, p.data])).toEqual([
      ['duplicate-name', { name: '李区长', first: 'li', second: 'li2' }],
      ['duplicate-place', { kind: 'alias', text: '第一会议室', first: '区政府大楼第一会议室', second: '区委大楼第一会议室' }],
      ['duplicate-place', { kind: 'name', text: '区委大楼301会议室', first: '区委大楼３０１会议室', second: '区委大楼301会议室' }],
      ['ambiguous-person', { reference: '李区长', ids: 'li, li2' }],
    ]);
    const [name, alias, place, owner] = problems;
    expect(renderProblem(name!, 'zh-CN')).toContain('“li2”与“li”同名（李区长）');
    expect(renderProblem(alias!, 'zh-CN')).toBe('别名“第一会议室”同时指“区政府大楼第一会议室”和“区委大楼第一会议室”，写成它的日程一律算作“区政府大楼第一会议室”');
    expect(renderProblem(place!, 'en')).toContain('place "区委大楼301会议室" is already a name or alias of "区委大楼３０１会议室"');
    expect(renderProblem(place!, 'zh-CN')).toBe('地点“区委大楼301会议室”已是“区委大楼３０１会议室”的名称或别名（不计全角半角、大小写和空格），写成它的日程一律算作“区委大楼３０１会议室”');
    expect(renderProblem(owner!, 'zh-CN')).toBe('“李区长”是 people 中多人（li, li2）的姓名或别名，无法确定是谁；请改写为其中一人的标识');
    expect(renderProblem(owner!, 'en')).toBe('"李区长" is the name or alias of several people (li, li2); write the id of the one meant');
  });

  test('a switched-off rule with a mistake is a warning and is left out; the rest of the config runs (QA26-41)', () => {
    const d = base();
    d.rules.push({ id: 'broken', kind: 'follows', enabled: false, dependent: { summary: '(' }, prerequisite: { level: 'city' } });
    const result = validateConfig(d);
    expect(brief(result.problems)).toEqual([['invalid-regex', 'rules[3].dependent.summary', 'warning']]);
    expect(result.ok && result.config.rules.map((r) => r.id)).toEqual(['order', 'people', 'chiefs']);
    // Switched on, the same mistake is an error.
    d.rules[3].enabled = true;
    expect(brief(validateConfig(d).problems)).toEqual([['invalid-regex', 'rules[3].dependent.summary', 'error']]);
  });

  test('problem data carries the values to explain it', () => {
    const doc = base();
    doc.rules[1].kind = 'double-booking';
    doc.rules[0].minGap = 'P8D';
    doc.rules[0].maxGap = 'P7D';
    const result = validateConfig(doc);
    expect(result.problems.map((p) => p.data)).toEqual([
      { minGap: 'P8D', maxGap: 'P7D' },
      { kind: 'double-booking', known: 'follows, no-double-booking, travel-time, venue, required-attendance, related-to, cadence, coverage, working-days, quiet-period' },
    ]);
  });

  test('a bad working-day gap: the type problem says what a gap may be, and a reversed pair shows the object as JSON', () => {
    const doc = base();
    doc.rules[0].minGap = true;
    const typeProblem = validateConfig(doc).problems[0]!;
    expect(typeProblem.data).toEqual({ expected: 'duration-or-working-days', received: 'boolean' });
    expect(renderProblem(typeProblem, 'zh-CN')).toContain('workingDays');
    expect(renderProblem(typeProblem, 'en')).toContain('workingDays');
    const reversed = base();
    reversed.rules[0].minGap = { workingDays: 4 };
    reversed.rules[0].maxGap = 'P2D';
    expect(validateConfig(reversed).problems.map((p) => p.data)).toEqual([{ minGap: '{"workingDays":4}', maxGap: 'P2D' }]);
  });

  test('the TypeScript builder accepts working-day gaps, and the validated config keeps them as written', () => {
    const config = defineConfig({
      window: { from: '2022-04-01', to: '2022-06-30' },
      calendars: [{ id: 'city', file: 'city.ics', level: 'city' }, { id: 'district', file: 'district.ics', level: 'district' }],
      rules: [{ id: 'relay', kind: 'follows', dependent: { level: 'district' }, prerequisite: { level: 'city' }, minGap: { workingDays: 1 }, maxGap: { workingDays: 3 } }],
    });
    const result = validateConfig(config);
    expect(result.ok && result.config.rules[0]).toMatchObject({ minGap: { workingDays: 1 }, maxGap: { workingDays: 3 } });
  });

  test('warnings alone leave the config valid and are returned with it', () => {
    const result = validateConfig({ ...base(), comment: 'q2' });
    expect(result.ok).toBe(true);
    expect(result.problems).toHaveLength(1);
    if (result.ok) expect(result.config).not.toHaveProperty('comment');
  });

  test('every problem renders in both languages', () => {
    const result = validateConfig(fixture('five-mistakes.json'));
    for (const problem of result.problems) {
      expect(renderProblem(problem, 'en')).not.toBe('');
      expect(renderProblem(problem, 'zh-CN')).not.toBe('');
    }
  });

  test('the TypeScript builder output is validated the same way', () => {
    const config = defineConfig({
      window: { from: '2022-04-01', to: '2022-06-30' },
      calendars: [{ id: 'city', file: 'city.ics', level: 'city' }],
      rules: [{ id: 'gap', kind: 'follows', dependent: { level: 'district' }, prerequisite: { level: 'city' }, minGap: 'P1X', maxGap: undefined }],
    });
    const result = validateConfig(config);
    expect(brief(result.problems)).toEqual([['invalid-duration', 'rules[0].minGap', 'error']]);
  });

  test('defineConfig rejects a wrong shape at compile time', () => {
    // @ts-expect-error: `kind` must be a known rule kind
    const config = defineConfig({ window: { from: '2022-04-01', to: '2022-06-30' }, calendars: [], rules: [{ id: 'x', kind: 'nope' }] });
    expect(validateConfig(config).ok).toBe(false);
  });

  describe('properties', () => {
    test('any JSON value: never throws, and every problem has a path and a known severity', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          const result = validateConfig(value, 'x.json');
          for (const problem of result.problems) {
            expect(Array.isArray((problem.source as JsonLocation).path)).toBe(true);
            expect(['error', 'warning', 'info']).toContain(problem.severity);
          }
          expect(result.ok).toBe(!result.problems.some((p) => p.severity === 'error'));
        }),
      );
    });

    test('documents shaped like configs with random field values never throw', () => {
      const anyValue = fc.oneof(fc.jsonValue(), fc.constantFrom('P1D', 'PT0S', 'Asia/Shanghai', '2022-04-01', 'city', 'li', 'role:区长', '('));
      const selector = fc.dictionary(fc.constantFrom('calendar', 'office', 'level', 'summary', 'categories', 'location', 'property', 'anyOf', 'not', 'summery'), anyValue);
      const rule = fc.record({
        id: anyValue,
        kind: fc.constantFrom('follows', 'no-double-booking', 'travel-time', 'venue', 'required-attendance', 'x'),
        dependent: selector,
        prerequisite: selector,
        event: selector,
        minGap: anyValue,
        people: fc.oneof(anyValue, fc.array(anyValue)),
      }, { requiredKeys: ['kind'] });
      const doc = fc.record({
        timezone: anyValue,
        window: fc.record({ from: anyValue, to: anyValue }),
        calendars: fc.array(fc.record({ id: anyValue, file: anyValue, owner: anyValue, level: anyValue })),
        people: fc.array(fc.record({ id: anyValue, name: anyValue, aliases: anyValue, roles: anyValue })),
        rules: fc.array(rule),
      }, { requiredKeys: [] });
      fc.assert(
        fc.property(doc, (value) => {
          const result = validateConfig(value);
          for (const problem of result.problems) {
            expect((problem.source as JsonLocation).path.every((s) => typeof s === 'string' || typeof s === 'number')).toBe(true);
            expect(() => renderProblem(problem, 'en')).not.toThrow();
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});
