/**
 * The page script of the HTML report, inlined as text. Plain ES2017 with no library, so that it runs
 * in the browsers of government offices as they are (and from a `file://` URL, offline).
 *
 * It reads the embedded data (see `page-data.ts`), lays the occurrences out in swim lanes (per
 * person, room or calendar; overlapping meetings of one lane stacked in sub-rows), and draws only
 * what is in view: the lanes and the stretch of time visible in the scrolled timeline are found by
 * binary search, so a year of 100 000 occurrences scrolls as smoothly as a quarter of 80. All text
 * from calendars is set through `textContent`, never parsed as HTML.
 *
 * Times: the data gives minutes from the window start plus each occurrence's UTC offset; the civil
 * date and clock time are computed from those numbers alone (no `Date`), so the zone of the machine
 * the page is opened on never shows.
 */

/** The page script (JavaScript source). */
export const REPORT_SCRIPT = String.raw`
(function () {
  'use strict';
  var t0 = performance.now();
  var D = JSON.parse(document.getElementById('tc-data').textContent);
  var timings = { parse: performance.now() - t0 };
  var T = D.text, S = D.strings, O = D.occurrences, F = D.findings, C = D.calendars;
  var SEVS = ['error', 'warning', 'info'];
  var RANK = { error: 0, warning: 1, info: 2 };
  var ICON = { error: '\u2716', warning: '\u25B2', info: '\u25CF' };
  // TOP leaves room above the first lane for the arrows of order findings and their labels.
  var ROW = 24, PAD = 4, TOP = 30, ZOOMS = [1, 2, 4, 8, 16, 24, 32, 48, 64, 128];
  var state = { mode: 'person', zoom: 5, sel: -1, occ: -1, f: { severity: '', office: '', level: '', kind: '', person: '' } };
  var $ = function (id) { return document.getElementById(id); };
  var body = $('tl-body'), space = $('tl-space'), items = $('tl-items'), svg = $('tl-svg');
  var headInner = $('tl-head-inner'), labelsInner = $('tl-labels-inner');
  var SVGNS = 'http://www.w3.org/2000/svg';

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function fill(s, vars) {
    return s.replace(/\{(\w+)\}/g, function (m, k) { return vars[k] !== undefined ? String(vars[k]) : m; });
  }
  function pad(n) { return n < 10 ? '0' + n : String(n); }
  function paren(s) { return D.lang === 'zh-CN' ? '（' + s + '）' : ' (' + s + ')'; }
  function str(i) { return i < 0 ? null : S[i]; }

  // --- dates, in Chinese order for zh-CN (2022年5月10日 星期二 09:00) ---
  function parts(min, offset) {
    // Civil date from days since 1970-01-01 (H. Hinnant's days_from_civil, inverted): no Date, so
    // nothing can consult the zone of the machine the page is opened on.
    var local = D.origin / 60000 + min + offset, days = Math.floor(local / 1440), mod = local - days * 1440;
    var z = days + 719468, era = Math.floor(z / 146097), doe = z - era * 146097;
    var yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    var doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)), mp = Math.floor((5 * doy + 2) / 153);
    var m = mp < 10 ? mp + 3 : mp - 9;
    return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m: m, d: doy - Math.floor((153 * mp + 2) / 5) + 1, wd: ((days % 7) + 10) % 7 + 1, h: Math.floor(mod / 60), mi: Math.round(mod % 60) };
  }
  function dateText(p) {
    return D.lang === 'zh-CN'
      ? p.y + '年' + p.m + '月' + p.d + '日 ' + T.weekdays[p.wd - 1]
      : T.weekdaysShort[p.wd - 1] + ' ' + p.d + ' ' + T.months[p.m - 1] + ' ' + p.y;
  }
  function clock(p) { return pad(p.h) + ':' + pad(p.mi); }
  function spanText(i) {
    var o = O[i], s = parts(o[1], o[3]), e = parts(o[2], o[4]);
    if (o[8] & 1) {
      var last = parts(o[2] - 1, o[4]);
      var same = last.y === s.y && last.m === s.m && last.d === s.d;
      return dateText(s) + (same || o[2] <= o[1] ? '' : ' – ' + dateText(last)) + paren(T.allDay);
    }
    if (s.y === e.y && s.m === e.m && s.d === e.d) return dateText(s) + ' ' + clock(s) + '–' + clock(e);
    return dateText(s) + ' ' + clock(s) + ' – ' + dateText(e) + ' ' + clock(e);
  }
  function shortDay(p) {
    return D.lang === 'zh-CN' ? p.m + '月' + p.d + '日 ' + T.weekdaysShort[p.wd - 1] : T.weekdaysShort[p.wd - 1] + ' ' + p.d + ' ' + T.months[p.m - 1];
  }

  // --- filters ---
  var occSev = new Int8Array(O.length);
  function passes(f) {
    var q = state.f, i;
    if (q.severity && f.severity !== q.severity) return false;
    if (q.kind && f.ruleKind !== q.kind) return false;
    if (q.person !== '' && f.people.indexOf(+q.person) < 0) return false;
    if (q.office) {
      for (i = 0; i < f.occurrences.length; i++) if (C[O[f.occurrences[i]][0]].office === q.office) break;
      if (i === f.occurrences.length) return false;
    }
    if (q.level) {
      for (i = 0; i < f.occurrences.length; i++) if (C[O[f.occurrences[i]][0]].level === q.level) break;
      if (i === f.occurrences.length) return false;
    }
    return true;
  }
  function occShown(o) {
    var q = state.f, c = C[o[0]];
    if (q.office && c.office !== q.office) return false;
    if (q.level && c.level !== q.level) return false;
    if (q.person !== '' && o[11].indexOf(+q.person) < 0) return false;
    return true;
  }
  var passing = [];
  function applyFilters() {
    passing = [];
    occSev = new Int8Array(O.length);
    for (var i = 0; i < F.length; i++) {
      var ok = passes(F[i]);
      passing[i] = ok;
      var item = $('f-' + i);
      if (item) item.hidden = !ok;
      if (!ok) continue;
      var r = 3 - RANK[F[i].severity];
      for (var j = 0; j < F[i].occurrences.length; j++) {
        var k = F[i].occurrences[j];
        if (occSev[O[k][10]] < r) occSev[O[k][10]] = r;
      }
    }
    var shown = passing.filter(Boolean).length;
    $('shown').textContent = fill(T.summary.shown, { shown: shown, total: F.length });
    var groups = document.querySelectorAll('.group');
    for (var g = 0; g < groups.length; g++) groups[g].hidden = groups[g].querySelectorAll('.finding:not([hidden])').length === 0;
    layout();
    render();
  }

  // --- lanes ---
  // Lane and sub-row of each meeting, by copy group (the index of its first copy): a finding may cite
  // the copy on an office calendar while a person's lane shows the one on their own schedule.
  var lanes = [], occLane = new Int32Array(O.length), occSub = new Int32Array(O.length), total = 0;
  function G(i) { return O[i][10]; }
  function laneName(id) {
    if (state.mode === 'calendar') {
      var c = C[id];
      return c.office ? c.office + ' · ' + c.name : c.name;
    }
    if (id < 0) return state.mode === 'person' ? T.noPerson : T.noRoom;
    return state.mode === 'person' ? D.people[id] : D.rooms[id];
  }
  function layout() {
    var l0 = performance.now();
    layout1();
    timings.layout = performance.now() - l0;
  }
  function layout1() {
    var byId = {}, order = [], i, j, q = state.f;
    occLane.fill(-1);
    for (i = 0; i < O.length; i++) {
      var o = O[i];
      if (!occShown(o)) continue;
      var ids = state.mode === 'calendar' ? [o[0]] : state.mode === 'person' ? o[11] : o[12];
      if (ids.length === 0) ids = [-1];
      for (j = 0; j < ids.length; j++) {
        var id = ids[j];
        if (state.mode === 'person' && q.person !== '' && id !== +q.person) continue;
        var lane = byId[id];
        if (!lane) {
          lane = byId[id] = { id: id, items: [], starts: [], sub: [], groups: {}, ends: [], maxDur: 1 };
          order.push(lane);
        }
        // The same meeting copied onto several calendars is one block per lane (one booking).
        if (state.mode !== 'calendar' && lane.groups[o[10]]) continue;
        lane.groups[o[10]] = true;
        lane.items.push(i);
      }
    }
    order.sort(function (a, b) { return (a.id < 0) - (b.id < 0) || a.id - b.id; });
    var top = TOP;
    for (i = 0; i < order.length; i++) {
      var L = order[i], rowsEnd = [];
      for (j = 0; j < L.items.length; j++) {
        var oc = O[L.items[j]], s = oc[1], e = Math.max(oc[2], s + 1), r = 0;
        while (r < rowsEnd.length && rowsEnd[r] > s) r++;
        rowsEnd[r] = e;
        L.starts.push(s);
        L.sub.push(r);
        if (e - s > L.maxDur) L.maxDur = e - s;
        if (occLane[G(L.items[j])] < 0) { occLane[G(L.items[j])] = i; occSub[G(L.items[j])] = r; }
      }
      L.rows = Math.max(1, rowsEnd.length);
      L.top = top;
      L.height = L.rows * ROW + PAD;
      top += L.height;
    }
    lanes = order;
    total = top;
    space.style.height = Math.max(total, 10) + 'px';
    space.style.width = Math.ceil(D.window.minutes * pxm()) + 'px';
  }
  function pxm() { return ZOOMS[state.zoom] / 60; }
  function firstLane(y) {
    var lo = 0, hi = lanes.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (lanes[mid].top + lanes[mid].height <= y) lo = mid + 1; else hi = mid; }
    return lo;
  }
  function firstItem(L, t) {
    var lo = 0, hi = L.starts.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (L.starts[mid] < t) lo = mid + 1; else hi = mid; }
    return lo;
  }
  function occY(i) { var L = lanes[occLane[G(i)]]; return L.top + occSub[G(i)] * ROW + 2; }

  // --- drawing what is in view ---
  var selSet = {};
  function render() {
    var r0 = performance.now();
    render1();
    timings.render = performance.now() - r0;
    timings.renders = (timings.renders || 0) + 1;
  }
  function render1() {
    var k = pxm(), sl = body.scrollLeft, st = body.scrollTop, w = body.clientWidth, h = body.clientHeight;
    var t0 = sl / k, t1 = (sl + w) / k;
    var frag = document.createDocumentFragment(), labels = document.createDocumentFragment(), head = document.createDocumentFragment();
    var d, i, j;
    for (d = 0; d < D.days.length; d++) {
      var day = D.days[d], next = d + 1 < D.days.length ? D.days[d + 1][0] : D.window.minutes;
      if (next < t0 || day[0] > t1) continue;
      var weekend = day[4] >= 6;
      var cell = el('div', 'day' + (weekend ? ' weekend' : ''), shortDay({ y: day[1], m: day[2], d: day[3], wd: day[4] }));
      cell.style.left = day[0] * k + 'px';
      cell.style.width = (next - day[0]) * k + 'px';
      head.appendChild(cell);
      var g = el('div', 'grid' + (weekend ? ' weekend' : ''));
      g.style.left = day[0] * k + 'px';
      g.style.height = total + 'px';
      if (weekend) g.style.width = (next - day[0]) * k + 'px';
      frag.appendChild(g);
      var step = k * 60 >= 48 ? 1 : k * 60 >= 16 ? 3 : k * 60 >= 8 ? 6 : 0;
      for (var hr = step; step && hr < 24; hr += step) {
        var tick = el('div', 'hour', pad(hr));
        tick.style.left = (day[0] + hr * 60) * k + 'px';
        head.appendChild(tick);
      }
    }
    for (i = firstLane(st); i < lanes.length && lanes[i].top < st + h; i++) {
      var L = lanes[i];
      var lab = el('div', 'lane-label', laneName(L.id));
      lab.title = lab.textContent;
      lab.style.top = L.top + 'px';
      lab.style.height = L.height + 'px';
      labels.appendChild(lab);
      var line = el('div', 'lane-line');
      line.style.top = L.top + L.height - 1 + 'px';
      line.style.width = space.style.width;
      frag.appendChild(line);
      for (j = firstItem(L, t0 - L.maxDur); j < L.items.length && L.starts[j] <= t1; j++) {
        var oi = L.items[j], o = O[oi];
        if (Math.max(o[2], o[1] + 1) < t0) continue;
        frag.appendChild(block(oi, o, L.top + L.sub[j] * ROW + 2, k));
      }
    }
    items.textContent = '';
    items.appendChild(frag);
    labelsInner.textContent = '';
    labelsInner.appendChild(labels);
    labelsInner.style.transform = 'translateY(' + -st + 'px)';
    headInner.textContent = '';
    headInner.appendChild(head);
    headInner.style.transform = 'translateX(' + -sl + 'px)';
    arrows(sl, st, w, h, k);
  }
  function block(oi, o, y, k) {
    var b = el('div', 'occ');
    var sev = occSev[o[10]];
    if (o[8] & 1) b.className += ' ad';
    if (o[8] & 2) b.className += ' tn';
    if (o[8] & 4) b.className += ' cx';
    if (o[8] & 8) b.className += ' fr';
    if (sev) b.className += ' sev-' + SEVS[3 - sev];
    if (selSet[o[10]]) b.className += ' hl';
    if (state.occ === oi) b.className += ' sel';
    b.style.left = o[1] * k + 'px';
    b.style.top = y + 'px';
    var width = Math.max(3, (o[2] - o[1]) * k - 1);
    b.style.width = width + 'px';
    // The clock only where there is room for more than the clock: a short block shows the summary.
    var time = (o[8] & 1) || width < 100 ? '' : clock(parts(o[1], o[3])) + ' ';
    // A narrow block keeps its summary; its outline's line style still tells the severity's shape.
    b.textContent = (sev && width >= 70 ? ICON[SEVS[3 - sev]] + ' ' : '') + time + S[o[5]];
    b.title = S[o[5]] + ' · ' + spanText(oi);
    b.setAttribute('data-occ', oi);
    b.setAttribute('role', 'button');
    b.tabIndex = 0;
    return b;
  }
  function arrows(sl, st, w, h, k) {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    svg.setAttribute('width', w);
    svg.setAttribute('height', h);
    svg.style.left = sl + 'px';
    svg.style.top = st + 'px';
    var defs = document.createElementNS(SVGNS, 'defs');
    defs.innerHTML = '<marker id="ah" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#b3261e"/></marker>';
    svg.appendChild(defs);
    for (var i = 0; i < F.length; i++) {
      var f = F[i];
      if (!f.order || !passing[i]) continue;
      var pre = f.order[0], dep = f.order[1];
      if (occLane[G(pre)] < 0 || occLane[G(dep)] < 0) continue;
      var x1 = O[pre][2] * k - sl, y1 = occY(pre) + 10 - st, x2 = O[dep][1] * k - sl, y2 = occY(dep) + 10 - st, xe = f.order[2] * k - sl;
      if (Math.max(x1, x2, xe) < -50 || Math.min(x1, x2, xe) > w + 50 || Math.max(y1, y2) < -50 || Math.min(y1, y2) > h + 50) continue;
      var mid = Math.min(y1, y2) - 24;
      var path = document.createElementNS(SVGNS, 'path');
      path.setAttribute('d', 'M' + x1 + ',' + y1 + ' C' + x1 + ',' + mid + ' ' + x2 + ',' + mid + ' ' + x2 + ',' + y2);
      path.setAttribute('class', 'arrow' + (state.sel === i ? ' hl' : ''));
      path.setAttribute('marker-end', 'url(#ah)');
      path.setAttribute('data-finding', i);
      svg.appendChild(path);
      var mark = document.createElementNS(SVGNS, 'line');
      mark.setAttribute('class', 'earliest');
      mark.setAttribute('x1', xe); mark.setAttribute('x2', xe);
      mark.setAttribute('y1', y2 - 14); mark.setAttribute('y2', y2 + 14);
      svg.appendChild(mark);
      var label = document.createElementNS(SVGNS, 'text');
      var ep = parts(f.order[2], O[dep][3]);
      label.setAttribute('x', xe + 3);
      label.setAttribute('y', y2 + 24);
      label.textContent = '\u25C6 ' + T.earliest + ' ' + shortDay(ep) + ' ' + clock(ep);
      svg.appendChild(label);
    }
  }
  var pending = false;
  body.addEventListener('scroll', function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; render(); });
  });
  window.addEventListener('resize', render);

  // --- selecting ---
  function selectFinding(i, scroll) {
    var prev = $('f-' + state.sel);
    if (prev) { prev.setAttribute('aria-selected', 'false'); prev.tabIndex = -1; }
    state.sel = i;
    selSet = {};
    var f = F[i], item = $('f-' + i);
    item.setAttribute('aria-selected', 'true');
    item.tabIndex = 0;
    for (var j = 0; j < f.occurrences.length; j++) selSet[G(f.occurrences[j])] = true;
    if (scroll) {
      // The earliest start at the left, the highest of its meetings near the top: a finding's
      // meetings are close in time, and lanes in between are usually few.
      var left = -1, right = -1, top = -1;
      for (j = 0; j < f.occurrences.length; j++) {
        var oi = f.occurrences[j];
        if (occLane[G(oi)] < 0) continue;
        if (left < 0 || O[oi][1] < left) left = O[oi][1];
        if (O[oi][2] > right) right = O[oi][2];
        if (top < 0 || occY(oi) < top) top = occY(oi);
      }
      if (f.order && f.order[2] + 240 > right) right = f.order[2] + 240;
      if (left >= 0) {
        // Centred when the finding fits in the view (its label included), else from its start.
        var k = pxm(), room = body.clientWidth - (right - left) * k;
        body.scrollLeft = Math.max(0, left * k - (room > 160 ? room / 2 : 80));
        body.scrollTop = Math.max(0, top - 40);
      }
    }
    render();
    showFinding(i);
  }
  function showFinding(i) {
    var f = F[i], d = $('details');
    d.textContent = '';
    d.appendChild(el('h2', null, T.severity[f.severity] + ' · ' + f.rule));
    d.appendChild(el('p', null, f.message));
    var ul = el('ul');
    f.occurrences.forEach(function (oi) {
      var li = el('li'), b = el('button', 'occ-link', S[O[oi][5]] + paren(spanText(oi)));
      b.type = 'button';
      b.addEventListener('click', function () { showOcc(oi); });
      li.appendChild(b);
      ul.appendChild(li);
    });
    d.appendChild(ul);
  }
  function showOcc(oi) {
    state.occ = oi;
    var o = O[oi], c = C[o[0]], d = $('details');
    d.textContent = '';
    d.appendChild(el('h2', null, S[o[5]]));
    var dl = el('dl');
    var status = (o[8] & 4) ? T.status.cancelled : (o[8] & 2) ? T.status.tentative : (o[8] & 8) ? T.status.free : T.status.confirmed;
    var rows = [
      [T.details.calendar, c.name + ' (' + c.id + ')'],
      [T.details.office, (c.office || T.details.none) + (c.level ? ' · ' + T.level[c.level] : '')],
      [T.details.time, spanText(oi)],
      [T.details.zone, S[o[9]] + ' (UTC' + (o[3] >= 0 ? '+' : '-') + pad(Math.floor(Math.abs(o[3]) / 60)) + ':' + pad(Math.abs(o[3]) % 60) + ')'],
      [T.details.location, str(o[6]) || T.details.none],
      [T.details.attendees, str(o[7]) || T.details.none],
      [T.details.status, status]
    ];
    rows.forEach(function (r) { dl.appendChild(el('dt', null, r[0])); dl.appendChild(el('dd', null, r[1])); });
    var cited = [];
    F.forEach(function (f) { if (f.occurrences.some(function (k) { return G(k) === G(oi); })) cited.push(T.severity[f.severity] + ' · ' + f.rule + ' · ' + f.kind); });
    if (cited.length) { dl.appendChild(el('dt', null, T.details.findings)); dl.appendChild(el('dd', null, cited.join('；'))); }
    d.appendChild(dl);
    d.setAttribute('data-occ', oi);
    render();
  }
  items.addEventListener('click', function (ev) {
    var t = ev.target.closest('.occ');
    if (t) showOcc(+t.getAttribute('data-occ'));
  });
  items.addEventListener('keydown', function (ev) {
    var t = ev.target.closest('.occ');
    if (t && (ev.key === 'Enter' || ev.key === ' ')) { ev.preventDefault(); showOcc(+t.getAttribute('data-occ')); }
  });

  // --- the findings list: one listbox, arrow keys between visible items ---
  var list = $('findings');
  function visibleItems() { return Array.prototype.slice.call(list.querySelectorAll('.finding:not([hidden])')).filter(function (e) { return !e.closest('.group').hidden; }); }
  list.addEventListener('click', function (ev) {
    var t = ev.target.closest('.finding');
    if (t) { selectFinding(+t.getAttribute('data-finding'), true); t.focus(); }
  });
  list.addEventListener('keydown', function (ev) {
    var vis = visibleItems(), cur = vis.indexOf(document.activeElement), next = -1;
    if (ev.key === 'ArrowDown') next = Math.min(vis.length - 1, cur + 1);
    else if (ev.key === 'ArrowUp') next = Math.max(0, cur - 1);
    else if (ev.key === 'Home') next = 0;
    else if (ev.key === 'End') next = vis.length - 1;
    else if ((ev.key === 'Enter' || ev.key === ' ') && cur >= 0) { ev.preventDefault(); selectFinding(+vis[cur].getAttribute('data-finding'), true); return; }
    else return;
    ev.preventDefault();
    if (next < 0 || !vis[next]) return;
    vis.forEach(function (e) { e.tabIndex = -1; });
    vis[next].tabIndex = 0;
    vis[next].focus();
    vis[next].scrollIntoView({ block: 'nearest' });
  });
  function buildList() {
    var frag = document.createDocumentFragment();
    SEVS.forEach(function (sev) {
      var idx = [];
      F.forEach(function (f, i) { if (f.severity === sev) idx.push(i); });
      if (!idx.length) return;
      var g = el('div', 'group sev-' + sev);
      g.setAttribute('role', 'group');
      var h = el('h3');
      h.id = 'g-' + sev;
      h.appendChild(el('span', 'icon', ICON[sev])).setAttribute('aria-hidden', 'true');
      h.appendChild(el('span', 'sev-label', T.severity[sev]));
      h.appendChild(document.createTextNode(paren(idx.length)));
      g.setAttribute('aria-labelledby', h.id);
      g.appendChild(h);
      var ul = el('ul');
      ul.setAttribute('role', 'presentation');
      idx.forEach(function (i) {
        var f = F[i], li = el('li', 'finding sev-' + f.severity);
        li.id = 'f-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.setAttribute('data-finding', i);
        li.setAttribute('data-severity', f.severity);
        li.tabIndex = -1;
        li.appendChild(el('span', 'icon', ICON[f.severity])).setAttribute('aria-hidden', 'true');
        li.appendChild(el('span', 'sev-label', T.severity[f.severity]));
        li.appendChild(document.createTextNode(f.message));
        var first = f.occurrences.length ? f.occurrences.reduce(function (a, b) { return O[b][1] < O[a][1] ? b : a; }) : -1;
        li.appendChild(el('span', 'meta', f.rule + ' · ' + T.ruleKind[f.ruleKind] + (first >= 0 ? ' · ' + spanText(first) : '')));
        ul.appendChild(li);
      });
      g.appendChild(ul);
      frag.appendChild(g);
    });
    if (!F.length) frag.appendChild(el('p', null, T.noFindings));
    list.appendChild(frag);
    var firstItem = list.querySelector('.finding');
    if (firstItem) firstItem.tabIndex = 0;
  }

  // --- controls ---
  function options(id, values) {
    var s = $(id);
    values.forEach(function (v) { var o = el('option', null, v[1]); o.value = v[0]; s.appendChild(o); });
    s.addEventListener('change', function () { state.f[s.getAttribute('data-filter')] = s.value; applyFilters(); });
  }
  function uniq(a) { return a.filter(function (v, i) { return v !== null && a.indexOf(v) === i; }); }
  options('f-severity', SEVS.map(function (s) { return [s, T.severity[s]]; }));
  options('f-office', uniq(C.map(function (c) { return c.office; })).map(function (o) { return [o, o]; }));
  var LEVELS = ['central', 'province', 'city', 'district', 'township'];
  var levels = uniq(C.map(function (c) { return c.level; }));
  options('f-level', LEVELS.filter(function (l) { return levels.indexOf(l) >= 0; }).map(function (l) { return [l, T.level[l]]; }));
  options('f-kind', uniq(F.map(function (f) { return f.ruleKind; })).map(function (k) { return [k, T.ruleKind[k]]; }));
  options('f-person', D.people.map(function (p, i) { return [String(i), p]; }));
  $('f-reset').addEventListener('click', function () {
    ['severity', 'office', 'level', 'kind', 'person'].forEach(function (k) { state.f[k] = ''; $('f-' + k).value = ''; });
    applyFilters();
  });
  var radios = document.querySelectorAll('input[name=lanes]');
  for (var r = 0; r < radios.length; r++) {
    radios[r].addEventListener('change', function (ev) {
      state.mode = ev.target.value;
      layout();
      if (state.sel >= 0) selectFinding(state.sel, true); else render();
    });
  }
  function zoom(delta) {
    var centre = (body.scrollLeft + body.clientWidth / 2) / pxm();
    state.zoom = Math.max(0, Math.min(ZOOMS.length - 1, state.zoom + delta));
    space.style.width = Math.ceil(D.window.minutes * pxm()) + 'px';
    body.scrollLeft = Math.max(0, centre * pxm() - body.clientWidth / 2);
    render();
  }
  $('zoom-in').addEventListener('click', function () { zoom(1); });
  $('zoom-out').addEventListener('click', function () { zoom(-1); });

  // --- print: the findings table and each finding's day ---
  function buildPrint() {
    var p = $('print');
    p.textContent = '';
    p.appendChild(el('h2', null, T.printHeading));
    var table = el('table'), thead = el('thead'), tr = el('tr');
    [T.filters.severity, T.rule, T.time, T.message].forEach(function (h) { tr.appendChild(el('th', null, h)); });
    thead.appendChild(tr);
    table.appendChild(thead);
    var tbody = el('tbody'), days = {}, dayKeys = [];
    F.forEach(function (f, i) {
      if (!passing[i]) return;
      var row = el('tr', 'sev-' + f.severity), first = f.occurrences.length ? f.occurrences.reduce(function (a, b) { return O[b][1] < O[a][1] ? b : a; }) : -1;
      var sc = el('td');
      sc.appendChild(el('span', 'icon', ICON[f.severity])).setAttribute('aria-hidden', 'true');
      sc.appendChild(el('span', 'sev-label', T.severity[f.severity]));
      row.appendChild(sc);
      row.appendChild(el('td', null, f.rule));
      row.appendChild(el('td', null, first >= 0 ? spanText(first) : ''));
      row.appendChild(el('td', null, f.message));
      tbody.appendChild(row);
      // The finding's days: those its timed meetings start on (a trip spanning days is seen on
      // the day of the meeting it clashes with), else the day its first all-day one starts.
      var timed = f.occurrences.filter(function (oi) { return !(O[oi][8] & 1); });
      (timed.length ? timed : first < 0 ? [] : [first]).forEach(function (oi) {
        var dk = 0;
        for (var j = 0; j < D.days.length; j++) if (D.days[j][0] <= O[oi][1]) dk = j;
        if (!days[dk]) { days[dk] = []; dayKeys.push(dk); }
        if (days[dk].indexOf(i) < 0) days[dk].push(i);
      });
    });
    table.appendChild(tbody);
    p.appendChild(table);
    dayKeys.sort(function (a, b) { return a - b; });
    dayKeys.forEach(function (dk) { p.appendChild(printDay(dk, days[dk])); });
  }
  function printDay(dk, fs) {
    var day = D.days[dk], start = day[0], end = dk + 1 < D.days.length ? D.days[dk + 1][0] : start + 1440;
    var wrap = el('section', 'pday');
    wrap.appendChild(el('h3', null, T.printDay + (D.lang === 'zh-CN' ? '：' : ': ') + dateText({ y: day[1], m: day[2], d: day[3], wd: day[4] })));
    var laneIds = [], cited = {}, lo = 8 * 60, hi = 18 * 60;
    fs.forEach(function (i) {
      F[i].occurrences.forEach(function (oi) {
        // Findings come error first: the first severity seen is the highest.
        if (!cited[G(oi)]) cited[G(oi)] = F[i].severity;
        if (occLane[G(oi)] >= 0 && laneIds.indexOf(occLane[G(oi)]) < 0) laneIds.push(occLane[G(oi)]);
      });
    });
    laneIds.sort(function (a, b) { return a - b; });
    var rowsOf = laneIds.map(function (li) {
      var L = lanes[li], out = [];
      for (var j = firstItem(L, start - L.maxDur); j < L.items.length && L.starts[j] < end; j++) {
        var o = O[L.items[j]];
        if (o[2] <= start && o[1] < start) continue;
        out.push(L.items[j]);
        if (!(o[8] & 1)) { lo = Math.min(lo, Math.max(0, o[1] - start)); hi = Math.max(hi, Math.min(1440, o[2] - start)); }
      }
      return [li, out];
    });
    lo = Math.floor(lo / 60) * 60;
    hi = Math.ceil(hi / 60) * 60;
    var scale = el('div', 'pscale');
    for (var h = lo; h <= hi; h += 120) {
      var s = el('span', null, pad(h / 60) + ':00');
      s.style.left = ((h - lo) / (hi - lo)) * 100 + '%';
      scale.appendChild(s);
    }
    wrap.appendChild(scale);
    rowsOf.forEach(function (r) {
      var lane = el('div', 'plane');
      lane.appendChild(el('div', 'plabel', laneName(lanes[r[0]].id)));
      var track = el('div', 'ptrack'), ends = [];
      r[1].forEach(function (oi) {
        var o = O[oi], a = Math.max(lo, o[1] - start), b = Math.min(hi, o[2] - start);
        if (b <= a) b = a + 15;
        // Meetings of the day that overlap are stacked, as on the screen.
        var row = 0;
        while (row < ends.length && ends[row] > a) row++;
        ends[row] = b;
        var blk = el('div', 'occ' + (cited[G(oi)] ? ' sev-' + cited[G(oi)] : ''), ((o[8] & 1) ? '' : clock(parts(o[1], o[3])) + ' ') + S[o[5]]);
        blk.style.left = ((a - lo) / (hi - lo)) * 100 + '%';
        blk.style.width = (Math.max(b - a, 5) / (hi - lo)) * 100 + '%';
        blk.style.top = 1 + row * 20 + 'px';
        track.appendChild(blk);
      });
      lane.style.height = Math.max(1, ends.length) * 20 + 4 + 'px';
      lane.appendChild(track);
      wrap.appendChild(lane);
    });
    return wrap;
  }
  window.addEventListener('beforeprint', buildPrint);
  if (window.matchMedia) {
    var mq = window.matchMedia('print');
    var onPrint = function (e) { if (e.matches) buildPrint(); };
    if (mq.addEventListener) mq.addEventListener('change', onPrint); else mq.addListener(onPrint);
  }
  $('print-btn').addEventListener('click', function () { buildPrint(); window.print(); });

  var b0 = performance.now();
  buildList();
  timings.list = performance.now() - b0;
  applyFilters();
  var firstEvent = -1;
  for (var i = 0; i < O.length; i++) if (occLane[G(i)] >= 0 && O[i][1] >= 0) { firstEvent = i; break; }
  if (firstEvent >= 0) { body.scrollLeft = Math.max(0, O[firstEvent][1] * pxm() - 80); render(); }
  timings.ready = performance.now() - t0;
  // For tests and measurements: what the page did and how long it took.
  window.tongchouReport = { buildPrint: buildPrint, timings: timings, lanes: function () { return lanes.length; } };
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;
