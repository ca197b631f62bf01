#!/usr/bin/env node
/**
 * How the HTML report behaves on a big input, in headless Chromium (issue 7: "the report for the
 * bench's year of a district's calendars opens and scrolls smoothly — measure its load time").
 * Not a test: it prints a markdown table for the README.
 *
 * For each size (default 100k; see test/bench/generate.mjs), it writes the report with the BUILT
 * CLI's `main` (`check --format html`, from dist/esm, so run `npm run build` first) in this process,
 * recording wall and CPU time (CPU time does not grow when other processes share the cores), then
 * opens it from
 * file:// several times in a fresh page and records: the time from navigation to the page's
 * `data-ready` (script done, first view drawn) and Chromium's CPU time for it, the page script's own phases (JSON.parse, findings
 * list, lane layout, first draw), and then the cost of interacting: one draw while scrolling
 * (median and worst of 80 scroll steps across lanes and months), a lane switch, a filter, a click on
 * a finding.
 *
 * Usage: node test/report/measure-html-load.mjs [1k] [10k] [100k]   (TONGCHOU_HTML_RUNS=3)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { generate } from '../bench/generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const bin = join(root, 'dist', 'esm', 'cli', 'main.js');
if (!existsSync(bin)) throw new Error(`${bin} is missing: run "npm run build" first`);
const { main } = await import(pathToFileURL(bin).href);
const { nodeFileSystem } = await import(pathToFileURL(join(root, 'dist', 'esm', 'io', 'file-system.js')).href);
const { DateTime } = require('luxon');
const CHROMIUM = process.env.TONGCHOU_CHROMIUM ?? '/usr/bin/chromium';
const RUNS = Number(process.env.TONGCHOU_HTML_RUNS ?? 3);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`;

const sizes = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['100k'];
const out = mkdtempSync(join(tmpdir(), 'tongchou-html-'));
const profile = mkdtempSync(join(tmpdir(), 'tongchou-chromium-'));
const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1400, height: 900 } });
const rows = [];

/**
 * CPU time (ms, user + system) used so far by this Chromium: the process started with our profile
 * and all its descendants, from /proc — unlike wall time, it does not grow when other processes
 * share the machine's cores.
 */
function chromiumCpu() {
  const tick = 100; // USER_HZ on Linux
  const stats = readdirSync('/proc')
    .filter((d) => /^\d+$/u.test(d))
    .flatMap((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return [{ pid: Number(pid), ppid: Number(fields[1]), cpu: ((Number(fields[11]) + Number(fields[12])) * 1000) / tick, ours: cmdline.includes(profile) }];
      } catch {
        return [];
      }
    });
  const ours = new Set(stats.filter((s) => s.ours).map((s) => s.pid));
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of stats) if (!ours.has(s.pid) && ours.has(s.ppid)) (ours.add(s.pid), (grew = true));
  }
  return stats.filter((s) => ours.has(s.pid)).reduce((sum, s) => sum + s.cpu, 0);
}

try {
  for (const label of sizes) {
    const { dir, manifest } = generate(label);
    const file = join(out, `report-${label}.html`);
    // The CLI in this process (the built module), so that its CPU time can be read beside the wall time.
    const stderr = [];
    const io = { stdout: () => {}, stderr: (t) => stderr.push(t), cwd: root, fs: nodeFileSystem, now: () => DateTime.utc() };
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    main(['check', '--config', join(dir, 'tongchou.json'), '--format', 'html', '--out', file], io);
    const write = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const writeCpu = (cpu.user + cpu.system) / 1000;
    if (!existsSync(file)) throw new Error(`the CLI wrote no report: ${stderr.join('')}`);
    const loads = [];
    const loadCpus = [];
    let last;
    for (let run = 0; run < RUNS; run++) {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      const cpuStart = chromiumCpu();
      const start = performance.now();
      await page.goto(pathToFileURL(file).href, { timeout: 120_000 });
      await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 });
      loads.push(performance.now() - start);
      loadCpus.push(chromiumCpu() - cpuStart);
      if (errors.length > 0) throw new Error(errors.join('\n'));
      if (run < RUNS - 1) await page.close();
      else last = page;
    }
    const page = last;
    const timings = await page.evaluate(() => window.tongchouReport.timings);
    const counts = await page.evaluate(() => {
      const data = JSON.parse(document.getElementById('tc-data').textContent);
      return { occurrences: data.occurrences.length, findings: data.findings.length, lanes: window.tongchouReport.lanes() };
    });
    // Scrolling: each step moves the view, waits for the frame that redraws it, reads the draw time.
    const draws = await page.evaluate(async () => {
      const body = document.getElementById('tl-body');
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const out = [];
      for (let i = 0; i < 80; i++) {
        body.scrollLeft += i % 2 === 0 ? 1200 : 0;
        body.scrollTop += i % 2 === 1 ? 300 : 0;
        await frame();
        out.push(window.tongchouReport.timings.render);
      }
      return out;
    });
    const timed = async (action) => {
      const t = performance.now();
      await action();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      return performance.now() - t;
    };
    const laneSwitch = await timed(() => page.check('input[name=lanes][value=room]'));
    const filter = await timed(() => page.selectOption('#f-severity', 'error'));
    const select = await timed(() => page.click('.finding:not([hidden])'));
    rows.push({
      label,
      occurrences: counts.occurrences,
      findings: counts.findings,
      lanes: counts.lanes,
      html: statSync(file).size,
      write,
      writeCpu,
      load: median(loads),
      loadCpu: median(loadCpus),
      timings,
      draw: median(draws),
      drawMax: Math.max(...draws),
      laneSwitch,
      filter,
      select,
      files: manifest?.files,
    });
    await page.close();
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}

console.log(`Chromium ${spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim()}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, median of ${RUNS} loads, load average ${loadavg()[0].toFixed(1)} at the end\n`);
console.log('| size | occurrences | findings | report file | `check --format html` wall (CPU) | open → ready wall (Chromium CPU) | of which JSON.parse / list / layout / first draw | draw while scrolling (median / worst) | lane switch | filter | click a finding |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const t = r.timings;
  console.log(
    `| ${r.label} | ${r.occurrences} | ${r.findings} | ${(r.html / 1e6).toFixed(1)} MB | ${(r.write / 1000).toFixed(1)} s (${(r.writeCpu / 1000).toFixed(1)} s) | ${ms(r.load)} (${ms(r.loadCpu)}) | ${ms(t.parse)} / ${ms(t.list)} / ${ms(t.layout)} / ${ms(t.render)} | ${r.draw.toFixed(1)} / ${r.drawMax.toFixed(1)} ms | ${ms(r.laneSwitch)} | ${ms(r.filter)} | ${ms(r.select)} |`,
  );
}
