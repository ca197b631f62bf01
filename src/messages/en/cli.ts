import type { CliMessages } from '../cli-catalog.js';
import { suggest } from './suggest.js';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const windowOptions = `  --from YYYY-MM-DD   first day of the window
  --to YYYY-MM-DD     last day of the window (inclusive)
                      Without them: one year before to one year after today (in the zone of --tz);
                      with only one of them, the window is one year long.`;

/** English: the command line's own text. */
export const cli: CliMessages = {
  usage: {
    main: `tongchou (统筹) — checks meeting calendars across offices and levels for conflicts.

Usage: tongchou <command> [options]

Commands:
  expand FILE.ics       show the occurrences of one calendar as the checker sees them
  check --config FILE   check calendars against the rules of a config file (tongchou.json)
  check FILE.ics...     check calendars for double bookings and room clashes, no config needed
  init FILE.ics...      write a starter tongchou.json for these files
  suggest --config FILE [--event UID]
                        earliest times a meeting could move to without a conflict

Options:
  -h, --help            show help (also after a command)
  --version             print the version

Run "tongchou <command> --help" for the options of a command.
`,
    expand: `Usage: tongchou expand FILE.ics [options]

Prints the occurrences of FILE.ics inside the window, as the checker will see them, then the
components that were skipped and why.

Options:
${windowOptions}
  --tz ZONE           IANA zone for the window and for floating times (default: Asia/Shanghai);
                      a valid X-WR-TIMEZONE in the file still wins for its floating times
  --format text|json  output format (default: text)
  --lang zh-CN|en     language of the text (default: zh-CN)
  -h, --help          show this help

Exit codes: 0 loaded; 2 usage error or unreadable file.
`,
    check: `Usage: tongchou check --config tongchou.json [options]
       tongchou check FILE.ics... [options]

With --config, runs the rules of the config file over its calendars. With .ics files and no config,
runs the attendance rules (no-double-booking, which also reports tentative overlaps, and venue) with
default settings; "tongchou init" then writes a config to add levels and ordering rules.

Options:
  --config FILE       the config file; calendar paths in it are relative to it
${windowOptions}
                      With --config they override the config's window.
  --tz ZONE           IANA zone for the window and for floating times (default: the config's
                      timezone, else Asia/Shanghai); a file's own X-WR-TIMEZONE still wins
  --format text|json|html
                      output format (default: text); html is one self-contained page with a
                      timeline (use it with --out report.html)
  --lang zh-CN|en     language of the report (default: zh-CN); the JSON report carries messages
                      in both languages unless --lang is given
  --out FILE          write the report to FILE instead of standard output
  -h, --help          show this help

Exit codes: 0 no error findings; 1 error findings; 2 invalid config, unreadable file or usage error.
`,
    init: `Usage: tongchou init FILE.ics... [options]

Writes a starter config listing the files (ids from the file names), with an example of every
rule kind, each marked "enabled": false. Fill in office, level and owner, then enable the rules.

Options:
  --out FILE          where to write (default: tongchou.json); calendar paths are relative to it
  --force             overwrite an existing file
${windowOptions}
  --tz ZONE           the config's timezone (default: Asia/Shanghai)
  --lang zh-CN|en     language of the messages (default: zh-CN)
  -h, --help          show this help

Exit codes: 0 written; 2 usage error, unreadable file or existing output without --force.
`,
    suggest: suggest.usage,
  },
  usageError: {
    'unknown-verb': (d) => `unknown command "${d.verb}"`,
    'missing-verb': () => 'no command given',
    'unknown-flag': (d) => `unknown option "${d.flag}" for "tongchou ${d.verb}"`,
    'missing-value': (d) => `option "${d.flag}" needs a value`,
    'unexpected-value': (d) => `option "${d.flag}" takes no value`,
    'invalid-date': (d) => `${d.flag}: "${d.value}" is not a date in the form YYYY-MM-DD`,
    'invalid-choice': (d) => `${d.flag}: "${d.value}" is not one of ${d.choices}`,
    'invalid-zone': (d) => `--tz: "${d.value}" is not an IANA time zone (e.g. Asia/Shanghai)`,
    'ambiguous-zone': (d) => `--tz: "${d.value}" would be read as ${d.resolved}; write the full name, e.g. Asia/Shanghai`,
    'window-reversed': (d) => `the window ends (${d.to}) before it starts (${d.from})`,
    'missing-file': (d) => `"tongchou ${d.verb}" needs at least one .ics file`,
    'one-file-only': (d) => `"tongchou ${d.verb}" takes exactly one file, got ${d.count}`,
    'config-and-files': () => 'give either --config or .ics files, not both',
    'output-exists': (d) => `${d.file} already exists; use --force to overwrite it`,
  },
  seeHelp: (d) => `Run "tongchou ${d.verb === null ? '' : `${d.verb} `}--help" for usage.`,
  unreadable: (d) => {
    switch (d.reason) {
      case 'not-found':
        return `${d.file}: cannot read the file: no such file`;
      case 'permission-denied':
        return `${d.file}: cannot read the file: permission denied`;
      case 'is-directory':
        return `${d.file}: cannot read the file: it is a directory`;
      case 'other':
        return `${d.file}: cannot read the file: ${d.detail}`;
    }
  },
  writeFailed: (d) => `${d.file}: cannot write the file: ${d.detail}`,
  jsonSyntax: (d) =>
    d.found === null ? 'not valid JSON: the text ends too early' : `not valid JSON: unexpected ${JSON.stringify(d.found)}`,
  invalidConfig: (d) => `${d.file}: the config has ${plural(d.count, 'problem')}:`,
  error: 'error',
  date: (d) => `${WEEKDAYS[d.weekday - 1]} ${d.day} ${MONTHS[d.month - 1]} ${d.year}`,
  dateInYear: (d) => `${WEEKDAYS[d.weekday - 1]} ${d.day} ${MONTHS[d.month - 1]}`,
  allDay: 'all day',
  status: { tentative: 'tentative', confirmed: 'confirmed', cancelled: 'cancelled' },
  skippedHeading: (d) => `Skipped components (${d.count}):`,
  problemsHeading: (d) => `Problems in the input (${d.count}):`,
  severityHeading: (d) =>
    `${d.severity === 'error' ? 'Errors' : d.severity === 'warning' ? 'Warnings' : 'Notes'} (${d.count})`,
  severityLabel: { error: 'error', warning: 'warning', info: 'note' },
  suggestion: (d) => `Suggestion: start no earlier than ${d.start}.`,
  findingOccurrence: (d) => `${d.when}  "${d.summary}" (${d.where})`,
  moreOccurrences: (d) => `… and ${d.more} more (${d.total} in all; --format json lists every one)`,
  noFindings: 'No conflicts found.',
  summary: (d) =>
    `Checked ${plural(d.calendars, 'calendar')}, ${plural(d.occurrences, 'occurrence')} from ${d.from} to ${d.to} ` +
    `(${d.skipped} skipped): ${plural(d.errors, 'error')}, ${plural(d.warnings, 'warning')}, ${plural(d.infos, 'note')}.`,
  expandSummary: (d) =>
    `${plural(d.occurrences, 'occurrence')} from ${d.from} to ${d.to}; ${d.skipped} skipped.`,
  emptyWindow: (d) =>
    `No occurrence falls between ${d.from} and ${d.to}, although ${plural(d.loaded, 'event')} loaded; ` +
    'pass --from and --to to look at another period.',
  defaultWindow: (d) => `No --from/--to given: using ${d.from} to ${d.to}.`,
  zeroConfigHint: (d) =>
    'Checked without a config: double bookings, tentative overlaps and room clashes only. ' +
    `To add offices, levels, leaders and ordering rules (a district meeting after the city one), run\n  tongchou init ${d.files}\n` +
    'then edit tongchou.json and run "tongchou check --config tongchou.json".',
  initWrote: (d) =>
    `Wrote ${d.file} with ${plural(d.calendars, 'calendar')}. Fill in office, level and owner, enable the rules you need, ` +
    `then run "tongchou check --config ${d.file}".`,
  reportWritten: (d) => `Report written to ${d.file}.`,
};
