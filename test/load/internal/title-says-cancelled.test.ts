/**
 * titleSaysCancelled (src/load/internal/title-says-cancelled.ts): a title that marks its meeting
 * cancelled apart from its subject, and ordinary titles holding 取消 (QB-37).
 */
import { titleSaysCancelled } from '../../../src/load/internal/title-says-cancelled.js';
import { calendar, codes, event, load } from '../../helpers/ics.js';

describe('titleSaysCancelled', () => {
  test.each([
    '【已取消】区政府专题会', '[取消] 区政府专题会', '（会议取消）区长办公会', '(已取消)区长办公会',
    '已取消: 区政府专题会', '已取消：区政府专题会', 'Canceled: 区政府专题会', 'Cancelled: Budget review', 'CANCELED:x',
    '区政府专题会（取消）', '区政府专题会（已取消）', '区政府专题会 【已取消】', '区长办公会〔会议取消〕',
    // QC-32: postponed, moved, withdrawn, voided — the entry is not held at this time.
    '区政府专题会（已延期）', '【延期】区政府专题会', '区政府专题会（推迟）', '区政府专题会（已改期）', '已撤销：区政府专题会', '区政府专题会【作废】', 'Postponed: 区政府专题会',
  ])('“%s” says cancelled', (title) => {
    expect(titleSaysCancelled(title)).toBe(true);
  });

  test.each([
    '取消行政审批事项专题会', '关于取消部分收费项目的通知', '区政府专题会', '研究取消（合并）部分议事机构', 'Cancelled', 'one is cancelled',
    '取消：行政审批事项清理', '区政府专题会（取消部分议题）', 'Cancellation policy review', '',
    // A bare 改期 tag heads the rescheduled entry as often as the old one; 延期/撤销 as a subject.
    '【改期】区政府专题会', '撤销：行政许可事项清理', '关于延期缴纳社保费的专题会', '作废票据清理工作会',
  ])('“%s” does not', (title) => {
    expect(titleSaysCancelled(title)).toBe(false);
  });
});

describe('loading a title that says cancelled', () => {
  const SH = 'TZID=Asia/Shanghai';

  test('without STATUS: read as cancelled and free, with an info on the SUMMARY line', () => {
    const result = load(calendar(event('UID:c', `DTSTART;${SH}:20220517T090000`, `DTEND;${SH}:20220517T110000`, 'SUMMARY:【已取消】区政府专题会')));
    expect(result.occurrences.map((o) => [o.status, o.busy])).toEqual([['cancelled', 'free']]);
    expect(result.problems.map((p) => [p.code, p.severity, 'line' in p.source ? p.source.line : 0, p.data])).toEqual([
      ['title-says-cancelled', 'info', 9, { summary: '【已取消】区政府专题会' }],
    ]);
  });

  test('a STATUS wins: CONFIRMED stays confirmed, CANCELLED needs no note', () => {
    const with_ = (status: string) => load(calendar(event('UID:c', `DTSTART;${SH}:20220517T090000`, 'SUMMARY:已取消: 区政府专题会', `STATUS:${status}`)));
    expect(with_('CONFIRMED').occurrences.map((o) => o.status)).toEqual(['confirmed']);
    expect(codes(with_('CONFIRMED'))).toEqual([]);
    expect(with_('CANCELLED').occurrences.map((o) => o.status)).toEqual(['cancelled']);
    expect(codes(with_('CANCELLED'))).toEqual([]);
  });

  test('an ordinary title with 取消 books as usual', () => {
    const result = load(calendar(event('UID:c', `DTSTART;${SH}:20220517T090000`, 'SUMMARY:取消行政审批事项专题会')));
    expect(result.occurrences.map((o) => o.status)).toEqual([null]);
    expect(codes(result)).toEqual([]);
  });
});
