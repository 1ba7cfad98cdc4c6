"""Walking + public transport access to the nearest outlet, over a departure window.

The timetable (from GTFS, ``gtfs.py``, or estimated from OSM route relations,
``osm_routes.py``) is a list of *connections*: a vehicle leaving stop ``u`` at
``dep`` and reaching the next stop ``v`` at ``arr``, grouped by trip run. The
street network is seen only through arrays of walking seconds, so the router
does not care where they come from:

- ``egress[s]``: walking from stop ``s`` to the nearest outlet (one multi-source
  shortest-path pass from all outlets);
- ``transfers``: walking between stops (``Links``);
- ``access``: walking from each origin to the stops around it (``Links``);
- ``walk_only[o]``: walking from origin ``o`` straight to its nearest outlet.

Method: a *profile* Connection Scan run backwards from the single target
"any outlet" (Dibbelt, Pajor, Strasser, Wagner: Connection Scan Algorithm,
ACM JEA 2018), computed in rounds like RAPTOR so that ``max_transfers`` holds:
round ``k`` gives, for every stop, the earliest arrival at an outlet as a step
function of the time one is ready to board there, using at most ``k``
vehicles. Within a round the scan is vectorized: a connection's value is the
best of alighting (arrival + egress), transferring (round ``k - 1`` profiles
of the stops within a transfer walk) and staying seated (a suffix minimum
along its trip). One search serves every origin and every departure minute,
so the cost grows neither with the number of outlets nor with the window.

Then, for every origin and every departure minute of the window (R5's
method: Conveyal R5, FastRaptorWorker, one search per minute, 60 s steps),
the arrival is the best over the origin's access stops, never later than
walking alone. Times are whole seconds; a vehicle is boarded at least 60 s
after reaching its stop (R5's MINIMUM_BOARD_WAIT_SEC). Percentiles over the
window follow R5's nearest-rank rule (TravelTimeReducer: the value at index
ceil(p / 100 * n) - 1 of the sorted times); the median is the 50th.
"""

from dataclasses import dataclass, field

import numpy as np

from ..arrays import ranges
from ..errors import InputError
from ..progress import SILENT

BOARD_SLACK_S = 60
DEPARTURE_STEP_S = 60
# Unreached, in whole seconds relative to the first departure; sums stay below _SEGMENT_SPAN.
UNREACHED = 1 << 30
_SEGMENT_SPAN = 1 << 31


@dataclass
class Timetable:
    """Stops and connections of the trips running on one date, times in seconds
    after midnight of that date (a trip of the previous day's service at 25:10
    runs at 01:10; values may exceed 86,400 for trips running past midnight).

    Connections are sorted by trip run, then by order along the trip.
    ``estimated`` is true when the times were not published but estimated
    (OSM route relations); ``warnings`` are the feed problems worth telling."""

    stop_ids: list
    stop_names: list
    stop_lon: np.ndarray
    stop_lat: np.ndarray
    dep_stop: np.ndarray
    arr_stop: np.ndarray
    dep_time: np.ndarray
    arr_time: np.ndarray
    trip: np.ndarray
    trip_labels: list = field(default_factory=list)
    stop_station: np.ndarray = None
    estimated: bool = False
    warnings: list = field(default_factory=list)

    def __post_init__(self):
        if self.stop_station is None:
            self.stop_station = np.full(len(self.stop_ids), -1, dtype=np.int64)

    @property
    def stop_count(self):
        return len(self.stop_ids)

    @property
    def connection_count(self):
        return len(self.dep_stop)

    def station_pairs(self):
        """(a, b) index pairs of distinct stops sharing a parent station (both directions)."""
        stations = self.stop_station
        members = np.flatnonzero(stations >= 0)
        order = members[np.argsort(stations[members], kind="stable")]
        pairs_a, pairs_b = [], []
        for group in np.split(order, np.flatnonzero(np.diff(stations[order])) + 1):
            if len(group) > 1:
                a, b = np.meshgrid(group, group, indexing="ij")
                keep = a != b
                pairs_a.append(a[keep])
                pairs_b.append(b[keep])
        if not pairs_a:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return np.concatenate(pairs_a), np.concatenate(pairs_b)


class Links:
    """Walking links from sources (origins or stops) to stops, in compressed rows:
    source ``i`` reaches ``targets[start[i]:start[i + 1]]`` in ``seconds[...]``."""

    def __init__(self, start, targets, seconds):
        self.start = np.asarray(start, dtype=np.int64)
        self.targets = np.asarray(targets, dtype=np.int64)
        self.seconds = np.asarray(seconds, dtype=np.float64)

    @classmethod
    def from_pairs(cls, source_count, sources, targets, seconds):
        """Links from unordered (source, target, seconds) triples; for a repeated
        pair the shortest walk is kept."""
        sources = np.asarray(sources, dtype=np.int64)
        targets = np.asarray(targets, dtype=np.int64)
        seconds = np.asarray(seconds, dtype=np.float64)
        order = np.lexsort((seconds, targets, sources))
        sources, targets, seconds = sources[order], targets[order], seconds[order]
        first = np.ones(len(sources), dtype=bool)
        first[1:] = (sources[1:] != sources[:-1]) | (targets[1:] != targets[:-1])
        sources, targets, seconds = sources[first], targets[first], seconds[first]
        start = np.searchsorted(sources, np.arange(source_count + 1))
        return cls(start, targets, seconds)

    @property
    def source_count(self):
        return len(self.start) - 1

    def counts(self):
        return np.diff(self.start)

    def sources(self):
        return np.repeat(np.arange(self.source_count), self.counts())


@dataclass
class WindowTimes:
    """Travel seconds to the nearest outlet per origin (rows) and departure minute
    (columns), ``inf`` when unreachable, and whether transit beat walking alone."""

    departures: np.ndarray
    seconds: np.ndarray
    by_transit: np.ndarray

    def percentile(self, p):
        """Nearest-rank percentile per origin (R5's TravelTimeReducer rule)."""
        count = self.seconds.shape[1]
        index = min(max(int(np.ceil(p / 100.0 * count)) - 1, 0), count - 1)
        return np.sort(self.seconds, axis=1)[:, index]

    def median(self):
        return self.percentile(50)

    def minutes(self, p, walk_minutes):
        """Nearest-rank percentile ``p`` in minutes, counting the departures at which walking
        alone wins at exactly ``walk_minutes`` (per origin: the walking mode's own time_min).
        min(., w) commutes with order statistics, so this is the percentile of min(transit, w):
        never above walking alone, not even by a rounding of the seconds."""
        transit_only = WindowTimes(self.departures, np.where(self.by_transit, self.seconds, np.inf), self.by_transit)
        return np.minimum(transit_only.percentile(p) / 60.0, walk_minutes)

    def transit_share(self):
        """Share of the departure minutes at which transit beat walking alone."""
        return self.by_transit.mean(axis=1)


def _whole_seconds(values):
    """Walking seconds as int64, inf (unreachable) as UNREACHED."""
    values = np.asarray(values, dtype=np.float64)
    out = np.full(values.shape, UNREACHED, dtype=np.int64)
    finite = np.isfinite(values)
    out[finite] = np.minimum(np.rint(values[finite]), UNREACHED)
    return out


def _segment_rank(segment):
    """0, 1, 2... numbering consecutive runs of equal values."""
    rank = np.zeros(len(segment), dtype=np.int64)
    if len(segment) > 1:
        rank[1:] = np.cumsum(segment[1:] != segment[:-1])
    return rank


def _suffix_min(values, rank):
    """Minimum of values[i:] within i's segment (``rank`` from _segment_rank).

    Each segment is lifted above the segments before it, so one running
    minimum over the reversed array restarts at every segment boundary."""
    lifted = values + rank * _SEGMENT_SPAN
    return np.minimum.accumulate(lifted[::-1])[::-1] - rank * _SEGMENT_SPAN


class StopProfiles:
    """For every stop, the earliest arrival at an outlet as a step function of
    the time one is ready to board there (seconds relative to ``origin``)."""

    def __init__(self, entry_stop, entry_ready, entry_rank, origin, span):
        # Entries sorted by stop then ready time, one per connection leaving the stop.
        self.entry_stop = entry_stop
        self.entry_ready = entry_ready
        self.entry_rank = entry_rank
        self.origin = origin
        self.span = span
        self.keys = entry_stop * span + entry_ready
        self.arrival = np.full(len(entry_stop), UNREACHED, dtype=np.int64)

    def with_values(self, values):
        """The same entries with these (per entry) arrivals, made step functions."""
        other = StopProfiles.__new__(StopProfiles)
        other.__dict__.update(self.__dict__)
        other.arrival = _suffix_min(values, self.entry_rank)
        return other

    def locate(self, stops, ready):
        """(entry index, found) of the first entry of each stop at or after ``ready``
        (relative seconds): the same for every set of values of these entries."""
        if len(self.keys) == 0:
            return np.zeros(len(stops), dtype=np.int64), np.zeros(len(stops), dtype=bool)
        keys = stops * self.span + np.clip(ready, 0, self.span - 1)
        index = np.minimum(np.searchsorted(self.keys, keys), len(self.keys) - 1)
        return index, (self.entry_stop[index] == stops) & (self.keys[index] >= keys)


def _walk_links_with_self(transfers, stop_count):
    """Transfer links with staying at the same stop (0 s) first in each row, as int64 seconds."""
    counts = transfers.counts() + 1
    start = np.concatenate([[0], np.cumsum(counts)])
    targets = np.empty(start[-1], dtype=np.int64)
    seconds = np.zeros(start[-1], dtype=np.int64)
    targets[start[:-1]] = np.arange(stop_count)
    moved = np.ones(start[-1], dtype=bool)
    moved[start[:-1]] = False
    targets[moved] = transfers.targets
    seconds[moved] = _whole_seconds(transfers.seconds)
    return start, targets, seconds


def stop_profiles(timetable, egress, transfers, start, end, max_transfers, progress=SILENT):
    """Profiles of every stop for departures from ``start`` to ``end`` (seconds
    after midnight), with at most ``max_transfers + 1`` vehicles.

    ``egress``: walking seconds from each stop to the nearest outlet (inf when
    none within the walking limit). ``transfers``: ``Links`` between stops."""
    if max_transfers < 0:
        raise InputError("The maximum number of transfers cannot be negative.")
    origin = int(start) - BOARD_SLACK_S
    keep = (timetable.dep_time >= start) & (timetable.dep_time <= end)
    dep_stop = timetable.dep_stop[keep].astype(np.int64)
    arr_stop = timetable.arr_stop[keep].astype(np.int64)
    dep = timetable.dep_time[keep].astype(np.int64) - origin
    arr = timetable.arr_time[keep].astype(np.int64) - origin
    trip_rank = _segment_rank(timetable.trip[keep])

    entry_order = np.lexsort((dep, dep_stop))
    entry_stop = dep_stop[entry_order]
    entry_ready = dep[entry_order] - BOARD_SLACK_S
    span = int(max(entry_ready.max(initial=0), arr.max(initial=0))) + 2
    empty = StopProfiles(entry_stop, entry_ready, _segment_rank(entry_stop), origin, span)

    alight = np.minimum(arr + _whole_seconds(egress)[arr_stop], UNREACHED)
    # Transfers: after alighting, walk (or stay, 0 s) to a stop and be ready there.
    # Which profile entry each walk reaches does not change from round to round.
    # Pairs go link by link, arrivals in time order, so the searches run on sorted keys.
    link_start, link_target, link_seconds = _walk_links_with_self(transfers, timetable.stop_count)
    arrival_order = np.lexsort((arr, arr_stop))
    arrival_start = np.searchsorted(arr_stop[arrival_order], np.arange(timetable.stop_count + 1))
    link_source = np.repeat(np.arange(timetable.stop_count), np.diff(link_start))
    arrivals_per_link = np.diff(arrival_start)[link_source]
    pair_connection = arrival_order[ranges(arrival_start[link_source], arrivals_per_link)]
    pair_link = np.repeat(np.arange(len(link_target)), arrivals_per_link)
    pair_entry, found = empty.locate(link_target[pair_link], arr[pair_connection] + link_seconds[pair_link])
    # Grouped by connection once, for a minimum per connection in every round.
    by_connection = np.argsort(pair_connection[found], kind="stable")
    pair_entry = pair_entry[found][by_connection]
    pair_connection = pair_connection[found][by_connection]
    transferring, group_start = np.unique(pair_connection, return_index=True)

    profiles = empty
    previous = None
    for round_index in range(max_transfers + 1):
        progress.step(round_index, max_transfers + 1)
        best = alight
        if round_index > 0 and len(pair_entry):
            best = alight.copy()
            transfer = np.minimum.reduceat(profiles.arrival[pair_entry], group_start)
            best[transferring] = np.minimum(best[transferring], transfer)
        # Staying seated: the best of this and every later connection of the trip.
        on_trip = _suffix_min(best, trip_rank)
        if previous is not None and np.array_equal(on_trip, previous):
            break
        previous = on_trip
        profiles = empty.with_values(on_trip[entry_order])
    progress.step(1, 1)
    return profiles


def window_times(profiles, access, walk_only, departures):
    """Travel seconds per origin and departure (seconds after midnight, ascending,
    regular steps), the best of walking alone and of every access stop's profile."""
    departures = np.asarray(departures, dtype=np.int64)
    count = len(departures)
    walk_only = np.asarray(walk_only, dtype=np.float64)
    walk = _whole_seconds(walk_only)
    relative = departures - profiles.origin
    step = int(departures[1] - departures[0]) if count > 1 else 1

    # An access walk as long as walking to the outlet can never help.
    sources = access.sources()
    seconds = _whole_seconds(access.seconds)
    useful = seconds < walk[sources]
    sources, stops, seconds = sources[useful], access.targets[useful], seconds[useful]

    # Each profile entry of an access stop serves every departure up to the last
    # one from which it is still caught: scatter it there, then sweep backwards.
    keys = profiles.keys
    first = np.searchsorted(keys, stops * profiles.span + np.clip(relative[0] + seconds, 0, profiles.span - 1))
    last = np.searchsorted(keys, stops * profiles.span + np.clip(relative[-1] + seconds, 0, profiles.span - 1))
    last_inside = last < len(keys)
    if len(keys):  # no vehicle in the window: no profile entry at all
        last_inside &= profiles.entry_stop[np.minimum(last, len(keys) - 1)] == stops
    counts = last - first + last_inside
    entries = ranges(first, counts)
    pair = np.repeat(np.arange(len(stops)), counts)
    latest = (profiles.entry_ready[entries] - seconds[pair] - relative[0]) // step
    column = np.minimum(latest, count - 1)

    arrival = np.full(access.source_count * count, UNREACHED, dtype=np.int64)
    np.minimum.at(arrival, sources[pair] * count + column, profiles.arrival[entries])
    arrival = arrival.reshape(access.source_count, count)
    arrival = np.minimum.accumulate(arrival[:, ::-1], axis=1)[:, ::-1]

    # Against the exact walking time, so that no result is slower than walking alone.
    exact_walk = np.where(np.isfinite(walk_only), walk_only, np.inf)[:, None]
    transit = np.where(arrival < UNREACHED, arrival - relative[None, :], np.inf)
    by_transit = transit < exact_walk
    return WindowTimes(departures, np.where(by_transit, transit, exact_walk), by_transit)


def departure_minutes(departure, window_minutes, step=DEPARTURE_STEP_S):
    """Departure times (seconds after midnight) of the window, one per ``step``."""
    if window_minutes < 1:
        return np.array([int(departure)], dtype=np.int64)
    return int(departure) + step * np.arange(int(window_minutes * 60 // step), dtype=np.int64)


def transit_window_times(
    timetable, egress, transfers, access, walk_only, departure, window_minutes, max_transfers, progress=SILENT
):
    """Walking + transit travel seconds to the nearest outlet for every origin and
    every departure minute of the window (see the module docstring)."""
    departures = departure_minutes(departure, window_minutes)
    walk = np.asarray(walk_only, dtype=np.float64)
    finite = walk[np.isfinite(walk)]
    # No useful journey arrives later than walking would; origins cut off from
    # every outlet on foot still get two hours of transit.
    horizon = float(finite.max()) if len(finite) else 0.0
    if len(finite) < len(walk):
        horizon = max(horizon, 7200.0)
    end = departures[-1] + int(np.ceil(horizon))
    profiles = stop_profiles(timetable, egress, transfers, departures[0], end, max_transfers, progress.sub(0, 0.9))
    result = window_times(profiles, access, walk, departures)
    progress.step(1, 1)
    return result
