/**
 * The State Council notices the bundled chinese-days 1.5.7 data transcribes, by year, with the
 * addresses chinese-days itself cites in `src/holidays/generate.ts` (gov.cn where one exists). Each
 * year's arrangement (部分节假日安排) is published late in the year before; three later notices
 * changed an arrangement already published, and the dates they touched cite them instead.
 */

/** A notice: its title and the address the data cites for it. */
export interface HolidayNotice {
  readonly title: string;
  readonly url: string;
}

const URLS: Readonly<Record<number, string>> = {
  2004: 'https://zh.wikisource.org/zh-hans/国务院办公厅关于2004年部分节假日安排的通知',
  // chinese-days cites no government page for 2005.
  2005: 'https://zhidao.baidu.com/question/2299098.html',
  2006: 'http://www.gov.cn/jrzg/2005-12/22/content_133837.htm',
  2007: 'http://www.gov.cn/fwxx/sh/2006-12/18/content_471877.htm',
  2008: 'http://www.gov.cn/zwgk/2007-12/18/content_837184.htm',
  2009: 'http://www.gov.cn/zwgk/2008-12/10/content_1174014.htm',
  2010: 'http://www.gov.cn/zwgk/2009-12/08/content_1482691.htm',
  2011: 'http://www.gov.cn/zwgk/2010-12/10/content_1762643.htm',
  2012: 'http://www.gov.cn/zwgk/2011-12/06/content_2012097.htm',
  2013: 'http://www.gov.cn/zwgk/2012-12/10/content_2286598.htm',
  2014: 'http://www.gov.cn/zwgk/2013-12/11/content_2546204.htm',
  2015: 'http://www.gov.cn/zhengce/content/2014-12/16/content_9302.htm',
  2016: 'http://www.gov.cn/zhengce/content/2015-12/10/content_10394.htm',
  2017: 'http://www.gov.cn/zhengce/content/2016-12/01/content_5141603.htm',
  2018: 'http://www.gov.cn/zhengce/content/2017-11/30/content_5243579.htm',
  2019: 'http://www.gov.cn/xinwen/2018-12/06/content_5346287.htm',
  2020: 'http://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm',
  2021: 'http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm',
  2022: 'http://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm',
  2023: 'http://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm',
  2024: 'https://www.gov.cn/zhengce/content/202310/content_6911527.htm',
  2025: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
  2026: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
};

/** Later notices that changed a published arrangement: the dates they set, both inclusive. */
const AMENDMENTS: readonly { readonly from: string; readonly to: string; readonly notice: HolidayNotice }[] = [
  {
    from: '2015-09-03',
    to: '2015-09-06',
    notice: {
      title: '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知',
      url: 'http://www.gov.cn/zhengce/content/2015-05/13/content_9742.htm',
    },
  },
  {
    from: '2019-04-28',
    to: '2019-05-05',
    notice: { title: '国务院办公厅关于调整2019年劳动节假期安排的通知', url: 'http://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm' },
  },
  {
    from: '2020-01-31',
    to: '2020-02-02',
    notice: { title: '国务院办公厅关于延长2020年春节假期的通知', url: 'http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm' },
  },
];

/**
 * The notice that set a date of the bundled data.
 * @param date - `YYYY-MM-DD`
 * @param arrangementYear - the year whose arrangement the date belongs to (the next one for the
 *   元旦 days and make-up days of late December)
 * @returns the notice, or null for a year the data does not cover
 * @example holidayNotice('2022-06-03', 2022)?.title //=> '国务院办公厅关于2022年部分节假日安排的通知'
 */
export function holidayNotice(date: string, arrangementYear: number): HolidayNotice | null {
  const amended = AMENDMENTS.find((a) => a.from <= date && date <= a.to);
  if (amended !== undefined) return amended.notice;
  const url = URLS[arrangementYear];
  return url === undefined ? null : { title: `国务院办公厅关于${arrangementYear}年部分节假日安排的通知`, url };
}
