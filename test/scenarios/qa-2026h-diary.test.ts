/**
 * QA 2026h (两会 season, January–March 2027) — the 区委书记's own diary (Outlook, kept by his secretary) next to the
 * 区委办's calendar: the 区委常委会 that relays the national 两会, typed by the secretary in her own words. `test.failing`
 * ones pin open bugs under their QH id (see /work/notes/qa-2026h.md).
 */
import { digest, run, vcalendar } from './harness.js';

const people = [{ id: 'li', name: '李明', roles: ['区委书记'], aliases: ['liming@jb.gov.example'] }];
const zone = ['X-WR-TIMEZONE:Asia/Shanghai'];

function timed(uid: string, summary: string, extra: string[] = []): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, 'DTSTART:20270315T090000', 'DTEND:20270315T113000',
    'LOCATION:区委大楼常委会议室', ...extra, 'END:VEVENT'];
}

/** The 区委办's entry (李明 invited) and the diary's entry titled `diary`, both 15 March 09:00–11:30 in the 常委会议室. */
function report(office: string, diary: string) {
  return run({
    timezone: 'Asia/Shanghai', window: { from: '2027-03-01', to: '2027-03-31' }, people,
    calendars: [{ id: 'party', file: 'party.ics', office: '区委办', level: 'district' }, { id: 'li', file: 'li.ics', owner: 'li' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'rooms', kind: 'venue' }],
  }, {
    'party.ics': vcalendar(timed('relay-2027@party.jb.gov.example', office, ['ATTENDEE;CN=李明:mailto:liming@jb.gov.example']), zone),
    'li.ics': vcalendar(timed('040000008200E00074C5B7101A82E008@outlook', diary), zone),
  });
}

describe('QH-8: the secretary\'s copy of the 常委会 relay — the organ, then its agenda after a colon or in brackets — is a second meeting: double booking and room booked twice', () => {
  // The 区委办 enters 区委常委会传达学习全国两会精神; the secretary types the same meeting on 李明's diary as
  // 区委常委会：传达学习全国两会精神 or 区委常委会（传达学习全国两会精神）, same times, same room. README (no-double-booking,
  // "a copy in other words at exactly the same start and end"): the titles name one meeting when, after dropping white
  // space and a closing note in brackets, one contains the other; extra words that make it a meeting *about* the other
  // (传达, 学习 …) make it another one — 传达区委常委会精神 is about the 常委会, but 区委常委会传达学习… is the 常委会 itself,
  // relaying something else. With a space instead of the colon it is one meeting (guard); with the colon the report has
  // two errors: “李明 同时被安排在“区委常委会：传达学习全国两会精神”（3月15日 09:00–11:30）和“区委常委会传达学习全国两会
  // 精神”（3月15日 09:00–11:30）” and “区委大楼常委会议室 被重复预订……”. The same for every relay meeting of the season
  // (传达学习省两会精神, 传达学习中央经济工作会议精神 …) whose copies differ by a colon or bracket.
  // Suspected: the comparable-title step of copy matching (src/rules/internal occurrence-ref / meeting-name: the colon
  // is not dropped like white space; the 传达 test does not look at where the extra words stand).
  test.each(['区委常委会：传达学习全国两会精神', '区委常委会（传达学习全国两会精神）'])('diary %s: no finding', (diary) => {
    expect(digest(report('区委常委会传达学习全国两会精神', diary))).toEqual([]);
  });

  test('guard: diary 区委常委会 传达学习全国两会精神 (a space): no finding', () => {
    expect(digest(report('区委常委会传达学习全国两会精神', '区委常委会 传达学习全国两会精神'))).toEqual([]);
  });

  test('guard: a meeting about the other at the same hour (传达区委常委会会议精神 vs 区委常委会会议) stays two meetings', () => {
    expect(digest(report('区委常委会会议', '传达区委常委会会议精神'))).toEqual([
      'double-booking people 040000008200E00074C5B7101A82E008@outlook relay-2027@party.jb.gov.example',
      'venue rooms 040000008200E00074C5B7101A82E008@outlook relay-2027@party.jb.gov.example',
    ]);
  });
});

describe('QH-9: the enlarged 常委会 — 区委常委会（扩大）会议, its formal title with the note inside — is a second meeting to the diary\'s 区委常委会会议', () => {
  // The 区委办 writes the formal title 区委常委会（扩大）会议 (the README's own example of a relay reads
  // 区委常委会（扩大）会议传达学习中央经济工作会议精神); the secretary writes 区委常委会会议 on 李明's diary, same times and room.
  // README (copies in other words): a closing note in brackets is dropped (区委常委会会议（扩大） is one meeting with
  // 区委常委会会议, guard); the same note standing before 会议, where the formal title puts it, is not — the report has
  // “李明 同时被安排在……” and “区委大楼常委会议室 被重复预订……”, two errors for one meeting. Suspected: the comparable-title
  // step (a bracketed note inside the title is not dropped as a closing one is).
  test('office 区委常委会（扩大）会议, diary 区委常委会会议: no finding', () => {
    expect(digest(report('区委常委会（扩大）会议', '区委常委会会议'))).toEqual([]);
  });

  test('guard: office 区委常委会会议（扩大）, diary 区委常委会会议: no finding', () => {
    expect(digest(report('区委常委会会议（扩大）', '区委常委会会议'))).toEqual([]);
  });

  // Seen with QH-9 (qa-2026h, not pinned): the common contraction, and the diary's agenda in a closing note.
  test.each([
    ['区委常委会会议', '区委常委会议'],
    ['区委常委会传达学习全国两会精神', '主持召开区委常委会会议（传达学习全国两会精神）'],
  ])('office %s, diary %s: no finding', (office, diary) => {
    expect(digest(report(office, diary))).toEqual([]);
  });

  test('guard: the 区人大常委会会议 and the diary\'s 区委常委会议 at one hour and room are two meetings', () => {
    expect(digest(report('区人大常委会会议', '区委常委会议'))).toEqual([
      'double-booking people 040000008200E00074C5B7101A82E008@outlook relay-2027@party.jb.gov.example',
      'venue rooms 040000008200E00074C5B7101A82E008@outlook relay-2027@party.jb.gov.example',
    ]);
  });

  test('guard: office 区委常委会（扩大）会议, diary 主持召开区委常委会（扩大）会议: no finding', () => {
    expect(digest(report('区委常委会（扩大）会议', '主持召开区委常委会（扩大）会议'))).toEqual([]);
  });
});
