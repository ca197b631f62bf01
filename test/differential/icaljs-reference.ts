/**
 * Reference expansion by ical.js itself, the way its documentation shows it: parse, wrap each master
 * VEVENT in `ICAL.Event` with its RECURRENCE-ID overrides as `exceptions`, walk `event.iterator()`
 * and ask `event.getOccurrenceDetails(next)` for each instance. Computed at test time (ical.js is a
 * dependency), so unlike python's dump it needs no committed fixture.
 *
 * Time zones are what ical.js finds on its own: the file's VTIMEZONEs (looked up through the
 * component tree). Nothing is registered with `ICAL.TimezoneService`, so a TZID without a VTIMEZONE
 * is floating to ical.js — one of the differences the comparison table records.
 *
 * The copy of ical.js used here is loaded in isolation (`jest.isolateModules`) so that whatever the
 * loader registers in its own copy's TimezoneService cannot leak into the reference, or back.
 */
import type IcalModule from 'ical.js';
import {
  CAP,
  type FailedSeries,
  type ReferenceEntry,
  type ReferenceOccurrence,
  expectedDefaultZone,
  inWindow,
  instantOf,
  WINDOW,
} from './reference-types.js';

type Ical = typeof IcalModule;
type IcalComponent = InstanceType<Ical['Component']>;
type IcalTime = InstanceType<Ical['Time']>;

let isolated: Ical | undefined;

/** A private copy of ical.js, not shared with the loader under test. */
function ical(): Ical {
  if (isolated === undefined) {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      isolated = require('ical.js') as Ical;
    });
  }
  if (isolated === undefined) throw new Error('ical.js did not load');
  return isolated;
}

/** Series longer than this (from DTSTART on) are not followed further: beyond any cap we compare. */
const MAX_STEPS_PER_SERIES = 50_000;
/** Overrides may move an instance; follow a series this far past the window so none is missed… */
const FOLLOW_PAST_WINDOW_DAYS = 400;
/** …and this far past the instant where the cap will cut. */
const FOLLOW_PAST_CUT_DAYS = 60;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The fixture encoding of an ical.js time. A floating time whose property carried a TZID ical.js
 * could not resolve gets that TZID as a hint, `2023-10-05T09:00:00[America/New_York]`: compared
 * as floating (what ical.js did), unless a known-difference entry asks to honour the hint.
 */
function encode(ICAL: Ical, time: IcalTime, tzidHint: string | null): string {
  if (time.isDate) return `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
  const zone = time.zone;
  if (zone === undefined || zone === null || zone === ICAL.Timezone.localTimezone || zone.tzid === 'floating') {
    const wall = `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
    return tzidHint === null ? wall : `${wall}[${tzidHint}]`;
  }
  const utc = time.convertToZone(ICAL.Timezone.utcTimezone);
  return `${pad(utc.year, 4)}-${pad(utc.month)}-${pad(utc.day)}T${pad(utc.hour)}:${pad(utc.minute)}:${pad(utc.second)}Z`;
}

/** The TZID parameter of a property, or null. */
function hint(component: IcalComponent, name: string): string | null {
  const tzid = component.getFirstProperty(name)?.getParameter('tzid');
  return typeof tzid === 'string' && tzid !== '' ? tzid : null;
}

function text(component: IcalComponent, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? null : String(value);
}

function status(component: IcalComponent): string | null {
  const value = text(component, 'status');
  return value === null ? null : value.trim().toLowerCase();
}

/**
 * Expands one file's text with ical.js inside the fixed window, capped like python's dump (a cut in
 * time after CAP occurrences).
 */
export function expandWithIcalJs(source: string): ReferenceEntry {
  const ICAL = ical();
  const defaultZone = expectedDefaultZone(source);
  let roots: IcalComponent[];
  try {
    const parsed: unknown = ICAL.parse(source);
    // several VCALENDARs in one file parse to an array of jCal arrays
    // (and an empty file to an empty array)
    const jcals =
      Array.isArray(parsed) && (parsed.length === 0 || Array.isArray(parsed[0])) ? (parsed as unknown[]) : [parsed];
    const components = jcals.map((jcal) => new ICAL.Component(jcal as ConstructorParameters<Ical['Component']>[0]));
    // VEVENTs written without a VCALENDAR around them (libical's test data) are taken as one calendar
    const bare = components.filter((c) => c.name === 'vevent');
    roots = components.filter((c) => c.name !== 'vevent');
    if (bare.length > 0) {
      const wrapper = new ICAL.Component('vcalendar');
      bare.forEach((vevent) => wrapper.addSubcomponent(vevent));
      roots.push(wrapper);
    }
  } catch (error) {
    return { error: `parse: ${String(error).split('\n')[0]}` };
  }

  const found: { readonly occurrence: ReferenceOccurrence; readonly startMs: number }[] = [];
  const failed: FailedSeries[] = [];
  const followUntil = WINDOW.to.plus({ days: FOLLOW_PAST_WINDOW_DAYS }).toSeconds();
  const marginMs = FOLLOW_PAST_CUT_DAYS * 86_400_000;

  // The CAP+1 earliest in-window starts met so far: the last one bounds the final cut, so no series
  // needs following much beyond it (this keeps infinite daily rules from costing seconds).
  const earliest: number[] = [];
  const bound = () => (earliest.length > CAP ? (earliest[CAP] ?? Infinity) : Infinity);
  const commit = (series: readonly { readonly occurrence: ReferenceOccurrence; readonly startMs: number }[]) => {
    for (const entry of series) {
      found.push(entry);
      if (entry.startMs >= bound()) continue;
      let i = earliest.length;
      while (i > 0 && (earliest[i - 1] ?? 0) > entry.startMs) i--;
      earliest.splice(i, 0, entry.startMs);
      earliest.length = Math.min(earliest.length, CAP + 1);
    }
  };

  for (const root of roots) {
    const groups = new Map<string | null, IcalComponent[]>();
    for (const vevent of root.getAllSubcomponents('vevent')) {
      const uid = text(vevent, 'uid');
      const group = groups.get(uid) ?? [];
      group.push(vevent);
      groups.set(uid, group);
    }
    for (const [uid, vevents] of groups) {
      // a series' occurrences count only if the whole series expanded without an error
      const series: { occurrence: ReferenceOccurrence; startMs: number }[] = [];
      const keep = (occurrence: ReferenceOccurrence) => {
        const start = instantOf(occurrence.start, defaultZone);
        const end = instantOf(occurrence.end, defaultZone);
        if (inWindow(start, end, WINDOW.from, WINDOW.to)) series.push({ occurrence, startMs: +start });
      };
      try {
        const overrides = vevents.filter((v) => v.hasProperty('recurrence-id'));
        const masters = vevents.filter((v) => !v.hasProperty('recurrence-id'));
        for (const master of masters) {
          const event = new ICAL.Event(master, { exceptions: overrides, strictExceptions: uid !== null });
          const recurring = event.isRecurring();
          const iterator = event.iterator();
          let steps = 0;
          for (let next = iterator.next(); next; next = iterator.next()) {
            if (!(next instanceof ICAL.Time)) {
              // RecurExpansion hands back RDATE;VALUE=PERIOD values as they are, and then breaks
              throw new Error(`RecurExpansion yielded a ${(next as object).constructor.name}, not a Time`);
            }
            const at = next.toUnixTime();
            // this series alone bounds the cut too once it has CAP+1 occurrences in the window
            const own = series[CAP]?.startMs ?? Infinity;
            if (at > followUntil || at * 1000 > Math.min(bound(), own) + marginMs || ++steps > MAX_STEPS_PER_SERIES) {
              break;
            }
            const details = event.getOccurrenceDetails(next);
            const item = details.item.component;
            keep({
              uid,
              recurrenceId:
                recurring || item !== master ? encode(ICAL, details.recurrenceId, hint(master, 'dtstart')) : null,
              start: encode(ICAL, details.startDate, hint(item, 'dtstart')),
              end: encode(ICAL, details.endDate, hint(item, 'dtend') ?? hint(item, 'dtstart')),
              status: status(item),
            });
          }
        }
        // An override whose master is absent stands alone, as in ical.js's own Event API: its
        // DTSTART/DTEND (RFC 5545 §3.8.4.4 says it replaces the instance). With a master, ical.js
        // uses an override only when the iterator reaches its RECURRENCE-ID.
        for (const override of masters.length > 0 ? [] : overrides) {
          const event = new ICAL.Event(override);
          keep({
            uid,
            recurrenceId: encode(ICAL, event.recurrenceId, hint(override, 'recurrence-id')),
            start: encode(ICAL, event.startDate, hint(override, 'dtstart')),
            end: encode(ICAL, event.endDate, hint(override, 'dtend') ?? hint(override, 'dtstart')),
            status: status(override),
          });
        }
        commit(series);
      } catch (error) {
        failed.push({ uid, error: String(error).split('\n')[0] ?? '' });
      }
    }
  }

  found.sort((a, b) => a.startMs - b.startMs);
  let truncatedBefore: string | undefined;
  let kept = found;
  const beyond = found[CAP];
  if (beyond !== undefined) {
    kept = found.filter((f) => f.startMs < beyond.startMs);
    truncatedBefore = instantOf(beyond.occurrence.start, defaultZone).toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss'Z'");
  }
  return {
    defaultZone,
    ...(failed.length > 0 ? { failedUids: failed } : {}),
    ...(truncatedBefore !== undefined ? { truncatedBefore } : {}),
    occurrences: kept.map((f) => f.occurrence),
  };
}
