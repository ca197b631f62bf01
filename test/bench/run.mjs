#!/usr/bin/env node
/**
 * The benchmark of issue 5: per size, the median of several runs of each phase of tongchou's check,
 * and — in the same process, on the same files — bare ical.js parse and ical.js parse + its
 * documented expansion, with the ratio of the whole check to the latter. Prints one markdown table
 * (for the README) with the machine it ran on. Imports the BUILT package (dist/esm), so run it
 * through `npm run bench` (which builds first) or after `npm run build`.
 *
 * Usage (TONGCHOU_DIST=dir: import that ESM build instead of dist/esm):
 *   node test/bench/run.mjs [1k] [10k] [100k] [1m]      default 1k 10k 100k
 *   TONGCHOU_BENCH_1M=1 node test/bench/run.mjs        adds 1m (about 300 MB of .ics, minutes)
 *   TONGCHOU_BENCH_RUNS=5                              runs per phase (default 3; the median is shown)
 *   TONGCHOU_BENCH_PROPOSALS=1000                      single-proposal checks (median shown)
 *   TONGCHOU_BENCH_JSON=out.json                       also write every measurement as JSON
 *   TONGCHOU_BENCH_ONLY=check,ical-expand              only these phases (read, parse, load, rules,
 *                                                      proposal, check, ical-parse, ical-expand)
 *   TONGCHOU_BENCH_1M_ICAL=0                           skip ical.js's expansion at 1m (several minutes)
 *   TONGCHOU_BENCH_EXTRAS=0                            skip suggest.mjs (issue 6, on 100k) and hostile.mjs (issue 4),
 *                                                      which otherwise run after the table when present
 *
 * Columns: decode+parse is the loader's first stages alone; expand is loadCalendar minus that
 * (reading VEVENTs, expanding, building occurrences); rules is `checkOccurrences` on the loaded
 * occurrences; whole `check` is `check()` from the file bytes to the report. The whole check and
 * ical.js's expansion alternate run by run, and CPU time is recorded too (JSON), because a shared
 * machine's load drifts. Hot spots: test/bench/profile.mjs.
 *
 * Each size runs in its own child process (`--child <size>`), so that its peak memory is its own:
 * the child reports `process.resourceUsage().maxRSS`. A second, separate child runs just one whole
 * `check` (read + check) so that the memory column is the checker's, not the ical.js baseline's.
 * Generated files live in the OS temp dir (see generate.mjs), never in the repository.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate, SIZES, WINDOW } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
// TONGCHOU_DIST: another build of the ESM package (e.g. a private `tsc --outDir`), as in suggest.mjs.
const dist = process.env.TONGCHOU_DIST ?? join(root, 'dist', 'esm');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};
const gc = () => globalThis.gc?.();

/** The library, from the build: the public index where it exports a name, else the module itself. */
async function library() {
  const index = existsSync(join(dist, 'index.js')) ? await import(pathToFileURL(join(dist, 'index.js')).href) : {};
  const pick = async (name, module) => {
    if (typeof index[name] === 'function') return index[name];
    const file = join(dist, module);
    if (!existsSync(file)) return null;
    try {
      const m = await import(pathToFileURL(file).href);
      return typeof m[name] === 'function' ? m[name] : null;
    } catch (error) {
      // Expected while the loader is not built (check.js imports it); anything else is worth a line.
      if (!String(error).includes('load-calendar')) console.error(`bench: cannot import ${module}: ${String(error).split('\n')[0]}`);
      return null;
    }
  };
  return {
    loadCalendar: await pick('loadCalendar', 'load/load-calendar.js'),
    check: await pick('check', 'check/check.js'),
    checkOccurrences: await pick('checkOccurrences', 'check/check-occurrences.js'),
    prepareCheck: await pick('prepareCheck', 'check/check-proposal.js'),
    checkProposal: await pick('checkProposal', 'check/check-proposal.js'),
    validateConfig: await pick('validateConfig', 'config/validate.js'),
    // The loader's first stages, for the load column's split (internal modules, bench only).
    decodeLines: await pick('decodeLines', 'load/decode.js'),
    parseDocument: await pick('parseDocument', 'load/parse.js'),
  };
}

// ---------------------------------------------------------------- the ical.js baselines
const WINDOW_FROM = Date.UTC(2025, 0, 1) / 1000 - 8 * 3600;
const WINDOW_TO = Date.UTC(2026, 0, 1) / 1000 - 8 * 3600;

/** Bare ical.js: decode and parse every file. */
function icalParse(ICAL, buffers) {
  let components = 0;
  for (const bytes of buffers) {
    const root = new ICAL.Component(ICAL.parse(new TextDecoder().decode(bytes)));
    components += root.getAllSubcomponents('vevent').length;
  }
  return components;
}

/**
 * ical.js as its documentation says to expand: register the file's VTIMEZONEs, wrap each master
 * VEVENT in `ICAL.Event` with its RECURRENCE-ID overrides as exceptions, walk `event.iterator()`
 * and take `getOccurrenceDetails` for every instance up to the window's end.
 * @returns occurrences inside the window
 */
function icalExpand(ICAL, buffers) {
  let count = 0;
  for (const bytes of buffers) {
    const root = new ICAL.Component(ICAL.parse(new TextDecoder().decode(bytes)));
    for (const tz of root.getAllSubcomponents('vtimezone')) {
      const tzid = tz.getFirstPropertyValue('tzid');
      if (!ICAL.TimezoneService.has(tzid)) ICAL.TimezoneService.register(tz);
    }
    const groups = new Map();
    for (const vevent of root.getAllSubcomponents('vevent')) {
      const uid = vevent.getFirstPropertyValue('uid');
      const group = groups.get(uid);
      if (group === undefined) groups.set(uid, [vevent]);
      else group.push(vevent);
    }
    for (const vevents of groups.values()) {
      const exceptions = vevents.filter((v) => v.hasProperty('recurrence-id'));
      for (const master of vevents) {
        if (master.hasProperty('recurrence-id')) continue;
        const event = new ICAL.Event(master, { exceptions });
        if (!event.isRecurring()) {
          const s = event.startDate.toUnixTime();
          if (s < WINDOW_TO && event.endDate.toUnixTime() > WINDOW_FROM) count++;
          continue;
        }
        const iterator = event.iterator();
        for (let next = iterator.next(); next; next = iterator.next()) {
          if (next.toUnixTime() >= WINDOW_TO + 86_400) break;
          const details = event.getOccurrenceDetails(next);
          if (details.startDate.toUnixTime() < WINDOW_TO && details.endDate.toUnixTime() > WINDOW_FROM) count++;
        }
      }
    }
  }
  return count;
}

// ---------------------------------------------------------------- one size, in a child
function readAll(dir, config) {
  const sources = new Map();
  for (const c of config.calendars) sources.set(c.file, readFileSync(join(dir, c.file)));
  return sources;
}

async function child(label, mode) {
  const { dir, manifest } = generate(label);
  const lib = await library();
  const raw = JSON.parse(readFileSync(join(dir, 'tongchou.json'), 'utf8'));
  let config = raw;
  if (lib.validateConfig) {
    const v = lib.validateConfig(raw, 'tongchou.json');
    if (!v.ok) throw new Error(`generated config does not validate: ${JSON.stringify(v.problems.slice(0, 3))}`);
    config = v.config;
  }
  const out = { size: label, manifest, mode, phases: {}, counts: {}, notes: [] };

  if (mode === 'memory') {
    // Just the checker, once: read the files, check them. Its maxRSS is the memory column.
    const sources = readAll(dir, config);
    if (lib.check) {
      const report = lib.check({ config, sources, configFile: 'tongchou.json' });
      out.counts.findings = report.findings.length;
    }
    out.maxRssBytes = process.resourceUsage().maxRSS * 1024;
    return out;
  }

  const runs = Number(process.env.TONGCHOU_BENCH_RUNS ?? 3);
  const only = process.env.TONGCHOU_BENCH_ONLY?.split(',');
  const want = (phase) => only === undefined || only.includes(phase);
  const { default: ICAL } = await import('ical.js');
  const times = {};
  const cpuTimes = {};
  // profile.mjs sets TONGCHOU_BENCH_PROFILE: the V8 profiler then records only the phases asked for.
  const profileFile = process.env.TONGCHOU_BENCH_PROFILE;
  const profiled = new Set((process.env.TONGCHOU_BENCH_PROFILE_PHASES ?? '').split(','));
  let session = null;
  if (profileFile) {
    const { Session } = await import('node:inspector');
    session = new Session();
    session.connect();
    session.post('Profiler.enable');
    session.post('Profiler.setSamplingInterval', { interval: 200 });
  }
  let profiling = false;
  const time = (phase, fn) => {
    gc();
    const profile = session !== null && profiled.has(phase);
    if (profile && !profiling) {
      session.post('Profiler.start');
      profiling = true;
    }
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const result = fn();
    (times[phase] ??= []).push(performance.now() - t0);
    // CPU time (all threads, GC helpers included) as well: on a shared machine wall time drifts.
    const c = process.cpuUsage(c0);
    (cpuTimes[phase] ??= []).push((c.user + c.system) / 1000);
        return result;
  };
  const stopProfile = () => {
    if (!profiling) return;
    session.post('Profiler.stop', (error, { profile }) => {
      if (error) throw error;
      writeFileSync(profileFile, JSON.stringify(profile));
    });
    profiling = false;
  };
  const metas = config.calendars.map((c) => ({
    file: c.file,
    options: {
      meta: { id: c.id, name: c.name, office: c.office, level: c.level, owner: c.owner },
      defaultZone: c.timezone ?? config.timezone,
      file: c.file,
    },
  }));
  let window = null;
  if (lib.loadCalendar) {
    const { configWindow } = await import(pathToFileURL(join(dist, 'check', 'config-window.js')).href);
    window = configWindow(config.window, config.timezone);
  }
  // Each phase runs its `runs` times in a row (the first run includes JIT warm-up; the median
  // hides it): interleaving phases made ical.js's parse twice as slow as on its own.
  const repeat = (phase, fn) => {
    let result;
    for (let run = 0; run < runs; run++) result = time(phase, fn);
    stopProfile();
    return result;
  };
  const sources = repeat('read', () => readAll(dir, config));
  const buffers = [...sources.values()];
  // ical.js first, on a heap that holds nothing else; then ours (load, rules, the proposal check on
  // the loaded year), and the whole `check` last, after the loaded occurrences are released.
  if (want('ical-parse')) out.counts.icalVevents = repeat('icalParse', () => icalParse(ICAL, buffers));
  if (lib.decodeLines && lib.parseDocument && want('parse')) {
    out.counts.parsedCalendars = repeat('parse', () => {
      let n = 0;
      for (const bytes of buffers) n += lib.parseDocument(lib.decodeLines(bytes).lines).calendars.length;
      return n;
    });
  }
  let occurrences = null;
  if (lib.loadCalendar && (want('load') || want('rules') || want('proposal'))) {
    occurrences = repeat('load', () => {
      const all = [];
      for (const { file, options } of metas) {
        const loaded = lib.loadCalendar(sources.get(file), { ...options, window });
        for (const o of loaded.occurrences) all.push(o);
      }
      return all;
    });
    out.counts.occurrences = occurrences.length;
  } else if (lib.checkOccurrences && (want('rules') || want('proposal'))) {
    // No loader in the build yet: measure the rules on occurrences built from ical.js's expansion.
    const { icaljsOccurrences } = await import('./icaljs-occurrences.mjs');
    occurrences = [];
    for (const c of config.calendars) {
      const calendar = { id: c.id, name: c.name ?? c.id, office: c.office ?? null, level: c.level ?? null, owner: c.owner ?? null, defaultZone: config.timezone, file: c.file };
      for (const o of icaljsOccurrences(new TextDecoder().decode(sources.get(c.file)), calendar)) occurrences.push(o);
    }
    out.counts.occurrences = occurrences.length;
    out.notes.push('no loader in dist/: rules and proposal measured on occurrences built by ical.js (test/bench/icaljs-occurrences.mjs)');
  }
  if (lib.checkOccurrences && occurrences !== null && want('rules')) {
    const report = repeat('rules', () => lib.checkOccurrences({ occurrences, config, window: config.window }));
    out.counts.findingsRules = report.findings.length;
    out.counts.byKindRules = Object.fromEntries(
      Object.entries(report.findings.reduce((m, f) => ((m[f.kind] = (m[f.kind] ?? 0) + 1), m), {})).sort(),
    );
  }
  // The office tool's save button: prepare once, then one proposal at a time.
  const proposals = Number(process.env.TONGCHOU_BENCH_PROPOSALS ?? 1000);
  if (lib.prepareCheck && lib.checkProposal && occurrences !== null && want('proposal') && proposals > 0) {
    const { DateTime } = await import('luxon');
    const calendars = [...new Map(occurrences.map((o) => [o.calendar.id, o.calendar])).values()];
    const t0 = performance.now();
    const prepared = lib.prepareCheck({ occurrences, config, window: config.window, calendars });
    out.phases.prepare = { median: performance.now() - t0, runs: [performance.now() - t0] };
    const owners = config.calendars.filter((c) => c.owner);
    const rooms = config.locations.map((l) => l.name);
    // Deterministic proposals (a linear congruential walk): a leader's calendar, a workday hour, 1–2 h.
    let seed = 12345;
    const rand = (n) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const samples = [];
    let findings = 0;
    if (session !== null && profiled.has('proposal')) {
      session.post('Profiler.start');
      profiling = true;
    }
    for (let i = 0; i < proposals; i++) {
      const cal = owners[rand(owners.length)] ?? config.calendars[0];
      const day = DateTime.fromISO(WINDOW.from, { zone: 'Asia/Shanghai' }).plus({ days: rand(365) });
      const start = day.set({ hour: 8 + rand(9), minute: rand(2) * 30 });
      const others = [config.people[rand(config.people.length)].id, config.people[rand(config.people.length)].id];
      const proposal = {
        calendar: cal.id,
        summary: i % 10 === 0 ? '全区安全生产工作会议' : '专题会议',
        start,
        end: start.plus({ minutes: 60 + 30 * rand(3) }),
        location: rooms[rand(rooms.length)],
        attendees: [cal.owner, ...others],
      };
      const t = performance.now();
      findings += lib.checkProposal(prepared, proposal).length;
      samples.push(performance.now() - t);
    }
    stopProfile();
    out.phases.proposal = { median: median(samples), p95: percentile(samples, 0.95), max: Math.max(...samples), runs: [] };
    // Every tenth proposal matches a `follows` selector, which pulls in the ordering rules.
    const ordering = samples.filter((_, i) => i % 10 === 0);
    const plain = samples.filter((_, i) => i % 10 !== 0);
    out.phases.proposalPlain = { median: median(plain), p95: percentile(plain, 0.95), runs: [] };
    out.phases.proposalOrdering = { median: median(ordering), p95: percentile(ordering, 0.95), runs: [] };
    out.counts.proposalFindings = findings;
  }
  occurrences = null;
  // The whole check and ical.js's expansion alternate run by run, so that their ratio holds even
  // when the machine's load drifts between minutes.
  const icalToo = want('ical-expand') && (label !== '1m' || process.env.TONGCHOU_BENCH_1M_ICAL !== '0');
  const checkToo = lib.check && want('check');
  let report = null;
  for (let run = 0; run < runs && (icalToo || checkToo); run++) {
    if (icalToo) out.counts.icalOccurrences = time('icalExpand', () => icalExpand(ICAL, buffers));
    if (checkToo) report = time('check', () => lib.check({ config, sources, configFile: 'tongchou.json' }));
    stopProfile();
  }
  if (report !== null) {
    out.counts.findings = report.findings.length;
    out.counts.byKind = Object.fromEntries(
      Object.entries(report.findings.reduce((m, f) => ((m[f.kind] = (m[f.kind] ?? 0) + 1), m), {})).sort(),
    );
    out.counts.problems = report.problems.length;
  }
  for (const [phase, xs] of Object.entries(times)) out.phases[phase] = { median: median(xs), runs: xs, cpu: median(cpuTimes[phase]) };

  out.maxRssBytes = process.resourceUsage().maxRSS * 1024;
  return out;
}

// ---------------------------------------------------------------- the table
const fmtS = (ms) => (ms === undefined ? '—' : ms < 1000 ? `${(ms / 1000).toFixed(3)} s` : `${(ms / 1000).toFixed(2)} s`);
const fmtMs = (ms) => (ms === undefined ? '—' : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`);
const fmtMB = (b) => (b === undefined ? '—' : b >= 1e9 ? `${(b / 2 ** 30).toFixed(2)} GiB` : `${Math.round(b / 2 ** 20)} MiB`);
const fmtN = (n) => (n === undefined ? '—' : n.toLocaleString('en-US'));

function table(results) {
  const cpu = cpus();
  const lines = [];
  lines.push(
    `Machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${fmtMB(totalmem())} RAM, Node ${process.version}, ${process.platform}. ` +
      `Median of ${process.env.TONGCHOU_BENCH_RUNS ?? 3} runs; generated year 2025 (\`node test/bench/generate.mjs\`).`,
  );
  lines.push('');
  lines.push('| size | files | MB | VEVENTs | occurrences | read | decode+parse | expand | rules | whole `check` | peak RSS (`check`) | ical.js parse | ical.js parse+expand | `check` ÷ ical.js parse+expand | findings | proposal (median / p95) |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const p = r.phases;
    const expand = p.load && p.parse ? p.load.median - p.parse.median : undefined;
    const ratio = p.check && p.icalExpand ? `${(p.check.median / p.icalExpand.median).toFixed(2)}` : '—';
    const proposal = p.proposal ? `${fmtMs(p.proposal.median)} / ${fmtMs(p.proposal.p95)}` : '—';
    lines.push(
      `| ${r.size} | ${fmtN(r.manifest.files)} | ${(r.manifest.bytes / 1e6).toFixed(1)} | ${fmtN(r.manifest.vevents)} | ${fmtN(r.counts.occurrences ?? r.manifest.occurrences)} | ` +
        `${fmtS(p.read?.median)} | ${fmtS(p.parse?.median)} | ${fmtS(expand)} | ${fmtS(p.rules?.median)} | ${fmtS(p.check?.median)} | ${fmtMB(r.memory?.maxRssBytes)} | ` +
        `${fmtS(p.icalParse?.median)} | ${fmtS(p.icalExpand?.median)} | ${ratio} | ${fmtN(r.counts.findings ?? r.counts.findingsRules)} | ${proposal} |`,
    );
  }
  const bySize = new Map(results.map((r) => [r.size, r]));
  const growth = [];
  for (const [a, b] of [['1k', '10k'], ['10k', '100k'], ['100k', '1m']]) {
    const x = bySize.get(a)?.phases.check?.median;
    const y = bySize.get(b)?.phases.check?.median;
    if (x && y) growth.push(`${a}→${b} ×${(y / x).toFixed(1)}`);
  }
  if (growth.length > 0) lines.push('', `Whole \`check\` growth per 10× data: ${growth.join(', ')} (target ≤ 12× per step from 10k to 1m).`);
  // Issue 5's targets, stated against the figures above.
  const targets = [];
  for (const r of results) {
    const p = r.phases;
    const parts = [];
    const cpu = (a, b) => (a?.cpu && b?.cpu ? `, CPU time ${(a.cpu / b.cpu).toFixed(2)}` : '');
    if (p.check && p.icalExpand) parts.push(`check ÷ ical.js parse+expand ${(p.check.median / p.icalExpand.median).toFixed(2)}${cpu(p.check, p.icalExpand)} (≤ 0.5)`);
    if (p.check && p.rules) parts.push(`rules ÷ check ${((100 * p.rules.median) / p.check.median).toFixed(0)} % (≤ 10 %)`);
    if (p.proposal) parts.push(`proposal median ${fmtMs(p.proposal.median)}, p95 ${fmtMs(p.proposal.p95)} (< 10 ms)`);
    if (r.size === '1m' && r.memory?.maxRssBytes) parts.push(`peak RSS ${fmtMB(r.memory.maxRssBytes)} (< 4 GiB)`);
    if (parts.length > 0) targets.push(`- ${r.size}: ${parts.join('; ')}`);
  }
  if (targets.length > 0) lines.push('', 'Targets (issue 5):', ...targets);
  const notes = results.flatMap((r) => r.notes.map((n) => `${r.size}: ${n}`));
  if (notes.length > 0) lines.push('', ...notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

function spawnChild(label, mode) {
  const args = ['--expose-gc', fileURLToPath(import.meta.url), '--child', label, mode];
  // 1m must run in under 4 GiB (issue 5): cap the heap there, so a miss shows as GC time or a crash
  // rather than as a quietly larger RSS. TONGCHOU_BENCH_1M_HEAP (MiB) lifts the cap to compare.
  const heap = label === '1m' ? [`--max-old-space-size=${process.env.TONGCHOU_BENCH_1M_HEAP ?? 3800}`] : [];
  const res = spawnSync(process.execPath, [...heap, ...args], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20, stdio: ['ignore', 'pipe', 'inherit'] });
  if (res.status !== 0) {
    return { error: `child ${label} ${mode} exited with ${res.status ?? res.signal}` };
  }
  const last = res.stdout.trim().split('\n').at(-1);
  return JSON.parse(last);
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    const result = await child(argv[1], argv[2] ?? 'phases');
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const labels = argv.filter((a) => !a.startsWith('--')).map((a) => a.toLowerCase());
  const sizes = labels.length > 0 ? labels : ['1k', '10k', '100k', ...(process.env.TONGCHOU_BENCH_1M === '1' ? ['1m'] : [])];
  for (const s of sizes) if (!(s in SIZES)) throw new Error(`unknown size ${s}; one of ${Object.keys(SIZES).join(', ')}`);
  const results = [];
  for (const label of sizes) {
    const { manifest } = generate(label);
    process.stderr.write(`bench ${label}: ${manifest.files} files, ${(manifest.bytes / 1e6).toFixed(1)} MB, ${manifest.vevents} VEVENTs …\n`);
    const result = spawnChild(label, 'phases');
    if (result.error) {
      results.push({ size: label, manifest, phases: {}, counts: {}, notes: [result.error] });
      continue;
    }
    const memory = spawnChild(label, 'memory');
    if (memory.error) result.notes.push(`memory run: ${memory.error}`);
    else result.memory = memory;
    const expected = manifest.occurrences;
    for (const [what, n] of [['loader', result.counts.occurrences], ['ical.js', result.counts.icalOccurrences]]) {
      if (n !== undefined && n !== expected) result.notes.push(`${what} found ${fmtN(n)} occurrences; the generator wrote ${fmtN(expected)}`);
    }
    results.push(result);
  }
  let text = table(results);
  console.log(text);
  // The scheduling assistant's (issue 6) and the hostile-input (issue 4) figures, from their own
  // scripts when they are there, so that one `npm run bench` prints every measured target.
  const extras = [];
  if (process.env.TONGCHOU_BENCH_EXTRAS !== '0') {
    if (existsSync(join(here, 'suggest.mjs'))) {
      const { benchSuggest, formatSuggest } = await import('./suggest.mjs');
      const label = sizes.includes('100k') ? '100k' : sizes.filter((s) => s !== '1m').at(-1);
      if (label !== undefined) {
        process.stderr.write(`bench suggest ${label} …\n`);
        const figures = await benchSuggest(generate(label).dir);
        extras.push('', `- ${formatSuggest(label, figures)}`);
        results.push({ size: label, suggest: { ...figures, samples: undefined } });
      }
    }
    if (existsSync(join(here, 'hostile.mjs'))) {
      const { runHostile, formatHostile } = await import('./hostile.mjs');
      try {
        const hostile = await runHostile({ log: (line) => process.stderr.write(`${line}\n`) });
        extras.push('', 'Hostile input (test/bench/hostile.mjs):', '', formatHostile(hostile));
        results.push({ size: 'hostile', hostile });
      } catch (error) {
        // hostile.mjs reads dist/esm itself (not TONGCHOU_DIST): say so rather than lose the table.
        extras.push('', `Hostile input: not measured (${String(error).split('\n')[0]})`);
      }
    }
  }
  if (extras.length > 0) {
    console.log(extras.join('\n'));
    text += `\n${extras.join('\n')}`;
  }
  if (process.env.TONGCHOU_BENCH_JSON) writeFileSync(process.env.TONGCHOU_BENCH_JSON, `${JSON.stringify({ results, table: text }, null, 2)}\n`);
}

await main();
