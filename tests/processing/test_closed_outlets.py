"""Outlets that updateoutlets marked closed (status = 'closed') stay in the layer but measure no access: accesstimes,
serviceareas and classifyareas leave them out and say how many."""

import pytest
from area_layers import access_points, areas_layer, classify_run, memory_layer, point
from feedback import RecordingFeedback
from qgis.core import NULL, QgsProcessingException

OUTLET_FIELDS = ["name:string", "category:string", "status:string"]


def outlets(rows):
    return memory_layer("Point", OUTLET_FIELDS, rows)


def origins():
    return memory_layer("Point", ["id:integer"], [(point(0, 0), 1)])


def test_the_nearest_outlet_is_the_nearest_open_one(run_algorithm):
    layer = outlets(
        [
            (point(100, 0), "closed shop", "supermarket", "closed"),
            (point(400, 0), "open shop", "supermarket", "open"),
            (point(900, 0), "shop of an old layer", "supermarket", NULL),  # no status yet: open
        ]
    )
    feedback = RecordingFeedback()
    result = run_algorithm(
        "accesstimes",
        {"ORIGINS": origins(), "OUTLETS": layer, "MODE": 0, "THRESHOLD": 1000, "UNIT": 0, "OUTPUT": "memory:"},
        feedback=feedback,
    )
    (origin,) = result["OUTPUT"].getFeatures()
    assert origin["nearest_name"] == "open shop"
    assert origin["distance_m"] == pytest.approx(400, rel=1e-3)
    assert origin["outlets_within"] == 2
    assert '1 outlet is marked closed (status, set by "Update food outlets") and is left out.' in feedback.infos


def test_the_outlet_filter_and_the_closed_outlets_both_apply(run_algorithm):
    layer = outlets(
        [
            (point(100, 0), "closed", "supermarket", "closed"),
            (point(200, 0), "bakery", "bakery", "open"),
            (point(300, 0), "supermarket", "supermarket", "open"),
        ]
    )
    result = run_algorithm(
        "accesstimes",
        {
            "ORIGINS": origins(),
            "OUTLETS": layer,
            "OUTLET_FILTER": "\"category\" = 'supermarket'",
            "MODE": 0,
            "OUTPUT": "memory:",
        },
    )
    (origin,) = result["OUTPUT"].getFeatures()
    assert origin["nearest_name"] == "supermarket"


def test_a_layer_of_closed_outlets_only_is_refused(run_algorithm):
    layer = outlets([(point(100, 0), "a", "supermarket", "closed"), (point(200, 0), "b", "bakery", "closed")])
    with pytest.raises(
        QgsProcessingException, match=r"Every outlet of the OUTLETS layer is marked closed \(field status\)"
    ):
        run_algorithm("accesstimes", {"ORIGINS": origins(), "OUTLETS": layer, "MODE": 0, "OUTPUT": "memory:"})


def test_closed_outlets_are_not_counted_in_the_areas(run_algorithm):
    layer = outlets(
        [
            (point(100, 100), "s1", "supermarket", "closed"),
            (point(200, 100), "b1", "bakery", "open"),
            (point(300, 100), "f1", "fast_food", NULL),
        ]
    )
    access = access_points([(point(500, 500), 100, 100, 1, "ok", "bakery")])
    feedback = RecordingFeedback()
    areas, _ = classify_run(
        run_algorithm,
        {"AREAS": areas_layer(), "ACCESS": access, "POPULATION_FIELD": "Ind", "OUTLETS": layer, "BUFFER": 0},
        feedback=feedback,
    )
    a = areas["A"]
    assert (a["n_supermarket"], a["n_bakery"], a["n_fast_food"]) == (0, 1, 1)
    assert a["mrfei"] == pytest.approx(50.0)
    assert any("1 outlet is marked closed" in text for text in feedback.infos)
