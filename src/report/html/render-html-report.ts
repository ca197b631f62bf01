/**
 * The self-contained HTML report: one file with its style, script and data inline, that works
 * offline from a `file://` URL (district intranets have no internet) and fetches nothing — a
 * Content-Security-Policy of `default-src 'none'` makes the browser refuse any request the page
 * might otherwise make. The static parts (heading, counts, input problems) are written here, each
 * text escaped; the timeline and the findings list are drawn by the page script from the data.
 */
import { DateTime } from 'luxon';
import type { Lang } from '../../messages/catalog.js';
import type { ReportMessages } from '../../messages/report-catalog.js';
import type { Severity } from '../../model/problem.js';
import { embedJson } from './embed-json.js';
import { escapeHtml } from './escape-html.js';
import { buildPageData, type HtmlReportInput, type PageData } from './page-data.js';
import { REPORT_SCRIPT } from './report-script.js';
import { REPORT_STYLE } from './report-style.js';

/** Options of {@link renderHtmlReport}. */
export interface HtmlReportOptions {
  /** Language of the labels and messages; default `zh-CN`. */
  readonly lang?: Lang | undefined;
}

// Inline style and script are the page's own; nothing else may load, not even an image.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * Renders a report as one self-contained HTML page: summary counts, filters (severity, office,
 * level, rule kind, person), a findings list grouped by severity, and a timeline of the window with
 * swim lanes per person, room or calendar on which each finding is drawn.
 * @param input - the report, and the occurrences and config parts behind it (see {@link HtmlReportInput})
 * @param options - language
 * @returns the HTML document
 * @example
 * const html = renderHtmlReport({ report, occurrences, people: config.people, locations: config.locations, rules: config.rules });
 * html.startsWith('<!DOCTYPE html>')
 * //=> true
 */
export function renderHtmlReport(input: HtmlReportInput, options: HtmlReportOptions = {}): string {
  const lang = options.lang ?? 'zh-CN';
  const data = buildPageData(input, lang);
  const t = data.text;
  const e = escapeHtml;
  const windowText = t.window
    .replace('{from}', dayText(data.window.from, data.window.timezone, lang, t))
    .replace('{to}', dayText(data.window.to, data.window.timezone, lang, t))
    .replace('{zone}', data.window.timezone);
  const select = (name: keyof ReportMessages['filters'] & ('severity' | 'office' | 'level' | 'kind' | 'person')) =>
    `<label>${e(t.filters[name])} <select id="f-${name}" data-filter="${name}"><option value="">${e(t.filters.all)}</option></select></label>`;
  const lane = (mode: 'person' | 'room' | 'calendar', checked: boolean) =>
    `<label><input type="radio" name="lanes" value="${mode}"${checked ? ' checked' : ''}> ${e(t.lanes[mode])}</label>`;

  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="tongchou">
<title>${e(t.title)} ${e(data.window.from)}–${e(data.window.to)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header>
<h1>${e(t.title)}</h1>
<p class="window">${e(windowText)}</p>
${counts(data)}
</header>
<div class="toolbar">
<fieldset id="lanes"><legend>${e(t.lanes.label)}</legend>${lane('person', true)}${lane('room', false)}${lane('calendar', false)}</fieldset>
<fieldset id="filters"><legend>${e(t.filters.heading)}</legend>${select('severity')}${select('office')}${select('level')}${select('kind')}${select('person')}<button type="button" id="f-reset">${e(t.filters.reset)}</button></fieldset>
<span id="shown" class="shown" aria-live="polite"></span>
<button type="button" id="zoom-out" aria-label="${e(t.zoomOut)}">−</button><button type="button" id="zoom-in" aria-label="${e(t.zoomIn)}">+</button>
<button type="button" id="print-btn">${e(t.print)}</button>
</div>
<main>
<section id="findings-pane" aria-labelledby="findings-h">
<h2 id="findings-h">${e(t.findingsHeading)}</h2>
<p class="hint">${e(t.findingsHint)}</p>
<div id="findings" role="listbox" aria-labelledby="findings-h"></div>
</section>
<section id="timeline-pane" aria-labelledby="timeline-h">
<h2 id="timeline-h">${e(t.timelineHeading)}</h2>
<div class="tl">
<div class="tl-corner">${e(t.lanes.label)}</div>
<div class="tl-head"><div class="tl-inner" id="tl-head-inner"></div></div>
<div class="tl-labels"><div class="tl-inner" id="tl-labels-inner"></div></div>
<div class="tl-body" id="tl-body" tabindex="0" aria-label="${e(t.timelineHeading)}"><div class="tl-space" id="tl-space"><div id="tl-items"></div><svg id="tl-svg" class="tl-svg" aria-hidden="true"></svg></div></div>
</div>
<aside id="details" aria-live="polite"><h2>${e(t.details.heading)}</h2><p class="hint">${e(t.details.hint)}</p></aside>
</section>
</main>
${problems(data)}
<div id="print"></div>
<footer>${e(t.generatedBy)}</footer>
<script type="application/json" id="tc-data">${embedJson(data)}</script>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

/** The counts at the top, written statically so that they show (and print) before any script runs. */
function counts(data: PageData): string {
  const t = data.text;
  const { summary } = data;
  const item = (key: string, value: number, label: string, cls = '') =>
    `<li data-count="${key}"${cls === '' ? '' : ` class="${cls}"`}><b>${value}</b>${escapeHtml(label)}</li>`;
  const severities: readonly Severity[] = ['error', 'warning', 'info'];
  return `<ul class="counts" id="counts">${[
    item('calendars', summary.calendars, t.summary.calendars),
    item('occurrences', summary.occurrences, t.summary.occurrences),
    item('findings', summary.findings.total, t.summary.findings),
    ...severities.map((s) => item(s, summary.findings[s], t.severity[s], s)),
    item('problems', data.problems.length, t.summary.problems),
  ].join('')}</ul>`;
}

function problems(data: PageData): string {
  if (data.problems.length === 0) return '';
  const rows = data.problems
    .map((p) => `<li class="sev-${p.severity}"><span class="sev-label">${escapeHtml(data.text.severity[p.severity])}</span> <code>${escapeHtml(p.where)}</code> ${escapeHtml(p.message)}</li>`)
    .join('\n');
  return `<section id="problems" aria-labelledby="problems-h"><h2 id="problems-h">${escapeHtml(data.text.problemsHeading)}</h2><ul>\n${rows}\n</ul></section>`;
}

/** `2022年4月1日 星期五` / `Fri 1 Apr 2022`. */
function dayText(date: string, zone: string, lang: Lang, t: ReportMessages): string {
  const d = DateTime.fromISO(date, { zone });
  if (!d.isValid) return date;
  return lang === 'zh-CN'
    ? `${d.year}年${d.month}月${d.day}日 ${t.weekdays[d.weekday - 1] ?? ''}`
    : `${t.weekdaysShort[d.weekday - 1] ?? ''} ${d.day} ${t.months[d.month - 1] ?? ''} ${d.year}`;
}
