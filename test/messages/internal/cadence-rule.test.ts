/**
 * readCadenceRule: the RRULE shapes a cadence rule's `every` is worded from (QA26-40), and the ones
 * left to the generic phrase. Asserts the shape, not the prose.
 */
import { isWorkWeek, readCadenceRule } from '../../../src/messages/internal/cadence-rule.js';

describe('readCadenceRule', () => {
  test.each([
    ['FREQ=MONTHLY;BYMONTHDAY=15', { unit: 'month', interval: 1, months: [], anchor: { kind: 'month-days', days: [15] } }],
    ['rrule:freq=weekly;byday=mo', { unit: 'week', interval: 1, months: [], anchor: { kind: 'weekdays', days: [0] } }],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;WKST=SU', { unit: 'week', interval: 2, months: [], anchor: { kind: 'weekdays', days: [0, 3] } }],
    ['FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR', { unit: 'week', interval: 1, months: [], anchor: { kind: 'weekdays', days: [0, 1, 2, 3, 4] } }],
    ['FREQ=DAILY;INTERVAL=3', { unit: 'day', interval: 3, months: [], anchor: { kind: 'none' } }],
    ['FREQ=MONTHLY;BYDAY=1MO', { unit: 'month', interval: 1, months: [], anchor: { kind: 'nth-weekdays', items: [{ n: 1, day: 0 }] } }],
    ['FREQ=MONTHLY;BYDAY=-1FR', { unit: 'month', interval: 1, months: [], anchor: { kind: 'nth-weekdays', items: [{ n: -1, day: 4 }] } }],
    ['FREQ=MONTHLY;BYDAY=+2TU,4TU;INTERVAL=2', { unit: 'month', interval: 2, months: [], anchor: { kind: 'nth-weekdays', items: [{ n: 2, day: 1 }, { n: 4, day: 1 }] } }],
    ['FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=15', { unit: 'year', interval: 1, months: [3, 9], anchor: { kind: 'month-days', days: [15] } }],
    // A monthly rule limited to some months is a yearly one in those months.
    ['FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=1', { unit: 'year', interval: 1, months: [1, 4, 7, 10], anchor: { kind: 'month-days', days: [1] } }],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', { unit: 'month', interval: 1, months: [], anchor: { kind: 'month-days', days: [-1] } }],
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', { unit: 'month', interval: 1, months: [], anchor: { kind: 'nth-workday', n: -1 } }],
    ['FREQ=YEARLY;BYMONTH=5;BYDAY=2SU', { unit: 'year', interval: 1, months: [5], anchor: { kind: 'nth-weekdays', items: [{ n: 2, day: 6 }] } }],
  ] as const)('%s', (every, shape) => {
    expect(readCadenceRule(every)).toEqual(shape);
  });

  test.each([
    ['a named period', 'quarter'],
    ['no FREQ', 'BYMONTHDAY=15'],
    ['an hourly rule', 'FREQ=HOURLY'],
    ['a time of day', 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9'],
    ['a week number', 'FREQ=YEARLY;BYWEEKNO=20'],
    ['a year day', 'FREQ=YEARLY;BYYEARDAY=100'],
    ['a part twice', 'FREQ=MONTHLY;FREQ=WEEKLY'],
    ['day 0', 'FREQ=MONTHLY;BYMONTHDAY=0'],
    ['month 13', 'FREQ=YEARLY;BYMONTH=13'],
    ['interval 0', 'FREQ=DAILY;INTERVAL=0'],
    ['ordinals mixed with plain weekdays', 'FREQ=MONTHLY;BYDAY=1MO,FR'],
    ['BYSETPOS over other days than Monday–Friday', 'FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=1'],
    ['two BYSETPOS values', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,-1'],
    ['BYMONTHDAY on a weekly rule', 'FREQ=WEEKLY;BYMONTHDAY=1'],
    ['a daily rule every other weekday', 'FREQ=DAILY;INTERVAL=2;BYDAY=MO'],
    ['a part without a value', 'FREQ=MONTHLY;BYDAY'],
  ])('%s (%s) is not read', (_case, every) => {
    expect(readCadenceRule(every)).toBeNull();
  });

  test('isWorkWeek is Monday to Friday in any order, nothing else', () => {
    expect(isWorkWeek([4, 3, 2, 1, 0])).toBe(true);
    expect(isWorkWeek([0, 1, 2, 3, 5])).toBe(false);
    expect(isWorkWeek([0, 1, 2, 3])).toBe(false);
  });
});
