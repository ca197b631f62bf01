/**
 * The report's style sheet, inlined into the page. System fonts only (nothing is fetched: district
 * intranets have no internet). Severity is told by colour and by shape together — a solid outline
 * and ✖ for errors, a dashed one and ▲ for warnings, a dotted one and ● for information — so that it
 * survives grey-scale printing and colour blindness (WCAG 2.2 §1.4.1); text colours reach 4.5:1
 * contrast on their backgrounds or better (§1.4.3). Print: A4 landscape, the findings table and
 * each finding's day (the interactive timeline is hidden).
 */

/** The CSS of the HTML report. */
export const REPORT_STYLE = `
:root{--err:#b3261e;--warn:#7a4f00;--info:#0b57a0;--ink:#1a1a1a;--muted:#555555;--line:#c8ccd2;--bg:#fff;--occ:#e6edf7;--occ-ink:#10243e;--weekend:#f4f4f1;--hl:#000}
*{box-sizing:border-box}
html,body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.45 "PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",system-ui,sans-serif}
header{padding:12px 16px 8px;border-bottom:1px solid var(--line)}
h1{font-size:20px;margin:0 0 4px}
h2{font-size:16px;margin:0 0 8px}
h3{font-size:14px;margin:12px 0 4px}
.window{color:var(--muted);margin:0 0 8px}
.counts{display:flex;flex-wrap:wrap;gap:8px;margin:0;padding:0;list-style:none}
.counts li{border:1px solid var(--line);border-radius:4px;padding:2px 10px}
.counts b{font-size:16px;margin-right:4px}
.counts .error b,.sev-error .sev-label{color:var(--err)}
.counts .warning b,.sev-warning .sev-label{color:var(--warn)}
.counts .info b,.sev-info .sev-label{color:var(--info)}
.toolbar{display:flex;flex-wrap:wrap;gap:12px;align-items:center;padding:8px 16px;border-bottom:1px solid var(--line)}
.toolbar fieldset{border:0;margin:0;padding:0;display:flex;gap:6px;align-items:center;flex-wrap:wrap}
.toolbar legend{float:left;margin-right:6px;font-weight:bold}
.toolbar label{white-space:nowrap}
select,button{font:inherit;color:var(--ink);background:#fff;border:1px solid #767676;border-radius:3px;padding:2px 6px}
button{cursor:pointer}
:focus-visible{outline:3px solid #1a73e8;outline-offset:1px}
.shown{color:var(--muted)}
main{display:grid;grid-template-columns:minmax(280px,380px) 1fr;gap:0;min-height:0}
#findings-pane{border-right:1px solid var(--line);padding:8px 12px;overflow:auto;max-height:calc(100vh - 170px)}
.hint{color:var(--muted);font-size:12px;margin:0 0 6px}
#findings{outline:none}
.group{margin:0 0 8px}
.group ul{list-style:none;margin:0;padding:0}
.finding{content-visibility:auto;contain-intrinsic-size:auto 96px;display:block;padding:6px 8px;margin:0 0 4px;border:1px solid var(--line);border-left-width:6px;border-radius:3px;cursor:pointer}
.finding.sev-error{border-left-color:var(--err);border-left-style:solid}
.finding.sev-warning{border-left-color:var(--warn);border-left-style:dashed}
.finding.sev-info{border-left-color:var(--info);border-left-style:dotted}
.finding[aria-selected=true]{background:#fff4c2;border-color:var(--hl)}
.finding .meta{display:block;font-size:12px;color:var(--muted)}
.icon{display:inline-block;width:1.2em;text-align:center;font-weight:bold}
.sev-error .icon{color:var(--err)}
.sev-warning .icon{color:var(--warn)}
.sev-info .icon{color:var(--info)}
.sev-label{font-weight:bold;margin-right:4px}
#timeline-pane{min-width:0;padding:8px 12px}
.tl{display:grid;grid-template-columns:160px 1fr;grid-template-rows:40px 1fr;border:1px solid var(--line);height:60vh;min-height:260px}
.tl-corner{border-right:1px solid var(--line);border-bottom:1px solid var(--line);padding:4px;font-size:12px;color:var(--muted)}
.tl-head,.tl-labels{overflow:hidden;position:relative}
.tl-head{border-bottom:1px solid var(--line)}
.tl-labels{border-right:1px solid var(--line)}
.tl-body{overflow:auto;position:relative}
.tl-space{position:relative}
.tl-inner{position:absolute;left:0;top:0}
.tl-labels .tl-inner{right:0}
.day{position:absolute;top:0;height:40px;border-left:1px solid var(--line);font-size:12px;padding:2px 4px;white-space:nowrap;overflow:hidden}
.day.weekend{background:var(--weekend)}
.hour{position:absolute;top:22px;font-size:11px;color:var(--muted);border-left:1px solid #e3e3e3;padding-left:2px}
.grid{position:absolute;top:0;bottom:0;width:0;border-left:1px solid #e3e3e3}
.grid.weekend{border-left:0;background:var(--weekend)}
.lane-label{position:absolute;left:0;right:0;padding:2px 6px;font-size:12px;border-bottom:1px solid #eee;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.lane-line{position:absolute;left:0;right:0;height:0;border-top:1px solid #eee}
.occ{position:absolute;height:20px;font-size:12px;line-height:18px;padding:0 2px;background:var(--occ);color:var(--occ-ink);border:1px solid #9fb3cf;border-radius:2px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;cursor:pointer;min-width:3px}
.occ.ad{background:#eef3e6;border-color:#a7bb88}
.occ.tn{background:repeating-linear-gradient(135deg,#e6edf7,#e6edf7 4px,#fff 4px,#fff 8px)}
.occ.fr{opacity:.75;border-style:dotted}
.occ.cx{text-decoration:line-through;color:#555;background:#f1f1f1}
.occ.sev-error{border:2px solid var(--err);line-height:16px}
.occ.sev-warning{border:2px dashed var(--warn);line-height:16px}
.occ.sev-info{border:2px dotted var(--info);line-height:16px}
.occ.hl{box-shadow:0 0 0 2px #ffd400,0 0 0 4px var(--hl);z-index:2;background:#fff4c2}
.occ.sel{box-shadow:0 0 0 3px #1a73e8;z-index:3}
.tl-svg{position:absolute;pointer-events:none;overflow:visible;z-index:4}
.tl-svg .arrow{stroke:var(--err);stroke-width:2;fill:none}
.tl-svg .arrow.hl{stroke-width:4}
.tl-svg .earliest{stroke:var(--err);stroke-width:2;stroke-dasharray:4 3}
.tl-svg text{font-size:11px;fill:var(--err);paint-order:stroke;stroke:#fff;stroke-width:3px}
#details{margin-top:8px;border:1px solid var(--line);padding:8px 12px;min-height:80px}
#details dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}
#details dt{color:var(--muted)}
#details dd{margin:0}
#details ul{margin:4px 0;padding-left:18px}
#details .occ-link{background:none;border:0;padding:0;color:#0b57a0;text-decoration:underline;text-align:left}
#problems{padding:8px 16px;border-top:1px solid var(--line)}
#problems li{margin:2px 0}
footer{padding:8px 16px;color:var(--muted);font-size:12px}
#print{display:none}
@page{size:A4 landscape;margin:12mm}
@media print{
  html,body{font-size:10pt}
  .toolbar,main,#problems .hint,footer{display:none}
  header{border:0;padding:0 0 6px}
  #print{display:block}
  #print table{width:100%;border-collapse:collapse;margin-bottom:8px}
  #print th,#print td{border:1px solid #999;padding:3px 5px;text-align:left;vertical-align:top}
  #print thead{display:table-header-group}
  #print tr,.pday{break-inside:avoid}
  .pday{margin:6px 0 10px}
  .plane{position:relative;height:22px;border-bottom:1px solid #ddd}
  .plabel{position:absolute;left:0;width:120px;font-size:9pt;overflow:hidden;white-space:nowrap}
  .ptrack{position:absolute;left:124px;right:0;top:0;bottom:0}
  .ptrack .occ{height:18px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
  #print td:first-child,#print td:nth-child(3){white-space:nowrap}
  .pscale{position:relative;height:14px;margin-left:124px;font-size:8pt;color:#444}
  .pscale span{position:absolute}
}
`;
