#!/usr/bin/env node
/**
 * Hostile but valid input, measured (issue 4): a 50 MB file, a VEVENT with 100 000 attendees, FREQ=SECONDLY
 * with no end, COUNT=1000000000, 10 000 nested-looking BEGIN lines, RRULEs with huge BYSETPOS lists. Each case
 * is loaded with the BUILT package (dist/esm, so `npm run build` first) in a child process of its own, so
 * that its peak memory (`process.resourceUsage().maxRSS`) is its own; the time is loadCalendar's wall time.
 * Each case has a fixed bound (seconds, MiB) and says which cap or problem the loader reported.
 * The behaviour (codes, counts) is asserted by test/adversarial/hostile.test.ts on small caps; this
 * script is the timed part, kept out of jest because a shared CI machine's timing is no test.
 *
 * Usage:
 *   node test/bench/hostile.mjs                  every case; exit 1 when a case exceeds its bound
 *   node test/bench/hostile.mjs seconds attendees     only these cases
 * As a module (test/bench/run.mjs): `import { runHostile, formatHostile } from './hostile.mjs'`;
 * `await runHostile({ cases })` resolves to one result per case (see `HostileResult` below).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(import.meta.url);
const root = join(dirname(here), '..', '..');
const dist = join(root, 'dist', 'esm', 'index.js');

const crlf = (lines) => lines.join('\r\n') + '\r\n';
const calendar = (events) => crlf(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tongchou//hostile bench//ZH', ...events, 'END:VCALENDAR']);
const ORDINARY = ['BEGIN:VEVENT', 'UID:ordinary@qu.gov.cn', 'DTSTAMP:20220101T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220510T090000', 'DTEND;TZID=Asia/Shanghai:20220510T100000', 'SUMMARY:区委常委会', 'END:VEVENT'];
const series = (rrule) => ['BEGIN:VEVENT', 'UID:hostile@x', 'DTSTAMP:20220101T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220101T000000', 'DTEND;TZID=Asia/Shanghai:20220101T003000', `RRULE:${rrule}`, 'SUMMARY:hostile', 'END:VEVENT'];

/** A 50 MB calendar of ordinary single meetings (about 160 000 VEVENTs, more than the 100 000 occurrence cap). */
function fiftyMegabytes() {
  const events = [...ORDINARY];
  let bytes = 0;
  for (let i = 0; bytes < 50 * 1024 * 1024; i++) {
    const day = 1 + (i % 365);
    const date = new Date(Date.UTC(2022, 0, day));
    const ymd = date.toISOString().slice(0, 10).replaceAll('-', '');
    const hour = String(8 + (i % 10)).padStart(2, '0');
    const lines = [
      'BEGIN:VEVENT',
      `UID:bulk-${i}@qu.gov.cn`,
      'DTSTAMP:20220101T000000Z',
      `DTSTART;TZID=Asia/Shanghai:${ymd}T${hour}0000`,
      `DTEND;TZID=Asia/Shanghai:${ymd}T${hour}3000`,
      `SUMMARY:第${i}次专题会议（区政府办公室安排，请各单位主要负责同志准时参加）`,
      'LOCATION:区委大楼301会议室',
      `ATTENDEE;CN=李明;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:p${i % 500}@qu.gov.cn`,
      'END:VEVENT',
    ];
    for (const l of lines) bytes += Buffer.byteLength(l) + 2;
    events.push(...lines);
  }
  return calendar(events);
}

/**
 * The cases: name, what it is, how to build its text, and its bound. Bounds are generous for a
 * shared 2-core machine; a case over its bound is a regression worth a look.
 */
export const HOSTILE_CASES = [
  { name: '50mb', what: '50 MB file of single meetings (over the 100 000 cap)', bound: { seconds: 60, mib: 3072 }, build: fiftyMegabytes },
  {
    name: 'attendees',
    what: 'one VEVENT with 100 000 attendees',
    bound: { seconds: 20, mib: 1024 },
    build: () =>
      calendar([
        ...ORDINARY,
        'BEGIN:VEVENT',
        'UID:crowd@x',
        'DTSTAMP:20220101T000000Z',
        'DTSTART:20220601T010000Z',
        'SUMMARY:全区大会',
        ...Array.from({ length: 100_000 }, (_, i) => `ATTENDEE;CN=人${i};ROLE=REQ-PARTICIPANT:mailto:p${i}@qu.gov.cn`),
        'END:VEVENT',
      ]),
  },
  { name: 'secondly', what: 'FREQ=SECONDLY, no end, window one year', bound: { seconds: 30, mib: 1024 }, build: () => calendar([...ORDINARY, ...series('FREQ=SECONDLY')]) },
  { name: 'count', what: 'FREQ=MINUTELY;COUNT=1000000000', bound: { seconds: 30, mib: 1024 }, build: () => calendar([...ORDINARY, ...series('FREQ=MINUTELY;COUNT=1000000000')]) },
  {
    name: 'secondly-limited',
    what: 'FREQ=SECONDLY;BYMONTH=12;BYHOUR=9, no end (days jumped)',
    bound: { seconds: 30, mib: 1024 },
    build: () => calendar([...ORDINARY, ...series('FREQ=SECONDLY;BYMONTH=12;BYHOUR=9')]),
  },
  {
    name: 'nested',
    what: '10 000 nested-looking BEGIN:VEVENT lines',
    bound: { seconds: 20, mib: 1024 },
    build: () => calendar([...ORDINARY, ...Array.from({ length: 10_000 }, () => 'BEGIN:VEVENT'), 'UID:deep@x', 'DTSTART:20220601T010000Z', 'END:VEVENT']),
  },
  {
    name: 'bysetpos-invalid',
    what: 'MONTHLY BYSETPOS list of 100 000 values beyond ±366',
    bound: { seconds: 20, mib: 1024 },
    build: () => calendar([...ORDINARY, ...series(`FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=${Array.from({ length: 100_000 }, (_, i) => (i % 2 === 0 ? i + 1 : -(i + 1))).join(',')}`)]),
  },
  {
    name: 'bysetpos-all',
    what: 'MONTHLY BYSETPOS listing every ±1…±366 (732 values)',
    bound: { seconds: 20, mib: 1024 },
    build: () => calendar([...ORDINARY, ...series(`FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=${Array.from({ length: 366 }, (_, i) => `${i + 1},-${i + 1}`).join(',')}`)]),
  },
  {
    name: 'bysetpos-hourly',
    what: 'HOURLY BYMINUTE 0…59 with BYSETPOS ±1…±60, no end',
    bound: { seconds: 30, mib: 1024 },
    build: () =>
      calendar([
        ...ORDINARY,
        ...series(`FREQ=HOURLY;BYMINUTE=${Array.from({ length: 60 }, (_, i) => i).join(',')};BYSETPOS=${Array.from({ length: 60 }, (_, i) => `${i + 1},-${i + 1}`).join(',')}`),
      ]),
  },
];

/** Runs one case in this process and prints its measurement as JSON (child mode). */
async function child(name) {
  const spec = HOSTILE_CASES.find((c) => c.name === name);
  if (!spec) throw new Error(`unknown hostile case ${name}`);
  const { loadCalendar } = await import(pathToFileURL(dist).href);
  const { DateTime } = await import(pathToFileURL(join(root, 'node_modules', 'luxon', 'build', 'node', 'luxon.js')).href);
  const text = spec.build();
  const bytes = Buffer.byteLength(text);
  const window = { from: DateTime.fromISO('2022-01-01T00:00:00', { zone: 'Asia/Shanghai' }), to: DateTime.fromISO('2023-01-01T00:00:00', { zone: 'Asia/Shanghai' }) };
  const t0 = process.hrtime.bigint();
  const result = loadCalendar(text, { meta: { id: 'hostile' }, window, file: 'hostile.ics' });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const codes = {};
  for (const p of result.problems) codes[p.code] = (codes[p.code] ?? 0) + 1;
  const cap = result.problems.find((p) => p.code === 'occurrence-cap');
  const ordinary = result.occurrences.some((o) => o.uid === 'ordinary@qu.gov.cn');
  process.stdout.write(
    JSON.stringify({
      name,
      bytes,
      seconds,
      peakMiB: process.resourceUsage().maxRSS / 1024,
      occurrences: result.occurrences.length,
      counts: result.counts,
      problems: codes,
      cap: cap ? cap.data : null,
      ordinaryLoaded: ordinary,
    }) + '\n',
  );
}

/**
 * @typedef {object} HostileResult
 * @property {string} name
 * @property {string} what
 * @property {{seconds: number, mib: number}} bound
 * @property {number} bytes - size of the generated file
 * @property {number} seconds - loadCalendar wall time
 * @property {number} peakMiB - the child's peak resident memory
 * @property {number} occurrences
 * @property {Record<string, number>} problems - problem codes and how many
 * @property {object | null} cap - the occurrence-cap problem's data, if hit
 * @property {boolean} ordinaryLoaded - the ordinary meeting beside the hostile one still loaded
 * @property {boolean} withinBound
 * @property {string | null} error - the child's stderr when it failed
 */

/**
 * Runs the hostile cases, each in its own child process.
 * @param {{cases?: string[], log?: (line: string) => void}} [options]
 * @returns {Promise<HostileResult[]>}
 */
export async function runHostile(options = {}) {
  if (!existsSync(dist)) throw new Error(`${dist} is missing: run \`npm run build\` first`);
  const wanted = options.cases && options.cases.length > 0 ? options.cases : HOSTILE_CASES.map((c) => c.name);
  const results = [];
  for (const name of wanted) {
    const spec = HOSTILE_CASES.find((c) => c.name === name);
    if (!spec) throw new Error(`unknown hostile case ${name} (known: ${HOSTILE_CASES.map((c) => c.name).join(', ')})`);
    options.log?.(`hostile: ${name} …`);
    const run = spawnSync(process.execPath, ['--max-old-space-size=4096', here, '--child', name], { encoding: 'utf8', maxBuffer: 1 << 24, env: { ...process.env, TZ: process.env.TZ ?? 'America/New_York' } });
    const line = run.stdout.trim().split('\n').at(-1) ?? '';
    let measured = null;
    try {
      measured = JSON.parse(line);
    } catch {
      measured = null;
    }
    if (measured === null) {
      results.push({ name, what: spec.what, bound: spec.bound, bytes: 0, seconds: NaN, peakMiB: NaN, occurrences: 0, problems: {}, cap: null, ordinaryLoaded: false, withinBound: false, error: (run.stderr || `exit ${run.status}`).slice(-2000) });
      continue;
    }
    const withinBound = measured.seconds <= spec.bound.seconds && measured.peakMiB <= spec.bound.mib && measured.ordinaryLoaded;
    results.push({ ...measured, what: spec.what, bound: spec.bound, withinBound, error: null });
  }
  return results;
}

/**
 * One markdown table of the results.
 * @param {HostileResult[]} results
 * @returns {string}
 */
export function formatHostile(results) {
  const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;
  const problems = (p) => Object.entries(p).map(([code, n]) => (n > 1 ? `${code} ×${n}` : code)).join(', ') || '—';
  const lines = [
    '| case | input | size | load | peak RSS | occurrences | problems reported | cap | bound | ok |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.name} | ${r.what} | ${mb(r.bytes)} | ${r.seconds.toFixed(2)} s | ${Math.round(r.peakMiB)} MiB | ${r.occurrences} | ${problems(r.problems)} | ${r.cap ? JSON.stringify(r.cap) : '—'} | ${r.bound.seconds} s, ${r.bound.mib} MiB | ${r.withinBound ? 'yes' : `**no**${r.error ? `: ${r.error.split('\n')[0]}` : ''}`} |`,
    );
  }
  return lines.join('\n');
}

const isMain = process.argv[1] !== undefined && fileURLToPath(pathToFileURL(process.argv[1])) === here;
if (isMain) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    await child(args[1]);
  } else {
    const results = await runHostile({ cases: args, log: (l) => process.stderr.write(`${l}\n`) });
    process.stdout.write(`${formatHostile(results)}\n`);
    if (results.some((r) => !r.withinBound)) process.exitCode = 1;
  }
}
