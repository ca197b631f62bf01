import { parseContentLine } from '../../../src/load/internal/content-line.js';

const tzidAndValue = (text: string) => {
  const line = parseContentLine(text, 7);
  return line === null ? null : { tzid: line.params.get('TZID'), value: line.value };
};

describe('parseContentLine: TZID values exports write unquoted (RFC 5545 §3.2 wants quotes around a colon, a comma)', () => {
  test.each([
    ['DTSTART;TZID=GMT+08:00:20220510T090000', 'GMT+08:00', '20220510T090000'],
    ['DTSTART;TZID=(UTC+08:00) 北京，重庆，香港特别行政区，乌鲁木齐:20270304T090000', '(UTC+08:00) 北京，重庆，香港特别行政区，乌鲁木齐', '20270304T090000'],
    ['DTSTART;TZID=(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi:20270304T090000', '(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi', '20270304T090000'],
    ['EXDATE;TZID=(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi:20270304T090000,20270311T090000', '(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi', '20270304T090000,20270311T090000'],
    ['RDATE;VALUE=PERIOD;TZID=(UTC+08:00) Beijing:20270304T090000/PT1H', '(UTC+08:00) Beijing', '20270304T090000/PT1H'],
  ])('%s', (text, tzid, value) => {
    expect(tzidAndValue(text)).toEqual({ tzid: [tzid], value });
  });

  test('a later parameter after the unquoted name ends it', () => {
    expect(tzidAndValue('DTSTART;TZID=(UTC+08:00) Beijing, Chongqing;VALUE=DATE-TIME:20270304T090000')).toEqual({
      tzid: ['(UTC+08:00) Beijing, Chongqing'],
      value: '20270304T090000',
    });
  });

  test('plain names and quoted names are read as before', () => {
    expect(tzidAndValue('DTSTART;TZID=Asia/Shanghai:20270304T090000')).toEqual({ tzid: ['Asia/Shanghai'], value: '20270304T090000' });
    expect(tzidAndValue('DTSTART;TZID="(UTC+08:00) Beijing, Chongqing":20270304T090000')).toEqual({ tzid: ['(UTC+08:00) Beijing, Chongqing'], value: '20270304T090000' });
  });

  test('when no date follows a later colon, the first colon starts the value (nothing is guessed)', () => {
    expect(tzidAndValue('X-NOTE;TZID=Asia/Shanghai:会议：10:30 开始')).toEqual({ tzid: ['Asia/Shanghai'], value: '会议：10:30 开始' });
  });
});
