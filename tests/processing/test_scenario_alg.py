"""foodaccess:scenario: figures checked by hand on one straight street, the sample against the two-step pipeline
(accesstimes with the outlet added, then classifyareas), walk + public transport, and the bad inputs."""

from pathlib import Path

import pytest
from area_layers import box, memory_layer, point
from feedback import RecordingFeedback
from qgis.core import NULL, QgsFeatureRequest, QgsProcessingException, QgsVectorLayer
from walk_data import point_layer

from foodaccess.processing.styling import SCENARIO_AREAS, SCENARIO_ORIGINS, apply_style, legend_labels

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"
SUPERMARKETS = "\"category\" = 'supermarket'"
OUTLET_FIELDS = ["source_id:string", "name:string", "category:string"]


def values(feature):
    return {
        name: (None if value == NULL else value) for name, value in zip(feature.fields().names(), feature.attributes())
    }


def run_scenario(run_algorithm, feedback=None, **parameters):
    """(origins by their ``id`` or in order, areas by name) of a scenario run."""
    result = run_algorithm(
        "scenario", {"OUTPUT_ORIGINS": "memory:", "OUTPUT_AREAS": "memory:", **parameters}, feedback=feedback
    )
    origins = [values(feature) for feature in result["OUTPUT_ORIGINS"].getFeatures()]
    areas = {feature["name"]: values(feature) for feature in result["OUTPUT_AREAS"].getFeatures()}
    return origins, areas


# --- one straight street, by hand ---------------------------------------------------------------------------
# A 2 km street along x; five homes 10 m off it at x = 100, 500, 900, 1300, 1700 (10, 20, 30, 40, 50 people);
# area A holds the first three (60 people), B the last two (90). The outlet "West" stands at x = 0; the proposed
# one, "New", at x = 1500. Walking distance = the distance along the street + the 10 m leg; low access beyond
# 650 m (custom rule, metres; 500 people or 33 %). The engine works in its own local metric projection, whose
# lengths differ from Lambert-93's by its scale factor (less than 0.1 % here): distances are compared within 0.2 %.


def street():
    street = memory_layer("LineString", ["id:integer"], [(point(0, 0).combine(point(2000, 0)).convexHull(), 1)])
    homes = memory_layer(
        "Point",
        ["home:integer", "people:double"],
        [(point(x, 10), x, people) for x, people in ((100, 10), (500, 20), (900, 30), (1300, 40), (1700, 50))],
    )
    areas = memory_layer(
        "Polygon", ["name:string"], [(box(0, -100, 1000, 200), "A"), (box(1000, -100, 1000, 200), "B")]
    )
    outlets = memory_layer("Point", OUTLET_FIELDS, [(point(0, 0), "w", "West", "supermarket")])
    proposed = memory_layer("Point", OUTLET_FIELDS, [(point(1500, 0), "n", "New", "supermarket")])
    return {
        "NETWORK": street,
        "ORIGINS": homes,
        "POPULATION_FIELD": "people",
        "AREAS": areas,
        "OUTLETS": outlets,
        "PRESET": 6,
        "THRESHOLD": 650,
        "UNIT": 0,
        "MODE": 1,
    }, proposed


def test_opening_an_outlet_by_hand(run_algorithm):
    parameters, proposed = street()
    feedback = RecordingFeedback()
    origins, areas = run_scenario(run_algorithm, feedback, ADD=proposed, **parameters)
    by_home = {origin["home"]: origin for origin in origins}
    assert [by_home[x]["distance_before_m"] for x in (100, 500, 900, 1300, 1700)] == pytest.approx(
        [110, 510, 910, 1310, 1710], rel=2e-3
    )
    assert [by_home[x]["distance_after_m"] for x in (100, 500, 900, 1300, 1700)] == pytest.approx(
        [110, 510, 610, 210, 210], rel=2e-3
    )
    assert [by_home[x]["nearest_after"] for x in (100, 500, 900, 1300, 1700)] == ["w", "w", "n", "n", "n"]
    # 4.8 km/h is 80 m a minute: 1,310 m is 16.375 min, 210 m is 2.625 min.
    assert by_home[1300]["time_before_min"] == pytest.approx(16.375, rel=2e-3)
    assert by_home[1300]["time_change_min"] == pytest.approx(-13.75, rel=2e-3)
    assert [by_home[x]["change"] for x in (100, 500, 900, 1300, 1700)] == [
        "unchanged",
        "unchanged",
        "gains_access",
        "gains_access",
        "gains_access",
    ]
    # A: 30 of 60 beyond (50 %, low access), then 0; B: 90 of 90, then 0.
    assert (areas["A"]["pop_total"], areas["A"]["pop_low_before"], areas["A"]["pop_low_after"]) == (60, 30, 0)
    assert (areas["A"]["share_low_before"], areas["A"]["class_before"], areas["A"]["class_after"]) == (
        50,
        "low_access",
        "served",
    )
    assert (areas["B"]["pop_low_before"], areas["B"]["pop_low_change"], areas["B"]["change"]) == (
        90,
        -90,
        "fewer_beyond",
    )
    assert any(
        "Scenario: 1 outlet added, 0 outlets removed. 120 people come within 650 m of an outlet, 0 fall beyond; "
        "people beyond the threshold: 120 before, 0 after (-120)." in text
        for text in feedback.infos
    )
    assert "2 areas leave low access: A, B." in feedback.infos
    assert "0 areas become low access: -." in feedback.infos


def test_moving_an_outlet_by_hand(run_algorithm):
    # "West" closes and "New" opens: the western homes lose access, the eastern ones gain it.
    parameters, proposed = street()
    feedback = RecordingFeedback()
    origins, areas = run_scenario(run_algorithm, feedback, ADD=proposed, REMOVE="\"name\" = 'West'", **parameters)
    by_home = {origin["home"]: origin for origin in origins}
    assert [by_home[x]["distance_after_m"] for x in (100, 500, 900, 1300, 1700)] == pytest.approx(
        [1410, 1010, 610, 210, 210], rel=2e-3
    )
    assert [by_home[x]["change"] for x in (100, 500, 900, 1300, 1700)] == [
        "loses_access",
        "loses_access",
        "gains_access",
        "gains_access",
        "gains_access",
    ]
    # A: 30 beyond before (home 900), 30 after (homes 100 and 500): still low access, unchanged.
    assert (areas["A"]["pop_low_before"], areas["A"]["pop_low_after"], areas["A"]["change"]) == (30, 30, "unchanged")
    assert areas["A"]["class_after"] == "low_access"
    assert (areas["B"]["class_before"], areas["B"]["class_after"]) == ("low_access", "served")
    assert any("120 people come within 650 m of an outlet, 30 fall beyond" in text for text in feedback.infos)
    assert "1 area leaves low access: B." in feedback.infos


def test_closing_an_outlet_by_hand(run_algorithm):
    parameters, _ = street()
    outlets = memory_layer(
        "Point",
        OUTLET_FIELDS,
        [(point(0, 0), "w", "West", "supermarket"), (point(1500, 0), "e", "East", "supermarket")],
    )
    feedback = RecordingFeedback()
    _, areas = run_scenario(run_algorithm, feedback, **(parameters | {"OUTLETS": outlets}), REMOVE="\"name\" = 'East'")
    assert (areas["B"]["pop_low_before"], areas["B"]["pop_low_after"], areas["B"]["change"]) == (0, 90, "more_beyond")
    assert "2 areas become low access: A, B." in feedback.infos
    assert "0 areas leave low access: -." in feedback.infos


def test_bad_inputs(run_algorithm):
    parameters, proposed = street()
    with pytest.raises(QgsProcessingException, match="removes every outlet"):
        run_scenario(run_algorithm, REMOVE="true", **parameters)
    empty = memory_layer("Point", OUTLET_FIELDS, [])
    with pytest.raises(QgsProcessingException, match=r"proposed outlets \(ADD\) has no feature"):
        run_scenario(run_algorithm, ADD=empty, **parameters)
    with pytest.raises(
        QgsProcessingException, match="The scenario changes nothing: give 'Proposed outlets', 'Closing outlets"
    ):
        run_scenario(run_algorithm, **parameters)
    with pytest.raises(QgsProcessingException, match=r"'Closing outlets \(expression\)' is not a valid expression"):
        run_scenario(run_algorithm, REMOVE='"name" = ', ADD=proposed, **parameters)
    far = memory_layer("Point", OUTLET_FIELDS, [(point(0, 5000), "f", "Far", "supermarket")])
    with pytest.raises(QgsProcessingException, match="No outlet is left in the scenario: 'Closing outlets"):
        run_scenario(run_algorithm, REMOVE="true", ADD=far, **parameters)
    feedback = RecordingFeedback()
    near_and_far = [(point(1500, 0), "n", "New", "supermarket"), (point(0, 5000), "f", "Far", "supermarket")]
    near_and_far = memory_layer("Point", OUTLET_FIELDS, near_and_far)
    run_scenario(run_algorithm, feedback, ADD=near_and_far, **parameters)
    assert "1 proposed outlet farther than 500 m from the network is left out: Far" in feedback.warnings
    homes = memory_layer("Point", ["people:double"], [(point(100, 10), 5.0), (point(500, 10), -3.0)])
    with pytest.raises(QgsProcessingException, match="The population field people holds '-3.0' at origin 2"):
        run_scenario(run_algorithm, ADD=proposed, **(parameters | {"ORIGINS": homes}))
    feedback = RecordingFeedback()
    run_scenario(run_algorithm, feedback, REMOVE="\"name\" = 'Nobody'", ADD=proposed, **parameters)
    assert "'Closing outlets (expression)' selects no outlet: none closes." in feedback.warnings


# --- the sample against the two-step pipeline ------------------------------------------------------------


@pytest.fixture
def sample(run_algorithm, tmp_path):
    outlets = str(tmp_path / "outlets.gpkg")
    run_algorithm("fetchoutlets", {"OSM_FILE": str(SAMPLE / "monaco.osm.pbf"), "OUTPUT": outlets})
    return {
        "OUTLETS": QgsVectorLayer(outlets, "outlets", "ogr"),
        "OUTLET_FILTER": SUPERMARKETS,
        "ORIGINS": QgsVectorLayer(f"{SAMPLE / 'monaco_sample.gpkg'}|layername=origins", "origins", "ogr"),
        "AREAS": QgsVectorLayer(f"{SAMPLE / 'monaco_sample.gpkg'}|layername=areas", "areas", "ogr"),
        "OSM_FILE": str(SAMPLE / "monaco.osm.pbf"),
        "POPULATION_FIELD": "population",
        "PRESET": 4,
        "THRESHOLD": 10,
    }


# The site suggestsites picks in La Rousse (K = 1, 50 m grid; see the README's worked example).
LA_ROUSSE_SITE = (7.432645, 43.74762)


def classified(run_algorithm, sample, outlet_points):
    access = run_algorithm(
        "accesstimes",
        {"ORIGINS": sample["ORIGINS"], "OUTLETS": point_layer(outlet_points), "OSM_FILE": sample["OSM_FILE"]}
        | {"MODE": 1, "OUTPUT": "memory:"},
    )["OUTPUT"]
    areas = run_algorithm(
        "classifyareas",
        {"AREAS": sample["AREAS"], "ACCESS": access, "POPULATION_FIELD": "population", "PRESET": 4, "THRESHOLD": 10}
        | {"OUTPUT": "memory:"},
    )["OUTPUT"]
    return {feature["name"]: values(feature) for feature in areas.getFeatures()}


def test_the_sample_agrees_with_accesstimes_then_classifyareas(run_algorithm, sample):
    feedback = RecordingFeedback()
    origins, areas = run_scenario(run_algorithm, feedback, ADD=point_layer([LA_ROUSSE_SITE]), MODE=1, **sample)
    request = QgsFeatureRequest().setFilterExpression(SUPERMARKETS)
    existing = [tuple(feature.geometry().asPoint()) for feature in sample["OUTLETS"].getFeatures(request)]
    before, after = (
        classified(run_algorithm, sample, existing),
        classified(run_algorithm, sample, existing + [LA_ROUSSE_SITE]),
    )
    for name, area in areas.items():
        assert area["pop_low_before"] == pytest.approx(before[name]["pop_low_access"], abs=0.01)
        assert area["pop_low_after"] == pytest.approx(after[name]["pop_low_access"], abs=0.01)
        assert (area["class_before"], area["class_after"]) == (before[name]["class"], after[name]["class"])
    assert (areas["La Rousse"]["class_before"], areas["La Rousse"]["class_after"]) == ("low_access", "served")
    assert "1 area leaves low access: La Rousse." in feedback.infos
    # Opening only: nobody gets farther.
    assert all(o["time_change_min"] is None or o["time_change_min"] <= 0 for o in origins)


def test_walk_and_public_transport(run_algorithm, sample):
    origins, areas = run_scenario(run_algorithm, ADD=point_layer([LA_ROUSSE_SITE]), MODE=2, **sample)
    walked, _ = run_scenario(run_algorithm, ADD=point_layer([LA_ROUSSE_SITE]), MODE=1, **sample)
    assert len(origins) == len(walked) == 470
    for transit, walk in zip(origins, walked):
        for field in ("time_before_min", "time_after_min"):
            if walk[field] is not None:
                assert transit[field] <= walk[field] + 0.01  # public transport is taken only when it is faster
        if transit["time_change_min"] is not None:
            assert transit["time_change_min"] <= 0.01
    assert areas["La Rousse"]["pop_low_after"] < areas["La Rousse"]["pop_low_before"]


def test_the_outputs_are_styled_before_and_after(qgis_app):
    origins = memory_layer("Point", ["change:string"], [(point(0, 0), "gains_access")])
    apply_style(origins, SCENARIO_ORIGINS, language="fr")
    keys = {rule.ruleKey(): rule.label() for rule in origins.renderer().rootRule().children()}
    assert keys["gains_access"] == "Gagne l'accès" and len(keys) == 6
    areas = memory_layer(
        "Polygon",
        ["change:string", "class_before:string", "class_after:string"],
        [(box(0, 0, 10), "unchanged", "a", "a")],
    )
    apply_style(areas, SCENARIO_AREAS, language="en")
    keys = {rule.ruleKey(): rule.label() for rule in areas.renderer().rootRule().children()}
    assert keys == legend_labels(SCENARIO_AREAS, "en")
    assert areas.labelsEnabled()


class CancelHalfway(RecordingFeedback):
    def setProgress(self, value):
        super().setProgress(value)
        if value > 50:
            self.cancel()


def test_cancel_leaves_no_output(run_algorithm, tmp_path):
    parameters, proposed = street()
    origins, areas = tmp_path / "origins.gpkg", tmp_path / "areas.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_algorithm(
            "scenario",
            parameters | {"ADD": proposed, "OUTPUT_ORIGINS": str(origins), "OUTPUT_AREAS": str(areas)},
            feedback=CancelHalfway(),
        )
    assert not origins.exists() and not areas.exists()
