"""Brute-force reference for walking + transit travel times (tests and benchmarks only).

One Dijkstra per origin and departure minute over the time-dependent graph
whose states are (what, where, vehicles used): ready to board at a stop,
riding a trip to its i-th stop, just alighted at a stop, at an outlet. Labels
are clock times; boarding needs ``slack`` seconds at the stop; a transfer is
one walk between stops (or staying, 0 s). Written independently of
core/transit/scan.py: it knows trips, not connections, and scans every trip
serving a stop instead of any profile.
"""

import heapq
import math
from collections import defaultdict


def trips_from_timetable(timetable):
    """[(stops, arrivals, departures)] per trip run of a core Timetable."""
    trips = []
    order = list(range(timetable.connection_count))
    for index in order:
        trip = int(timetable.trip[index])
        dep_stop, arr_stop = int(timetable.dep_stop[index]), int(timetable.arr_stop[index])
        dep, arr = int(timetable.dep_time[index]), int(timetable.arr_time[index])
        if index == 0 or int(timetable.trip[index - 1]) != trip:
            trips.append(([dep_stop], [dep], [dep]))
        stops, arrivals, departures = trips[-1]
        assert stops[-1] == dep_stop, "connections of a trip must chain"
        departures[-1] = dep
        stops.append(arr_stop)
        arrivals.append(arr)
        departures.append(arr)
    return trips


class ReferenceRouter:
    def __init__(self, trips, egress, transfers, max_vehicles, slack=60):
        """trips: [(stops, arrivals, departures)]; egress: {stop: seconds};
        transfers: {stop: [(other stop, seconds)]}."""
        self.trips = trips
        self.egress = egress
        self.transfers = transfers
        self.max_vehicles = max_vehicles
        self.slack = slack
        self.boardings = defaultdict(list)
        for trip_index, (stops, _, departures) in enumerate(trips):
            for position in range(len(stops) - 1):
                self.boardings[stops[position]].append((departures[position], trip_index, position))

    def earliest_arrival(self, departure, access, walk_only):
        """Earliest clock time at an outlet leaving at ``departure``; access: [(stop, seconds)]."""
        queue = [(departure + walk_only, ("outlet",))]
        for stop, seconds in access:
            queue.append((departure + seconds, ("ready", stop, 0)))
        heapq.heapify(queue)
        settled = set()
        while queue:
            time, state = heapq.heappop(queue)
            if state in settled:
                continue
            settled.add(state)
            kind = state[0]
            if kind == "outlet":
                return time
            if kind == "ready":
                _, stop, used = state
                if used >= self.max_vehicles:
                    continue
                for dep, trip_index, position in self.boardings[stop]:
                    if dep >= time + self.slack:
                        arrivals = self.trips[trip_index][1]
                        heapq.heappush(queue, (arrivals[position + 1], ("ride", trip_index, position + 1, used + 1)))
            elif kind == "ride":
                _, trip_index, position, used = state
                stops, arrivals, _ = self.trips[trip_index]
                heapq.heappush(queue, (time, ("alight", stops[position], used)))
                if position + 1 < len(stops):
                    heapq.heappush(queue, (arrivals[position + 1], ("ride", trip_index, position + 1, used)))
            elif kind == "alight":
                _, stop, used = state
                if stop in self.egress and math.isfinite(self.egress[stop]):
                    heapq.heappush(queue, (time + self.egress[stop], ("outlet",)))
                heapq.heappush(queue, (time, ("ready", stop, used)))
                for other, seconds in self.transfers.get(stop, ()):
                    heapq.heappush(queue, (time + seconds, ("ready", other, used)))
        return math.inf

    def travel_seconds(self, departure, access, walk_only):
        return self.earliest_arrival(departure, access, walk_only) - departure
