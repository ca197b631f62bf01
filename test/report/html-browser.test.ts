/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core, the committed
 * example report opened from a file:// URL as office staff open it. One browser for the file, pages
 * reused. Checks the counts, selecting a finding (highlight, scroll, arrow), an occurrence's
 * details, the lane modes, filters, keyboard navigation, the print layout, hostile calendar text,
 * and that the page made no request and logged no error. Screenshots go to test-output/report/.
 *
 * Chromium is required, not optional: without it every test here fails with the reason (CI installs
 * it with apt-get). Never `npx playwright install`: the browser is the system's.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { checkOccurrences } from '../../src/check/check-occurrences.js';
import { renderHtmlReport } from '../../src/report/html/render-html-report.js';
import { EXAMPLE_REPORT, exampleInput, root } from './example-input.js';
import { xssInput } from './html/xss-input.js';

const CHROMIUM = process.env.TONGCHOU_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const OUT = join(root, 'test-output', 'report');
const update = process.env.TONGCHOU_UPDATE_EXAMPLE === '1';

jest.setTimeout(60_000);

// What the example's check finds today (the example grows; the committed page is kept equal to the
// generator by example-report.test.ts), to compare the page's counts with.
const example = exampleInput();
const { summary, findings } = example.report;
const total = summary.findings.total;

let context: BrowserContext | undefined;
let page: Page;
let profile: string | undefined;
/** Every request that tried to leave the page (anything but the file itself). */
const requests: string[] = [];
/** Console errors and uncaught exceptions, per page. */
const errors: string[] = [];

/** Opens a page on a report file and waits until its script has drawn it. */
async function open(file: string): Promise<Page> {
  if (context === undefined) throw new Error('no browser');
  const p = await context.newPage();
  p.on('request', (r) => {
    if (!r.url().startsWith('file:')) requests.push(r.url());
  });
  p.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${file}: ${m.text()}`);
  });
  p.on('pageerror', (e) => errors.push(`${file}: ${String(e)}`));
  await p.goto(pathToFileURL(file).href);
  await p.waitForSelector('html[data-ready="true"]', { timeout: 20_000 });
  return p;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: the HTML report's browser tests need a real browser. ` +
        'Install Debian\'s package (apt-get install chromium) or set TONGCHOU_CHROMIUM to its path; do not run "npx playwright install".',
    );
  }
  mkdirSync(OUT, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'tongchou-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 900 },
    locale: 'zh-CN',
    // A host zone far from Shanghai: the page must show the calendars' own clocks anyway.
    timezoneId: 'America/New_York',
  });
  // Anything but the file itself is refused and recorded, so a stray fetch cannot even succeed.
  await context.route(/^(?!file:)/u, async (route) => {
    requests.push(route.request().url());
    await route.abort();
  });
  page = await open(EXAMPLE_REPORT);
});

afterAll(async () => {
  await context?.close();
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
});

/** The finding indices of the embedded data, by kind. */
async function findingIndex(kind: string, nth = 0): Promise<number> {
  return page.evaluate(
    ([k, n]) => {
      const data = JSON.parse(document.getElementById('tc-data')?.textContent ?? '{}') as { findings: { kind: string }[] };
      return data.findings.map((f, i) => (f.kind === k ? i : -1)).filter((i) => i >= 0)[n as number] ?? -1;
    },
    [kind, nth] as const,
  );
}

/** The copy groups of a finding's occurrences: a person's lane may show their own copy of a cited meeting. */
async function occurrencesOf(finding: number): Promise<number[]> {
  return page.evaluate((i) => {
    const data = JSON.parse(document.getElementById('tc-data')?.textContent ?? '{}') as { findings: { occurrences: number[] }[]; occurrences: number[][] };
    return [...new Set((data.findings[i]?.occurrences ?? []).map((o) => data.occurrences[o]?.[10] ?? -1))];
  }, finding);
}

/** The copy groups (first copy's index) of the occurrences drawn highlighted, each once. */
async function highlighted(): Promise<number[]> {
  const groups = await page.evaluate(() => {
    const data = JSON.parse(document.getElementById('tc-data')?.textContent ?? '{}') as { occurrences: number[][] };
    return [...document.querySelectorAll('.occ.hl')].map((e) => data.occurrences[Number(e.getAttribute('data-occ'))]?.[10] ?? -1);
  });
  return [...new Set(groups)].sort((a, b) => a - b);
}

describe('the example report in Chromium', () => {
  beforeEach(async () => {
    // Each test starts from the page as opened: no filter, lanes per person, screen media.
    await page.emulateMedia({ media: 'screen' });
    await page.click('#f-reset');
    await page.check('input[name=lanes][value=person]');
  });

  test('the counts at the top and the findings grouped by severity', async () => {
    const count = (key: string) => page.textContent(`#counts [data-count="${key}"] b`);
    expect(await count('error')).toBe(String(summary.findings.error));
    expect(await count('warning')).toBe(String(summary.findings.warning));
    expect(await count('info')).toBe(String(summary.findings.info));
    expect(await count('findings')).toBe(String(total));
    expect(await count('calendars')).toBe(String(summary.calendars));
    expect(await count('occurrences')).toBe(String(summary.occurrences));
    expect(summary.findings.error).toBeGreaterThan(0);
    expect(await page.$$eval('.finding', (els) => els.map((e) => e.getAttribute('data-severity')))).toEqual(findings.map((f) => f.severity));
    const groups = (['error', 'warning', 'info'] as const).filter((s) => summary.findings[s] > 0);
    const icon = { error: '✖', warning: '▲', info: '●' };
    const label = { error: '错误', warning: '警告', info: '提示' };
    expect(await page.$$eval('.group h3', (els) => els.map((e) => e.textContent))).toEqual(
      groups.map((s) => `${icon[s]}${label[s]}（${summary.findings[s]}）`),
    );
    expect(await page.textContent('#shown')).toBe(`显示 ${total} / ${total} 个问题`);
  });

  test('clicking the order finding scrolls the timeline to it, highlights both meetings and draws the arrow', async () => {
    const order = await findingIndex('order');
    await page.click(`#f-${order}`);
    expect(await page.getAttribute(`#f-${order}`, 'aria-selected')).toBe('true');
    expect(await highlighted()).toEqual((await occurrencesOf(order)).sort((a, b) => a - b));
    // Both highlighted meetings are inside the visible part of the timeline.
    const body = await page.$eval('#tl-body', (e) => e.getBoundingClientRect().toJSON() as DOMRect);
    for (const box of await page.$$eval('.occ.hl', (els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.left).toBeGreaterThanOrEqual(body.left);
      expect(box.right).toBeLessThanOrEqual(body.right);
      expect(box.top).toBeGreaterThanOrEqual(body.top);
      expect(box.bottom).toBeLessThanOrEqual(body.bottom);
    }
    expect(await page.$$eval(`#tl-svg path.arrow.hl[data-finding="${order}"]`, (els) => els.length)).toBe(1);
    expect(await page.textContent('#tl-svg text')).toBe('◆ 最早可安排 4月21日 周四 11:30');
    expect(await page.textContent('#details')).toContain('江滨区2022年第一次总河长会议');
    // The README's screenshot.
    await page.screenshot({ path: join(OUT, 'q2-2022.png') });
    if (update) copyFileSync(join(OUT, 'q2-2022.png'), join(root, 'examples', 'q2-2022', 'report.png'));
  });

  test('clicking a meeting shows its calendar, office, time on its calendar’s clock, attendees and location', async () => {
    const order = await findingIndex('order');
    await page.click(`#f-${order}`);
    const dependent = await page.evaluate((i) => {
      const data = JSON.parse(document.getElementById('tc-data')?.textContent ?? '{}') as { findings: { order: number[] }[] };
      return data.findings[i]?.order[1];
    }, order);
    await page.click(`.occ.hl[data-occ="${dependent}"]`);
    expect(await page.getAttribute('#details', 'data-occ')).toBe(String(dependent));
    const details = await page.$$eval('#details dt, #details dd', (els) => els.map((e) => e.textContent));
    const field = (name: string) => details[details.indexOf(name) + 1];
    // 区委办 exports UTC; the office reads 15:00 in its calendar, and so does the report (the host is in New York).
    expect(field('时间')).toBe('2022年4月20日 星期三 15:00–17:00');
    expect(field('单位')).toBe('区委办 · 区县级');
    expect(field('日历')).toContain('district-party');
    // As the calendar wrote it (full-width digits from a Chinese IME); lanes use the normalised name.
    expect(field('地点')).toBe('区委大楼３０１会议室');
    expect(field('参会人员')).toContain('周海涛');
    expect(field('时区')).toBe('Asia/Shanghai (UTC+08:00)');
    expect(await page.$$eval('.occ.sel', (els) => els.length)).toBeGreaterThan(0);
  });

  /** The lane label beside each highlighted block. */
  async function lanesOfHighlighted(): Promise<string[]> {
    return page.evaluate(() => {
      const labels = [...document.querySelectorAll('.lane-label')].map((e) => [e.textContent ?? '', e.getBoundingClientRect()] as const);
      return [...document.querySelectorAll('.occ.hl')].map((b) => {
        const mid = (b.getBoundingClientRect().top + b.getBoundingClientRect().bottom) / 2;
        return labels.find(([, r]) => mid >= r.top && mid < r.bottom)?.[0] ?? '?';
      });
    });
  }

  test('switching lanes: per room the venue clash shares one lane, per calendar each meeting is in its office’s lane', async () => {
    const venue = await findingIndex('venue');
    await page.click(`#f-${venue}`);
    await page.check('input[name=lanes][value=room]');
    // Both meetings are drawn in that one lane (stacked, since they overlap), whatever alias they wrote.
    expect(await lanesOfHighlighted()).toEqual(['区政府大楼第一会议室', '区政府大楼第一会议室']);
    expect(await highlighted()).toEqual((await occurrencesOf(venue)).sort((a, b) => a - b));

    await page.check('input[name=lanes][value=calendar]');
    // 区政府办 and 区人大办 both booked the room; their lanes are next to each other (same level).
    expect((await lanesOfHighlighted()).map((name) => name.split(' · ')[0]).sort()).toEqual(['区人大办', '区政府办']);
    const offices = await page.$$eval('.lane-label', (els) => els.map((e) => (e.textContent ?? '').split(' · ')[0]));
    expect(offices.indexOf('市委办')).toBeLessThan(offices.indexOf('区委办'));
    expect(await highlighted()).toEqual((await occurrencesOf(venue)).sort((a, b) => a - b));

    await page.check('input[name=lanes][value=person]');
    const double = await findingIndex('double-booking');
    await page.click(`#f-${double}`);
    const lanes = await lanesOfHighlighted();
    expect(lanes.length).toBeGreaterThanOrEqual(2);
    const people = findings[double]?.people ?? [];
    expect(people).toHaveLength(1);
    // The person's lane holds both meetings (by name: the lane label is the person's name).
    const name = (example.people ?? []).find((p) => p.id === people[0])?.name;
    expect(lanes.filter((l) => l === name)).toHaveLength(2);
  });

  test('filters: by severity, by office, by person; the list, the count and the outlines follow', async () => {
    await page.selectOption('#f-severity', 'warning');
    const warnings = summary.findings.warning;
    expect(warnings).toBeGreaterThan(0);
    expect(await page.$$eval('.finding:not([hidden])', (els) => els.map((e) => e.getAttribute('data-severity')))).toEqual(Array(warnings).fill('warning'));
    expect(await page.textContent('#shown')).toBe(`显示 ${warnings} / ${total} 个问题`);
    expect(await page.isHidden('.group.sev-error')).toBe(true);
    await page.selectOption('#f-severity', '');
    await page.selectOption('#f-kind', 'venue');
    expect(await page.$$eval('.finding:not([hidden])', (els) => els.length)).toBe(findings.filter((f) => f.kind === 'venue').length);
    await page.selectOption('#f-kind', '');
    // Office and level: the findings with a meeting on a calendar of that office / level.
    const visibleIds = () => page.$$eval('.finding:not([hidden])', (els) => els.map((e) => Number(e.getAttribute('data-finding'))));
    const indices = (keep: (f: (typeof findings)[number]) => boolean) => findings.flatMap((f, i) => (keep(f) ? [i] : []));
    await page.selectOption('#f-office', '区政府办');
    const byOffice = indices((f) => f.occurrences.some((o) => o.office === '区政府办'));
    expect(byOffice.length).toBeGreaterThan(0);
    expect(byOffice.length).toBeLessThan(total);
    expect(await visibleIds()).toEqual(byOffice);
    await page.selectOption('#f-office', '');
    const cityCalendars = new Set((example.occurrences ?? []).filter((o) => o.calendar.level === 'city').map((o) => o.calendar.id));
    await page.selectOption('#f-level', 'city');
    const byLevel = indices((f) => f.occurrences.some((o) => cityCalendars.has(o.calendar)));
    expect(byLevel.length).toBeGreaterThan(0);
    expect(await visibleIds()).toEqual(byLevel);
    // The timeline keeps only the city's meetings (seen where the first such finding is).
    await page.click(`#f-${byLevel[0] ?? 0}`);
    const shownCalendars = await page.evaluate(() => {
      const data = JSON.parse(document.getElementById('tc-data')?.textContent ?? '{}') as { occurrences: number[][]; calendars: { id: string }[] };
      return [...document.querySelectorAll('.occ')].map((e) => data.calendars[data.occurrences[Number(e.getAttribute('data-occ'))]?.[0] ?? -1]?.id);
    });
    expect(shownCalendars.length).toBeGreaterThan(0);
    for (const id of shownCalendars) expect(cityCalendars.has(id ?? '')).toBe(true);
    await page.selectOption('#f-level', '');
    // Person 李明: his double booking and his tentative overlap; the timeline keeps only his lane.
    const li = await page.$eval('#f-person', (s) => [...(s as HTMLSelectElement).options].find((o) => o.text === '李明')?.value ?? '');
    await page.selectOption('#f-person', li);
    const shown = await page.$$eval('.finding:not([hidden])', (els) => els.map((e) => e.textContent ?? ''));
    expect(shown.length).toBeGreaterThanOrEqual(2);
    for (const text of shown) expect(text).toContain('李明');
    expect(await page.evaluate(() => (window as unknown as { tongchouReport: { lanes(): number } }).tongchouReport.lanes())).toBe(1);
    await page.click('#f-reset');
    expect(await page.textContent('#shown')).toBe(`显示 ${total} / ${total} 个问题`);
    expect(await page.$$eval('.finding:not([hidden])', (els) => els.length)).toBe(total);
  });

  test('keyboard: arrow keys move through the findings, Enter selects', async () => {
    await page.focus('#f-0');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-2');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#f-2', 'aria-selected')).toBe('true');
    expect(await highlighted()).toEqual((await occurrencesOf(2)).sort((a, b) => a - b));
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`f-${total - 1}`);
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-0');
    // Only one finding is in the tab order at a time (roving tabindex).
    expect(await page.$$eval('.finding[tabindex="0"]', (els) => els.length)).toBe(1);
  });

  test('print: A4 landscape with the findings table and each finding’s day', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(() => document.querySelectorAll('#print tbody tr').length > 0);
    expect(await page.$$eval('#print tbody tr', (els) => els.length)).toBe(total);
    const days = await page.$$eval('#print .pday h3', (els) => els.map((e) => e.textContent));
    expect(days).toContain('当日日程：2022年4月20日 星期三');
    expect(await page.isVisible('#print')).toBe(true);
    expect(await page.isHidden('main')).toBe(true);
    // The order finding's day shows both its meeting and the outline of its severity.
    expect(await page.$$eval('#print .pday .occ.sev-error', (els) => els.length)).toBeGreaterThan(0);
    const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    writeFileSync(join(OUT, 'q2-2022-print.pdf'), pdf);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('the English report in Chromium', () => {
  test('labels, dates and the meeting details in English', async () => {
    const file = join(OUT, 'q2-2022-en.html');
    writeFileSync(file, renderHtmlReport(example, { lang: 'en' }));
    const p = await open(file);
    expect(await p.textContent('#findings-h')).toBe('Findings');
    expect(await p.textContent('#shown')).toBe(`showing ${total} of ${total} findings`);
    const order = findings.findIndex((f) => f.kind === 'order');
    await p.click(`#f-${order}`);
    expect(await p.textContent('#tl-svg text')).toBe('◆ earliest start Thu 21 Apr 11:30');
    await p.click('#details .occ-link');
    const details = await p.$$eval('#details dt, #details dd', (els) => els.map((e) => e.textContent));
    expect(details[details.indexOf('Time') + 1]).toBe('Wed 20 Apr 2022 15:00–17:00');
    expect(details[details.indexOf('Office') + 1]).toBe('区委办 · District');
    await p.close();
  });
});

describe('hostile calendar text in Chromium', () => {
  test('a SUMMARY with </script><script> and a LOCATION with <img onerror> are shown as text and never run', async () => {
    const file = join(OUT, 'script-in-summary.html');
    writeFileSync(file, renderHtmlReport(xssInput()));
    const p = await open(file);
    expect(await p.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await p.click('#f-0');
    const blocks = await p.$$eval('.occ.hl', (els) => els.map((e) => e.textContent ?? ''));
    expect(blocks.some((t) => t.includes('</script><script>window.__xss=1</script>专题会'))).toBe(true);
    await p.click('.occ.hl');
    const details = await p.$$eval('#details dd', (els) => els.map((e) => e.textContent));
    expect(details).toContain('<img src=x onerror="window.__xss=2">会议室');
    expect(await p.$$eval('#details img, #details svg, .occ img', (els) => els.length)).toBe(0);
    expect(await p.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await p.close();
  });
});

describe('an empty check in Chromium', () => {
  test('no calendars, no findings: the page says so and draws an empty timeline without error', async () => {
    const file = join(OUT, 'empty.html');
    const report = checkOccurrences({ occurrences: [], config: { timezone: 'Asia/Shanghai', rules: [] }, window: { from: '2022-05-01', to: '2022-05-31' } });
    writeFileSync(file, renderHtmlReport({ report, occurrences: [] }));
    const p = await open(file);
    expect(await p.textContent('#findings')).toBe('未发现冲突。');
    expect(await p.textContent('#counts [data-count="findings"] b')).toBe('0');
    expect(await p.$$eval('.day', (els) => els.length)).toBeGreaterThan(0);
    await p.check('input[name=lanes][value=calendar]');
    await p.emulateMedia({ media: 'print' });
    await p.waitForFunction(() => document.querySelector('#print h2') !== null);
    expect(await p.$$eval('#print tbody tr', (els) => els.length)).toBe(0);
    await p.close();
  });
});

describe('nothing left the page', () => {
  test('no request other than the file, and no console error', () => {
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
