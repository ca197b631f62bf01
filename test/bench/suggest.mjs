#!/usr/bin/env node
/**
 * Benchmark of the scheduling assistant (issue 6): on a generated year of a district's calendars,
 * how long `suggestSlots` takes to answer an office tool's "find a time" button for a meeting that
 * has a conflict. Loads the size's files, prepares the context once (`prepareCheck`), finds the
 * meetings that conflicts name (one full `checkOccurrences`), then times `suggestSlots` for about
 * 50 of them, spread over the year, searching from each meeting's own day for 3 slots.
 *
 * Prints the median and p95 per call, the first call apart (it builds the search's room index), and
 * how many searches found their 3 slots. Imports the BUILT package (dist/esm, or TONGCHOU_DIST).
 *
 * Usage:
 *   node test/bench/suggest.mjs [1k|10k|100k|1m]       default 100k
 *   TONGCHOU_BENCH_SUGGEST=200                        meetings to time (default 50)
 * From another script (test/bench/run.mjs):
 *   import { benchSuggest } from './suggest.mjs';
 *   const figures = await benchSuggest(dir);           // dir = generate(label).dir
 */
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = process.env.TONGCHOU_DIST ?? join(here, '..', '..', 'dist', 'esm');

/** The conflict kinds the assistant is asked about (issue 6). */
const KINDS = new Set(['order', 'double-booking', 'tentative-overlap', 'travel-time', 'venue', 'required-busy', 'required-missing']);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};

/**
 * Times `suggestSlots` on one generated size.
 * @param dir - the size's folder (with tongchou.json and calendars/), as `generate(label).dir`
 * @param options - `meetings` to time (default 50), `count` slots per search (default 3)
 * @returns `{ occurrences, prepareMs, checkMs, meetings, coldMs, coldCpuMs, medianMs, p95Ms, maxMs, cpuMedianMs, cpuP95Ms,
 *   complete, reasons (why the others found fewer), checksMedian, samples }` (times in ms; the first call is `coldMs` and is left out of the others)
 */
export async function benchSuggest(dir, { meetings = 50, count = 3 } = {}) {
  const lib = await import(pathToFileURL(join(dist, 'index.js')).href);
  const raw = JSON.parse(readFileSync(join(dir, 'tongchou.json'), 'utf8'));
  const validation = lib.validateConfig(raw, 'tongchou.json');
  if (!validation.ok) throw new Error(`config does not validate: ${JSON.stringify(validation.problems.slice(0, 3))}`);
  const config = validation.config;
  const span = lib.configWindow(config.window, config.timezone);
  const occurrences = [];
  const calendars = [];
  for (const c of config.calendars) {
    const loaded = lib.loadCalendar(readFileSync(join(dir, c.file)), {
      meta: { id: c.id, name: c.name, office: c.office, level: c.level, owner: c.owner },
      window: span,
      defaultZone: config.timezone,
      file: c.file,
    });
    calendars.push(loaded.calendar);
    for (const o of loaded.occurrences) occurrences.push(o);
  }

  let t = performance.now();
  const prepared = lib.prepareCheck({ occurrences, config, window: config.window, calendars });
  const prepareMs = performance.now() - t;

  // The meetings conflicts name: for an `order`, the dependent (the one to move); otherwise the
  // later of the two, as an office would move the meeting it is planning rather than the one held.
  t = performance.now();
  const report = lib.checkOccurrences({ occurrences, config, window: config.window });
  const checkMs = performance.now() - t;
  const byKey = new Map(occurrences.map((o) => [o.key, o]));
  const keys = [];
  const seen = new Set();
  for (const f of report.findings) {
    if (!KINDS.has(f.kind)) continue;
    const key = f.suggestion?.occurrence ?? f.occurrences.at(-1)?.key;
    const o = key === undefined ? undefined : byKey.get(key);
    // An all-day absence (出差) is not what an office reschedules; a meeting is.
    if (o === undefined || o.allDay || seen.has(key)) continue;
    seen.add(key);
    keys.push(key);
  }
  // Spread over the year: every n-th conflicted meeting.
  const stride = Math.max(1, Math.floor(keys.length / meetings));
  const chosen = keys.filter((_, i) => i % stride === 0).slice(0, meetings).map((k) => byKey.get(k));

  const samples = [];
  const cpu = [];
  const checks = [];
  let complete = 0;
  const reasons = {};
  for (const o of chosen) {
    const proposal = lib.proposalFromOccurrence(o);
    const from = o.start.setZone(config.timezone).toISODate();
    const start = performance.now();
    const c0 = process.cpuUsage();
    const result = lib.suggestSlots(proposal, prepared, { count, from });
    samples.push(performance.now() - start);
    // CPU time too: on a shared machine the wall clock also counts other processes' turns.
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    checks.push(result.searched.checks);
    if (result.slots.length === count) complete += 1;
    else reasons[result.reason] = (reasons[result.reason] ?? 0) + 1;
  }
  const [cold, ...warm] = samples;
  const [coldCpu, ...warmCpu] = cpu;
  return {
    occurrences: occurrences.length,
    prepareMs,
    checkMs,
    meetings: chosen.length,
    coldMs: cold,
    coldCpuMs: coldCpu,
    medianMs: median(warm),
    p95Ms: percentile(warm, 0.95),
    maxMs: Math.max(...warm),
    cpuMedianMs: median(warmCpu),
    cpuP95Ms: percentile(warmCpu, 0.95),
    complete,
    reasons,
    checksMedian: median(checks),
    samples,
  };
}

/** One line for the README: `suggestSlots on 100k: median 4.1 ms, p95 12 ms …`. */
export function formatSuggest(label, r) {
  const ms = (x) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
  return (
    `suggestSlots on ${label} (${r.occurrences.toLocaleString('en-US')} occurrences, ${r.meetings} conflicted meetings, 3 slots each): ` +
    `median ${ms(r.medianMs)}, p95 ${ms(r.p95Ms)}, max ${ms(r.maxMs)} (CPU time median ${ms(r.cpuMedianMs)}, p95 ${ms(r.cpuP95Ms)}); ` +
    `first call ${ms(r.coldMs)}, CPU ${ms(r.coldCpuMs)} (builds the search's indexes); ` +
    `${r.complete}/${r.meetings} found all 3 (others: ${JSON.stringify(r.reasons)}); median ${r.checksMedian} candidates judged by the rules per search. ` +
    `prepareCheck ${ms(r.prepareMs)} once.`
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const label = (process.argv[2] ?? '100k').toLowerCase();
  const { generate } = await import('./generate.mjs');
  const { dir } = generate(label);
  const meetings = Number(process.env.TONGCHOU_BENCH_SUGGEST ?? 50);
  const figures = await benchSuggest(dir, { meetings });
  console.log(formatSuggest(label, figures));
}
