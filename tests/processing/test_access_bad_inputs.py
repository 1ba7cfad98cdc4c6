"""Bad inputs of accesstimes and serviceareas, walking and walk + public transport (GTFS), and of the network
settings, end in clear words: a QgsProcessingException naming the input and the fix, or a warning with figures
and an exact result; never a traceback, a crash or a silently wrong layer (issue 14). Inputs are read without
Processing's invalid-geometry check, which on QGIS 3.22 crashed the next run (qgis_compat.NO_GEOMETRY_CHECK)."""

import zipfile

import numpy as np
import pytest
from area_layers import memory_layer
from feedback import RecordingFeedback
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
)
from walk_data import line_layer, point_layer, porto_alegre

WEDNESDAY = "2019-05-15"
WGS84 = "EPSG:4326"
# Processing's default in QGIS (Settings ▸ Options ▸ Processing ▸ Invalid features filtering): stop on invalid.
if Qgis.QGIS_VERSION_INT >= 33600:
    ABORT_ON_INVALID = Qgis.InvalidGeometryCheck.AbortOnInvalid
else:
    ABORT_ON_INVALID = QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid


@pytest.fixture(scope="module")
def poa(shared_data):
    data = porto_alegre(shared_data, outlets=5)
    data["trensurb"] = str(shared_data / "porto_alegre" / "poa_trensurb.zip")
    return data


@pytest.fixture(scope="module")
def walking(poa, qgis_app):
    """accesstimes' walking parameters on a part of Porto Alegre: 20 origins, 5 outlets, the network layer."""
    return {
        "ORIGINS": point_layer(poa["origins"][:20]),
        "OUTLETS": point_layer(poa["outlets"]),
        "NETWORK": line_layer(poa["lines"]),
        "MODE": 1,
    }


def transit(poa, **extra):
    """The walk + public transport parameters: the metro feed, a Wednesday, noon, a 10-minute window."""
    return {"MODE": 2, "GTFS": [poa["trensurb"]], "DATE": WEDNESDAY, "DEPARTURE": "12:00:00", "WINDOW": 10, **extra}


def run(run_algorithm, name, parameters, feedback=None, context=None):
    """The output layer of foodaccess:``name`` on ``parameters`` (to memory)."""
    return run_algorithm(name, {"OUTPUT": "memory:", **parameters}, feedback=feedback, context=context)["OUTPUT"]


def refused(run_algorithm, name, parameters, message):
    """The text of the QgsProcessingException the run ends in; it must hold ``message`` and no traceback."""
    with pytest.raises(QgsProcessingException) as error:
        run(run_algorithm, name, parameters)
    text = str(error.value)
    assert message in text and "Traceback" not in text, text
    return text


def without_geometry(count):
    return memory_layer("Point", ["name:string"], [(QgsGeometry(), f"home {index}") for index in range(count)], WGS84)


def feed_without(path, target, dropped):
    """A copy of the GTFS zip ``path`` at ``target`` without the files whose name starts with ``dropped``."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as copy:
        for name in source.namelist():
            if not name.startswith(dropped):
                copy.writestr(name, source.read(name))
    return str(target)


def abort_context():
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(ABORT_ON_INVALID)
    return context


def bow_ties(points, size=0.001):
    """Self-intersecting squares (bow ties) whose lower triangle holds each point (lon/lat)."""
    rows = []
    for index, (x, y) in enumerate(points):
        x, y = x - size / 2, y - size / 4
        wkt = f"POLYGON(({x} {y},{x + size} {y + size},{x + size} {y},{x} {y + size},{x} {y}))"
        rows.append((QgsGeometry.fromWkt(wkt), f"cell {index}"))
    layer = memory_layer("Polygon", ["name:string"], rows, WGS84)
    assert not any(feature.geometry().isGeosValid() for feature in layer.getFeatures())
    return layer


# --- invalid geometries, with Processing set to stop on them -------------------------------------------------------
def test_bow_tie_origins_and_outlets_are_read_run_after_run(run_algorithm, poa, walking):
    """QGIS's own check threw a C++ exception through Python on QGIS 3.22 and the next run crashed: the inputs of
    accesstimes and serviceareas are read without it, and invalid polygons are taken at a point on their surface."""
    origins = bow_ties(poa["outlets"][:3])
    outlets = bow_ties(poa["outlets"][3:])
    for _ in range(2):
        access = run(
            run_algorithm, "accesstimes", {**walking, "ORIGINS": origins, "OUTLETS": outlets}, context=abort_context()
        )
        assert [feature["status"] for feature in access.getFeatures()] == ["ok"] * 3
        assert all(feature["distance_m"] > 0 for feature in access.getFeatures())
        areas = run(
            run_algorithm,
            "serviceareas",
            {"OUTLETS": outlets, "NETWORK": walking["NETWORK"], "MODE": 1, "THRESHOLDS": "400"},
            context=abort_context(),
        )
        assert [feature["threshold"] for feature in areas.getFeatures()] == [400]


def test_a_network_with_invalid_lines_is_read_run_after_run(run_algorithm, poa, walking):
    """A line of one repeated point is invalid to QGIS's check; the network reader drops it as zero-length."""
    x, y = poa["lines"][0][0]
    lines = list(poa["lines"]) + [np.array([[x, y], [x, y]])]
    network = line_layer(lines)
    assert not network.getFeature(len(lines)).geometry().isGeosValid()
    for _ in range(2):
        access = run(run_algorithm, "accesstimes", {**walking, "NETWORK": network}, context=abort_context())
        assert {feature["status"] for feature in access.getFeatures()} <= {"ok", "no outlet reachable"}


# --- network settings ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("speed", [0, -4.8])
def test_a_walking_speed_not_positive_is_refused_by_name(run_algorithm, walking, speed):
    refused(run_algorithm, "accesstimes", {**walking, "WALK_SPEED": speed}, "Incorrect parameter value for WALK_SPEED")


@pytest.mark.parametrize("algorithm", ["accesstimes", "serviceareas"])
def test_a_network_of_points_is_refused(run_algorithm, poa, walking, algorithm):
    parameters = {**walking, "NETWORK": point_layer(poa["outlets"])}
    if algorithm == "serviceareas":
        parameters = {"OUTLETS": walking["OUTLETS"], "NETWORK": parameters["NETWORK"], "MODE": 1}
    refused(
        run_algorithm,
        algorithm,
        parameters,
        "The street network layer (NETWORK) holds Point geometries, not lines: give the streets as a line layer",
    )


def test_a_network_without_crs_is_refused(run_algorithm, poa, walking):
    network = line_layer(poa["lines"][:50])
    network.setCrs(QgsCoordinateReferenceSystem())
    refused(run_algorithm, "accesstimes", {**walking, "NETWORK": network}, "The layer NETWORK has no valid CRS")


def test_a_network_of_lines_without_geometry_is_refused(run_algorithm, walking):
    network = memory_layer("LineString", ["id:integer"], [(QgsGeometry(), index) for index in range(3)], WGS84)
    feedback = RecordingFeedback()
    with pytest.raises(QgsProcessingException, match="The street network layer has no walkable line."):
        run(run_algorithm, "accesstimes", {**walking, "NETWORK": network}, feedback=feedback)
    assert "3 network features without geometry were skipped." in feedback.warnings


@pytest.mark.parametrize(
    "content, message",
    [
        (b"highway,name\nresidential,Rua A\n", "). Is it an .osm or .osm.pbf extract?"),
        (b"", "). Is it an .osm or .osm.pbf extract?"),
        ("truncated", "completely: the file is truncated or corrupt"),
    ],
    ids=["text file", "empty file", "truncated pbf"],
)
def test_an_osm_file_that_is_not_a_whole_extract_is_named(run_algorithm, poa, walking, tmp_path, content, message):
    path = tmp_path / "streets.osm.pbf"
    if content == "truncated":  # a download cut short
        with open(poa["pbf"], "rb") as whole:
            content = whole.read()[:300_000]
    path.write_bytes(content)
    parameters = {"ORIGINS": walking["ORIGINS"], "OUTLETS": walking["OUTLETS"], "OSM_FILE": str(path), "MODE": 1}
    text = refused(run_algorithm, "accesstimes", parameters, message)
    assert str(path) in text
    if content == b"":
        assert "Download the extract again" not in text


def test_max_snap_zero_leaves_every_origin_too_far_and_says_so(run_algorithm, walking):
    feedback = RecordingFeedback()
    access = run(run_algorithm, "accesstimes", {**walking, "MAX_SNAP": 0}, feedback=feedback)
    assert {feature["status"] for feature in access.getFeatures()} == {"too far from network"}
    assert any(
        text.startswith("20 of 20 origins (100.0 %) lie farther than MAX_SNAP (0 m) from the street network")
        for text in feedback.warnings
    )


def test_origins_on_a_part_no_outlet_reaches_are_counted_in_a_warning(run_algorithm, poa):
    x, y = poa["outlets"][0]
    network = line_layer([np.array([[x, y], [x + 0.01, y]]), np.array([[x, y + 0.02], [x + 0.01, y + 0.02]])])
    feedback = RecordingFeedback()
    parameters = {"ORIGINS": point_layer([(x, y + 0.02), (x + 0.005, y)]), "OUTLETS": point_layer([(x, y)])}
    access = run(run_algorithm, "accesstimes", {**parameters, "NETWORK": network, "MODE": 1}, feedback=feedback)
    assert [feature["status"] for feature in access.getFeatures()] == ["no outlet reachable", "ok"]
    assert any(
        text.startswith("1 of 2 origins lie on parts of the street network from which no outlet can be reached")
        for text in feedback.warnings
    )


# --- origins and outlets -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("mode", [0, 1])
def test_origins_all_without_geometry_are_refused(run_algorithm, walking, mode):
    refused(
        run_algorithm,
        "accesstimes",
        {**walking, "ORIGINS": without_geometry(3), "MODE": mode},
        "None of the 3 features of the ORIGINS layer has a geometry: no access can be measured.",
    )


def test_origins_without_crs_are_refused(run_algorithm, poa, walking):
    origins = point_layer(poa["origins"][:5])
    origins.setCrs(QgsCoordinateReferenceSystem())
    refused(run_algorithm, "accesstimes", {**walking, "ORIGINS": origins}, "The layer ORIGINS has no valid CRS")


def test_an_outlet_filter_naming_a_missing_field_is_refused_by_name(run_algorithm, walking):
    refused(
        run_algorithm,
        "accesstimes",
        {**walking, "OUTLET_FILTER": '"kind" = \'supermarket\' AND "category" IS NOT NULL'},
        "The outlet filter uses fields that the OUTLETS layer does not have: kind. Its fields are: source_id, name, "
        "category.",
    )
    # A field named in another case is the field.
    access = run(run_algorithm, "accesstimes", {**walking, "OUTLET_FILTER": "\"CATEGORY\" = 'supermarket'"})
    assert access.featureCount() == 20


def test_outlets_in_another_crs_far_from_the_origins(run_algorithm, walking):
    """Outlets in Monaco (Lambert-93), origins in Porto Alegre (WGS 84): walking refuses the outlets off the
    network; the straight line measures 10,000 km and says the layers do not match."""
    monaco = point_layer([(1043000.0, 6298000.0)], crs="EPSG:2154")
    refused(
        run_algorithm,
        "accesstimes",
        {**walking, "OUTLETS": monaco},
        "No outlet lies within 500 m of the street network: check that the network covers the outlets' area",
    )
    feedback = RecordingFeedback()
    access = run(run_algorithm, "accesstimes", {**walking, "OUTLETS": monaco, "MODE": 0}, feedback=feedback)
    distances = [feature["distance_m"] for feature in access.getFeatures()]
    assert min(distances) > 9_000_000
    warning = next(text for text in feedback.warnings if "more than 100 km away" in text)
    assert warning.startswith("20 of 20 origins have their nearest outlet more than 100 km away in a straight line")
    assert f"(up to {max(distances) / 1000:.0f} km)" in warning and "check the CRS of ORIGINS and OUTLETS" in warning


# --- service areas' thresholds ---------------------------------------------------------------------------------------
def test_thresholds_unsorted_and_repeated_give_one_area_each_largest_first(run_algorithm, walking):
    parameters = {"OUTLETS": walking["OUTLETS"], "NETWORK": walking["NETWORK"], "MODE": 1, "UNIT": 1}
    areas = run(run_algorithm, "serviceareas", {**parameters, "THRESHOLDS": "15, 5;10,5"})
    assert [(feature["threshold"], feature["unit"]) for feature in areas.getFeatures()] == [
        (15, "min"),
        (10, "min"),
        (5, "min"),
    ]


@pytest.mark.parametrize("thresholds", ["10,-5", "0,5"])
def test_thresholds_not_all_positive_are_refused(run_algorithm, walking, thresholds):
    refused(
        run_algorithm,
        "serviceareas",
        {"OUTLETS": walking["OUTLETS"], "NETWORK": walking["NETWORK"], "MODE": 1, "THRESHOLDS": thresholds},
        f"THRESHOLDS must be positive numbers separated by commas, e.g. 5,10,15 (got '{thresholds}').",
    )


# --- walk + public transport ---------------------------------------------------------------------------------------
def test_a_gtfs_zip_without_stop_times_is_refused(run_algorithm, poa, walking, tmp_path):
    feed = feed_without(poa["trensurb"], tmp_path / "metro.zip", "stop_times.txt")
    refused(
        run_algorithm,
        "accesstimes",
        {**walking, **transit(poa, GTFS=[feed])},
        f"metro: stop_times.txt is missing from {feed}; a GTFS feed needs it.",
    )


def test_a_gtfs_zip_without_calendars_is_refused(run_algorithm, poa, walking, tmp_path):
    feed = feed_without(poa["trensurb"], tmp_path / "metro.zip", "calendar")
    refused(
        run_algorithm,
        "accesstimes",
        {**walking, **transit(poa, GTFS=[feed])},
        "metro: neither calendar.txt nor calendar_dates.txt is in",
    )


def test_a_date_the_calendar_does_not_cover_is_refused(run_algorithm, poa, walking):
    refused(
        run_algorithm,
        "accesstimes",
        {**walking, **transit(poa, DATE="2020-01-07")},
        "poa_trensurb: no service on 2020-01-07 (Tuesday); the feed covers 2019-03-01 → 2019-12-31",
    )


def test_a_folder_given_as_gtfs_is_refused(run_algorithm, poa, walking, tmp_path):
    refused(run_algorithm, "accesstimes", {**walking, **transit(poa, GTFS=[str(tmp_path)])}, "is not a GTFS zip file")


def test_a_departure_window_of_zero_minutes_is_refused_by_name(run_algorithm, poa, walking):
    refused(run_algorithm, "accesstimes", {**walking, **transit(poa, WINDOW=0)}, "Incorrect parameter value for WINDOW")


def test_a_departure_when_no_vehicle_runs_gives_walking_times_and_says_so(run_algorithm, poa, walking):
    """The metro does not run at 01:00: the times are walking alone's (this ended in an IndexError)."""
    feedback = RecordingFeedback()
    night = run(run_algorithm, "accesstimes", {**walking, **transit(poa, DEPARTURE="01:00:00")}, feedback=feedback)
    walked = run(run_algorithm, "accesstimes", walking)
    assert [feature["time_min"] for feature in night.getFeatures()] == [
        feature["time_min"] for feature in walked.getFeatures()
    ]
    assert {feature["transit_share"] for feature in night.getFeatures() if feature["status"] == "ok"} == {0.0}
    assert any(
        text.startswith("No public transport vehicle departs during the departure window (01:00 to 01:10; 1 GTFS")
        for text in feedback.warnings
    )


def test_service_areas_when_no_vehicle_runs_are_the_walking_ones(run_algorithm, poa, walking):
    """The same at night for transit service areas (an IndexError before)."""
    parameters = {"OUTLETS": walking["OUTLETS"], "NETWORK": walking["NETWORK"], "UNIT": 1, "THRESHOLDS": "10"}
    feedback = RecordingFeedback()
    night = run(run_algorithm, "serviceareas", {**parameters, **transit(poa, DEPARTURE="01:00:00")}, feedback=feedback)
    walked = run(run_algorithm, "serviceareas", {**parameters, "MODE": 1})
    walking_area = next(walked.getFeatures()).geometry().area()
    assert night.featureCount() >= 1
    for feature in night.getFeatures():
        assert feature.geometry().area() == pytest.approx(walking_area, rel=1e-6)
    assert any(text.startswith("No public transport vehicle departs") for text in feedback.warnings)
