"""GTFS timetables read straight from their zip files (nothing is extracted).

``read_feed(path)`` parses one feed, whatever the date: stops (platforms
inherit their parent station's position when they have none, and remember
the station so platforms of one station can be linked), routes, trips,
stop_times, calendar, calendar_dates and frequencies. ``build_timetable``
then keeps the trips running on one date, between two times, from several
feeds at once (stop ids become ``<feed>:<stop_id>``), as a ``Timetable`` for
``transit.py``.

Conventions (GTFS reference, gtfs.org/schedule/reference):
- Times may pass 24:00:00: a trip of the previous day's service at 25:10:00
  runs at 01:10 on the date; services of the day before (and after, for a
  window past midnight) are included.
- Blank arrival/departure times between timepoints are interpolated linearly
  along ``shape_dist_traveled`` when the trip has it, otherwise along the
  straight-line distances between its stops (as OpenTripPlanner does).
- ``frequencies.txt``: with exact_times=1 the trip starts at start_time and
  every headway_secs while before end_time; with exact_times=0 the schedule is
  only a headway and the phase is unknown, so the starts are placed half a
  headway after those (start_time + headway/2 + k * headway): over a
  departure window this gives the average wait of half a headway.
- Encoding: UTF-8 with or without a byte-order mark; a file that is not UTF-8
  is read as Windows-1252 with a warning. Column names are trimmed.

Problems are never a traceback: a missing required file or column is a
``DataFileError`` (or ``InputError`` for a DATE no feed runs on) naming the feed and the fix; broken rows (bad times,
unknown stops or trips, repeated ids) are skipped and counted in
``Feed.problems`` with examples (file and line); ``strict=True`` turns them
into an error.
"""

import csv
import datetime
import io
import os
import zipfile

import numpy as np

from ..arrays import ranges
from ..errors import DataFileError, InputError
from ..geodesy import haversine_m
from ..kept import Kept
from ..progress import SILENT
from ..walk.network import file_state_digest
from .scan import Timetable

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DAY_S = 86400
BLANK = -1


class FeedProblems:
    """Problems found in one feed, counted by kind, with a few examples each."""

    EXAMPLES = 3

    def __init__(self, feed_name):
        self.feed_name = feed_name
        self._kinds = {}

    def add(self, file_name, what, example="", count=1):
        """Count ``count`` occurrences of ``what`` (e.g. "rows refer to unknown stops; skipped")."""
        total, examples = self._kinds.get((file_name, what), (0, []))
        if example and len(examples) < self.EXAMPLES:
            examples.append(example)
        self._kinds[(file_name, what)] = (total + count, examples)

    def __bool__(self):
        return bool(self._kinds)

    def messages(self):
        lines = []
        for (file_name, what), (count, examples) in self._kinds.items():
            where = f"{self.feed_name}, {file_name}" if file_name else self.feed_name
            text = f"{where}: {count} {what}"
            if examples:
                text += f" (e.g. {'; '.join(examples)})"
            lines.append(text)
        return lines

    def raise_if_strict(self, strict):
        if strict and self:
            raise DataFileError(
                "The GTFS feed has problems and STRICT is on:\n{problems}\n"
                "Fix the feed, or turn STRICT off to skip the broken rows with a warning.",
                problems="\n".join(self.messages()),
            )


class _Archive:
    """The .txt tables of a GTFS zip (also when zipped inside one folder)."""

    def __init__(self, path, problems):
        self.path = path
        self.problems = problems
        try:
            self.zip = zipfile.ZipFile(path)
        except FileNotFoundError:
            raise DataFileError("The GTFS file {path} does not exist.", path=path) from None
        except (zipfile.BadZipFile, OSError) as error:
            raise DataFileError(
                "{path} is not a GTFS zip file ({error}): give the feed's .zip as published.", path=path, error=error
            ) from None
        self.members = {}
        for info in self.zip.infolist():
            base = info.filename.rsplit("/", 1)[-1]
            if base.endswith(".txt") and not info.is_dir() and not base.startswith("._"):
                self.members.setdefault(base, info.filename)

    def has(self, name):
        return name in self.members

    def table(self, name, required, optional=()):
        """(line numbers, {column: list of str}) of ``name``; rows with a wrong
        number of fields are skipped and counted."""
        try:
            data = self.zip.read(self.members[name])
        except (zipfile.BadZipFile, OSError, RuntimeError) as error:
            raise DataFileError(
                "{feed}: cannot read {name} ({error}).", feed=self.problems.feed_name, name=name, error=error
            ) from None
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            self.problems.add(name, "file is not UTF-8; read as Windows-1252")
        reader = csv.reader(io.StringIO(text, newline=""))
        header = [column.strip() for column in next(reader, [])]
        missing = [column for column in required if column not in header]
        if missing:
            raise DataFileError(
                "{feed}: {name} has no column {missing} (its columns: {columns}). This is not a valid GTFS file.",
                feed=self.problems.feed_name,
                name=name,
                missing=", ".join(missing),
                columns=", ".join(header) or "none",
            )
        wanted = list(required) + [column for column in optional if column in header]
        indexes = [header.index(column) for column in wanted]
        width = len(header)
        columns = [[] for _ in wanted]
        lines = []
        for row in reader:
            if len(row) != width:
                if row and any(value.strip() for value in row):
                    self.problems.add(name, "rows with a wrong number of fields; skipped", f"line {reader.line_num}")
                continue
            lines.append(reader.line_num)
            for column, index in zip(columns, indexes):
                column.append(row[index].strip())
        return lines, dict(zip(wanted, columns))


def _time_seconds(text):
    """Seconds after midnight of "H:MM:SS" (hours may pass 24); BLANK for ""."""
    if not text:
        return BLANK
    hours, minutes, seconds = text.split(":")
    minutes, seconds = int(minutes), int(seconds)
    if not (0 <= minutes < 60 and 0 <= seconds < 60) or int(hours) < 0:
        raise ValueError(text)
    return int(hours) * 3600 + minutes * 60 + seconds


def _parse_date(text):
    return datetime.date(int(text[:4]), int(text[4:6]), int(text[6:8])).toordinal() if len(text) == 8 else None


def format_clock(seconds):
    seconds = int(seconds)
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"


class Feed:
    """One parsed GTFS feed, independent of the date (see ``read_feed``)."""

    def __init__(self, name, path):
        self.name = name
        self.path = path
        self.problems = FeedProblems(name)

    # --- calendar -------------------------------------------------------------------------
    def services_on(self, day):
        """Boolean mask of the services running on ``day`` (a datetime.date)."""
        ordinal = day.toordinal()
        active = (
            self.calendar_days[:, day.weekday()] & (self.calendar_start <= ordinal) & (ordinal <= self.calendar_end)
        )
        for service, kind in self.exceptions.get(ordinal, ()):
            active[service] = kind == 1
        return active

    def date_range(self):
        """First and last date with any service (datetime.date), or None."""
        ordinals = list(self.calendar_start[self.calendar_start > 0]) + list(self.calendar_end[self.calendar_end > 0])
        ordinals += [ordinal for ordinal, changes in self.exceptions.items() if any(k == 1 for _, k in changes)]
        if not ordinals:
            return None
        return datetime.date.fromordinal(int(min(ordinals))), datetime.date.fromordinal(int(max(ordinals)))

    def describe_range(self):
        span = self.date_range()
        return f"{span[0].isoformat()} → {span[1].isoformat()}" if span else "no date at all"


def read_feed(path, strict=False, name=None, progress=SILENT):
    """Parse the GTFS zip at ``path`` (see the module docstring)."""
    name = name or os.path.splitext(os.path.basename(path))[0]
    feed = Feed(name, path)
    archive = _Archive(path, feed.problems)
    for required in ("stops.txt", "trips.txt", "stop_times.txt"):
        if not archive.has(required):
            raise DataFileError(
                "{feed}: {file} is missing from {path}; a GTFS feed needs it. Is this the right zip?",
                feed=name,
                file=required,
                path=path,
            )
    if not (archive.has("calendar.txt") or archive.has("calendar_dates.txt")):
        raise DataFileError(
            "{feed}: neither calendar.txt nor calendar_dates.txt is in {path}; a GTFS feed needs one "
            "to say on which dates its trips run.",
            feed=name,
            path=path,
        )
    for recommended in ("agency.txt", "routes.txt"):
        if not archive.has(recommended):
            feed.problems.add(recommended, "file is missing (required by GTFS; not needed for routing)")
    _read_stops(feed, archive)
    progress.step(1, 5)
    route_labels = _read_routes(feed, archive)
    _read_calendar(feed, archive)
    _read_trips(feed, archive, route_labels)
    progress.step(2, 5)
    _read_stop_times(feed, archive)
    progress.step(4, 5)
    _read_frequencies(feed, archive)
    feed.problems.raise_if_strict(strict)
    progress.step(5, 5)
    return feed


def _read_stops(feed, archive):
    lines, table = archive.table(
        "stops.txt", ("stop_id",), ("stop_name", "stop_lat", "stop_lon", "location_type", "parent_station")
    )
    count = len(lines)
    ids = table["stop_id"]
    feed.stop_ids = ids
    feed.stop_names = table.get("stop_name", [""] * count)
    index = {}
    for i, stop_id in enumerate(ids):
        if stop_id in index:
            feed.problems.add("stops.txt", "rows repeat a stop_id; the first is kept", f"line {lines[i]}: {stop_id!r}")
        else:
            index.setdefault(stop_id, i)
    feed.stop_index = index
    lat = np.full(count, np.nan)
    lon = np.full(count, np.nan)
    for i, (lat_text, lon_text) in enumerate(
        zip(table.get("stop_lat", [""] * count), table.get("stop_lon", [""] * count))
    ):
        try:
            y, x = float(lat_text), float(lon_text)
        except ValueError:
            continue
        if -90 <= y <= 90 and -180 <= x <= 180 and (x, y) != (0.0, 0.0):
            lat[i], lon[i] = y, x
    parents = np.full(count, -1, dtype=np.int64)
    for i, parent in enumerate(table.get("parent_station", [""] * count)):
        if parent:
            if parent in index:
                parents[i] = index[parent]
            else:
                feed.problems.add(
                    "stops.txt",
                    "stops name an unknown parent_station; used on their own",
                    f"line {lines[i]}: {parent!r}",
                )
    location_types = table.get("location_type", [""] * count)
    # Positions and stations come from the parent, climbing at most two levels
    # (boarding area -> platform -> station).
    station = np.where(np.array([kind == "1" for kind in location_types], dtype=bool), np.arange(count), parents)
    for _ in range(2):
        missing = np.isnan(lat) & (parents >= 0)
        lat[missing] = lat[parents[missing]]
        lon[missing] = lon[parents[missing]]
        climb = (station >= 0) & (parents[np.maximum(station, 0)] >= 0)
        station[climb] = parents[station[climb]]
    feed.stop_lat, feed.stop_lon, feed.stop_station = lat, lon, station
    feed.stop_is_station = np.array([kind == "1" for kind in location_types], dtype=bool)


def _read_routes(feed, archive):
    if not archive.has("routes.txt"):
        return None
    _, table = archive.table("routes.txt", ("route_id",), ("route_short_name", "route_long_name"))
    count = len(table["route_id"])
    shorts = table.get("route_short_name", [""] * count)
    longs = table.get("route_long_name", [""] * count)
    return {route: short or long or route for route, short, long in zip(table["route_id"], shorts, longs)}


def _read_calendar(feed, archive):
    services = {}

    def service(service_id):
        return services.setdefault(service_id, len(services))

    days, starts, ends = [], [], []
    if archive.has("calendar.txt"):
        lines, table = archive.table("calendar.txt", ("service_id", "start_date", "end_date") + WEEKDAYS)
        for i, line in enumerate(lines):
            start, end = _parse_date(table["start_date"][i]), _parse_date(table["end_date"][i])
            flags = [table[day][i] for day in WEEKDAYS]
            if start is None or end is None or any(flag not in ("0", "1") for flag in flags):
                feed.problems.add("calendar.txt", "rows with an invalid date or weekday flag; skipped", f"line {line}")
                continue
            index = service(table["service_id"][i])
            if index < len(days):
                feed.problems.add("calendar.txt", "rows repeat a service_id; the first is kept", f"line {line}")
                continue
            days.append([flag == "1" for flag in flags])
            starts.append(start)
            ends.append(end)
    exceptions = {}
    if archive.has("calendar_dates.txt"):
        lines, table = archive.table("calendar_dates.txt", ("service_id", "date", "exception_type"))
        for i, line in enumerate(lines):
            date, kind = _parse_date(table["date"][i]), table["exception_type"][i]
            if date is None or kind not in ("1", "2"):
                feed.problems.add(
                    "calendar_dates.txt", "rows with an invalid date or exception_type; skipped", f"line {line}"
                )
                continue
            exceptions.setdefault(date, []).append((service(table["service_id"][i]), int(kind)))
    count = len(services)
    # Services known only from calendar_dates run on no weekday by default.
    feed.calendar_days = np.zeros((count, 7), dtype=bool)
    feed.calendar_start = np.zeros(count, dtype=np.int64)
    feed.calendar_end = np.zeros(count, dtype=np.int64)
    if days:
        feed.calendar_days[: len(days)] = days
        feed.calendar_start[: len(days)] = starts
        feed.calendar_end[: len(days)] = ends
    feed.service_index = services
    feed.exceptions = exceptions


def _read_trips(feed, archive, route_labels):
    lines, table = archive.table("trips.txt", ("route_id", "service_id", "trip_id"))
    index, services, labels = {}, [], []
    for i, line in enumerate(lines):
        trip_id, route_id, service_id = table["trip_id"][i], table["route_id"][i], table["service_id"][i]
        if trip_id in index:
            feed.problems.add("trips.txt", "rows repeat a trip_id; the first is kept", f"line {line}: {trip_id!r}")
            continue
        if route_labels is not None and route_id not in route_labels:
            feed.problems.add("trips.txt", "trips refer to an unknown route_id; skipped", f"line {line}: {route_id!r}")
            continue
        service = feed.service_index.get(service_id)
        if service is None:
            feed.problems.add(
                "trips.txt",
                "trips refer to a service_id absent from calendar.txt and calendar_dates.txt; they never run",
                f"line {line}: {service_id!r}",
            )
            continue
        index[trip_id] = len(services)
        services.append(service)
        labels.append(route_labels[route_id] if route_labels else route_id)
    feed.trip_index = index
    feed.trip_service = np.array(services, dtype=np.int64)
    feed.trip_labels = labels


def _read_stop_times(feed, archive):
    lines, table = archive.table(
        "stop_times.txt",
        ("trip_id", "arrival_time", "departure_time", "stop_id", "stop_sequence"),
        ("shape_dist_traveled",),
    )
    problems = feed.problems
    trip_index, stop_index = feed.trip_index, feed.stop_index
    has_position = ~np.isnan(feed.stop_lat)
    station_rows = feed.stop_is_station
    times = {"": BLANK}
    count = len(lines)
    trips = np.empty(count, dtype=np.int64)
    stops = np.empty(count, dtype=np.int64)
    sequences = np.empty(count, dtype=np.int64)
    arrivals = np.empty(count, dtype=np.int64)
    departures = np.empty(count, dtype=np.int64)
    keep = np.ones(count, dtype=bool)
    distances_text = table.get("shape_dist_traveled")
    trip_ids, stop_ids = table["trip_id"], table["stop_id"]
    arrival_texts, departure_texts, sequence_texts = (
        table["arrival_time"],
        table["departure_time"],
        table["stop_sequence"],
    )
    for i in range(count):
        trip = trip_index.get(trip_ids[i])
        if trip is None:
            keep[i] = False
            problems.add(
                "stop_times.txt",
                "rows refer to an unknown (or skipped) trip_id; skipped",
                f"line {lines[i]}: {trip_ids[i]!r}",
            )
            continue
        stop = stop_index.get(stop_ids[i])
        if stop is None or not has_position[stop]:
            keep[i] = False
            what = "an unknown stop_id" if stop is None else "a stop without coordinates"
            problems.add("stop_times.txt", f"rows refer to {what}; skipped", f"line {lines[i]}: {stop_ids[i]!r}")
            continue
        if station_rows[stop]:
            problems.add(
                "stop_times.txt",
                "rows refer to a station (location_type 1) instead of a stop; used as a stop",
                f"line {lines[i]}: {stop_ids[i]!r}",
            )
        try:
            arrival = times.get(arrival_texts[i])
            if arrival is None:
                arrival = times[arrival_texts[i]] = _time_seconds(arrival_texts[i])
            departure = times.get(departure_texts[i])
            if departure is None:
                departure = times[departure_texts[i]] = _time_seconds(departure_texts[i])
            sequence = int(sequence_texts[i])
        except ValueError:
            keep[i] = False
            problems.add("stop_times.txt", "rows with an invalid time or stop_sequence; skipped", f"line {lines[i]}")
            continue
        trips[i], stops[i], sequences[i], arrivals[i], departures[i] = trip, stop, sequence, arrival, departure
    distances = np.full(count, np.nan)
    if distances_text is not None:
        for i, text in enumerate(distances_text):
            if text:
                try:
                    distances[i] = float(text)
                except ValueError:
                    pass
    rows = np.flatnonzero(keep)
    order = rows[np.lexsort((sequences[rows], trips[rows]))]
    trips, stops, sequences = trips[order], stops[order], sequences[order]
    arrivals, departures, distances = arrivals[order], departures[order], distances[order]
    line_numbers = np.asarray(lines, dtype=np.int64)[order] if count else np.zeros(0, dtype=np.int64)
    trip_ids_by_index = list(feed.trip_index)

    def drop_trips(bad_rows, what):
        """Keep-mask without the trips having a bad row, counted as one problem each."""
        bad_trips, first_rows = np.unique(trips[bad_rows], return_index=True)
        lines_of_bad = line_numbers[np.flatnonzero(bad_rows)[first_rows]]
        for trip, line in list(zip(bad_trips, lines_of_bad))[: FeedProblems.EXAMPLES]:
            problems.add("stop_times.txt", what, f"trip {trip_ids_by_index[trip]!r} at line {line}", count=0)
        if len(bad_trips):
            problems.add("stop_times.txt", what, count=len(bad_trips))
        return ~np.isin(trips, bad_trips)

    same_trip = trips[1:] == trips[:-1]
    repeated = np.zeros(len(trips), dtype=bool)
    repeated[1:] = same_trip & (sequences[1:] == sequences[:-1])
    valid = drop_trips(repeated, "trips repeat a stop_sequence; skipped")
    starts = np.ones(len(trips), dtype=bool)
    starts[1:] = ~same_trip
    ends = np.ones(len(trips), dtype=bool)
    ends[:-1] = ~same_trip
    arrivals = np.where(arrivals == BLANK, departures, arrivals)
    departures = np.where(departures == BLANK, arrivals, departures)
    timed = arrivals != BLANK
    valid &= drop_trips((starts | ends) & ~timed, "trips have no time at their first or last stop; skipped")
    valid &= drop_trips(starts & ends, "trips have a single stop; skipped")
    trips, stops, arrivals, departures, distances, line_numbers, timed = (
        array[valid] for array in (trips, stops, arrivals, departures, distances, line_numbers, timed)
    )
    arrivals, departures = _interpolate(feed, trips, stops, arrivals, departures, distances, timed)
    # Times must never go backwards along a trip.
    backwards = np.zeros(len(trips), dtype=bool)
    backwards |= departures < arrivals
    backwards[1:] |= (trips[1:] == trips[:-1]) & (arrivals[1:] < departures[:-1])
    valid = drop_trips(backwards, "trips have times that go backwards; skipped")
    feed.st_trip, feed.st_stop = trips[valid], stops[valid]
    feed.st_arrival, feed.st_departure = arrivals[valid], departures[valid]
    feed.trip_first = np.searchsorted(feed.st_trip, np.arange(len(feed.trip_service) + 1))


def _interpolate(feed, trips, stops, arrivals, departures, distances, timed):
    """Fill blank times linearly between the surrounding timepoints, along
    shape_dist_traveled when the whole trip has it (non-decreasing), otherwise
    along the straight-line distances between consecutive stops."""
    count = len(trips)
    if count == 0 or timed.all():
        return arrivals, departures
    same_trip = np.zeros(count, dtype=bool)
    same_trip[1:] = trips[1:] == trips[:-1]
    trip_rank = np.cumsum(~same_trip) - 1
    lon, lat = feed.stop_lon[stops], feed.stop_lat[stops]
    step = np.zeros(count)
    step[1:] = np.where(same_trip[1:], haversine_m(lon[:-1], lat[:-1], lon[1:], lat[1:]), 0.0)
    along_stops = np.cumsum(step)
    shape_step = np.zeros(count)
    shape_step[1:] = np.where(same_trip[1:], distances[1:] - distances[:-1], 0.0)
    shape_ok = ~np.isnan(distances) & ~(shape_step < 0)
    trip_shape_ok = np.ones(trip_rank[-1] + 1, dtype=bool)
    np.logical_and.at(trip_shape_ok, trip_rank, shape_ok)
    along = np.where(trip_shape_ok[trip_rank], distances, along_stops)

    positions = np.arange(count)
    previous = np.maximum.accumulate(np.where(timed, positions, 0))
    following = np.minimum.accumulate(np.where(timed, positions, count - 1)[::-1])[::-1]
    blank = ~timed
    before, after = previous[blank], following[blank]
    span = along[after] - along[before]
    fraction = np.where(
        span > 0,
        (along[blank] - along[before]) / np.where(span > 0, span, 1.0),
        (positions[blank] - before) / (after - before),
    )
    fraction = np.clip(fraction, 0.0, 1.0)
    start, end = departures[before], arrivals[after]
    filled = np.rint(start + fraction * (end - start)).astype(np.int64)
    arrivals = arrivals.copy()
    departures = departures.copy()
    arrivals[blank] = filled
    departures[blank] = filled
    return arrivals, departures


def _read_frequencies(feed, archive):
    columns = ("trip", "start", "end", "headway", "exact")
    feed.frequencies = {column: np.zeros(0, dtype=np.int64) for column in columns}
    if not archive.has("frequencies.txt"):
        return
    lines, table = archive.table(
        "frequencies.txt", ("trip_id", "start_time", "end_time", "headway_secs"), ("exact_times",)
    )
    rows = []
    for i, line in enumerate(lines):
        trip = feed.trip_index.get(table["trip_id"][i])
        if trip is None:
            feed.problems.add(
                "frequencies.txt", "rows refer to an unknown (or skipped) trip_id; skipped", f"line {line}"
            )
            continue
        try:
            start, end = _time_seconds(table["start_time"][i]), _time_seconds(table["end_time"][i])
            headway = int(table["headway_secs"][i])
            exact = table.get("exact_times", [""] * len(lines))[i] or "0"
            if start == BLANK or end == BLANK or headway <= 0 or exact not in ("0", "1"):
                raise ValueError
        except ValueError:
            feed.problems.add(
                "frequencies.txt", "rows with an invalid time, headway or exact_times; skipped", f"line {line}"
            )
            continue
        rows.append((trip, start, end, headway, int(exact)))
    if rows:
        values = np.array(rows, dtype=np.int64)
        feed.frequencies = {column: values[:, j] for j, column in enumerate(columns)}


def _trip_connections(feed):
    """Connections of every trip of the feed (times as in the feed), cached on it."""
    cached = getattr(feed, "_connections", None)
    if cached is None:
        next_row = np.flatnonzero(feed.st_trip[1:] == feed.st_trip[:-1])
        cached = {
            "trip": feed.st_trip[next_row],
            "dep_stop": feed.st_stop[next_row],
            "arr_stop": feed.st_stop[next_row + 1],
            "dep_time": feed.st_departure[next_row],
            "arr_time": feed.st_arrival[next_row + 1],
        }
        feed._connections = cached
    return cached


def _frequency_starts(frequencies):
    """(frequency row, start time) of every run the frequency rows describe."""
    phase = np.where(frequencies["exact"] == 1, 0, frequencies["headway"] // 2)
    first = frequencies["start"] + phase
    runs = np.maximum(0, -(-(frequencies["end"] - first) // frequencies["headway"]))
    row = np.repeat(np.arange(len(first)), runs)
    within = ranges(np.zeros(len(first), dtype=np.int64), runs)
    return row, first[row] + within * frequencies["headway"][row]


def _feed_runs(feed, day, start, end):
    """Connections (dict of arrays) of ``feed`` departing in [start, end] seconds
    after midnight of ``day``, with a run number per trip run; and whether any
    trip runs on ``day`` itself."""
    connections = _trip_connections(feed)
    frequency_trip = np.zeros(len(feed.trip_service), dtype=bool)
    frequency_trip[feed.frequencies["trip"]] = True
    longest = int(feed.st_arrival.max(initial=0))
    if len(feed.frequencies["end"]):
        longest += int(feed.frequencies["end"].max())
    parts, runs_on_day = [], False
    run_base = 0
    for offset in range(-(longest // DAY_S), end // DAY_S + 1):
        active_service = feed.services_on(day + datetime.timedelta(days=offset))
        active_trip = active_service[feed.trip_service] & (np.diff(feed.trip_first) > 1)
        if offset == 0:
            runs_on_day = bool(active_trip.any())
        shift = offset * DAY_S
        # Scheduled trips.
        chosen = active_trip[connections["trip"]] & ~frequency_trip[connections["trip"]]
        dep = connections["dep_time"] + shift
        chosen &= (dep >= start) & (dep <= end)
        part = {key: values[chosen] for key, values in connections.items()}
        part["dep_time"] = part["dep_time"] + shift
        part["arr_time"] = part["arr_time"] + shift
        part["run"] = part["trip"] + run_base
        part["label_trip"] = part["trip"]
        parts.append(part)
        run_base += len(feed.trip_service)
        # Frequency-based trips: the stop_times are a template shifted to each start.
        active_rows = active_trip[feed.frequencies["trip"]]
        frequencies = {key: values[active_rows] for key, values in feed.frequencies.items()}
        row, run_start = _frequency_starts(frequencies)
        run_trip = frequencies["trip"][row]
        first_row = feed.trip_first[run_trip]
        connection_count = feed.trip_first[run_trip + 1] - first_row - 1
        index = ranges(np.searchsorted(connections["trip"], run_trip), connection_count)
        run_of = np.repeat(np.arange(len(run_trip)), connection_count)
        delta = (run_start - feed.st_departure[first_row])[run_of] + shift
        part = {key: values[index] for key, values in connections.items()}
        part["dep_time"] = part["dep_time"] + delta
        part["arr_time"] = part["arr_time"] + delta
        keep = (part["dep_time"] >= start) & (part["dep_time"] <= end)
        part = {key: values[keep] for key, values in part.items()}
        part["run"] = run_of[keep] + run_base
        part["label_trip"] = part["trip"]
        parts.append(part)
        run_base += len(run_trip)
    merged = {key: np.concatenate([part[key] for part in parts]) for key in parts[0]}
    # Trips of the day before running past midnight count as service too.
    return merged, runs_on_day or len(merged["run"]) > 0


def build_timetable(feeds, day, start, end, strict=False):
    """The ``Timetable`` of ``feeds`` for trips departing between ``start`` and
    ``end`` (seconds after midnight of ``day``, a datetime.date).

    A feed with no service on ``day`` is a warning naming its date range (an
    error with ``strict``, or when no feed runs that day)."""
    warnings = []
    stop_parts, connection_parts, labels = [], [], []
    stop_offset = run_offset = 0
    idle = []
    for feed in feeds:
        warnings.extend(feed.problems.messages())
        runs, runs_on_day = _feed_runs(feed, day, start, end)
        if not runs_on_day:
            idle.append(
                f"{feed.name}: no service on {day.isoformat()} ({day.strftime('%A')}); "
                f"the feed covers {feed.describe_range()}"
            )
        used = np.unique(np.concatenate([runs["dep_stop"], runs["arr_stop"]]))
        local = np.full(len(feed.stop_ids), -1, dtype=np.int64)
        local[used] = np.arange(len(used)) + stop_offset
        stop_parts.append((feed, used))
        run_numbers, run_index = np.unique(runs["run"], return_inverse=True)
        first_connection = (
            np.searchsorted(runs["run"], run_numbers) if len(runs["run"]) else np.zeros(0, dtype=np.int64)
        )
        labels.extend(feed.trip_labels[trip] for trip in runs["label_trip"][first_connection])
        connection_parts.append(
            (
                local[runs["dep_stop"]],
                local[runs["arr_stop"]],
                runs["dep_time"],
                runs["arr_time"],
                run_index + run_offset,
            )
        )
        stop_offset += len(used)
        run_offset += len(run_numbers)
    if len(idle) == len(feeds):
        raise InputError(
            "No public transport runs on the chosen date:\n{feeds}\nChoose a DATE inside the feed's dates.",
            feeds="\n".join(idle),
        )
    if idle and strict:
        raise InputError(
            "{feeds}\n(STRICT is on: choose a DATE every feed covers, or turn STRICT off.)", feeds="\n".join(idle)
        )
    warnings.extend(idle)
    if not any(len(part[0]) for part in connection_parts):
        warnings.append(
            f"No vehicle departs between {format_clock(start)} and {format_clock(end)} on {day.isoformat()}: "
            "the times are walking times."
        )
    stop_ids, names, lon, lat, station = [], [], [], [], []
    station_offset = 0
    for (feed, used), name in zip(stop_parts, _distinct_names(feeds)):
        stop_ids.extend(f"{name}:{feed.stop_ids[i]}" for i in used)
        names.extend(feed.stop_names[i] for i in used)
        lon.append(feed.stop_lon[used])
        lat.append(feed.stop_lat[used])
        feed_station = feed.stop_station[used]
        station.append(np.where(feed_station >= 0, feed_station + station_offset, -1))
        station_offset += len(feed.stop_ids)
    dep_stop, arr_stop, dep_time, arr_time, trip = (np.concatenate(column) for column in zip(*connection_parts))
    order = np.lexsort((dep_time, trip))
    return Timetable(
        stop_ids=stop_ids,
        stop_names=names,
        stop_lon=np.concatenate(lon),
        stop_lat=np.concatenate(lat),
        dep_stop=dep_stop[order],
        arr_stop=arr_stop[order],
        dep_time=dep_time[order],
        arr_time=arr_time[order],
        trip=trip[order],
        trip_labels=labels,
        stop_station=np.concatenate(station),
        warnings=warnings,
    )


def typical_date(feeds):
    """The first Tuesday on which every feed runs trips (a plain weekday, away from
    weekend and Monday exceptions); failing that, the first day any feed runs."""
    spans = [feed.date_range() for feed in feeds]
    if not all(spans):
        raise DataFileError("A GTFS feed has no service date at all: check its calendar files.")

    def runs(feed, day):
        return bool(feed.services_on(day)[feed.trip_service].any())

    first, last = min(span[0] for span in spans), max(span[1] for span in spans)
    day = first + datetime.timedelta(days=(1 - first.weekday()) % 7)
    while day <= last:
        if all(runs(feed, day) for feed in feeds):
            return day
        day += datetime.timedelta(days=7)
    day = first
    while day <= last:
        if any(runs(feed, day) for feed in feeds):
            return day
        day += datetime.timedelta(days=1)
    raise DataFileError("No GTFS feed runs any trip on any of its dates: check its calendar files.")


def read_feeds(paths, strict=False, progress=SILENT):
    """Parse several feeds (``read_feed``)."""
    return [
        read_feed(path, strict, progress=progress.sub(number / len(paths), (number + 1) / len(paths)))
        for number, path in enumerate(paths)
    ]


def _distinct_names(feeds):
    """Feed names for stop ids: two feeds with the same file name become name and name_2."""
    names, seen = [], {}
    for feed in feeds:
        seen[feed.name] = seen.get(feed.name, 0) + 1
        names.append(feed.name if seen[feed.name] == 1 else f"{feed.name}_{seen[feed.name]}")
    return names


# Parsed feeds of this session, by file identity: a rerun (or a model) skips the parsing.
_FEEDS = Kept(size=8)


def read_feeds_cached(paths, strict=False, progress=SILENT):
    """``read_feeds`` through a small in-memory cache keyed by path, size and modification time."""
    for path in paths:
        if not os.path.exists(path):
            raise DataFileError("The GTFS file {path} does not exist.", path=path)
    keys = [file_state_digest([path], f"gtfs:{bool(strict)}") for path in paths]
    feeds = {key: _FEEDS.get(key) for key in keys}
    missing = [(path, key) for path, key in zip(paths, keys) if feeds[key] is None]
    if missing:
        for (_, key), feed in zip(missing, read_feeds([path for path, _ in missing], strict, progress)):
            feeds[key] = feed
            _FEEDS.keep(key, feed)
    return [feeds[key] for key in keys]
