/**
 * QA 2026j (a city runs tongchou over all its districts) — the 市委办's one run over 江州市 and three of its districts,
 * 青山区, 江北区 and 南湖区, as a 市委办 staff member loads them: the city's two offices, each district's four offices
 * (区委办, 区人大办, 区政府办, 区政协办) and its 总值班室, and three leaders' own diaries. Calendars are written as the
 * district OA systems export them: floating times with `X-WR-TIMEZONE`, rooms as each building's booking list names
 * them. Shared by the qa-2026j-*.test.ts scenarios; every calendar not given in a test is an empty export.
 */
import { vcalendar } from './harness.js';

/** The districts, with the id prefix of their calendars. */
export const districts = [
  { key: 'qs', name: '青山区' },
  { key: 'jb', name: '江北区' },
  { key: 'nh', name: '南湖区' },
] as const;

/** The four offices of a district, with the id suffix of their calendars. */
const offices = [
  { key: 'party', office: '区委办' },
  { key: 'congress', office: '区人大办' },
  { key: 'gov', office: '区政府办' },
  { key: 'cppcc', office: '区政协办' },
] as const;

/**
 * The city directory: 重名 李明 (青山区区长, 江北区副区长), 张伟 who is 市委常委 and 青山区委书记 (兼职), the three 区长
 * and the three districts' 总河长 (their 区委书记), each with the address their office invites them at.
 */
export const people = [
  { id: 'liu', name: '刘强', roles: ['市长'], office: '市政府', aliases: ['liuqiang@jz.gov.example'] },
  { id: 'zhang', name: '张伟', roles: ['市委常委', '区委书记', '总河长'], office: '青山区委', aliases: ['zhangwei@qs.gov.example'] },
  { id: 'li-qs', name: '李明', roles: ['区长', '副总河长'], office: '青山区政府', aliases: ['liming@qs.gov.example'] },
  { id: 'zhao', name: '赵刚', roles: ['区委书记', '总河长'], office: '江北区委', aliases: ['zhaogang@jb.gov.example'] },
  { id: 'wang', name: '王芳', roles: ['区长', '副总河长'], office: '江北区政府', aliases: ['wangfang@jb.gov.example'] },
  { id: 'li-jb', name: '李明', roles: ['副区长'], office: '江北区政府', aliases: ['liming@jb.gov.example'] },
  { id: 'sun', name: '孙伟', roles: ['区委书记', '总河长'], office: '南湖区委', aliases: ['sunwei@nh.gov.example'] },
  { id: 'chen', name: '陈静', roles: ['区长', '副总河长'], office: '南湖区政府', aliases: ['chenjing@nh.gov.example'] },
];

/** Calendar ids: `city-party`, `city-gov`, `<district>-<office>` (`qs-party` …), `<district>-duty`, and the diaries. */
export const calendars = [
  { id: 'city-party', file: 'city-party.ics', office: '市委办', level: 'city' },
  { id: 'city-gov', file: 'city-gov.ics', office: '市政府办', level: 'city' },
  ...districts.flatMap((d) => [
    ...offices.map((o) => ({ id: `${d.key}-${o.key}`, file: `${d.key}-${o.key}.ics`, office: `${d.name.slice(0, 2)}${o.office}`, level: 'district' })),
    { id: `${d.key}-duty`, file: `${d.key}-duty.ics`, office: `${d.name}总值班室`, level: 'district' },
  ]),
  { id: 'qs-mayor', file: 'qs-mayor.ics', office: '青山区政府办', level: 'district', owner: 'li-qs' },
  { id: 'jb-vice', file: 'jb-vice.ics', office: '江北区政府办', level: 'district', owner: 'li-jb' },
  { id: 'zhang-diary', file: 'zhang-diary.ics', office: '市委办', level: 'city', owner: 'zhang' },
];

/** One VEVENT with floating times (`20260609T090000`), as the OA systems write them. */
export function event(uid: string, summary: string, start: string, end: string | null, ...lines: string[]): string[] {
  return [
    'BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', `SUMMARY:${summary}`, `DTSTART:${start}`,
    ...(end === null ? [] : [`DTEND:${end}`]), ...lines, 'END:VEVENT',
  ];
}

/** An attendee line for a directory address. */
export function attendee(address: string, cn?: string): string {
  return `ATTENDEE;${cn === undefined ? '' : `CN=${cn};`}PARTSTAT=ACCEPTED:mailto:${address}`;
}

/** Every calendar's file, the given ones filled with their events and the others empty exports. */
export function files(events: Readonly<Record<string, readonly string[][]>>): Record<string, string> {
  const unknown = Object.keys(events).filter((id) => !calendars.some((c) => c.id === id));
  if (unknown.length > 0) throw new Error(`no such calendar: ${unknown.join(', ')}`);
  return Object.fromEntries(calendars.map((c) => [c.file, vcalendar((events[c.id] ?? []).flat(), [`X-WR-CALNAME:${c.office}`, 'X-WR-TIMEZONE:Asia/Shanghai'])]));
}

/** The 市委办's config: every calendar, the city directory, and the given rules, places and travel times. */
export function cityConfig(options: {
  readonly rules: readonly object[];
  readonly locations?: readonly object[];
  readonly travel?: readonly object[];
  readonly window?: { readonly from: string; readonly to: string };
}): object {
  return {
    timezone: 'Asia/Shanghai',
    window: options.window ?? { from: '2026-06-01', to: '2026-06-30' },
    calendars,
    people,
    locations: options.locations ?? [],
    travel: options.travel ?? [],
    rules: options.rules,
  };
}
