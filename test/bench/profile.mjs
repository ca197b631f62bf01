#!/usr/bin/env node
/**
 * Where the time goes: runs one bench phase for one size under `node --cpu-prof` and prints the
 * functions with the most self time (and the modules they are in), from the `.cpuprofile`.
 *
 * Usage: node test/bench/profile.mjs <size> <phase> [top]
 *   phase: load | rules | check | ical-parse | ical-expand | proposal
 *   e.g.   node test/bench/profile.mjs 100k check 30
 * Or summarise an existing profile: node test/bench/profile.mjs --read file.cpuprofile [top]
 * Needs a build (`npm run build`). Profiles are written to the OS temp dir.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

/**
 * Self time per function and per file from a V8 `.cpuprofile`.
 * @returns { total, functions: [{ name, where, selfMs, share }], files: [{ file, selfMs, share }] }
 */
export function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0));
  }
  const functions = new Map();
  const files = new Map();
  let total = 0;
  for (const [id, us] of self) {
    const { callFrame } = byId.get(id);
    total += us;
    const url = callFrame.url;
    const file = url.startsWith('file:') ? relative(root, fileURLToPath(url)) : url.startsWith('/') ? relative(root, url) : url || '(native)';
    const name = callFrame.functionName || '(anonymous)';
    const key = `${name}\u0000${file}:${callFrame.lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + us);
    files.set(file, (files.get(file) ?? 0) + us);
  }
  // Inclusive time: a sample counts once for every distinct function on its stack.
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  for (const [id, us] of self) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const { callFrame } = byId.get(at);
      if (!/\/(?:dist|perf-dist)\/|node_modules/.test(callFrame.url)) continue;
      const key = `${callFrame.functionName || '(anonymous)'}  ${callFrame.url.replace(/^.*?\/(dist|perf-dist|node_modules)\//, '$1/')}:${callFrame.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  }
  const rows = (map, shape) =>
    [...map].sort((a, b) => b[1] - a[1]).map(([k, us]) => ({ ...shape(k), selfMs: us / 1000, share: us / total }));
  return {
    totalMs: total / 1000,
    functions: rows(functions, (k) => {
      const [name, where] = k.split('\u0000');
      return { name, where };
    }),
    files: rows(files, (file) => ({ file })),
    inclusive: rows(inclusive, (name) => ({ name })),
  };
}

function print(summary, top) {
  const pct = (x) => `${(x * 100).toFixed(1)} %`.padStart(7);
  console.log(`total sampled: ${(summary.totalMs / 1000).toFixed(2)} s`);
  console.log('\nself time by function:');
  for (const f of summary.functions.slice(0, top)) console.log(`${pct(f.share)} ${f.selfMs.toFixed(0).padStart(7)} ms  ${f.name}  ${f.where}`);
  console.log('\ninclusive time (dist/ and node_modules/ functions):');
  for (const f of summary.inclusive.slice(0, top)) console.log(`${pct(f.share)} ${f.selfMs.toFixed(0).padStart(7)} ms  ${f.name}`);
  console.log('\nself time by file:');
  for (const f of summary.files.slice(0, Math.min(top, 25))) console.log(`${pct(f.share)} ${f.selfMs.toFixed(0).padStart(7)} ms  ${f.file}`);
}

const argv = process.argv.slice(2);
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (argv[0] === '--read') {
    print(summarise(JSON.parse(readFileSync(argv[1], 'utf8'))), Number(argv[2] ?? 30));
  } else {
    const [size = '100k', phase = 'check', top = '30'] = argv;
    // Only the phase itself is recorded (node:inspector around it, see run.mjs), not the set-up.
    const dir = mkdtempSync(join(tmpdir(), 'tongchou-prof-'));
    const file = join(dir, `${size}-${phase}.cpuprofile`);
    const recorded = { 'ical-parse': 'icalParse', 'ical-expand': 'icalExpand' }[phase] ?? phase;
    const res = spawnSync(process.execPath, ['--expose-gc', join(here, 'run.mjs'), '--child', size, 'phases'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        TONGCHOU_BENCH_ONLY: phase,
        TONGCHOU_BENCH_RUNS: process.env.TONGCHOU_BENCH_RUNS ?? '1',
        TONGCHOU_BENCH_PROFILE: file,
        TONGCHOU_BENCH_PROFILE_PHASES: recorded,
      },
    });
    if (res.status !== 0) throw new Error(`profiled run exited with ${res.status}`);
    console.log(`profile: ${file} (${size}, ${phase})`);
    print(summarise(JSON.parse(readFileSync(file, 'utf8'))), Number(top));
  }
}
