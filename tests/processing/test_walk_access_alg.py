"""accesstimes on real Porto Alegre data, checked against QGIS's own network analysis and
QGIS's ellipsoidal distances; and every kind of bad input."""

import uuid
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from feedback import RecordingFeedback
from qgis.analysis import QgsGraphAnalyzer, QgsGraphBuilder, QgsNetworkDistanceStrategy, QgsVectorLayerDirector
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
)
from walk_data import line_layer, point_layer, porto_alegre, wgs84_measure


@pytest.fixture(scope="module")
def poa(shared_data):
    return porto_alegre(shared_data)


@pytest.fixture
def network_layer(poa, qgis_app):
    return line_layer(poa["lines"])


def run_access(run_algorithm, feedback=None, **parameters):
    """The output features as dicts, NULL as None."""
    result = run_algorithm("accesstimes", {"OUTPUT": "memory:", **parameters}, feedback=feedback)
    return [
        {name: (None if value == NULL else value) for name, value in zip(f.fields().names(), f.attributes())}
        | {"geometry": f.geometry()}
        for f in result["OUTPUT"].getFeatures()
    ]


def qgis_network_distances(layer, sources, targets):
    """Shortest distance from the nearest of ``sources`` to each target with qgis.analysis
    (points tied to the nearest edge, ellipsoidal edge lengths): the reference."""
    director = QgsVectorLayerDirector(layer, -1, "", "", "", QgsVectorLayerDirector.Direction.DirectionBoth)
    director.addStrategy(QgsNetworkDistanceStrategy())
    builder = QgsGraphBuilder(layer.crs(), True, 0, "WGS84")
    points = [QgsPointXY(*p) for p in np.concatenate([sources, targets])]
    tied = director.makeGraph(builder, points)
    graph = builder.graph()
    best = np.full(len(targets), np.inf)
    for source_point in tied[: len(sources)]:
        _, cost = QgsGraphAnalyzer.dijkstra(graph, graph.findVertex(source_point), 0)
        for index, target_point in enumerate(tied[len(sources) :]):
            vertex = graph.findVertex(target_point)
            if cost[vertex] >= 0:
                best[index] = min(best[index], cost[vertex])
    return best


def to_utm(points):
    """lon/lat -> SIRGAS 2000 / UTM 22S (EPSG:31982)."""
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:31982"), QgsProject.instance()
    )
    return np.array([(p.x(), p.y()) for p in (transform.transform(QgsPointXY(*xy)) for xy in points)])


def test_walk_distances_agree_with_qgis_network_analysis(run_algorithm, poa):
    # In a projected CRS, so that QGIS ties points to the nearest edge in metres as we do (in
    # degrees the nearest edge differs). Outlets on vertices; origins: hexagon centroids (with legs).
    network_layer = line_layer([to_utm(line) for line in poa["lines"]], crs="EPSG:31982")
    outlets = to_utm(poa["outlets"][:3])
    origins = to_utm(poa["origins"][::10])
    features = run_access(
        run_algorithm,
        ORIGINS=point_layer(origins, crs="EPSG:31982"),
        OUTLETS=point_layer(outlets, crs="EPSG:31982"),
        NETWORK=network_layer,
        MODE=1,
    )
    ours = np.array([f["distance_m"] if f["distance_m"] is not None else np.nan for f in features], dtype=float)
    legs = np.array([f["snap_m"] for f in features], dtype=float)
    reference = qgis_network_distances(network_layer, outlets, origins)
    reachable = np.isfinite(reference) & np.isfinite(ours)
    assert reachable.sum() >= 0.9 * len(origins)
    relative = np.abs((ours - legs)[reachable] - reference[reachable]) / np.maximum(reference[reachable], 1.0)
    assert relative.max() < 0.01, relative.max()
    assert [f["status"] for f in features].count("ok") == reachable.sum()


def test_straight_distances_agree_with_qgis_ellipsoidal_distances(run_algorithm, poa):
    outlets, origins = poa["outlets"][:25], poa["origins"][:300]
    features = run_access(
        run_algorithm, ORIGINS=point_layer(origins), OUTLETS=point_layer(outlets), MODE=0, THRESHOLD=2000, UNIT=0
    )
    measure = wgs84_measure()
    for feature, origin in zip(features, origins):
        distances = np.array([measure.measureLine(QgsPointXY(*origin), QgsPointXY(*outlet)) for outlet in outlets])
        assert abs(feature["distance_m"] - distances.min()) <= 0.001 * distances.min()
        assert feature["nearest_id"] == f"node/{distances.argmin()}"
        assert feature["outlets_within"] == int((distances <= 2000).sum())
        assert feature["time_min"] == pytest.approx(distances.min() / 80.0, abs=0.01)  # 4.8 km/h = 80 m/min


def test_osm_file_and_line_layer_give_the_same_result(run_algorithm, poa, network_layer):
    origins, outlets = point_layer(poa["origins"][:200]), point_layer(poa["outlets"][:10])
    from_layer = run_access(run_algorithm, ORIGINS=origins, OUTLETS=outlets, NETWORK=network_layer, MODE=1)
    from_file = run_access(run_algorithm, ORIGINS=origins, OUTLETS=outlets, OSM_FILE=poa["pbf"], MODE=1)
    for a, b in zip(from_layer, from_file):
        assert (a["nearest_id"], a["distance_m"], a["outlets_within"], a["status"]) == (
            b["nearest_id"],
            b["distance_m"],
            b["outlets_within"],
            b["status"],
        )


def test_inputs_in_other_crs_give_the_same_distances(run_algorithm, poa, network_layer):
    utm = QgsCoordinateReferenceSystem("EPSG:31982")
    origins = poa["origins"][:100]
    origins_utm = point_layer(to_utm(origins), crs="EPSG:31982")
    outlets = point_layer(poa["outlets"][:5])
    base = run_access(run_algorithm, ORIGINS=point_layer(origins), OUTLETS=outlets, NETWORK=network_layer)
    moved = run_access(run_algorithm, ORIGINS=origins_utm, OUTLETS=outlets, NETWORK=network_layer)
    for a, b in zip(base, moved):
        assert a["nearest_id"] == b["nearest_id"]
        assert b["distance_m"] == pytest.approx(a["distance_m"], abs=0.05)
    assert origins_utm.crs() == utm


def test_origins_without_geometry_far_or_on_an_island_are_kept_with_a_status(run_algorithm, poa):
    lines = list(poa["lines"][:400])
    island = np.array([[-51.00, -30.30], [-51.00, -30.29]])  # a lone path far from the rest
    lines.append(island)
    network = line_layer(lines)
    near = lines[0][0]
    origins = point_layer([tuple(near), (np.nan, np.nan), (-50.90, -30.30), tuple(island.mean(axis=0))])
    features = run_access(run_algorithm, ORIGINS=origins, OUTLETS=point_layer([tuple(near)]), NETWORK=network)
    assert [f["status"] for f in features] == ["ok", "no geometry", "too far from network", "no outlet reachable"]
    assert features[0]["distance_m"] == pytest.approx(0.0, abs=0.01)
    assert features[2]["snap_m"] > 500 and features[2]["distance_m"] is None
    assert features[3]["nearest_id"] is None and features[3]["snap_m"] < 1.0


@pytest.mark.parametrize("motorway_tags, expected", [({}, 3000.0), ({"foot": "yes"}, 1000.0)])
def test_tag_fields_of_a_line_layer_decide_what_is_walkable(run_algorithm, motorway_tags, expected):
    # Origin and outlet 1 km apart along a motorway; the footway detour is 3 km; a private street too.
    crs = "EPSG:31982"
    x, y = 480000.0, 6670000.0
    lines = [
        np.array([[x, y], [x + 1000, y]]),
        np.array([[x, y], [x, y + 1000], [x + 1000, y + 1000], [x + 1000, y]]),
        np.array([[x, y], [x + 500, y - 10], [x + 1000, y]]),
    ]
    tags = [
        {"highway": "motorway", **motorway_tags},
        {"highway": "footway"},
        {"highway": "residential", "access": "private"},
    ]
    features = run_access(
        run_algorithm,
        ORIGINS=point_layer([(x, y)], crs=crs),
        OUTLETS=point_layer([(x + 1000, y)], crs=crs),
        NETWORK=line_layer(lines, crs, tags),
    )
    # (UTM metres are 0.04 % shorter than ground metres here: scale factor 0.9996)
    assert features[0]["distance_m"] == pytest.approx(expected / 0.9996, rel=2e-4)


def test_polygon_origins_even_invalid_are_taken_at_a_point_on_their_surface(run_algorithm, poa, network_layer):
    from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry, QgsProcessingContext, QgsVectorLayer

    polygons = QgsVectorLayer("Polygon?crs=EPSG:4326&field=cell:string", "cells", "memory")
    x, y = poa["outlets"][0]
    d = 0.001
    shapes = {
        "triangle": f"POLYGON(({x} {y},{x + d} {y},{x + d} {y + d},{x} {y}))",
        "bow-tie": f"POLYGON(({x} {y},{x + d} {y + d},{x + d} {y},{x} {y + d},{x} {y}))",
    }
    for name, wkt in shapes.items():
        feature = QgsFeature(polygons.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([name])
        polygons.dataProvider().addFeature(feature)
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid)
    result = run_algorithm(
        "accesstimes",
        {
            "ORIGINS": polygons,
            "OUTLETS": point_layer(poa["outlets"][:5]),
            "NETWORK": network_layer,
            "OUTPUT": "memory:",
        },
        context=context,
    )
    features = list(result["OUTPUT"].getFeatures())
    assert [(f["cell"], f["status"]) for f in features] == [("triangle", "ok"), ("bow-tie", "ok")]
    assert features[1]["distance_m"] < 300
    assert features[0].geometry().type() == polygons.geometryType()


def test_outlet_filter_and_minutes(run_algorithm, poa, network_layer):
    outlets = point_layer(poa["outlets"][:6], categories=["supermarket", "bakery"] * 3)
    origins = point_layer(poa["origins"][:50])
    supermarkets = run_access(
        run_algorithm,
        ORIGINS=origins,
        OUTLETS=outlets,
        NETWORK=network_layer,
        OUTLET_FILTER="\"category\" = 'supermarket'",
        THRESHOLD=20,
        UNIT=1,
        WALK_SPEED=6.0,
    )
    assert {f["nearest_category"] for f in supermarkets if f["nearest_id"]} == {"supermarket"}
    for feature in supermarkets:
        if feature["distance_m"] is not None:
            assert feature["time_min"] == pytest.approx(feature["distance_m"] / 100.0, abs=0.01)  # 6 km/h
            assert (feature["outlets_within"] > 0) == (feature["distance_m"] <= 2000.0)


@pytest.mark.parametrize(
    "case, message",
    [
        ("empty origins", "has no feature"),
        ("empty network", "has no feature"),
        ("no network", "Walking needs a street network"),
        ("both networks", "not both"),
        ("filter keeps none", "No outlet is left"),
        ("bad filter", "not a valid expression"),
        ("outlets off network", "No outlet lies within"),
        ("zero-length network", "zero-length"),
        ("missing osm file", "does not exist"),
    ],
)
def test_bad_input_gets_a_clear_message(run_algorithm, poa, network_layer, case, message):
    origins, outlets = point_layer(poa["origins"][:5]), point_layer(poa["outlets"][:5])
    parameters = {"ORIGINS": origins, "OUTLETS": outlets, "NETWORK": network_layer, "MODE": 1}
    if case == "empty origins":
        parameters["ORIGINS"] = point_layer([])
    elif case == "empty network":
        parameters["NETWORK"] = line_layer([])
    elif case == "no network":
        del parameters["NETWORK"]
    elif case == "both networks":
        parameters["OSM_FILE"] = poa["pbf"]
    elif case == "filter keeps none":
        parameters["OUTLET_FILTER"] = "\"category\" = 'nothing'"
    elif case == "bad filter":
        parameters["OUTLET_FILTER"] = "\"category\" = = 'x'"
    elif case == "outlets off network":
        parameters["OUTLETS"] = point_layer([(-50.5, -30.5)])
    elif case == "zero-length network":
        parameters["NETWORK"] = line_layer([np.array([[-51.2, -30.0], [-51.2, -30.0]])])
    elif case == "missing osm file":
        del parameters["NETWORK"]
        parameters["OSM_FILE"] = "/nonexistent/extract.osm.pbf"
    with pytest.raises(QgsProcessingException, match=message):
        run_algorithm("accesstimes", {"OUTPUT": "memory:", **parameters})


def test_the_network_cache_serves_reruns_and_a_changed_layer_is_rebuilt(run_algorithm, poa):
    # A network no run has cached yet (pytest-qgis keeps its profile, hence the cache, between sessions).
    shift = 0.5 + uuid.uuid4().int % 10**6 * 1e-12
    lines = [line + shift for line in poa["lines"][:300]]
    origins, outlets = point_layer(lines[0][:1] + 0.0001), point_layer(lines[1][:1])

    def cached(network):
        feedback = RecordingFeedback()
        run_algorithm(
            "accesstimes",
            {"ORIGINS": origins, "OUTLETS": outlets, "NETWORK": network, "OUTPUT": "memory:"},
            feedback=feedback,
        )
        return any("(from the cache)" in text for text in feedback.infos if text.startswith("Street network"))

    assert not cached(line_layer(lines))
    assert cached(line_layer(lines))
    lines[5] = lines[5] + 0.0001
    assert not cached(line_layer(lines))


@pytest.mark.parametrize("mode", [0, 1], ids=["straight line", "walk"])
def test_cancel_leaves_no_output(run_algorithm, poa, network_layer, tmp_path, mode):
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value > 50 else None)
    output = tmp_path / "access.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_algorithm(
            "accesstimes",
            {
                "ORIGINS": point_layer(poa["origins"]),
                "OUTLETS": point_layer(poa["outlets"]),
                "NETWORK": network_layer,
                "MODE": mode,
                "OUTPUT": str(output),
            },
            feedback=feedback,
        )
    assert not output.exists()


SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"


def test_monaco_homes_next_to_courtyard_paths_reach_a_supermarket(run_algorithm, tmp_path):
    """The embedded sample (what `make demo` runs): homes whose nearest edge is a small island
    (a courtyard path, a private footway) are tied to the nearest street of the main network."""
    outlets = str(tmp_path / "outlets.gpkg")
    run_algorithm("fetchoutlets", {"OSM_FILE": str(SAMPLE / "monaco.osm.pbf"), "OUTPUT": outlets})
    parameters = {
        "ORIGINS": f"{SAMPLE / 'monaco_sample.gpkg'}|layername=origins",
        "OUTLETS": outlets,
        "OUTLET_FILTER": "\"category\" = 'supermarket'",
        "OSM_FILE": str(SAMPLE / "monaco.osm.pbf"),
        "MODE": 1,
        "THRESHOLD": 10,
        "UNIT": 1,
    }
    runs = {}
    for minimum in (0, 40):
        feedback = RecordingFeedback()
        features = run_access(run_algorithm, MIN_ISLAND_NODES=minimum, feedback=feedback, **parameters)
        runs[minimum] = ({f["osm_id"]: f for f in features}, feedback.infos)
    unpruned, pruned = runs[0][0], runs[40][0]
    statuses = {minimum: Counter(f["status"] for f in features.values()) for minimum, (features, _) in runs.items()}
    # Monaco's walking network has 27 parts: the main one and 26 of fewer than 40 nodes. Without pruning,
    # the 10 homes whose nearest edge lies on one of those reach nothing; each has a street of the main
    # network within 32 m (0.8 to 20 m farther than the island), so with the default none is left.
    assert statuses[0] == {"ok": 460, "no outlet reachable": 10}
    assert statuses[40] == {"ok": 470}
    moved = [key for key, home in unpruned.items() if home["status"] == "no outlet reachable"]
    for key in moved:
        assert unpruned[key]["snap_m"] < pruned[key]["snap_m"] < 35.0
        assert pruned[key]["distance_m"] > pruned[key]["snap_m"] and pruned[key]["nearest_id"]
    for key in set(unpruned) - set(moved):
        assert [pruned[key][name] for name in ("nearest_id", "distance_m", "snap_m", "outlets_within")] == [
            unpruned[key][name] for name in ("nearest_id", "distance_m", "snap_m", "outlets_within")
        ]
    assert any("26 parts of fewer than 40 nodes are skipped" in text for text in runs[40][1])
    assert any(text.startswith("10 origins nearest to a small island") for text in runs[40][1])
    assert not any("small island" in text or "are skipped" in text for text in runs[0][1])


def test_measures_beyond_the_nearest_outlet(run_algorithm, qgis_app):
    """healthy_within, less_healthy_within, gravity and access_2sfca in a straight line: 3 origins (10, 20 and
    30 people) and 3 outlets on a parallel, the pairs within 300 m computed here by brute force."""
    from area_layers import memory_layer
    from qgis.core import QgsGeometry

    from foodaccess.core.walk.geodesic import geodesic_distance

    origins_lonlat = [(5.001, 43.0), (5.005, 43.0), (5.0125, 43.0)]
    outlets_lonlat = [(5.000, 43.0), (5.004, 43.0), (5.010, 43.0)]
    people = [10.0, 20.0, 30.0]
    origins = memory_layer(
        "Point",
        ["Pop:double"],
        [(QgsGeometry.fromPointXY(QgsPointXY(*xy)), pop) for xy, pop in zip(origins_lonlat, people)],
        "EPSG:4326",
    )
    outlets = point_layer(outlets_lonlat, categories=["supermarket", "fast_food", "unknown"])
    features = run_access(
        run_algorithm,
        ORIGINS=origins,
        OUTLETS=outlets,
        MODE=0,
        THRESHOLD=300,
        UNIT=0,
        WALK_SPEED=6.0,
        GRAVITY_DECAY=0.2,
        POPULATION_FIELD="Pop",
    )
    metres = np.array([[geodesic_distance(*o, *j) for j in outlets_lonlat] for o in origins_lonlat])
    near = metres <= 300
    assert near.tolist() == [[True, True, False], [False, True, False], [False, False, True]]
    ratio = 1.0 / (np.array(people) @ near)  # each outlet's share per person
    for index, feature in enumerate(features):
        assert feature["outlets_within"] == near[index].sum()
        assert feature["healthy_within"] == int(near[index, 0])
        assert feature["less_healthy_within"] == int(near[index, 1])
        assert feature["gravity"] == pytest.approx(np.exp(-0.2 * metres[index][near[index]] / 100.0).sum(), abs=1e-4)
        assert feature["access_2sfca"] == pytest.approx(1000 * ratio[near[index]].sum(), abs=1e-4)
    # Outlets without a category field: no counts by group; each origin counts 1 without POPULATION_FIELD.
    bare = memory_layer(
        "Point", [], [(QgsGeometry.fromPointXY(QgsPointXY(*xy)),) for xy in outlets_lonlat], "EPSG:4326"
    )
    features = run_access(run_algorithm, ORIGINS=origins, OUTLETS=bare, MODE=0, THRESHOLD=300, UNIT=0)
    assert "healthy_within" not in features[0]
    assert [feature["access_2sfca"] for feature in features] == pytest.approx([1500.0, 500.0, 1000.0])
