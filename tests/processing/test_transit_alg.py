"""MODE 2 (walk + public transport) of accesstimes and serviceareas, on Porto Alegre (GTFS)
and Monaco (OSM route relations, estimated times)."""

import zipfile

import numpy as np
import pytest
from feedback import RecordingFeedback
from qgis.core import NULL, QgsGeometry, QgsProcessingException, QgsProcessingFeedback
from walk_data import hexagon_centroids, point_layer, sample_vertices, walkable_lines_lonlat

WEDNESDAY = "2019-05-15"


@pytest.fixture(scope="module")
def poa(shared_data):
    folder = shared_data / "porto_alegre"
    lines = walkable_lines_lonlat(folder / "poa_osm.pbf")
    return {
        "pbf": str(folder / "poa_osm.pbf"),
        "gtfs": [str(folder / "poa_eptc.zip"), str(folder / "poa_trensurb.zip")],
        "origins": hexagon_centroids(folder / "poa_hexgrid.csv")[::4],
        "outlets": sample_vertices(lines, 12),
    }


def features_of(result):
    return [
        {name: (None if value == NULL else value) for name, value in zip(f.fields().names(), f.attributes())}
        | {"geometry": f.geometry()}
        for f in result["OUTPUT"].getFeatures()
    ]


def transit_parameters(poa, **extra):
    return {
        "OSM_FILE": poa["pbf"],
        "MODE": 2,
        "GTFS": poa["gtfs"],
        "DATE": WEDNESDAY,
        "DEPARTURE": "12:00:00",
        "WINDOW": 30,
        "PERCENTILE": 90,
        "OUTPUT": "memory:",
        **extra,
    }


def test_access_times_with_gtfs_are_never_slower_than_walking(run_algorithm, poa):
    origins, outlets = point_layer(poa["origins"]), point_layer(poa["outlets"])
    feedback = RecordingFeedback()
    transit = features_of(
        run_algorithm("accesstimes", transit_parameters(poa, ORIGINS=origins, OUTLETS=outlets), feedback=feedback)
    )
    walk = features_of(
        run_algorithm(
            "accesstimes",
            {"ORIGINS": origins, "OUTLETS": outlets, "OSM_FILE": poa["pbf"], "MODE": 1, "OUTPUT": "memory:"},
        )
    )
    assert {"time_p90", "transit_share", "transit_estimated"} <= set(transit[0])
    helped = 0
    for with_transit, on_foot in zip(transit, walk):
        # Walking fields are those of MODE 1.
        for name in ("nearest_id", "distance_m", "outlets_within", "status"):
            assert with_transit[name] == on_foot[name]
        if on_foot["status"] != "ok":
            assert with_transit["time_min"] is None and with_transit["transit_share"] is None
            continue
        assert with_transit["transit_estimated"] is False
        assert with_transit["time_min"] <= on_foot["time_min"]
        assert with_transit["time_min"] <= with_transit["time_p90"] <= on_foot["time_min"]
        assert 0.0 <= with_transit["transit_share"] <= 1.0
        if with_transit["transit_share"] == 0.0:
            assert with_transit["time_min"] == on_foot["time_min"]
        helped += with_transit["transit_share"] > 0.5
    assert helped >= 10
    assert any("2 GTFS feeds, 2019-05-15" in text for text in feedback.infos)


def test_osm_routes_give_estimated_times(run_algorithm, monaco_pbf):
    # Monaco: from Fontvieille (west) to an outlet near Larvotto (east), 3 km apart along the bus lines.
    origins = point_layer([(7.4160, 43.7285), (7.4200, 43.7310)])
    outlets = point_layer([(7.4365, 43.7460)])
    feedback = RecordingFeedback()
    features = features_of(
        run_algorithm(
            "accesstimes",
            {
                "ORIGINS": origins,
                "OUTLETS": outlets,
                "OSM_FILE": monaco_pbf,
                "MODE": 2,
                "DEPARTURE": "10:00:00",
                "WINDOW": 30,
                "MIN_ISLAND_NODES": 0,  # keep the footpath island of the second origin
                "OUTPUT": "memory:",
            },
            feedback=feedback,
        )
    )
    assert all(feature["transit_estimated"] is True for feature in features)
    assert any("ESTIMATES" in text for text in feedback.warnings)
    walk = features_of(
        run_algorithm(
            "accesstimes",
            {
                "ORIGINS": origins,
                "OUTLETS": outlets,
                "OSM_FILE": monaco_pbf,
                "MODE": 1,
                "MIN_ISLAND_NODES": 0,
                "OUTPUT": "memory:",
            },
        )
    )
    # The first origin: 3.3 km on foot, the bus is faster at every departure; the second lies on a
    # footpath island no outlet reaches: walking status, no time.
    assert walk[0]["status"] == "ok" and walk[1]["status"] == "no outlet reachable"
    assert features[0]["time_min"] < walk[0]["time_min"] and features[0]["transit_share"] == 1.0
    assert features[1]["time_min"] is None and features[1]["status"] == "no outlet reachable"


def test_transit_input_problems_are_named(run_algorithm, poa, monaco_pbf, tmp_path):
    origins, outlets = point_layer(poa["origins"][:20]), point_layer(poa["outlets"][:3])
    base = {"ORIGINS": origins, "OUTLETS": outlets}
    with pytest.raises(QgsProcessingException, match="no public transport route relation"):
        run_algorithm("accesstimes", transit_parameters(poa, GTFS=[], **base))
    not_a_zip = tmp_path / "feed.zip"
    not_a_zip.write_text("not a zip")
    with pytest.raises(QgsProcessingException, match="None of the 24 public transport stops lies within 500 m"):
        # Porto Alegre's metro feed on the Monaco street network.
        run_algorithm(
            "accesstimes",
            transit_parameters(
                poa,
                GTFS=poa["gtfs"][1:],
                OSM_FILE=monaco_pbf,
                ORIGINS=point_layer([(7.4160, 43.7285)]),
                OUTLETS=point_layer([(7.4365, 43.7460)]),
            ),
        )
    with pytest.raises(QgsProcessingException, match="is not a GTFS zip file"):
        run_algorithm("accesstimes", transit_parameters(poa, GTFS=[str(not_a_zip)], **base))
    with pytest.raises(
        QgsProcessingException, match="no service on 2019-08-01 .Thursday.; the feed covers 2019-04-15 → 2019-07-15"
    ):
        run_algorithm("accesstimes", transit_parameters(poa, GTFS=poa["gtfs"][:1], DATE="2019-08-01", **base))
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(poa["gtfs"][1]) as source, zipfile.ZipFile(broken, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "stop_times.txt":
                data += b"NO_SUCH_TRIP,12:00:00,12:00:00,MR,1,,,,\n"
            target.writestr(name, data)
    feedback = RecordingFeedback()
    run_algorithm("accesstimes", transit_parameters(poa, GTFS=[str(broken)], **base), feedback=feedback)
    assert any("1 rows refer to an unknown (or skipped) trip_id" in text for text in feedback.warnings)
    with pytest.raises(QgsProcessingException, match="STRICT is on"):
        run_algorithm("accesstimes", transit_parameters(poa, GTFS=[str(broken)], STRICT=True, **base))


def test_date_defaults_to_a_tuesday_every_feed_runs(run_algorithm, poa):
    feedback = RecordingFeedback()
    run_algorithm(
        "accesstimes",
        transit_parameters(
            poa, ORIGINS=point_layer(poa["origins"][:10]), OUTLETS=point_layer(poa["outlets"][:3]), DATE=None
        ),
        feedback=feedback,
    )
    assert any("using 2019-04-16" in text for text in feedback.infos)


def test_service_areas_with_transit_contain_the_walking_ones(run_algorithm, poa):
    outlets = point_layer(poa["outlets"][:4])
    transit = features_of(
        run_algorithm("serviceareas", transit_parameters(poa, OUTLETS=outlets, THRESHOLDS="10,20", UNIT=1))
    )
    walk = features_of(
        run_algorithm(
            "serviceareas",
            {
                "OUTLETS": outlets,
                "OSM_FILE": poa["pbf"],
                "MODE": 1,
                "THRESHOLDS": "10,20",
                "UNIT": 1,
                "OUTPUT": "memory:",
            },
        )
    )
    by_key = {(f["threshold"], f["statistic"]): f for f in transit}
    larger = 0
    assert set(by_key) == {(10.0, "median"), (10.0, "p90"), (20.0, "median"), (20.0, "p90")}
    for on_foot in walk:
        median = by_key[(on_foot["threshold"], "median")]["geometry"]
        slower = by_key[(on_foot["threshold"], "p90")]["geometry"]
        walked = on_foot["geometry"]
        # Transit never slows anyone down: the walking area lies inside (up to the outline's segments).
        assert walked.difference(median).area() < 0.001 * walked.area()
        assert slower.difference(median).area() < 0.001 * slower.area()
        larger += median.area() > 1.05 * walked.area()
    assert larger
    assert all(f["transit_estimated"] is False and f["unit"] == "min" for f in transit)
    with pytest.raises(QgsProcessingException, match="set UNIT to minutes"):
        run_algorithm("serviceareas", transit_parameters(poa, OUTLETS=outlets, THRESHOLDS="800", UNIT=0))


def test_transit_areas_as_access_times_hold_every_origin_within_the_threshold(run_algorithm, poa):
    """The default OUTLINE by walk + public transport: every origin whose median (or p90) time from
    accesstimes is within the threshold lies inside the area of that statistic."""
    outlets, origins = point_layer(poa["outlets"][:4]), point_layer(poa["origins"])
    parameters = transit_parameters(poa, OUTLETS=outlets, THRESHOLDS="15", UNIT=1)
    areas = features_of(run_algorithm("serviceareas", parameters))
    access = features_of(run_algorithm("accesstimes", transit_parameters(poa, ORIGINS=origins, OUTLETS=outlets)))
    by_statistic = {f["statistic"]: f["geometry"] for f in areas}
    assert set(by_statistic) == {"median", "p90"}
    for statistic, field in (("median", "time_min"), ("p90", "time_p90")):
        within = [f["geometry"] for f in access if f[field] is not None and f[field] <= 15]
        beyond = [f["geometry"] for f in access if f[field] is None or f[field] > 25]
        assert within and beyond
        assert all(by_statistic[statistic].contains(geometry) for geometry in within)
        assert not any(by_statistic[statistic].contains(geometry) for geometry in beyond)


def test_per_outlet_transit_areas_carry_the_outlet(run_algorithm, poa):
    outlets = point_layer(poa["outlets"][:2])
    areas = features_of(
        run_algorithm(
            "serviceareas",
            transit_parameters(poa, OUTLETS=outlets, THRESHOLDS="15", UNIT=1, PER_OUTLET=True, WINDOW=10),
        )
    )
    assert sorted((f["outlet_id"], f["statistic"]) for f in areas) == [
        ("node/0", "median"),
        ("node/0", "p90"),
        ("node/1", "median"),
        ("node/1", "p90"),
    ]
    assert all(isinstance(f["geometry"], QgsGeometry) and not f["geometry"].isEmpty() for f in areas)
    assert np.isfinite([f["threshold"] for f in areas]).all()


@pytest.mark.parametrize(
    "algorithm, extra",
    [
        ("accesstimes", {}),
        ("serviceareas", {"THRESHOLDS": "10,20", "UNIT": 1}),
    ],
)
def test_cancel_during_public_transport_leaves_no_output(run_algorithm, poa, tmp_path, algorithm, extra):
    feedback = QgsProcessingFeedback()
    # Past the network and the timetable: cancelled inside the walk + transit search.
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value > 55 else None)
    output = tmp_path / f"{algorithm}.gpkg"
    parameters = transit_parameters(poa, OUTLETS=point_layer(poa["outlets"]), OUTPUT=str(output), **extra)
    if algorithm == "accesstimes":
        parameters["ORIGINS"] = point_layer(poa["origins"])
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_algorithm(algorithm, parameters, feedback=feedback)
    assert not output.exists()
