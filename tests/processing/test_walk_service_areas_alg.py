"""serviceareas on real Porto Alegre data: fields, CRS, per outlet, straight-line discs checked
with QGIS's ellipsoidal distances, bad input and cancel."""

import numpy as np
import pytest
from qgis.core import (
    NULL,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
)
from walk_data import line_layer, point_layer, porto_alegre, wgs84_measure


@pytest.fixture(scope="module")
def poa(shared_data):
    return porto_alegre(shared_data, outlets=12)


def run_areas(run_algorithm, **parameters):
    result = run_algorithm("serviceareas", {"OUTPUT": "memory:", **parameters})
    return result["OUTPUT"]


def test_walking_areas_dissolved_and_per_outlet(run_algorithm, poa):
    outlets = point_layer(poa["outlets"][:3])
    dissolved = run_areas(run_algorithm, OUTLETS=outlets, OSM_FILE=poa["pbf"], MODE=1, THRESHOLDS="5, 10", UNIT=1)
    assert dissolved.crs() == outlets.crs()
    rows = [(f["threshold"], f["unit"], f["outlet_id"], f["outlet_name"]) for f in dissolved.getFeatures()]
    assert rows == [(10.0, "min", NULL, NULL), (5.0, "min", NULL, NULL)]
    areas = {f["threshold"]: f.geometry() for f in dissolved.getFeatures()}
    assert areas[10.0].contains(areas[5.0].pointOnSurface())
    assert areas[10.0].area() > areas[5.0].area() > 0
    for x, y in poa["outlets"][:3]:
        assert areas[5.0].contains(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
    per_outlet = run_areas(
        run_algorithm, OUTLETS=outlets, OSM_FILE=poa["pbf"], MODE=1, THRESHOLDS="400", PER_OUTLET=True
    )
    features = list(per_outlet.getFeatures())
    assert sorted(f["outlet_id"] for f in features) == ["node/0", "node/1", "node/2"]
    assert {f["unit"] for f in features} == {"m"}
    # 400 m walking (+ the 50 m width) stays within 450 m as the crow flies of its outlet.
    measure = wgs84_measure()
    for feature in features:
        outlet = QgsPointXY(*poa["outlets"][int(feature["outlet_id"].split("/")[1])])
        farthest = max(
            measure.measureLine(outlet, vertex) for vertex in (QgsPointXY(v) for v in feature.geometry().vertices())
        )
        assert 300 < farthest <= 450.5


def test_the_grid_outline_lies_within_the_exact_one(run_algorithm, poa):
    """OUTLINE 1 (grid contour of the buffer) against OUTLINE 2 (exact GEOS buffers) on the same run:
    never wider, a little narrower."""
    parameters = dict(OUTLETS=point_layer(poa["outlets"][:4]), OSM_FILE=poa["pbf"], MODE=1, THRESHOLDS="800")
    grid = next(run_areas(run_algorithm, OUTLINE=1, **parameters).getFeatures()).geometry()
    exact = next(run_areas(run_algorithm, OUTLINE=2, **parameters).getFeatures()).geometry()
    assert grid.isGeosValid() and exact.isGeosValid()
    # (in degrees: a thousandth of the area for the exact buffer's chords and the reprojection)
    assert grid.difference(exact).area() < 1e-3 * exact.area()
    assert 0.6 < grid.area() / exact.area() < 0.95


def test_straight_line_areas_are_geodesic_discs(run_algorithm, poa):
    outlet = poa["outlets"][0]
    layer = run_areas(run_algorithm, OUTLETS=point_layer([outlet]), MODE=0, THRESHOLDS="1000")
    disc = next(layer.getFeatures()).geometry()
    measure = wgs84_measure()
    radii = [measure.measureLine(QgsPointXY(*outlet), QgsPointXY(v)) for v in disc.vertices()]
    assert min(radii) >= 995 and max(radii) <= 1000.5  # vertices on the circle (16 segments per quarter)
    assert measure.measureArea(disc) == pytest.approx(np.pi * 1000**2, rel=0.01)


def test_network_layer_input_and_minutes_at_another_speed(run_algorithm, poa):
    network = line_layer(poa["lines"])
    outlets = point_layer(poa["outlets"][:2])
    slow = run_areas(run_algorithm, OUTLETS=outlets, NETWORK=network, MODE=1, THRESHOLDS="10", UNIT=1, WALK_SPEED=3.0)
    metres = run_areas(run_algorithm, OUTLETS=outlets, NETWORK=network, MODE=1, THRESHOLDS="500")
    # 10 minutes at 3 km/h = 500 m.
    assert next(slow.getFeatures()).geometry().area() == pytest.approx(next(metres.getFeatures()).geometry().area())


def test_the_outlet_filter_keeps_the_outlets_access_times_keep(run_algorithm, poa):
    categories = ["supermarket", "bakery"] * 3
    outlets = point_layer(poa["outlets"][:6], categories=categories)
    common = dict(OSM_FILE=poa["pbf"], MODE=1, THRESHOLDS="600", PER_OUTLET=True)
    filtered = run_areas(run_algorithm, OUTLETS=outlets, OUTLET_FILTER="\"category\" = 'supermarket'", **common)
    assert sorted(f["outlet_id"] for f in filtered.getFeatures()) == ["node/0", "node/2", "node/4"]
    # The same polygons as for a layer of the supermarkets alone.
    alone = run_areas(run_algorithm, OUTLETS=point_layer(poa["outlets"][:6:2]), **common)
    assert sorted(f.geometry().area() for f in filtered.getFeatures()) == pytest.approx(
        sorted(f.geometry().area() for f in alone.getFeatures())
    )
    with pytest.raises(QgsProcessingException, match="No outlet is left"):
        run_areas(run_algorithm, OUTLETS=outlets, OUTLET_FILTER="\"category\" = 'nothing'", **common)
    with pytest.raises(QgsProcessingException, match="not a valid expression"):
        run_areas(run_algorithm, OUTLETS=outlets, OUTLET_FILTER="\"category\" = = 'x'", **common)


@pytest.mark.parametrize("thresholds, message", [("", "THRESHOLDS"), ("5,abc", "THRESHOLDS"), ("-5", "THRESHOLDS")])
def test_bad_thresholds(run_algorithm, poa, thresholds, message):
    with pytest.raises(QgsProcessingException, match=message):
        run_areas(
            run_algorithm, OUTLETS=point_layer(poa["outlets"][:2]), OSM_FILE=poa["pbf"], MODE=1, THRESHOLDS=thresholds
        )


def test_empty_or_off_network_outlets(run_algorithm, poa):
    with pytest.raises(QgsProcessingException, match="has no feature"):
        run_areas(run_algorithm, OUTLETS=point_layer([]), OSM_FILE=poa["pbf"], MODE=1)
    with pytest.raises(QgsProcessingException, match="No outlet lies within"):
        run_areas(run_algorithm, OUTLETS=point_layer([(-50.5, -30.5)]), OSM_FILE=poa["pbf"], MODE=1)


def test_cancel_leaves_no_output(run_algorithm, poa, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value > 40 else None)
    output = tmp_path / "areas.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_algorithm(
            "serviceareas",
            {
                "OUTLETS": point_layer(poa["outlets"]),
                "OSM_FILE": poa["pbf"],
                "MODE": 1,
                "PER_OUTLET": True,
                "OUTPUT": str(output),
            },
            feedback=feedback,
        )
    assert not output.exists()


def test_areas_as_access_times_hold_every_origin_within_the_threshold(run_algorithm, poa):
    outlets, origins = point_layer(poa["outlets"][:5]), point_layer(poa["origins"])
    common = dict(OUTLETS=outlets, OSM_FILE=poa["pbf"], MODE=1, UNIT=1)
    # (OUTLINE 0, as access times: the default)
    area = next(run_areas(run_algorithm, THRESHOLDS="12", **common).getFeatures()).geometry()
    access = run_algorithm("accesstimes", {"ORIGINS": origins, "OUTPUT": "memory:", **common})["OUTPUT"]
    times = [(f.geometry(), np.inf if f["time_min"] == NULL else f["time_min"]) for f in access.getFeatures()]
    within = [geometry for geometry, time in times if time <= 12]
    beyond = [geometry for geometry, time in times if time > 20]
    assert within and beyond
    assert all(area.contains(geometry) for geometry in within)
    assert not any(area.contains(geometry) for geometry in beyond)
