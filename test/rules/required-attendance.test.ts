import fc from 'fast-check';
import type { Person } from '../../src/model/person.js';
import { renderFinding } from '../../src/messages/render.js';
import type { Finding } from '../../src/model/finding.js';
import { requiredAttendance } from '../../src/rules/required-attendance.js';
import { occurrence as occ } from '../helpers/occurrence.js';
import { runRule, ruleTester } from '../helpers/rule-tester.js';

const people: Person[] = [
  { id: 'wang', name: '王书记', aliases: ['mailto:wang@qu.gov.cn'], roles: ['区委书记', '总河长'] },
  { id: 'li', name: '李区长', aliases: ['mailto:li@qu.gov.cn', '李明'], roles: ['区长', '总河长'] },
  { id: 'zhao', name: '赵副区长', aliases: ['mailto:zhao@qu.gov.cn'], roles: ['副区长'] },
];
const wang = 'mailto:wang@qu.gov.cn';
const li = 'mailto:li@qu.gov.cn';
const chiefs = { event: { summary: '区.*总河长会议' }, people: ['role:总河长'] };
const district = { id: 'district-gov', level: 'district' as const };

ruleTester.run(requiredAttendance, {
  valid: [
    {
      name: 'a delegation answered on one copy and an acceptance on another: he attends after all',
      people,
      params: { event: { summary: '总河长会议' }, people: ['wang'] },
      occurrences: [
        occ({ calendar: district, uid: 'm', start: '2022-05-10 09:00', summary: '区总河长会议', attendees: [{ address: wang, partstat: 'delegated' }] }),
        occ({ calendar: 'wang-mail', uid: 'm', start: '2022-05-10 09:00', summary: '区总河长会议', attendees: [{ address: wang, partstat: 'accepted' }] }),
      ],
    },
    {
      // QB-29: an OA 会议通知 without ATTENDEE lines names the leaders in DESCRIPTION.
      name: 'the holders named on the DESCRIPTION\'s 出席领导 line of an OA notice without ATTENDEE lines attend (QB-29)',
      people,
      params: chiefs,
      occurrences: [
        { ...occ({ calendar: { id: 'oa', office: '区政府办' }, uid: 'm', start: '2022-05-10 09:00', summary: '区第一次总河长会议' }), description: '会议时间：5月10日上午9:00\n出席领导：王书记、李明' },
      ],
    },
    {
      // QB-19: the 带班 leader works as usual; his roster entry is no other meeting.
      name: 'the day\'s 带班 roster entry of a required leader does not make him busy elsewhere (QB-19)',
      people,
      params: chiefs,
      occurrences: [
        occ({ calendar: district, uid: 'm', start: '2022-05-10 09:00', summary: '区第一次总河长会议', attendees: [wang, li] }),
        occ({ calendar: { id: 'duty', office: '总值班室' }, uid: 'lead', start: '2022-05-10 08:30', end: '2022-05-11 08:30', summary: '带班领导：李明', attendees: [li] }),
      ],
    },
    {
      name: 'every holder of the role attends',
      people,
      params: chiefs,
      occurrences: [occ({ calendar: district, uid: 'm', start: '2022-05-10 09:00', summary: '区第一次总河长会议', attendees: [wang, { name: '李明' }] })],
    },
    {
      name: 'the organizer of an event without attendees and the calendar owner count as present',
      people,
      params: chiefs,
      occurrences: [
        occ({ calendar: { id: 'li-personal', owner: 'li' }, uid: 'm', start: '2022-05-10 09:00', summary: '区总河长会议', organizer: wang }),
      ],
    },
    {
      name: 'a cancelled meeting needs nobody',
      people,
      params: chiefs,
      occurrences: [occ({ calendar: district, uid: 'm', start: '2022-05-10 09:00', summary: '区总河长会议', status: 'cancelled' })],
    },
    {
      name: 'meetings not matching the selector are not checked',
      people,
      params: chiefs,
      occurrences: [occ({ calendar: district, uid: 'm', start: '2022-05-10 09:00', summary: '市总河长会议' })],
    },
    {
      name: 'a role nobody holds requires nobody',
      people,
      params: { event: { summary: '会议' }, people: ['role:河长办主任'] },
      occurrences: [occ({ calendar: district, uid: 'm', start: '2022-05-10 09:00', summary: '会议' })],
    },
    {
      name: 'copies of the meeting on two calendars pool their attendees',
      people,
      params: chiefs,
      occurrences: [
        occ({ calendar: 'district-party', uid: 'm', start: '2022-05-10 09:00', summary: '区总河长会议', attendees: [wang] }),
        occ({ calendar: 'district-gov', uid: 'm', start: '2022-05-10 09:00', summary: '区总河长会议', attendees: [li] }),
      ],
    },
    {
      name: 'another meeting that only touches (back-to-back) is not a conflict',
      people,
      params: { event: { summary: '总河长会议' }, people: ['li'] },
      occurrences: [
        occ({ calendar: district, uid: 'm', start: '2022-05-10 09:00', end: '2022-05-10 10:00', summary: '区总河长会议', attendees: [li] }),
        occ({ calendar: 'city', uid: 'o', start: '2022-05-10 10:00', summary: '市防汛会议', attendees: [li] }),
      ],
    },
    {
      name: 'the meeting typed into the leader’s own calendar is not "elsewhere"',
      people,
      params: { event: { summary: '总河长会议' }, people: ['li'] },
      occurrences: [
        occ({ calendar: district, uid: 'm', start: '2022-05-10 09:00', summary: '区总河长会议', attendees: [li] }),
        occ({ calendar: { id: 'li-personal', owner: 'li' }, uid: 'copy', start: '2022-05-10 09:00', summary: '区总河长会议' }),
      ],
    },
    {
      name: 'an unknown reference is satisfied by an attendee with that CN',
      people,
      params: { event: { summary: '总河长会议' }, people: ['陈主任'] },
      occurrences: [occ({ calendar: district, uid: 'm', start: '2022-05-10 09:00', summary: '区总河长会议', attendees: [{ name: '陈主任' }] })],
    },
  ],
  invalid: [
    {
      name: 'a role holder missing from the attendees',
      people,
      params: chiefs,
      occurrences: [occ({ calendar: district, uid: 'm', start: '2022-05-10 09:00', summary: '区第一次总河长会议', attendees: [wang] })],
      findings: [
        {
          kind: 'required-missing',
          occurrences: ['district-gov/m'],
          people: ['li'],
          severity: 'error',
          data: { person: '李区长', personId: 'li', reference: 'role:总河长', reason: 'absent', event: '区第一次总河长会议', eventStart: '2022-05-10T09:00:00+08:00' },
        },
      ],
    },
    {
      name: 'organizing a meeting with attendees is not attending it (the office sends the invitation)',
      people,
      params: { event: { summary: '总河长会议' }, people: ['wang'] },
      occurrences: [occ({ calendar: district, uid: 'm', start: '2022-05-10 09:00', summary: '区总河长会议', organizer: wang, attendees: [li] })],
      findings: [{ kind: 'required-missing', occurrences: ['district-gov/m'], people: ['wang'], data: { reason: 'absent' } }],
    },
    {
      name: 'a required person who declined',
      people,
      params: { event: { summary: '总河长会议' }, people: ['李明'] },
      occurrences: [
        occ({ calendar: district, uid: 'm', start: '2022-05-10 09:00', summary: '区总河长会议', attendees: [{ address: li, partstat: 'declined' }] }),
      ],
      findings: [{ kind: 'required-missing', occurrences: ['district-gov/m'], people: ['li'], data: { reason: 'declined', reference: '李明' } }],
    },
    {
      // QA26-19: RFC 5545 §3.2.12 keeps DELEGATED apart from DECLINED; the 总河长 sends his deputy.
      name: 'a required person who delegated (PARTSTAT=DELEGATED) is missing with reason delegated, not declined',
      people,
      params: { event: { summary: '总河长会议' }, people: ['wang'] },
      occurrences: [
        occ({ calendar: district, uid: 'm', start: '2022-05-10 09:00', summary: '区总河长会议',
          attendees: [{ address: wang, partstat: 'delegated' }, { address: 'mailto:zhao@qu.gov.cn', partstat: 'accepted' }] }),
      ],
      findings: [{ kind: 'required-missing', occurrences: ['district-gov/m'], people: ['wang'], data: { reason: 'delegated', reference: 'wang' } }],
    },
    {
      name: 'a delegation on one copy and a refusal on another reads as the delegation',
      people,
      params: { event: { summary: '总河长会议' }, people: ['wang'] },
      occurrences: [
        occ({ calendar: district, uid: 'm', start: '2022-05-10 09:00', summary: '区总河长会议', attendees: [{ address: wang, partstat: 'declined' }] }),
        occ({ calendar: 'wang-mail', uid: 'm', start: '2022-05-10 09:00', summary: '区总河长会议', attendees: [{ address: wang, partstat: 'delegated' }] }),
      ],
      findings: [{ kind: 'required-missing', occurrences: ['district-gov/m'], people: ['wang'], data: { reason: 'delegated' } }],
    },
    {
      name: 'present but at a city meeting at the same time → required-busy naming it',
      people,
      params: chiefs,
      occurrences: [
        occ({ calendar: district, uid: 'm', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '区总河长会议', attendees: [wang, li] }),
        occ({ calendar: 'city-gov', uid: 'o', start: '2022-05-10 10:00', end: '2022-05-10 12:00', summary: '市防汛工作会议', attendees: [li] }),
      ],
      findings: [
        {
          kind: 'required-busy',
          occurrences: ['district-gov/m', 'city-gov/o'],
          people: ['li'],
          severity: 'warning',
          data: { person: '李区长', other: '市防汛工作会议', otherStart: '2022-05-10T10:00:00+08:00', otherEnd: '2022-05-10T12:00:00+08:00', otherCalendar: 'city-gov' },
        },
      ],
    },
    {
      name: 'an all-day 出差 on the personal calendar makes a present person busy',
      people,
      params: { event: { summary: '总河长会议' }, people: ['wang'] },
      occurrences: [
        occ({ calendar: district, uid: 'm', start: '2022-05-10 09:00', summary: '区总河长会议', attendees: [wang] }),
        occ({ calendar: { id: 'wang-personal', owner: 'wang' }, uid: 'trip', start: '2022-05-10', summary: '赴省出差', transparent: true }),
      ],
      findings: [{ kind: 'required-busy', occurrences: ['district-gov/m', 'wang-personal/trip'], data: { otherStart: '2022-05-10', otherEnd: '2022-05-11' } }],
    },
    {
      name: 'each required person and each meeting separately (recurring instances)',
      people,
      params: { event: { summary: '周例会' }, people: ['wang', 'li'] },
      occurrences: [
        occ({ calendar: district, uid: 's', recurrenceId: '2022-05-02T01:00:00Z', start: '2022-05-02 09:00', summary: '周例会', attendees: [wang] }),
        occ({ calendar: district, uid: 's', recurrenceId: '2022-05-09T01:00:00Z', start: '2022-05-09 09:00', summary: '周例会', attendees: [wang, li] }),
      ],
      findings: [{ kind: 'required-missing', occurrences: ['district-gov/s/2022-05-02T01:00:00Z'], people: ['li'] }],
    },
    {
      name: 'a person named twice in the references is required once (first reference kept)',
      people,
      params: { event: { summary: '会议' }, people: ['li', 'role:区长', '李明'] },
      occurrences: [occ({ calendar: district, uid: 'm', start: '2022-05-10 09:00', summary: '会议' })],
      findings: [{ kind: 'required-missing', occurrences: ['district-gov/m'], people: ['li'], data: { reference: 'li' } }],
    },
    {
      name: 'time zones: a New York evening call (EDT) that runs into the Shanghai morning meeting',
      people,
      params: { event: { summary: '总河长会议' }, people: ['li'] },
      occurrences: [
        occ({ calendar: district, uid: 'm', start: '2022-05-10 09:00', summary: '区总河长会议', attendees: [li] }),
        occ({ calendar: 'ny', uid: 'call', zone: 'America/New_York', start: '2022-05-09 20:00', end: '2022-05-09 21:01', summary: '招商视频会', attendees: [li] }),
        // Ends exactly at 09:00 Shanghai: touching is not busy.
        occ({ calendar: 'ny', uid: 'early', zone: 'America/New_York', start: '2022-05-09 19:00', end: '2022-05-09 21:00', summary: '早场', attendees: [li] }),
      ],
      findings: [{ kind: 'required-busy', occurrences: ['district-gov/m', 'ny/call'], data: { otherStart: '2022-05-09T20:00:00-04:00' } }],
    },
  ],
});

describe('properties', () => {
  test('a required person is either missing, or present with one required-busy per overlapping other meeting', () => {
    const other = fc.record({ slot: fc.integer({ min: 0, max: 16 }), length: fc.integer({ min: 1, max: 4 }), declined: fc.boolean() });
    fc.assert(
      fc.property(fc.boolean(), fc.array(other, { maxLength: 8 }), (present, others) => {
        const event = occ({ calendar: district, uid: 'm', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '总河长会议', attendees: present ? [li] : [] });
        const rest = others.map((o, i) => {
          const start = occ({ start: '2022-05-10 07:00' }).start.plus({ minutes: o.slot * 15 });
          // Distinct titles: two entries with one title and the same times are copies of one meeting.
          return occ({
            calendar: 'city',
            uid: `o${i}`,
            summary: `会议${i}`,
            start: start.toFormat('yyyy-MM-dd HH:mm'),
            end: start.plus({ minutes: o.length * 30 }).toFormat('yyyy-MM-dd HH:mm'),
            attendees: [{ address: li, partstat: o.declined ? 'declined' : 'accepted' }],
          });
        });
        const findings = runRule(requiredAttendance, { name: 'p', people, params: { event: { summary: '总河长会议' }, people: ['li'] }, occurrences: [event, ...rest] });
        if (!present) {
          expect(findings.map((f) => f.kind)).toEqual(['required-missing']);
          return;
        }
        const busy = rest.filter((o) => o.attendees[0]!.partstat !== 'declined' && o.start < event.end && o.end > event.start);
        expect(findings.map((f) => f.occurrences[1]!.key).sort()).toEqual(busy.map((o) => o.key).sort());
      }),
    );
  });
});

describe('reason follows PARTSTAT (RFC 5545 §3.2.12): declined and delegated are told apart (QA26-19)', () => {
  test.each([
    ['accepted', []],
    ['tentative', []],
    ['needs-action', []],
    ['declined', ['declined']],
    ['delegated', ['delegated']],
  ])('PARTSTAT=%s', (partstat, reasons) => {
    const findings = runRule(requiredAttendance, {
      people,
      params: { event: { summary: '总河长会议' }, people: ['li'] },
      occurrences: [occ({ calendar: district, uid: 'm', start: '2022-05-10 09:00', summary: '区总河长会议', attendees: [{ address: li, partstat }] })],
    });
    expect(findings.map((f) => (f.kind === 'required-missing' ? f.data.reason : f.kind))).toEqual(reasons);
  });

  test('the delegated sentence is not the declined one, in either language', () => {
    const finding = (reason: 'declined' | 'delegated'): Finding => ({
      id: 'x', rule: 'chiefs', kind: 'required-missing', severity: 'error', people: ['wang'], occurrences: [], suggestion: null,
      data: { person: '王书记', personId: 'wang', reference: 'role:总河长', event: '区总河长会议', eventStart: '2022-05-10T09:00:00+08:00',
        eventEnd: '2022-05-10T11:00:00+08:00', eventCalendar: '区政府办', reason },
    });
    for (const lang of ['zh-CN', 'en'] as const) {
      expect(renderFinding(finding('delegated'), lang)).not.toBe(renderFinding(finding('declined'), lang));
    }
    expect(renderFinding(finding('delegated'))).toContain('委托');
    expect(renderFinding(finding('delegated'), 'en')).toContain('delegated');
  });
});
