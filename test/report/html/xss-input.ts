/**
 * A report over a calendar whose texts carry markup and script (test/fixtures/report/
 * script-in-summary.ics): two overlapping meetings of one person, so that the hostile texts reach
 * the findings, the timeline and the details.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkOccurrences } from '../../../src/check/check-occurrences.js';
import { configWindow } from '../../../src/check/config-window.js';
import { loadCalendar } from '../../../src/load/load-calendar.js';
import type { HtmlReportInput } from '../../../src/report/html/page-data.js';

export const XSS_FILE = join(__dirname, '..', '..', 'fixtures', 'report', 'script-in-summary.ics');

/** The hostile calendar, loaded and checked for double bookings. */
export function xssInput(): HtmlReportInput {
  const window = { from: '2022-05-01', to: '2022-05-31' };
  const loaded = loadCalendar(readFileSync(XSS_FILE), {
    meta: { id: 'evil', office: '<i>办公室</i>' },
    window: configWindow(window, 'Asia/Shanghai'),
    defaultZone: 'Asia/Shanghai',
    file: 'script-in-summary.ics',
  });
  const report = checkOccurrences({
    occurrences: loaded.occurrences,
    config: { timezone: 'Asia/Shanghai', rules: [{ id: 'people', kind: 'no-double-booking' }] },
    window,
  });
  return { report, occurrences: loaded.occurrences };
}
