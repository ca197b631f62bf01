/**
 * The HTML document as text: self-contained (nothing that could fetch), calendar text escaped or
 * embedded safely, counts written statically, both languages, and a page script that stays ES2017.
 * What the page does in a browser is tested in test/report/html-browser.test.ts.
 */
import ts from 'typescript';
import { renderHtmlReport } from '../../../src/report/html/render-html-report.js';
import { REPORT_SCRIPT } from '../../../src/report/html/report-script.js';
import { REPORT_STYLE } from '../../../src/report/html/report-style.js';
import type { PageData } from '../../../src/report/html/page-data.js';
import { exampleInput } from '../example-input.js';
import { xssInput } from './xss-input.js';

const example = exampleInput();
const zh = renderHtmlReport(example);
const en = renderHtmlReport(example, { lang: 'en' });

/** The embedded data, parsed back. */
function dataOf(html: string): PageData {
  const match = /<script type="application\/json" id="tc-data">([\s\S]*?)<\/script>/u.exec(html);
  if (match === null) throw new Error('no data script');
  return JSON.parse(match[1] as string) as PageData;
}

describe('renderHtmlReport: one self-contained file', () => {
  test('nothing in it can fetch: no src/href attributes, no <link>, no CSS url() or @import, a CSP of default-src none', () => {
    for (const html of [zh, en]) {
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).not.toMatch(/\s(src|href|srcset|action|poster)\s*=/iu);
      expect(html).not.toMatch(/<link|<iframe|<img|<object|<embed/iu);
      expect(REPORT_STYLE).not.toMatch(/url\(|@import/u);
      // The only url() is the SVG arrowhead marker, a reference inside the page.
      expect(html.match(/url\([^)]*\)/gu)).toEqual(['url(#ah)']);
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
      expect(html.match(/<script/gu)).toHaveLength(2);
    }
  });

  test('zh-CN by default (labels, lang attribute, Chinese dates); English with lang en', () => {
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('检查时段 2022年4月1日 星期五 至 2022年6月30日 星期四（Asia/Shanghai）');
    expect(dataOf(zh).findings[0]?.message).toContain('最早可安排在 4月21日 11:30');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Window Fri 1 Apr 2022 to Thu 30 Jun 2022 (Asia/Shanghai)');
    expect(dataOf(en).lang).toBe('en');
    expect(dataOf(en).text.severity.error).toBe('Error');
  });

  test('the summary counts are in the markup, before any script runs', () => {
    const count = (key: string) => new RegExp(`data-count="${key}"[^>]*><b>(\\d+)</b>`, 'u').exec(zh)?.[1];
    const { summary } = example.report;
    expect(count('calendars')).toBe(String(summary.calendars));
    expect(count('occurrences')).toBe(String(summary.occurrences));
    expect(summary.findings.error).toBeGreaterThan(0);
    expect(count('error')).toBe(String(summary.findings.error));
    expect(count('warning')).toBe(String(summary.findings.warning));
    expect(count('info')).toBe(String(summary.findings.info));
    expect(count('findings')).toBe(String(example.report.findings.length));
    expect(count('problems')).toBe(String(example.report.problems.length));
  });

  test('the same input gives the same bytes (the committed example report can be compared)', () => {
    expect(renderHtmlReport(exampleInput())).toBe(zh);
  });
});

describe('renderHtmlReport: calendar text from outside is never markup', () => {
  const input = xssInput();
  const html = renderHtmlReport(input);

  test('the hostile calendar gives a finding whose texts carry markup', () => {
    expect(input.report.findings.map((f) => f.kind)).toEqual(['double-booking']);
    expect(input.occurrences?.[0]?.summary).toContain('</script>');
  });

  test('no script, tag or comment opener from the data survives into the markup', () => {
    expect(html.match(/<script/gu)).toHaveLength(2);
    // The hostile texts are there only as JSON escapes (\u003c) and entities, never after a `<`.
    expect(html).not.toMatch(/<[^>]*window\.__xss/u);
    expect(html).not.toMatch(/<svg onload|<img |<!-- <script>|<b>恶意/u);
    expect(html).not.toContain('\u2028');
  });

  test('the embedded data gives the texts back exactly as the calendar wrote them', () => {
    const data = dataOf(html);
    expect(data.strings).toContain('</script><script>window.__xss=1</script>专题会');
    expect(data.strings).toContain('<img src=x onerror="window.__xss=2">会议室');
    expect(data.strings.some((s) => s.startsWith('<!-- <script> 调研') && s.includes('\u2028'))).toBe(true);
    expect(data.calendars[0]?.office).toBe('<i>办公室</i>');
    expect(data.findings[0]?.message).toContain('</script>');
  });

  test('input problems shown statically are escaped', () => {
    const withProblem = renderHtmlReport({
      report: {
        ...input.report,
        problems: [{ code: 'missing-source', severity: 'error', source: { file: '<b>c.json</b>', path: ['calendars', 0, 'file'] }, data: { calendar: 'x', file: '<script>y</script>.ics' } }],
      },
    });
    expect(withProblem).toContain('&lt;b&gt;c.json&lt;/b&gt;');
    expect(withProblem).toContain('&lt;script&gt;y&lt;/script&gt;.ics');
    expect(withProblem.match(/<script/gu)).toHaveLength(2);
  });
});

describe('the style sheet', () => {
  const colour = (name: string) => {
    const match = new RegExp(`--${name}:(#[0-9a-f]{6})`, 'u').exec(REPORT_STYLE);
    if (match === null) throw new Error(`no colour --${name}`);
    return match[1] as string;
  };
  // WCAG 2.2 relative luminance and contrast ratio (§1.4.3: 4.5:1 for text).
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
    return (x + 0.05) / (y + 0.05);
  };

  test.each([
    ['err', '#ffffff'],
    ['warn', '#ffffff'],
    ['info', '#ffffff'],
    ['muted', '#ffffff'],
    ['ink', '#ffffff'],
    ['err', '#fff4c2'],
    ['warn', '#fff4c2'],
    ['muted', '#f4f4f1'],
  ])('text in --%s on %s has at least 4.5:1 contrast', (name, background) => {
    expect(contrast(colour(name), background)).toBeGreaterThanOrEqual(4.5);
  });

  test('meeting blocks: text on the block colour has at least 4.5:1', () => {
    expect(contrast(colour('occ-ink'), colour('occ'))).toBeGreaterThanOrEqual(4.5);
  });

  test('severity has a shape besides its colour: outline styles differ, and each has its own icon', () => {
    expect(REPORT_STYLE).toContain('.occ.sev-error{border:2px solid');
    expect(REPORT_STYLE).toContain('.occ.sev-warning{border:2px dashed');
    expect(REPORT_STYLE).toContain('.occ.sev-info{border:2px dotted');
    expect(REPORT_SCRIPT).toContain("var ICON = { error: '\\u2716', warning: '\\u25B2', info: '\\u25CF' };");
  });

  test('print: A4 landscape', () => {
    expect(REPORT_STYLE).toContain('@page{size:A4 landscape');
  });
});

describe('the page script', () => {
  test('is plain ES2017: compiling it for ES2017 changes nothing that compiling for ESNext keeps', () => {
    const emit = (target: ts.ScriptTarget) =>
      ts.transpileModule(REPORT_SCRIPT, { compilerOptions: { target, module: ts.ModuleKind.None, removeComments: true } }).outputText;
    expect(emit(ts.ScriptTarget.ES2017)).toBe(emit(ts.ScriptTarget.ESNext));
    // And the check above can fail: optional chaining is downlevelled for ES2017.
    const modern = 'var a = {}; var b = a?.c ?? 1;';
    expect(ts.transpileModule(modern, { compilerOptions: { target: ts.ScriptTarget.ES2017 } }).outputText).not.toBe(
      ts.transpileModule(modern, { compilerOptions: { target: ts.ScriptTarget.ESNext } }).outputText,
    );
  });

  test('cannot end its own script element, and sets calendar text only as text', () => {
    expect(REPORT_SCRIPT).not.toMatch(/<\/script|<!--/iu);
    // innerHTML only for the fixed arrowhead marker, never for data.
    expect(REPORT_SCRIPT.match(/innerHTML/gu)).toHaveLength(1);
    expect(REPORT_SCRIPT).toMatch(/defs\.innerHTML = '<marker id="ah"[^']*'/u);
    expect(REPORT_SCRIPT).not.toMatch(/insertAdjacentHTML|outerHTML|document\.write|eval\(|new Function/u);
  });

  test('stays small', () => {
    expect(REPORT_SCRIPT.length).toBeLessThan(32_000);
  });
});
