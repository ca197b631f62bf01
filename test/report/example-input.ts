/**
 * The bundled example (examples/q2-2022) as the HTML report's input: checked as the CLI checks it,
 * with the window's occurrences for the timeline.
 */
import { join } from 'node:path';
import { check } from '../../src/check/check.js';
import { configWindow } from '../../src/check/config-window.js';
import { nodeFileSystem } from '../../src/io/file-system.js';
import { readConfig } from '../../src/io/read-config.js';
import { loadCalendar } from '../../src/load/load-calendar.js';
import type { HtmlReportInput } from '../../src/report/html/page-data.js';

export const root = join(__dirname, '..', '..');
export const exampleConfig = join(root, 'examples', 'q2-2022', 'tongchou.json');
/** The committed example report (see example-report.test.ts). */
export const EXAMPLE_REPORT = join(root, 'examples', 'q2-2022', 'report.html');

/** The example's report, occurrences and config parts. */
export function exampleInput(): HtmlReportInput {
  const read = readConfig(join('examples', 'q2-2022', 'tongchou.json'), { cwd: root, fs: nodeFileSystem });
  if (!read.ok) throw new Error(`the example config does not load: ${read.kind}`);
  const { config, sources } = read;
  const report = check({ config, sources, configFile: read.file });
  const window = configWindow(config.window, config.timezone);
  const occurrences = config.calendars.flatMap((c) => {
    const bytes = sources.get(c.file);
    if (bytes === undefined) return [];
    const meta = { id: c.id, name: c.name, office: c.office, level: c.level, owner: c.owner };
    return [...loadCalendar(bytes, { meta, window, defaultZone: config.timezone, floatingZone: c.timezone, file: c.file }).occurrences];
  });
  return { report, occurrences, people: config.people, locations: config.locations, rules: config.rules };
}
