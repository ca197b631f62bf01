/**
 * translateVcalendarRule: the vCalendar 1.0 basic recurrence grammar read as RFC 5545 rules
 * (QA26-16), the forms left untranslated, and text that is not vCalendar syntax at all.
 */
import { translateVcalendarRule } from '../../../src/load/internal/vcalendar-rrule.js';

describe('translateVcalendarRule', () => {
  test.each([
    ['W1 TU #4', 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;COUNT=4'],
    ['W2 MO WE FR 19941224T000000Z', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR;UNTIL=19941224T000000Z'],
    ['w1 mo #0', 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO'],
    ['W1 #10', 'FREQ=WEEKLY;INTERVAL=1;COUNT=10'],
    ['D2 #0', 'FREQ=DAILY;INTERVAL=2'],
    ['D1 20220630', 'FREQ=DAILY;INTERVAL=1;UNTIL=20220630'],
    ['MD1 15 #6', 'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=15;COUNT=6'],
    ['MD1 1 1- #10', 'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=1,-1;COUNT=10'],
    ['MD1 LD #0', 'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=-1'],
    ['MP1 1+ MO #3', 'FREQ=MONTHLY;INTERVAL=1;BYDAY=1MO;COUNT=3'],
    ['MP2 1+ SU 1- SU #10', 'FREQ=MONTHLY;INTERVAL=2;BYDAY=1SU,-1SU;COUNT=10'],
    ['MP1 1+ 3+ TU TH #0', 'FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU,3TU,1TH,3TH'],
    ['YM1 6 7 #10', 'FREQ=YEARLY;INTERVAL=1;BYMONTH=6,7;COUNT=10'],
    ['YD3 1 100 200 #10', 'FREQ=YEARLY;INTERVAL=3;BYYEARDAY=1,100,200;COUNT=10'],
  ])('%s → %s', (value, rrule) => {
    expect(translateVcalendarRule(value)).toEqual({ kind: 'translated', rrule, countDefaulted: false });
  });

  test('neither a duration nor an end date: the grammar default, two repeats, flagged', () => {
    expect(translateVcalendarRule('W1 TU')).toEqual({ kind: 'translated', rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;COUNT=2', countDefaulted: true });
  });

  test.each([
    ['a time list', 'D1 0900 1700 #3'],
    ['two rules in one value', 'YM1 6 #5 MP1 1+ MO'],
    ['monthly by position without a list', 'MP1 #3'],
    ['a position without a weekday', 'MP1 1+ #3'],
    ['a weekday out of place', 'W1 XX #3'],
    ['month 13', 'YM1 13 #2'],
    ['day 32', 'MD1 32 #2'],
    ['interval 0', 'W0 TU #4'],
  ])('%s (%s) is vCalendar syntax not translated', (_case, value) => {
    expect(translateVcalendarRule(value)).toEqual({ kind: 'unsupported' });
  });

  test.each(['FREQ=WEEKLY;BYDAY=TU', 'weekly', '', 'DAILY'])('%j is not vCalendar syntax', (value) => {
    expect(translateVcalendarRule(value)).toEqual({ kind: 'not-vcalendar' });
  });
});
