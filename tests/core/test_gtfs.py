"""core/transit/gtfs.py on hand-made feeds (zips written in tmp_path) and on the Porto Alegre feeds."""

import csv
import datetime
import io
import math
import zipfile

import numpy as np
import pytest
from transit_reference import ReferenceRouter, trips_from_timetable

from foodaccess.core.errors import FoodAccessError
from foodaccess.core.transit import gtfs
from foodaccess.core.transit.scan import Links, transit_window_times

MONDAY = datetime.date(2024, 3, 4)
TUESDAY = datetime.date(2024, 3, 5)

BASE = {
    "agency.txt": "agency_id,agency_name,agency_url,agency_timezone\nA,Test,http://x,Europe/Paris\n",
    # Stops 100 m apart along a meridian (0.000899322 degrees of latitude per 100 m).
    "stops.txt": (
        "stop_id,stop_name,stop_lat,stop_lon\n"
        "S1,One,45.0,5.0\nS2,Two,45.000899322,5.0\nS3,Three,45.002697966,5.0\nS4,Four,45.003597288,5.0\n"
    ),
    "routes.txt": "route_id,agency_id,route_short_name,route_long_name,route_type\nR1,A,1,Line one,3\n",
    "calendar.txt": (
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
        "WEEK,1,1,1,1,1,0,0,20240101,20241231\nMON,1,0,0,0,0,0,0,20240101,20241231\n"
    ),
}


def write_feed(folder, files, name="feed.zip", bom=False):
    path = folder / name
    with zipfile.ZipFile(path, "w") as archive:
        for file_name, text in files.items():
            archive.writestr(file_name, ("\ufeff" if bom else "") + text)
    return str(path)


def feed_with(folder, name="feed.zip", bom=False, **files):
    contents = dict(BASE)
    contents.update({key.replace("_txt", ".txt"): value for key, value in files.items()})
    return write_feed(folder, {k: v for k, v in contents.items() if v is not None}, name, bom)


def connections(timetable):
    """[(dep stop id, arr stop id, dep, arr)] in timetable order."""
    return [
        (timetable.stop_ids[a], timetable.stop_ids[b], int(d), int(r))
        for a, b, d, r in zip(timetable.dep_stop, timetable.arr_stop, timetable.dep_time, timetable.arr_time)
    ]


def test_blank_times_follow_shape_dist_traveled(tmp_path):
    path = feed_with(
        tmp_path,
        trips_txt="route_id,service_id,trip_id\nR1,WEEK,T1\n",
        stop_times_txt=(
            "trip_id,arrival_time,departure_time,stop_id,stop_sequence,shape_dist_traveled\n"
            "T1,08:00:00,08:00:00,S1,1,0\nT1,,,S2,2,100\nT1,,,S3,3,700\nT1,08:10:00,08:11:00,S4,4,1000\n"
        ),
    )
    timetable = gtfs.build_timetable([gtfs.read_feed(path)], MONDAY, 0, 86400)
    assert connections(timetable) == [
        ("feed:S1", "feed:S2", 28800, 28860),
        ("feed:S2", "feed:S3", 28860, 29220),
        ("feed:S3", "feed:S4", 29220, 29400),
    ]


def test_blank_times_follow_stop_distances_without_shape_distances(tmp_path):
    # S1-S2 100 m, S2-S3 200 m, S3-S4 100 m: 400 s over 400 m.
    path = feed_with(
        tmp_path,
        trips_txt="route_id,service_id,trip_id\nR1,WEEK,T1\n",
        stop_times_txt=(
            "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            'T1,08:00:00,08:00:00,S1,1\nT1,"","",S2,2\nT1,,,S3,5\nT1,8:06:40,8:06:40,S4,9\n'
        ),
    )
    timetable = gtfs.build_timetable([gtfs.read_feed(path)], MONDAY, 0, 86400)
    assert [c[2:] for c in connections(timetable)] == [(28800, 28900), (28900, 29100), (29100, 29200)]


def test_overnight_trips_run_after_midnight_of_the_next_day(tmp_path):
    path = feed_with(
        tmp_path,
        trips_txt="route_id,service_id,trip_id\nR1,MON,NIGHT\n",
        stop_times_txt=(
            "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            "NIGHT,23:50:00,23:50:00,S1,1\nNIGHT,24:05:00,24:06:00,S2,2\nNIGHT,25:00:00,25:00:00,S3,3\n"
        ),
    )
    feed = gtfs.read_feed(path)
    # On Monday evening, with a window that passes midnight.
    monday = gtfs.build_timetable([feed], MONDAY, 23 * 3600, 26 * 3600)
    assert [c[2:] for c in connections(monday)] == [(85800, 86700), (86760, 90000)]
    # On Tuesday the Monday service still runs after midnight, at 00:06.
    tuesday = gtfs.build_timetable([feed], TUESDAY, 0, 3600)
    assert [c[2:] for c in connections(tuesday)] == [(360, 3600)]
    # Tuesday evening: the Monday-only trip does not run.
    with pytest.raises(FoodAccessError, match="no service on 2024-03-05"):
        gtfs.build_timetable([feed], TUESDAY, 23 * 3600, 26 * 3600)


@pytest.mark.parametrize("exact, first_start", [(1, 8 * 3600), (0, 8 * 3600 + 600)])
def test_frequencies_exact_and_inexact(tmp_path, exact, first_start):
    path = feed_with(
        tmp_path,
        trips_txt="route_id,service_id,trip_id\nR1,WEEK,F\n",
        stop_times_txt=(
            "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            "F,10:00:00,10:00:00,S1,1\nF,10:03:00,10:04:00,S2,2\nF,10:09:00,10:09:00,S3,3\n"
        ),
        frequencies_txt=f"trip_id,start_time,end_time,headway_secs,exact_times\nF,08:00:00,09:00:00,1200,{exact}\n",
    )
    timetable = gtfs.build_timetable([gtfs.read_feed(path)], MONDAY, 0, 86400)
    starts = [first_start + k * 1200 for k in range(3)]
    expected = []
    for start in starts:
        expected += [("feed:S1", "feed:S2", start, start + 180), ("feed:S2", "feed:S3", start + 240, start + 540)]
    assert connections(timetable) == expected
    assert len(set(timetable.trip.tolist())) == 3


def test_calendar_dates_add_and_remove_service(tmp_path):
    path = feed_with(
        tmp_path,
        trips_txt="route_id,service_id,trip_id\nR1,WEEK,T1\nR1,EXTRA,T2\n",
        stop_times_txt=(
            "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            "T1,08:00:00,08:00:00,S1,1\nT1,08:05:00,08:05:00,S2,2\n"
            "T2,09:00:00,09:00:00,S3,1\nT2,09:05:00,09:05:00,S4,2\n"
        ),
        calendar_dates_txt="service_id,date,exception_type\nWEEK,20240305,2\nEXTRA,20240305,1\nEXTRA,20240309,1\n",
    )
    feed = gtfs.read_feed(path)
    assert [c[2] for c in connections(gtfs.build_timetable([feed], MONDAY, 0, 86400))] == [28800]
    assert [c[2] for c in connections(gtfs.build_timetable([feed], TUESDAY, 0, 86400))] == [32400]
    saturday = gtfs.build_timetable([feed], datetime.date(2024, 3, 9), 0, 86400)
    assert [c[2] for c in connections(saturday)] == [32400]
    with pytest.raises(
        FoodAccessError, match="no service on 2024-03-10 .Sunday.; the feed covers 2024-01-01 → 2024-12-31"
    ):
        gtfs.build_timetable([feed], datetime.date(2024, 3, 10), 0, 86400)


def test_parent_stations_lend_positions_and_link_platforms(tmp_path):
    path = feed_with(
        tmp_path,
        stops_txt=(
            "stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station\n"
            "ST,Station,45.01,5.01,1,\nP1,Platform 1,,,0,ST\nP2,Platform 2,45.0101,5.0101,0,ST\nS1,One,45.0,5.0,,\n"
        ),
        trips_txt="route_id,service_id,trip_id\nR1,WEEK,T1\nR1,WEEK,T2\nR1,WEEK,T3\n",
        stop_times_txt=(
            "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            "T1,08:00:00,08:00:00,S1,1\nT1,08:05:00,08:05:00,P1,2\n"
            "T2,08:10:00,08:10:00,P2,1\nT2,08:15:00,08:15:00,S1,2\n"
            "T3,08:20:00,08:20:00,ST,1\nT3,08:25:00,08:25:00,S1,2\n"
        ),
    )
    feed = gtfs.read_feed(path)
    timetable = gtfs.build_timetable([feed], MONDAY, 0, 86400)
    index = {stop_id: i for i, stop_id in enumerate(timetable.stop_ids)}
    assert (timetable.stop_lat[index["feed:P1"]], timetable.stop_lon[index["feed:P1"]]) == (45.01, 5.01)
    pairs = set(zip(*(array.tolist() for array in timetable.station_pairs())))
    platforms_and_station = {index["feed:P1"], index["feed:P2"], index["feed:ST"]}
    assert pairs == {(a, b) for a in platforms_and_station for b in platforms_and_station if a != b}
    assert any("station (location_type 1)" in message for message in feed.problems.messages())


def test_bom_and_padded_headers_are_read(tmp_path):
    path = feed_with(
        tmp_path,
        bom=True,
        stops_txt="stop_id, stop_name ,stop_lat,stop_lon\nS1,One,45.0,5.0\nS2,Two,45.000899322,5.0\n",
        trips_txt="route_id,service_id,trip_id\nR1,WEEK,T1\n",
        stop_times_txt="trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,08:00:00,08:00:00,S1,1\nT1,08:01:00,08:01:00,S2,2\n",
    )
    feed = gtfs.read_feed(path)
    assert feed.stop_names == ["One", "Two"]
    assert not feed.problems
    assert len(gtfs.build_timetable([feed], MONDAY, 0, 86400).dep_stop) == 1


def broken_feed(folder):
    return feed_with(
        folder,
        trips_txt="route_id,service_id,trip_id\nR1,WEEK,T1\nR9,WEEK,T2\nR1,NOPE,T3\n",
        stop_times_txt=(
            "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            "T1,08:00:00,08:00:00,S1,1\n"
            "T1,08:6x:00,08:06:00,S2,2\n"
            "T1,08:10:00,08:10:00,S3,3\n"
            "T1,08:12:00,08:12:00,GHOST,4\n"
            "TX,08:00:00,08:00:00,S1,1\n"
            "T1,08:15:00,08:15:00\n"
            "T1,08:20:00,08:20:00,S4,6\n"
        ),
    )


def test_broken_rows_are_skipped_and_counted(tmp_path):
    feed = gtfs.read_feed(broken_feed(tmp_path))
    text = "\n".join(feed.problems.messages())
    assert "stop_times.txt: 1 rows with an invalid time or stop_sequence; skipped (e.g. line 3)" in text
    assert "1 rows refer to an unknown stop_id; skipped (e.g. line 5: 'GHOST')" in text
    assert "1 rows refer to an unknown (or skipped) trip_id; skipped (e.g. line 6: 'TX')" in text
    assert "1 rows with a wrong number of fields; skipped (e.g. line 7)" in text
    assert "trips.txt: 1 trips refer to an unknown route_id; skipped (e.g. line 3: 'R9')" in text
    assert "absent from calendar.txt and calendar_dates.txt" in text
    timetable = gtfs.build_timetable([feed], MONDAY, 0, 86400)
    assert [c[:2] for c in connections(timetable)] == [("feed:S1", "feed:S3"), ("feed:S3", "feed:S4")]
    assert timetable.warnings == feed.problems.messages()
    with pytest.raises(FoodAccessError, match="STRICT is on"):
        gtfs.read_feed(broken_feed(tmp_path), strict=True)


def test_trips_with_backward_times_are_skipped(tmp_path):
    path = feed_with(
        tmp_path,
        trips_txt="route_id,service_id,trip_id\nR1,WEEK,T1\nR1,WEEK,T2\n",
        stop_times_txt=(
            "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            "T1,08:00:00,08:00:00,S1,1\nT1,07:59:00,07:59:00,S2,2\n"
            "T2,08:00:00,08:00:00,S1,1\nT2,08:01:00,08:01:00,S2,2\n"
        ),
    )
    feed = gtfs.read_feed(path)
    assert feed.problems.messages() == [
        "feed, stop_times.txt: 1 trips have times that go backwards; skipped (e.g. trip 'T1' at line 3)"
    ]
    assert len(gtfs.build_timetable([feed], MONDAY, 0, 86400).dep_stop) == 1


def test_missing_files_and_bad_zips_are_named(tmp_path):
    path = write_feed(tmp_path, {name: text for name, text in BASE.items()})
    with pytest.raises(FoodAccessError, match="trips.txt is missing"):
        gtfs.read_feed(path)
    no_calendar = {k: v for k, v in BASE.items() if k != "calendar.txt"}
    no_calendar.update(
        {
            "trips.txt": "route_id,service_id,trip_id\n",
            "stop_times.txt": "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n",
        }
    )
    with pytest.raises(FoodAccessError, match="neither calendar.txt nor calendar_dates.txt"):
        gtfs.read_feed(write_feed(tmp_path, no_calendar, "nocal.zip"))
    not_zip = tmp_path / "feed.txt"
    not_zip.write_text("hello")
    with pytest.raises(FoodAccessError, match="is not a GTFS zip file"):
        gtfs.read_feed(str(not_zip))
    with pytest.raises(FoodAccessError, match="does not exist"):
        gtfs.read_feed(str(tmp_path / "absent.zip"))
    bad_columns = feed_with(tmp_path, "cols.zip", trips_txt="route_id,trip_id\n", stop_times_txt="trip_id\n")
    with pytest.raises(FoodAccessError, match="trips.txt has no column service_id"):
        gtfs.read_feed(bad_columns)


def test_several_feeds_keep_their_ids_apart(tmp_path):
    one_trip = dict(
        trips_txt="route_id,service_id,trip_id\nR1,WEEK,T1\n",
        stop_times_txt="trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,08:00:00,08:00:00,S1,1\nT1,08:05:00,08:05:00,S2,2\n",
    )
    bus = feed_with(tmp_path, "bus.zip", **one_trip)
    (tmp_path / "other").mkdir()
    same_name = feed_with(tmp_path / "other", "bus.zip", **one_trip)
    weekend_only = feed_with(
        tmp_path,
        "metro.zip",
        calendar_txt=(
            "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            "WEEK,0,0,0,0,0,1,1,20240101,20240630\n"
        ),
        **one_trip,
    )
    feeds = gtfs.read_feeds([bus, same_name, weekend_only])
    timetable = gtfs.build_timetable(feeds, MONDAY, 0, 86400)
    assert sorted(timetable.stop_ids) == ["bus:S1", "bus:S2", "bus_2:S1", "bus_2:S2"]
    assert len(set(timetable.trip.tolist())) == 2
    assert any(
        "metro: no service on 2024-03-04 (Monday); the feed covers 2024-01-01 → 2024-06-30" in w
        for w in timetable.warnings
    )
    with pytest.raises(FoodAccessError, match="STRICT is on"):
        gtfs.build_timetable(feeds, MONDAY, 0, 86400, strict=True)


def test_hand_made_feed_routes_like_the_reference(tmp_path):
    """Overnight + frequency trips of a parsed feed, routed, against the reference on the
    trips written out by hand."""
    path = feed_with(
        tmp_path,
        trips_txt="route_id,service_id,trip_id\nR1,MON,NIGHT\nR1,WEEK,F\n",
        stop_times_txt=(
            "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            "NIGHT,24:02:00,24:02:00,S1,1\nNIGHT,24:12:00,24:12:00,S4,2\n"
            "F,00:00:00,00:00:00,S4,1\nF,,,S3,2\nF,00:10:00,00:10:00,S1,3\n"
        ),
        frequencies_txt="trip_id,start_time,end_time,headway_secs,exact_times\nF,00:00:00,01:00:00,900,1\n",
    )
    timetable = gtfs.build_timetable([gtfs.read_feed(path)], TUESDAY, 0, 3600)
    stop = {stop_id.split(":")[1]: i for i, stop_id in enumerate(timetable.stop_ids)}
    s1, s3, s4 = stop["S1"], stop["S3"], stop["S4"]
    # S4 -> S3 is 100 m of 400 m: 150 s of the 600 s run.
    by_hand = [([s1, s4], [120, 720], [120, 720])] + [
        ([s4, s3, s1], [t, t + 150, t + 600], [t, t + 150, t + 600]) for t in (0, 900, 1800, 2700)
    ]
    assert sorted(trips_from_timetable(timetable)) == sorted(by_hand)
    # Origin next to S1, outlet next to S4 and the other way round.
    egress = np.full(timetable.stop_count, np.inf)
    egress[s4] = 40.0
    egress[s1] = 70.0
    access = Links.from_pairs(2, [0, 1], [s1, s4], [30.0, 50.0])
    walk_only = np.array([1400.0, 1350.0])
    result = transit_window_times(
        timetable, egress, Links.from_pairs(timetable.stop_count, [], [], []), access, walk_only, 0, 30, 1
    )
    router = ReferenceRouter(by_hand, {s1: 70.0, s4: 40.0}, {}, 2)
    for origin, access_list in enumerate([[(s1, 30.0)], [(s4, 50.0)]]):
        expected = [router.travel_seconds(int(m), access_list, walk_only[origin]) for m in result.departures]
        assert result.seconds[origin].tolist() == expected
    assert result.by_transit.any(axis=1).all()


@pytest.fixture(scope="module")
def porto_alegre_feeds(shared_data):
    folder = shared_data / "porto_alegre"
    return gtfs.read_feeds([str(folder / "poa_eptc.zip"), str(folder / "poa_trensurb.zip")])


def test_porto_alegre_feeds_are_read_whole(porto_alegre_feeds):
    bus, metro = porto_alegre_feeds
    assert not bus.problems and not metro.problems
    assert (len(bus.stop_ids), len(bus.trip_labels), len(bus.st_trip)) == (3986, 2374, 130019)
    assert (len(metro.stop_ids), len(metro.st_trip)) == (24, 14855)
    assert bus.describe_range() == "2019-04-15 → 2019-07-15"
    for feed in (bus, metro):
        same = feed.st_trip[1:] == feed.st_trip[:-1]
        assert (feed.st_departure >= feed.st_arrival).all()
        assert (feed.st_arrival[1:][same] >= feed.st_departure[:-1][same]).all()


def test_porto_alegre_interpolation_matches_an_independent_computation(porto_alegre_feeds, shared_data):
    """The bus feed's blank times, recomputed trip by trip from the raw csv."""
    bus = porto_alegre_feeds[0]
    with zipfile.ZipFile(shared_data / "porto_alegre" / "poa_eptc.zip") as archive:
        stops = {
            row["stop_id"]: (float(row["stop_lon"]), float(row["stop_lat"]))
            for row in csv.DictReader(io.TextIOWrapper(archive.open("stops.txt"), "utf-8-sig"))
        }
        rows = list(csv.DictReader(io.TextIOWrapper(archive.open("stop_times.txt"), "utf-8-sig")))
    blank = sum(1 for row in rows if not row["arrival_time"])
    assert blank / len(rows) > 0.9
    by_trip = {}
    for row in rows:
        by_trip.setdefault(row["trip_id"], []).append(row)
    trip_ids = list(bus.trip_index)
    for trip_id in trip_ids[::97]:
        trip_rows = sorted(by_trip[trip_id], key=lambda row: int(row["stop_sequence"]))
        along, total = [], 0.0
        for i, row in enumerate(trip_rows):
            if i:
                (x1, y1), (x2, y2) = stops[trip_rows[i - 1]["stop_id"]], stops[row["stop_id"]]
                phi1, phi2 = math.radians(y1), math.radians(y2)
                a = (
                    math.sin((phi2 - phi1) / 2) ** 2
                    + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(x2 - x1) / 2) ** 2
                )
                total += 2 * 6371008.8 * math.asin(math.sqrt(a))
            along.append(total)
        timed = [i for i, row in enumerate(trip_rows) if row["arrival_time"]]
        expected = []
        for i, row in enumerate(trip_rows):
            if row["arrival_time"]:
                h, m, s = map(int, row["arrival_time"].split(":"))
                expected.append(h * 3600 + m * 60 + s)
                continue
            before = max(j for j in timed if j < i)
            after = min(j for j in timed if j > i)
            t0, t1 = (
                sum(
                    int(v) * f
                    for v, f in zip(
                        trip_rows[j]["departure_time" if j == before else "arrival_time"].split(":"), (3600, 60, 1)
                    )
                )
                for j in (before, after)
            )
            expected.append(round(t0 + (t1 - t0) * (along[i] - along[before]) / (along[after] - along[before])))
        trip = bus.trip_index[trip_id]
        got = bus.st_arrival[bus.trip_first[trip] : bus.trip_first[trip + 1]].tolist()
        assert got == pytest.approx(expected, abs=1), trip_id


def test_typical_date_is_a_tuesday_every_feed_runs(porto_alegre_feeds, tmp_path):
    assert gtfs.typical_date(porto_alegre_feeds) == datetime.date(2019, 4, 16)
    weekend_only = feed_with(
        tmp_path,
        calendar_txt=(
            "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            "WEEK,0,0,0,0,0,1,0,20240101,20240131\n"
        ),
        trips_txt="route_id,service_id,trip_id\nR1,WEEK,T1\n",
        stop_times_txt="trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        "T1,08:00:00,08:00:00,S1,1\nT1,08:05:00,08:05:00,S2,2\n",
    )
    assert gtfs.typical_date([gtfs.read_feed(weekend_only)]) == datetime.date(2024, 1, 6)


def test_porto_alegre_timetable_for_a_weekday(porto_alegre_feeds):
    timetable = gtfs.build_timetable(porto_alegre_feeds, datetime.date(2019, 5, 15), 12 * 3600, 13 * 3600)
    assert not timetable.warnings
    assert (timetable.dep_time >= 12 * 3600).all() and (timetable.dep_time <= 13 * 3600).all()
    assert (timetable.arr_time >= timetable.dep_time).all()
    # Bus and metro both run; stops are namespaced by feed.
    feeds_used = {stop_id.split(":")[0] for stop_id in timetable.stop_ids}
    assert feeds_used == {"poa_eptc", "poa_trensurb"}
    with pytest.raises(
        FoodAccessError, match="poa_eptc: no service on 2019-08-01 .Thursday.; the feed covers 2019-04-15 → 2019-07-15"
    ):
        gtfs.build_timetable(porto_alegre_feeds[:1], datetime.date(2019, 8, 1), 12 * 3600, 13 * 3600)


def test_parsed_feeds_are_reused_until_the_file_changes(tmp_path):
    one_trip = (
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        "T1,08:00:00,08:00:00,S1,1\nT1,08:05:00,08:05:00,S2,2\n"
    )
    path = feed_with(tmp_path, trips_txt="route_id,service_id,trip_id\nR1,WEEK,T1\n", stop_times_txt=one_trip)
    first = gtfs.read_feeds_cached([path])
    assert gtfs.read_feeds_cached([path])[0] is first[0]
    feed_with(
        tmp_path,
        trips_txt="route_id,service_id,trip_id\nR1,WEEK,T1\n",
        stop_times_txt=one_trip + "T1,08:09:00,08:09:00,S3,3\n",
    )
    changed = gtfs.read_feeds_cached([path])
    assert changed[0] is not first[0] and len(changed[0].st_trip) == 3
    with pytest.raises(FoodAccessError, match="does not exist"):
        gtfs.read_feeds_cached([str(tmp_path / "gone.zip")])
