"""Reference expansion of the shared corpus by Debian's python3-recurring-ical-events.

Writes test/fixtures/differential/recurring-ical-events.json: for every file in ../shared/corpus/ics
(relative to the project root), the occurrences that recurring_ical_events computes inside the fixed
window [1970-01-01T00:00Z, 2030-01-01T00:00Z). The jest test test/differential/expansion.test.ts
compares them with the loader and with ical.js, so CI never needs python. The fixture is derived
data (uids, instants, statuses), not a copy of the corpus.

Regenerate (from the project root, with Debian's interpreter, which sees the packages; the `python3`
on PATH may not):

    /usr/bin/python3 test/differential/reference.py

Verified with Debian 12 packages python3-recurring-ical-events 2.0.1, python3-icalendar 4.0.3,
python3-x-wr-timezone 0.0.5, python3-tz 2022.7.1 (recorded in the fixture's `generator`).

Value encoding in the fixture (chosen so the comparison can apply the loader's default zone):
  "2020-01-02"            a DATE (all-day); end is exclusive
  "2020-01-02T01:00:00Z"  a zoned or UTC DATE-TIME, as its UTC instant
  "2020-01-02T09:00:00"   a floating DATE-TIME, as written; python read it as floating, and so the
                          comparison reads it in the file's default zone (X-WR-TIMEZONE, else
                          Asia/Shanghai), which is what the loader does (RFC 5545 §3.3.5 form #1)
Note that icalendar 4 also reads a TZID it cannot resolve (no VTIMEZONE before the event, not an
IANA or Windows name) as floating: such values are encoded floating too.

Window filter: python's between() reads the window bounds in each event's zone, so the script asks
for a few extra days on both sides and filters here with the loader's rule: an occurrence is in the
half-open window when it ends after `from` and starts before `to`; a zero-length one when
from <= start < to. All-day values count from midnight in the default zone.

Cap: at most CAP occurrences per file. When a file has more, the list is cut at a point in time:
every occurrence starting before `truncatedBefore` (the start of the first occurrence beyond CAP)
is kept, and the comparison cuts the other implementations at the same instant.
"""

import datetime
import json
import os
import sys
import time
import traceback

os.environ["TZ"] = "UTC"  # naive timestamps in recurring_ical_events use the host zone
time.tzset()

import icalendar  # noqa: E402
import icalendar.timezone_cache  # noqa: E402
import pytz  # noqa: E402
import recurring_ical_events  # noqa: E402

WINDOW_FROM = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
WINDOW_TO = datetime.datetime(2030, 1, 1, tzinfo=datetime.timezone.utc)
# Asked of python: the window widened by a week each side (see "Window filter" above).
QUERY_FROM = (1969, 12, 25)
QUERY_TO = (2030, 1, 8)
CAP = 300
DEFAULT_ZONE = "Asia/Shanghai"

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "ics")
OUTPUT = os.path.join(ROOT, "test", "fixtures", "differential", "recurring-ical-events.json")


def decode(data):
    """Text of the file: BOM first, then UTF-8, then GB18030 (the loader's order)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def default_zone(calendar):
    """X-WR-TIMEZONE when it names a zone pytz knows, else Asia/Shanghai (the loader's rule)."""
    value = calendar.get("X-WR-TIMEZONE")
    if value is not None:
        name = str(value).strip()
        if name in pytz.all_timezones_set:
            return name
    return DEFAULT_ZONE


def encode(value):
    """A date, an instant or a floating date-time in the fixture's encoding."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            return value.strftime("%Y-%m-%dT%H:%M:%S")
        return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, datetime.date):
        return value.strftime("%Y-%m-%d")
    raise TypeError(repr(value))


def instant(value, zone):
    """The UTC instant of a value, reading dates and floating times in `zone`."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            return zone.localize(value.replace(tzinfo=None)).astimezone(datetime.timezone.utc)
        return value.astimezone(datetime.timezone.utc)
    return zone.localize(datetime.datetime(value.year, value.month, value.day)).astimezone(
        datetime.timezone.utc
    )


def in_window(start, end):
    """RFC-style half-open overlap with the window; zero-length occurrences by their start."""
    if start == end:
        return WINDOW_FROM <= start < WINDOW_TO
    return start < WINDOW_TO and end > WINDOW_FROM


def recurrence_key(value):
    """An instant (or a floating wall clock) that survives x_wr_timezone's conversion."""
    if value.tzinfo is None or value.utcoffset() is None:
        return ("wall", value.replace(tzinfo=None))
    return ("instant", value.astimezone(datetime.timezone.utc))


def written_recurrence_dates(vevents):
    """RECURRENCE-ID date-times of the group as written, keyed by recurrence_key, to their date."""
    dates = {}
    for vevent in vevents:
        if "RECURRENCE-ID" in vevent:
            value = vevent["RECURRENCE-ID"].dt
            if isinstance(value, datetime.datetime):
                dates[recurrence_key(value)] = value.date()
    return dates


def occurrence(vevent, zone, series_is_all_day, written_dates):
    """One fixture record from a vevent that recurring_ical_events produced."""
    start = vevent["DTSTART"].dt
    end = vevent["DTEND"].dt if "DTEND" in vevent else start
    if "RECURRENCE-ID" in vevent:
        recurrence_id = vevent["RECURRENCE-ID"].dt
        if series_is_all_day and isinstance(recurrence_id, datetime.datetime):
            # Exchange and Google write the RECURRENCE-ID of an all-day series as a midnight
            # DATE-TIME; the instance it names is that date as written (the fixture records ids in
            # the series' own value type, which is also what the loader reports). x_wr_timezone
            # has moved UTC values into X-WR-TIMEZONE by now, so the written date is looked up.
            recurrence_id = written_dates.get(
                recurrence_key(recurrence_id),
                written_dates.get(("wall", recurrence_id.replace(tzinfo=None)), recurrence_id.date()),
            )
        recurrence_id = encode(recurrence_id)
    elif "RRULE" in vevent or "RDATE" in vevent:
        # an unmodified instance of a series: its recurrence id is its own start (RFC 5545 §3.8.4.4)
        recurrence_id = encode(start)
    else:
        recurrence_id = None
    status = vevent.get("STATUS")
    return {
        "uid": str(vevent["UID"]) if "UID" in vevent else None,
        "recurrenceId": recurrence_id,
        "start": encode(start),
        "end": encode(end),
        "status": str(status).strip().lower() if status is not None else None,
        "_start": instant(start, zone),
        "_end": instant(end, zone),
    }


def groups_by_uid(calendar):
    """The calendar's VEVENTs grouped by UID (a master with its overrides), in file order."""
    groups = {}
    for vevent in calendar.walk("VEVENT"):
        uid = str(vevent["UID"]) if "UID" in vevent else None
        groups.setdefault(uid, []).append(vevent)
    return list(groups.items())


def series_is_all_day(vevents):
    """Whether the group's master (the VEVENT without RECURRENCE-ID) starts on a DATE."""
    for vevent in vevents:
        if "RECURRENCE-ID" not in vevent and "DTSTART" in vevent:
            value = vevent["DTSTART"].dt
            return isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
    return False


def sub_calendar(calendar, vevents):
    """A copy of the calendar's properties and VTIMEZONEs holding only the given VEVENTs."""
    copy = icalendar.Calendar()
    for key, value in calendar.items():
        copy[key] = value
    for component in calendar.subcomponents:
        if component.name == "VTIMEZONE":
            copy.add_component(component)
    for vevent in vevents:
        copy.add_component(vevent)
    return copy


def expand_file(path):
    """The fixture entry of one corpus file."""
    with open(path, "rb") as handle:
        text = decode(handle.read())
    # icalendar caches VTIMEZONEs by TZID for the whole process: one file must not see another's.
    icalendar.timezone_cache._timezone_cache.clear()
    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except Exception as error:  # the library could not parse the file at all
        return {"error": "parse: " + type(error).__name__ + ": " + str(error).splitlines()[0][:200]}
    if not calendars:
        return {"defaultZone": DEFAULT_ZONE, "occurrences": []}
    zone_name = default_zone(calendars[0])
    zone = pytz.timezone(zone_name)
    records = []
    failed = []
    for calendar in calendars:
        for uid, group in groups_by_uid(calendar):
            # one series per run, so that an event the library chokes on does not lose the others
            try:
                unfolded = recurring_ical_events.of(
                    sub_calendar(calendar, group), keep_recurrence_attributes=True
                )
                all_day = series_is_all_day(group)
                written = written_recurrence_dates(group)
                found = [occurrence(v, zone, all_day, written) for v in unfolded.between(QUERY_FROM, QUERY_TO)]
            except Exception as error:
                message = str(error).splitlines()[0][:200] if str(error) else ""
                failed.append({"uid": uid, "error": type(error).__name__ + ": " + message})
                continue
            records.extend(r for r in found if in_window(r["_start"], r["_end"]))
    records.sort(key=lambda r: (r["_start"], r["uid"] or "", r["recurrenceId"] or "", r["end"]))
    entry = {"defaultZone": zone_name}
    if failed:
        entry["failedUids"] = sorted(failed, key=lambda f: (f["uid"] is None, f["uid"] or ""))
    if len(records) > CAP:
        cut = records[CAP]["_start"]
        records = [r for r in records if r["_start"] < cut]
        entry["truncatedBefore"] = cut.strftime("%Y-%m-%dT%H:%M:%SZ")
    entry["occurrences"] = [{k: v for k, v in r.items() if not k.startswith("_")} for r in records]
    return entry


def main():
    files = sorted(name for name in os.listdir(CORPUS) if name.endswith(".ics"))
    result = {
        "generator": {
            "script": "test/differential/reference.py",
            "recurring_ical_events": getattr(recurring_ical_events, "__version__", None)
            or _dist_version("recurring_ical_events"),
            "icalendar": icalendar.__version__,
            "pytz": pytz.__version__,
            "window": [encode(WINDOW_FROM), encode(WINDOW_TO)],
            "cap": CAP,
        },
        "files": {},
    }
    for name in files:
        try:
            result["files"][name] = expand_file(os.path.join(CORPUS, name))
        except Exception:  # a bug in this script, not in the library: stop loudly
            traceback.print_exc()
            sys.exit("failed on " + name)
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write(serialize(result))
    errors = sum(1 for entry in result["files"].values() if "error" in entry)
    partial = sum(1 for entry in result["files"].values() if "failedUids" in entry)
    total = sum(len(entry.get("occurrences", [])) for entry in result["files"].values())
    print(f"{len(files)} files, {total} occurrences, {errors} files python could not parse, "
          f"{partial} with series it could not expand -> {OUTPUT}")


def serialize(result):
    """Sorted-key JSON with one occurrence per line, small enough to diff in review."""
    one = lambda value: json.dumps(value, ensure_ascii=False, sort_keys=True)
    lines = ["{", ' "generator": ' + one(result["generator"]) + ",", ' "files": {']
    names = sorted(result["files"])
    for index, name in enumerate(names):
        entry = result["files"][name]
        head = {k: v for k, v in entry.items() if k != "occurrences"}
        lines.append("  " + one(name) + ": {")
        for key in sorted(head):
            lines.append("   " + one(key) + ": " + one(head[key]) + ",")
        occurrences = entry.get("occurrences")
        if occurrences is None:
            lines[-1] = lines[-1][:-1]
        else:
            lines.append('   "occurrences": [')
            lines.extend(
                "    " + one(o) + ("," if i + 1 < len(occurrences) else "") for i, o in enumerate(occurrences)
            )
            lines.append("   ]")
        lines.append("  }" + ("," if index + 1 < len(names) else ""))
    lines.extend([" }", "}", ""])
    return "\n".join(lines)


def _dist_version(name):
    try:
        from importlib.metadata import version

        return version(name.replace("_", "-"))
    except Exception:
        return None


if __name__ == "__main__":
    main()
