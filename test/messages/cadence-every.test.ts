/**
 * A cadence rule's period in words in both languages (QA26-40): named periods, the RRULE shapes
 * users write for routine meetings, and a generic phrase — never the raw rule — for the rest.
 */
import { cadenceEvery as zh } from '../../src/messages/zh-CN/cadence-every.js';
import { cadenceEvery as en } from '../../src/messages/en/cadence-every.js';

describe('cadenceEvery', () => {
  test.each([
    ['quarter', '每季度', 'every quarter'],
    ['week', '每周', 'every week'],
    ['FREQ=MONTHLY;BYMONTHDAY=15', '每月15日起', 'every month from the 15th'],
    ['RRULE:FREQ=WEEKLY;BYDAY=MO', '每周一起', 'every week from Monday'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH', '每两周的周一、周四起', 'every 2 weeks from Monday and Thursday'],
    ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', '每个工作日（周一至周五）', 'every weekday (Monday to Friday)'],
    ['FREQ=DAILY', '每天', 'every day'],
    ['FREQ=DAILY;INTERVAL=3', '每三天', 'every 3 days'],
    ['FREQ=MONTHLY;BYDAY=1MO', '每月第一个周一起', 'every month from the first Monday'],
    ['FREQ=MONTHLY;BYDAY=-1FR', '每月最后一个周五起', 'every month from the last Friday'],
    ['FREQ=MONTHLY;BYDAY=-2FR', '每月倒数第二个周五起', 'every month from the second-to-last Friday'],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1', '每三个月的1日起', 'every 3 months from the 1st'],
    ['FREQ=MONTHLY;INTERVAL=12', '每12个月', 'every 12 months'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', '每月最后一天起', 'every month from the last day'],
    ['FREQ=MONTHLY;BYMONTHDAY=1,16', '每月1日、16日起', 'every month from the 1st and 16th'],
    ['FREQ=MONTHLY;BYDAY=MO', '每月的每个周一起', 'every month from each Monday'],
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', '每月最后一个工作日（周一至周五）起', 'every month from the last weekday'],
    ['FREQ=YEARLY', '每年', 'every year'],
    ['FREQ=YEARLY;INTERVAL=5', '每五年', 'every 5 years'],
    ['FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1', '每年3月1日起', 'every year from 1 March'],
    ['FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=15', '每年3月、9月的15日起', 'every year in March and September from the 15th'],
    ['FREQ=YEARLY;BYMONTH=1,7', '每年1月、7月', 'every year in January and July'],
    ['FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=1', '每年1月、4月、7月、10月的1日起', 'every year in January, April, July and October from the 1st'],
    ['FREQ=YEARLY;BYMONTH=5;BYDAY=2SU', '每年5月第二个周日起', 'every year in May from the second Sunday'],
    ['FREQ=MONTHLY;BYMONTHDAY=22', '每月22日起', 'every month from the 22nd'],
    ['FREQ=MONTHLY;BYMONTHDAY=11,12,13', '每月11日、12日、13日起', 'every month from the 11th, 12th and 13th'],
  ])('%s → %s / %s', (every, zhText, enText) => {
    expect(zh(every)).toBe(zhText);
    expect(en(every)).toBe(enText);
  });

  test.each(['FREQ=HOURLY;INTERVAL=4', 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9', 'FREQ=YEARLY;BYWEEKNO=1,27', 'FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=1'])(
    '%s → the generic phrase, no rule text',
    (every) => {
      expect(zh(every)).toBe('按自定义规则重复');
      expect(en(every)).toBe('periods of a custom repeat rule');
      expect(zh(every) + en(every)).not.toMatch(/FREQ|BY[A-Z]+|=/u);
    },
  );
});
