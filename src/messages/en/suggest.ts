import type { SuggestMessages } from '../suggest-catalog.js';
import type { SlotConstraint } from '../../model/suggestion.js';

const KIND: Readonly<Record<SlotConstraint['kind'], string>> = {
  follows: 'order',
  'related-to': 'linked order',
  'no-double-booking': 'people free',
  'travel-time': 'travel time',
  venue: 'room free',
  'required-attendance': 'required leaders',
  cadence: 'cadence',
  coverage: 'duty coverage',
  'working-days': 'working days',
  'quiet-period': 'quiet period',
  workday: 'working day',
  'office-hours': 'office hours',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** English: the text of `tongchou suggest`. */
export const suggest: SuggestMessages = {
  usage: `Usage: tongchou suggest --config tongchou.json [--event UID] [options]

Finds the earliest times the meeting with this UID could move to without breaking a rule of the
config: prerequisites and gaps respected, its people and its room free, travel time kept, on
working days (statutory holidays and make-up days from the data) inside office hours. Each slot
lists the constraints it satisfies. For a recurring meeting, every instance with a conflict is
searched (the first instance when none has one). Without --event, every meeting named by an
order, double-booking, tentative-overlap, travel-time, venue or required-busy finding is searched
(for two meetings that clash, the later one).

Options:
  --config FILE       the config file; calendar paths in it are relative to it
  --event UID         the meeting to move (its UID, as in the .ics file or a finding);
                      default: every meeting a conflict names
  --from YYYY-MM-DD   first day to search (default: the meeting's own day, within the config's window)
  --to YYYY-MM-DD     last day to search, inclusive (default: the config's window)
  --count N           how many slots (default 3)
  --step MINUTES      minutes between candidate starts (default 30)
  --hours RANGES      office hours the meeting must fit in, e.g. 08:30-12:00,14:30-17:30, or "any"
                      (default: a working-days rule's hours for the meeting's office, else 08:30-17:30)
  --tz ZONE           IANA zone for days and office hours (default: the config's timezone)
  --format text|json  output format (default: text)
  --lang zh-CN|en     language (default: zh-CN); JSON carries both unless --lang is given
  -h, --help          show this help

Exit codes: 0 a slot found for every meeting searched; 1 none for some; 2 invalid config,
unreadable file, unknown UID or usage error.
`,
  nothingToMove: 'No conflict that moving a meeting could resolve (order, double booking, travel time, room, required leader busy).',
  unknownEvent: (d) => `no meeting with UID "${d.uid}" between ${d.from} and ${d.to}`,
  invalidHours: (d) => `--hours: "${d.value}" is not a list of ranges such as 08:30-12:00,14:30-17:30 (or "any")`,
  invalidNumber: (d) => `${d.flag}: "${d.value}" is not a whole number ≥ 1`,
  meeting: (d) => `"${d.summary}" (${d.when}, ${d.calendar})`,
  conflictsHeading: (d) => `  Conflicts where it is now (${d.count}):`,
  noConflicts: '  No conflicts where it is now.',
  slotsHeading: (d) => (d.count === 0 ? '  No slot found.' : `  Earliest ${plural(d.count, 'slot')}:`),
  slot: (d) => `    ${d.n}. ${d.when}`,
  satisfied: (d) => `       satisfies: ${d.constraints}`,
  satisfiedByAll: (d) => `    Each satisfies: ${d.constraints}`,
  constraint: (c) => (c.rule === null ? KIND[c.kind] : `${c.rule} (${KIND[c.kind]})`),
  assumedWorkday: '       (taken as a working day: the holiday arrangement of that year is not published)',
  remaining: (d) => `       still: ${plural(d.count, 'finding')} no move clears (see below)`,
  unresolvedHeading: (d) => `  Not cleared by moving (${d.count}):`,
  reason: (d) => {
    switch (d.reason) {
      case 'window-end':
        return `  Searched up to ${d.to}, the end of the window.`;
      case 'unknown-holidays':
        return `  Searched up to ${d.to}; days in ${d.years} could not be used: that year's holiday arrangement is not published (add it under "holidays" in the config).`;
      case 'too-long':
        return '  The meeting is longer than the office hours of a day.';
      case 'search-limit':
        return `  The search stopped after its limit of candidates, at ${d.lastChecked}.`;
    }
  },
  searched: (d) =>
    `Searched ${d.from} to ${d.to} (${d.zone})${d.workingDays ? ', working days' : ''}${d.hours === null ? '' : `, ${d.hours}`}, every ${d.step} minutes; ${plural(d.checks, 'candidate')} checked against the rules.`,
  list: (items) => items.join(', '),
};
