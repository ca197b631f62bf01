/**
 * loadSources (src/check/load-sources.ts): the look-back a year before the window for unmet links
 * takes the same occurrences whether the files' readings were kept (within the budget) or the files
 * are read again (past it).
 */
import { loadSources } from '../../src/check/load-sources.js';
import { validateConfig } from '../../src/config/validate.js';
import type { Config } from '../../src/model/config.js';

function ics(events: readonly string[][]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tongchou tests//EN'];
  for (const event of events) lines.push('BEGIN:VEVENT', 'DTSTAMP:20220101T000000Z', ...event, 'END:VEVENT');
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}

const at = (day: string, hour: string) => `;TZID=Asia/Shanghai:${day}T${hour}0000`;

const sources = new Map<string, string>([
  [
    'city.ics',
    ics([
      // The link's target, two weeks before the window: only a second reading finds it.
      ['UID:city-plan', 'SUMMARY:全市营商环境大会', `DTSTART${at('20220318', '09')}`, `DTEND${at('20220318', '11')}`],
      // No link and not a target: never taken from before the window.
      ['UID:city-other', 'SUMMARY:市委常委会', `DTSTART${at('20220310', '09')}`, `DTEND${at('20220310', '11')}`, 'RRULE:FREQ=WEEKLY;COUNT=8'],
    ]),
  ],
  [
    'district.ics',
    ics([
      ['UID:district-follow', 'SUMMARY:全区营商环境推进会', `DTSTART${at('20220405', '09')}`, `DTEND${at('20220405', '11')}`, 'RELATED-TO;RELTYPE=FINISHTOSTART:city-plan'],
    ]),
  ],
]);

function config(): Config {
  const result = validateConfig(
    {
      window: { from: '2022-04-01', to: '2022-04-30' },
      calendars: [
        { id: 'city', file: 'city.ics', level: 'city' },
        { id: 'district', file: 'district.ics', level: 'district' },
      ],
      rules: [],
    },
    'tongchou.json',
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

describe('the link look-back', () => {
  const kept = loadSources({ config: config(), sources });
  const reread = loadSources({ config: config(), sources, keptReadingsBudget: 0 });

  test('finds the target before the window, and only what links need', () => {
    expect(kept.occurrences.map((o) => o.key)).toEqual(['city/city-plan', 'district/district-follow', 'city/city-other/2022-04-07T01:00:00Z', 'city/city-other/2022-04-14T01:00:00Z', 'city/city-other/2022-04-21T01:00:00Z', 'city/city-other/2022-04-28T01:00:00Z']);
    expect(kept.occurrences.filter(kept.inWindow)).toHaveLength(5);
  });

  test('kept readings and a second reading of the files give the same occurrences, problems and counts', () => {
    const view = (l: typeof kept) => ({
      keys: l.occurrences.map((o) => o.key),
      starts: l.occurrences.map((o) => o.start.toISO()),
      problems: l.problems,
      events: l.events,
      skipped: l.skipped,
      calendars: l.calendars,
    });
    expect(view(reread)).toEqual(view(kept));
  });
});
