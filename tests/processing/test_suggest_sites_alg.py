"""foodaccess:suggestsites on the Monaco sample: the gains it reports are those 'Access to the nearest outlet'
finds once the site is added to the outlets, no other candidate does better for K = 1, and every bad input."""

from pathlib import Path

import numpy as np
import pytest
from feedback import RecordingFeedback
from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsVectorLayer
from walk_data import point_layer

from foodaccess.processing.styling import SUGGESTED_SITES, apply_style

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"
SUPERMARKETS = "\"category\" = 'supermarket'"
THRESHOLD_MIN = 10
# 10 minutes at the default 4.8 km/h.
THRESHOLD_M = THRESHOLD_MIN * 4800 / 60


@pytest.fixture
def sample(run_algorithm, tmp_path):
    outlets = str(tmp_path / "outlets.gpkg")
    run_algorithm("fetchoutlets", {"OSM_FILE": str(SAMPLE / "monaco.osm.pbf"), "OUTPUT": outlets})
    return {
        "outlets": QgsVectorLayer(outlets, "outlets", "ogr"),
        "origins": QgsVectorLayer(f"{SAMPLE / 'monaco_sample.gpkg'}|layername=origins", "origins", "ogr"),
        "areas": QgsVectorLayer(f"{SAMPLE / 'monaco_sample.gpkg'}|layername=areas", "areas", "ogr"),
        "osm": str(SAMPLE / "monaco.osm.pbf"),
    }


def suggest(run_algorithm, sample, feedback=None, **parameters):
    arguments = {
        "ORIGINS": sample["origins"],
        "POPULATION_FIELD": "population",
        "OUTLETS": sample["outlets"],
        "OUTLET_FILTER": SUPERMARKETS,
        "OSM_FILE": sample["osm"],
        "THRESHOLD": THRESHOLD_MIN,
        "OUTPUT": "memory:",
    }
    result = run_algorithm("suggestsites", arguments | parameters, feedback=feedback)
    return list(result["OUTPUT"].getFeatures())


def supermarket_points(sample):
    request = QgsFeatureRequest().setFilterExpression(SUPERMARKETS)
    return [tuple(feature.geometry().asPoint()) for feature in sample["outlets"].getFeatures(request)]


def people_within(run_algorithm, sample, outlet_points):
    """People of the sample within the threshold of one of ``outlet_points`` (lon/lat), by accesstimes."""
    access = run_algorithm(
        "accesstimes",
        {
            "ORIGINS": sample["origins"],
            "OUTLETS": point_layer(outlet_points),
            "OSM_FILE": sample["osm"],
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    return sum(f["population"] for f in access.getFeatures() if f["distance_m"] and f["distance_m"] <= THRESHOLD_M)


def test_gains_are_what_accesstimes_finds_with_the_sites_added(run_algorithm, sample):
    feedback = RecordingFeedback()
    picks = suggest(run_algorithm, sample, feedback, AREAS=sample["areas"], GRID_SIZE=150, K=3)
    assert [pick["rank"] for pick in picks] == [1, 2, 3]
    gains = [pick["gain_people"] for pick in picks]
    assert gains == sorted(gains, reverse=True) and gains[-1] > 0
    existing = supermarket_points(sample)
    baseline = people_within(run_algorithm, sample, existing)
    sites = [tuple(pick.geometry().asPoint()) for pick in picks]
    for count in (1, 3):
        expected = people_within(run_algorithm, sample, existing + sites[:count]) - baseline
        assert picks[count - 1]["total_gain_people"] == pytest.approx(expected, abs=0.05)
    # Everyone within the threshold of site 1 (served already or not): accesstimes with that site alone.
    assert picks[0]["people_reached"] == pytest.approx(people_within(run_algorithm, sample, sites[:1]), abs=0.05)
    assert picks[0]["gain_weighted"] == picks[0]["gain_people"]  # no WEIGHT
    assert any("Greedy choice: at least 63 %" in text for text in feedback.infos)


def test_the_first_site_is_the_best_single_site(run_algorithm, sample):
    # K = 1 among a few candidates: each one's gain by accesstimes, none better than the pick.
    rng = np.random.default_rng(3)
    extent = sample["areas"].extent()
    points = np.column_stack(
        [
            rng.uniform(extent.xMinimum(), extent.xMaximum(), 6),
            rng.uniform(extent.yMinimum(), extent.yMaximum(), 6),
        ]
    )
    candidates = point_layer(points, names=[f"site {index}" for index in range(6)])
    picks = suggest(run_algorithm, sample, CANDIDATES=candidates, K=1, MAX_SNAP=2000)
    existing = supermarket_points(sample)
    baseline = people_within(run_algorithm, sample, existing)
    gains = [people_within(run_algorithm, sample, existing + [tuple(point)]) - baseline for point in points]
    assert picks[0]["name"] == f"site {int(np.argmax(gains))}"
    assert picks[0]["gain_people"] == pytest.approx(max(gains), abs=0.05)


def test_weight_multiplies_the_people_it_counts(run_algorithm, sample):
    plain = suggest(run_algorithm, sample, AREAS=sample["areas"], GRID_SIZE=150, K=2)
    doubled = suggest(run_algorithm, sample, AREAS=sample["areas"], GRID_SIZE=150, K=2, WEIGHT="2")
    assert [pick["cell"] for pick in doubled] == [pick["cell"] for pick in plain]
    assert [pick["gain_weighted"] for pick in doubled] == pytest.approx([2 * pick["gain_people"] for pick in plain])
    # Only the tall buildings count: the weighted gain is theirs, never more than everyone's.
    tall = suggest(run_algorithm, sample, AREAS=sample["areas"], GRID_SIZE=150, K=1, WEIGHT='"storeys" >= 8')
    assert 0 < tall[0]["gain_weighted"] < tall[0]["gain_people"] <= plain[0]["gain_people"]


def test_minimum_spacing_keeps_the_sites_apart(run_algorithm, sample):
    picks = suggest(run_algorithm, sample, GRID_SIZE=100, K=3, MIN_SPACING=600)
    origins_crs_points = [pick.geometry() for pick in picks]
    from qgis.core import QgsDistanceArea

    measure = QgsDistanceArea()
    measure.setEllipsoid("WGS84")
    for first in range(len(picks)):
        for second in range(first + 1, len(picks)):
            gap = measure.measureLine(origins_crs_points[first].asPoint(), origins_crs_points[second].asPoint())
            assert gap >= 600 * 0.99  # the spacing is measured in the local metric CRS


def test_candidates_off_the_network_or_outside_the_areas_are_named_and_skipped(run_algorithm, sample):
    extent = sample["areas"].extent()
    centre = extent.center()
    points = [
        (centre.x(), centre.y()),  # in the areas, on the streets
        (8.5, 43.2),  # far out at sea
        (extent.xMaximum() + 0.01, extent.yMaximum() + 0.01),  # outside the areas
    ]
    candidates = point_layer(points, names=["Centre", "Sea", "Outside"])
    feedback = RecordingFeedback()
    # Without OUTLETS nobody is served yet: every usable candidate reaches someone.
    picks = suggest(run_algorithm, sample, feedback, CANDIDATES=candidates, AREAS=sample["areas"], K=1, OUTLETS=None)
    assert [pick["name"] for pick in picks] == ["Centre"]
    assert any("outside AREAS" in text and "Outside" in text for text in feedback.warnings)
    feedback = RecordingFeedback()
    suggest(run_algorithm, sample, feedback, CANDIDATES=candidates, K=1)
    assert any("MAX_SNAP" in text and "Sea" in text for text in feedback.warnings)


def test_bad_inputs(run_algorithm, sample, tmp_path):
    candidates = point_layer([(7.4206, 43.7311), (7.4246, 43.7400)])
    with pytest.raises(QgsProcessingException, match="K = 5 sites are asked for, but only 2 candidates are usable"):
        suggest(run_algorithm, sample, CANDIDATES=candidates, K=5)
    with pytest.raises(QgsProcessingException, match=r"candidate sites \(CANDIDATES\) has no feature"):
        suggest(run_algorithm, sample, CANDIDATES=point_layer([]), K=1)
    with pytest.raises(QgsProcessingException, match="No candidate site is usable"):
        suggest(run_algorithm, sample, CANDIDATES=point_layer([(8.5, 43.2)]), K=1)
    with pytest.raises(QgsProcessingException, match="works on foot only"):
        suggest(run_algorithm, sample, MODE=2, K=1)
    with pytest.raises(QgsProcessingException, match="WEIGHT expression uses fields"):
        suggest(run_algorithm, sample, WEIGHT='"no_such_field" > 1', K=1)
    with pytest.raises(QgsProcessingException, match="The WEIGHT expression gives '-1' at origin"):
        suggest(run_algorithm, sample, WEIGHT="-1", K=1)


class CancelInGreedy(RecordingFeedback):
    """Cancels once the progress bar enters the greedy search (85 % on)."""

    def setProgress(self, value):
        super().setProgress(value)
        if value > 85:
            self.cancel()


def test_cancel_during_the_greedy_search_leaves_no_output(run_algorithm, sample, tmp_path):
    output = tmp_path / "sites.gpkg"
    feedback = CancelInGreedy()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        suggest(run_algorithm, sample, feedback, GRID_SIZE=100, K=3, OUTPUT=str(output))
    assert not output.exists()


def test_the_sites_are_drawn_numbered(qgis_app):
    layer = point_layer([(7.42, 43.73)])
    layer.dataProvider().addAttributes([])
    apply_style(layer, SUGGESTED_SITES, language="en")
    assert layer.labelsEnabled()
    assert layer.labeling().settings().fieldName == "rank"
    assert layer.renderer().symbol().symbolLayer(0).shape() is not None
