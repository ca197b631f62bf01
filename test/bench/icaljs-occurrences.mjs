/**
 * Stand-in occurrences for the rules phase while the build has no loader: ical.js's documented
 * expansion of the generated files, turned into tongchou `Occurrence` objects (luxon DateTimes in
 * Asia/Shanghai). Only the bench uses it, and only when `dist/esm/load/load-calendar.js` is absent;
 * the table then marks the rules figure as measured on these. Not a reference for correctness.
 */
import ICAL from 'ical.js';
import { DateTime, Duration } from 'luxon';

const ZONE = 'Asia/Shanghai';
const WINDOW_FROM = Date.UTC(2025, 0, 1) / 1000 - 8 * 3600;
const WINDOW_TO = Date.UTC(2026, 0, 1) / 1000 - 8 * 3600;

const lower = (v, fallback) => (typeof v === 'string' && v !== '' ? v.toLowerCase() : fallback);

function attendeeOf(prop) {
  const value = String(prop.getFirstValue() ?? '');
  return {
    address: value === '' ? null : value,
    name: prop.getParameter('cn') ?? null,
    role: lower(prop.getParameter('role'), 'req-participant'),
    partstat: lower(prop.getParameter('partstat'), 'needs-action'),
    cutype: lower(prop.getParameter('cutype'), 'individual'),
  };
}

function busyOf(item, status, transparent) {
  const ms = item.getFirstPropertyValue('x-microsoft-cdo-busystatus');
  if (typeof ms === 'string') {
    const map = { FREE: 'free', TENTATIVE: 'tentative', BUSY: 'busy', OOF: 'oof', WORKINGELSEWHERE: 'working-elsewhere' };
    if (map[ms.toUpperCase()]) return map[ms.toUpperCase()];
  }
  if (transparent) return 'free';
  return status === 'tentative' ? 'tentative' : 'busy';
}

function details(item) {
  const status = lower(item.getFirstPropertyValue('status'), null);
  const transparent = String(item.getFirstPropertyValue('transp') ?? '').toUpperCase() === 'TRANSPARENT';
  const relations = item.getAllProperties('related-to').map((p) => {
    const gap = p.getParameter('gap');
    return { target: String(p.getFirstValue()), valueType: 'uid', relType: (p.getParameter('reltype') ?? 'PARENT').toUpperCase(), gap: gap ? Duration.fromISO(gap) : null };
  });
  const organizer = item.getFirstProperty('organizer');
  return {
    summary: String(item.getFirstPropertyValue('summary') ?? ''),
    description: item.getFirstPropertyValue('description') ?? null,
    location: item.getFirstPropertyValue('location') ?? null,
    organizer: organizer ? attendeeOf(organizer) : null,
    attendees: item.getAllProperties('attendee').map(attendeeOf),
    categories: item.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
    status: status === 'tentative' || status === 'confirmed' || status === 'cancelled' ? status : null,
    transparent,
    busy: busyOf(item, status, transparent),
    relations,
    concepts: [],
    refIds: [],
    xProps: {},
  };
}

const instant = (time) => (time.isDate ? DateTime.fromISO(time.toString(), { zone: ZONE }) : DateTime.fromSeconds(time.toUnixTime(), { zone: ZONE }));

/**
 * Occurrences of one calendar file inside the 2025 window, via ical.js.
 * @param text - the .ics text
 * @param calendar - the CalendarInfo to stamp on each occurrence
 */
export function icaljsOccurrences(text, calendar) {
  const root = new ICAL.Component(ICAL.parse(text));
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
  const out = [];
  const cache = new Map();
  const push = (uid, recurrenceId, item, start, end) => {
    let d = cache.get(item);
    if (d === undefined) cache.set(item, (d = details(item)));
    out.push({
      key: recurrenceId === null ? `${calendar.id}/${uid}` : `${calendar.id}/${uid}/${recurrenceId}`,
      calendar,
      uid,
      recurrenceId,
      start: instant(start),
      end: instant(end),
      allDay: start.isDate,
      ...d,
      source: { file: calendar.file, line: 0 },
    });
  };
  for (const [uid, vevents] of groups) {
    const exceptions = vevents.filter((v) => v.hasProperty('recurrence-id'));
    for (const master of vevents) {
      if (master.hasProperty('recurrence-id')) continue;
      const event = new ICAL.Event(master, { exceptions });
      if (!event.isRecurring()) {
        if (event.startDate.toUnixTime() < WINDOW_TO && event.endDate.toUnixTime() > WINDOW_FROM) push(uid, null, master, event.startDate, event.endDate);
        continue;
      }
      const iterator = event.iterator();
      for (let next = iterator.next(); next; next = iterator.next()) {
        if (next.toUnixTime() >= WINDOW_TO + 86_400) break;
        const d = event.getOccurrenceDetails(next);
        if (d.startDate.toUnixTime() < WINDOW_TO && d.endDate.toUnixTime() > WINDOW_FROM) {
          const rid = next.isDate ? next.toString() : new Date(next.toUnixTime() * 1000).toISOString().replace('.000', '');
          push(uid, rid, d.item.component, d.startDate, d.endDate);
        }
      }
    }
  }
  return out;
}
