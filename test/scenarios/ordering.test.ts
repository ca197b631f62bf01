/**
 * Ordering across levels: a district meeting that implements a city one, from .ics text to the
 * finding and its suggestion — config rules, chains, cycles of pairing, and links written in the files.
 */
import { DateTime } from 'luxon';
import { digest, ofKind, refs, run, vcalendar } from './harness.js';

interface Ev {
  readonly uid: string;
  readonly summary: string;
  readonly start: string; // local Asia/Shanghai, yyyymmddThhmmss
  readonly end: string;
  readonly extra?: readonly string[];
}

function cal(events: readonly Ev[], utc = false): string {
  const dt = (name: string, v: string): string => {
    if (!utc) return `${name};TZID=Asia/Shanghai:${v}`;
    // write it as DingTalk does: the same instant in UTC
    const t = DateTime.fromFormat(v, "yyyyMMdd'T'HHmmss", { zone: 'Asia/Shanghai' }).toUTC();
    return `${name}:${t.toFormat("yyyyMMdd'T'HHmmss")}Z`;
  };
  return vcalendar(
    events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      'DTSTAMP:20220301T000000Z',
      dt('DTSTART', e.start),
      dt('DTEND', e.end),
      `SUMMARY:${e.summary}`,
      ...(e.extra ?? []),
      'END:VEVENT',
    ]),
  );
}

const calendars = [
  { id: 'province', file: 'province.ics', office: '省委办公厅', level: 'province' },
  { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
  { id: 'district', file: 'district.ics', office: '区委办', level: 'district' },
];

function cfg(rules: unknown[], window = { from: '2022-04-01', to: '2022-06-30' }): Record<string, unknown> {
  return { timezone: 'Asia/Shanghai', window, calendars, rules };
}

const riverRule = {
  id: 'river-chief',
  kind: 'follows',
  dependent: { level: 'district', summary: '总河长会议' },
  prerequisite: { level: 'city', summary: '总河长会议' },
  minGap: 'PT30M',
  maxGap: 'P7D',
  cycle: 'year',
};

const cityRiver: Ev = { uid: 'city-river', summary: '临江市2022年总河长会议', start: '20220421T090000', end: '20220421T113000' };

describe('follows: district after city', () => {
  test('district the day before the city one → order, suggestion = city end + minGap', () => {
    const report = run(cfg([riverRule]), {
      'province.ics': cal([]),
      'city.ics': cal([cityRiver]),
      'district.ics': cal([{ uid: 'dist-river', summary: '江滨区2022年第一次总河长会议', start: '20220420T150000', end: '20220420T170000' }], true),
    });
    expect(digest(report)).toEqual(['order river-chief city-river dist-river']);
    const f = ofKind(report, 'order')[0]!;
    expect(f.severity).toBe('error');
    expect(f.suggestion).not.toBeNull();
    expect(f.suggestion!.earliestStart).toBe('2022-04-21T12:00:00+08:00');
    expect(f.suggestion!.occurrence).toBe(f.occurrences.find((o) => o.uid === 'dist-river')!.key);
    expect(f.data.pairedBy).toBe('rule');
    expect(f.data.link).toBe('river-chief');
    expect(f.data.dependentCalendar).toBe('district');
    expect(f.data.prerequisiteCalendar).toBe('city');
  });

  test('district exactly at city end + minGap → in order, nothing', () => {
    const report = run(cfg([riverRule]), {
      'province.ics': cal([]),
      'city.ics': cal([cityRiver]),
      'district.ics': cal([{ uid: 'dist-river', summary: '区总河长会议', start: '20220421T120000', end: '20220421T140000' }], true),
    });
    expect(digest(report)).toEqual([]);
  });

  test('city meeting not scheduled → order-missing (warning) for the year', () => {
    const report = run(cfg([riverRule]), {
      'province.ics': cal([]),
      'city.ics': cal([]),
      'district.ics': cal([{ uid: 'dist-river', summary: '区总河长会议', start: '20220513T090000', end: '20220513T110000' }]),
    });
    expect(digest(report)).toEqual(['order-missing river-chief dist-river']);
    const f = ofKind(report, 'order-missing')[0]!;
    expect(f.severity).toBe('warning');
    expect(f.data.cycle).toBe('year');
    expect(f.data.period).toBe('2022-01-01');
    expect(f.data.cancelled).toBe(0);
    expect(f.suggestion).toBeNull();
  });

  test('city meeting exists only as cancelled → order-missing counting 1 cancelled', () => {
    const report = run(cfg([riverRule]), {
      'province.ics': cal([]),
      'city.ics': cal([{ ...cityRiver, extra: ['STATUS:CANCELLED'] }]),
      'district.ics': cal([{ uid: 'dist-river', summary: '区总河长会议', start: '20220422T090000', end: '20220422T110000' }]),
    });
    expect(digest(report)).toEqual(['order-missing river-chief dist-river']);
    expect(ofKind(report, 'order-missing')[0]!.data.cancelled).toBe(1);
  });

  test('district more than maxGap (7 days) after → order-late with the latest start', () => {
    const report = run(cfg([riverRule]), {
      'province.ics': cal([]),
      'city.ics': cal([cityRiver]),
      'district.ics': cal([{ uid: 'dist-river', summary: '区总河长会议', start: '20220429T090000', end: '20220429T110000' }]),
    });
    expect(digest(report)).toEqual(['order-late river-chief city-river dist-river']);
    const f = ofKind(report, 'order-late')[0]!;
    expect(f.severity).toBe('warning');
    expect(f.data.latestStart).toBe('2022-04-28T11:30:00+08:00');
    expect(f.data.maxGap).toBe('P7D');
  });

  test('district exactly at city end + maxGap → not late', () => {
    const report = run(cfg([riverRule]), {
      'province.ics': cal([]),
      'city.ics': cal([cityRiver]),
      'district.ics': cal([{ uid: 'dist-river', summary: '区总河长会议', start: '20220428T113000', end: '20220428T120000' }]),
    });
    expect(digest(report)).toEqual([]);
  });
});

describe('chains and pairing periods', () => {
  const chain = [
    { id: 'safety-city', kind: 'follows', dependent: { level: 'city', summary: '安全生产' }, prerequisite: { level: 'province', summary: '安全生产' }, cycle: 'quarter' },
    { id: 'safety-district', kind: 'follows', dependent: { level: 'district', summary: '安全生产' }, prerequisite: { level: 'city', summary: '安全生产' }, cycle: 'quarter' },
  ];

  test('province → city → district in order → nothing', () => {
    const report = run(cfg(chain), {
      'province.ics': cal([{ uid: 'p', summary: '全省安全生产电视电话会议', start: '20220506T090000', end: '20220506T100000' }]),
      'city.ics': cal([{ uid: 'c', summary: '全市安全生产工作会议', start: '20220506T150000', end: '20220506T163000' }]),
      'district.ics': cal([{ uid: 'd', summary: '全区安全生产工作会议', start: '20220509T090000', end: '20220509T100000' }]),
    });
    expect(digest(report)).toEqual([]);
  });

  test('city before province in the chain → one order on safety-city, the district step stays quiet', () => {
    const report = run(cfg(chain), {
      'province.ics': cal([{ uid: 'p', summary: '全省安全生产电视电话会议', start: '20220506T090000', end: '20220506T100000' }]),
      'city.ics': cal([{ uid: 'c', summary: '全市安全生产工作会议', start: '20220505T150000', end: '20220505T163000' }]),
      'district.ics': cal([{ uid: 'd', summary: '全区安全生产工作会议', start: '20220509T090000', end: '20220509T100000' }]),
    });
    expect(digest(report)).toEqual(['order safety-city c p']);
    expect(ofKind(report, 'order')[0]!.suggestion!.earliestStart).toBe('2022-05-06T10:00:00+08:00');
  });

  test('cycle quarter: a city meeting in Q1 does not pair with a district one in Q2 → order-missing for Q2', () => {
    const report = run(cfg(chain.slice(1), { from: '2022-03-01', to: '2022-04-30' }), {
      'province.ics': cal([]),
      'city.ics': cal([{ uid: 'c-q1', summary: '全市安全生产工作会议', start: '20220330T090000', end: '20220330T100000' }]),
      'district.ics': cal([{ uid: 'd-q2', summary: '全区安全生产工作会议', start: '20220401T090000', end: '20220401T100000' }]),
    });
    expect(digest(report)).toEqual(['order-missing safety-district d-q2']);
    const f = ofKind(report, 'order-missing')[0]!;
    expect(f.data.cycle).toBe('quarter');
    expect(f.data.period).toBe('2022-04-01');
  });

  test('cycle quarter at the boundary in Beijing time: a city meeting 1 April 07:00 +08:00 (31 March 23:00 UTC) is Q2', () => {
    const report = run(cfg(chain.slice(1), { from: '2022-03-01', to: '2022-04-30' }), {
      'province.ics': cal([]),
      'city.ics': cal([{ uid: 'c-q2', summary: '全市安全生产工作会议', start: '20220401T070000', end: '20220401T080000' }], true),
      'district.ics': cal([{ uid: 'd-q2', summary: '全区安全生产工作会议', start: '20220401T090000', end: '20220401T100000' }], true),
    });
    expect(digest(report)).toEqual([]);
  });

  test('a dependency ring between two rules → one order-cycle, no hang', () => {
    const ring = [
      { id: 'a-after-b', kind: 'follows', dependent: { summary: '甲会议' }, prerequisite: { summary: '乙会议' } },
      { id: 'b-after-a', kind: 'follows', dependent: { summary: '乙会议' }, prerequisite: { summary: '甲会议' } },
    ];
    const report = run(cfg(ring), {
      'province.ics': cal([]),
      'city.ics': cal([{ uid: 'a', summary: '甲会议', start: '20220506T090000', end: '20220506T100000' }]),
      'district.ics': cal([{ uid: 'b', summary: '乙会议', start: '20220507T090000', end: '20220507T100000' }]),
    });
    const cycles = ofKind(report, 'order-cycle');
    expect(cycles).toHaveLength(1);
    expect(refs(cycles[0]!)).toEqual(['a', 'b']);
  });
});

describe('links written in the files (no rule configured)', () => {
  test('RELATED-TO;RELTYPE=FINISHTOSTART;GAP=P1D on the district meeting, placed the same day → order, suggestion = end + 1 day', () => {
    const report = run(cfg([]), {
      'province.ics': cal([]),
      'city.ics': cal([{ uid: 'city-econ@oa', summary: '全市经济运行调度会', start: '20220510T090000', end: '20220510T110000' }]),
      'district.ics': cal([{
        uid: 'dist-econ', summary: '全区经济运行分析会', start: '20220510T150000', end: '20220510T170000',
        extra: ['RELATED-TO;RELTYPE=FINISHTOSTART;GAP=P1D:city-econ@oa'],
      }], true),
    });
    expect(digest(report)).toEqual(['order related-to city-econ@oa dist-econ']);
    const f = ofKind(report, 'order')[0]!;
    expect(f.data.pairedBy).toBe('related-to');
    expect(f.data.relation).toBe('FINISHTOSTART');
    expect(f.suggestion!.earliestStart).toBe('2022-05-11T11:00:00+08:00');
  });

  test('RELATED-TO;RELTYPE=FINISHTOSTART;GAP=P1D honoured → nothing when a day later', () => {
    const report = run(cfg([]), {
      'province.ics': cal([]),
      'city.ics': cal([{ uid: 'city-econ@oa', summary: '全市经济运行调度会', start: '20220510T090000', end: '20220510T110000' }]),
      'district.ics': cal([{
        uid: 'dist-econ', summary: '全区经济运行分析会', start: '20220511T110000', end: '20220511T120000',
        extra: ['RELATED-TO;RELTYPE=FINISHTOSTART;GAP=P1D:city-econ@oa'],
      }]),
    });
    expect(digest(report)).toEqual([]);
  });

  test('plain RELATED-TO (PARENT by default, RFC 5545 §3.2.15) is not an ordering link', () => {
    const report = run(cfg([]), {
      'province.ics': cal([]),
      'city.ics': cal([{ uid: 'city-econ@oa', summary: '全市经济运行调度会', start: '20220510T090000', end: '20220510T110000' }]),
      'district.ics': cal([{ uid: 'dist-econ', summary: '全区经济运行分析会', start: '20220509T150000', end: '20220509T170000', extra: ['RELATED-TO:city-econ@oa'] }]),
    });
    expect(digest(report)).toEqual([]);
  });

  test('a REFID shared across files pairs the district meeting with the city one → order when too early', () => {
    const report = run(cfg([]), {
      'province.ics': cal([]),
      'city.ics': cal([{ uid: 'c-1', summary: '全市优化营商环境大会', start: '20220518T090000', end: '20220518T110000', extra: ['REFID:2022-营商环境'] }]),
      'district.ics': cal([{ uid: 'd-1', summary: '全区优化营商环境推进会', start: '20220517T090000', end: '20220517T110000', extra: ['REFID:2022-营商环境'] }]),
    });
    expect(digest(report)).toEqual(['order related-to c-1 d-1']);
    const f = ofKind(report, 'order')[0]!;
    expect(f.data.pairedBy).toBe('refid');
    expect(f.data.link).toBe('2022-营商环境');
    expect(f.suggestion!.earliestStart).toBe('2022-05-18T11:00:00+08:00');
  });

  test('REFID chain province → city → district in order → nothing; the district pairs with the city, not the province', () => {
    const report = run(cfg([]), {
      'province.ics': cal([{ uid: 'p-1', summary: '全省营商环境大会', start: '20220516T090000', end: '20220516T110000', extra: ['REFID:2022-营商环境'] }]),
      'city.ics': cal([{ uid: 'c-1', summary: '全市优化营商环境大会', start: '20220518T090000', end: '20220518T110000', extra: ['REFID:2022-营商环境'] }]),
      'district.ics': cal([{ uid: 'd-1', summary: '全区优化营商环境推进会', start: '20220519T090000', end: '20220519T110000', extra: ['REFID:2022-营商环境'] }]),
    });
    expect(digest(report)).toEqual([]);
  });

  test('a RELATED-TO ring across two files → one order-cycle', () => {
    const report = run(cfg([]), {
      'province.ics': cal([]),
      'city.ics': cal([{ uid: 'x', summary: '甲', start: '20220510T090000', end: '20220510T100000', extra: ['RELATED-TO;RELTYPE=FINISHTOSTART:y'] }]),
      'district.ics': cal([{ uid: 'y', summary: '乙', start: '20220511T090000', end: '20220511T100000', extra: ['RELATED-TO;RELTYPE=FINISHTOSTART:x'] }]),
    });
    const cycles = ofKind(report, 'order-cycle');
    expect(cycles).toHaveLength(1);
    expect(refs(cycles[0]!)).toEqual(['x', 'y']);
  });

  test('related-to disabled in the config → links ignored', () => {
    const report = run(cfg([{ id: 'related-to', kind: 'related-to', enabled: false }]), {
      'province.ics': cal([]),
      'city.ics': cal([{ uid: 'city-econ@oa', summary: '全市经济运行调度会', start: '20220510T090000', end: '20220510T110000' }]),
      'district.ics': cal([{ uid: 'dist-econ', summary: '全区经济运行分析会', start: '20220509T150000', end: '20220509T170000', extra: ['RELATED-TO;RELTYPE=FINISHTOSTART:city-econ@oa'] }]),
    });
    expect(digest(report)).toEqual([]);
  });
});
