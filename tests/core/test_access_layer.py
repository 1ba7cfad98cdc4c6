"""The ACCESS layer as the classification reads it: required fields, origins, contributions."""

import math

import numpy as np
import pytest

from foodaccess.core.areas.access_layer import (
    Contributions,
    check_access_fields,
    non_supermarket_categories,
    origins_from_rows,
)
from foodaccess.core.areas.classify import preset, resolve_rule
from foodaccess.core.errors import InputError
from foodaccess.core.outlets.taxonomy import load_taxonomy

ACCESS_FIELDS = ["Ind", "distance_m", "time_min", "status", "nearest_category"]


def test_the_rule_s_measure_must_be_in_the_access_layer():
    check_access_fields(ACCESS_FIELDS, preset("usda_1_10"), resolve_rule("usda_1_10"))
    check_access_fields(["time_min"], preset("walk_minutes"), resolve_rule("walk_minutes"))
    with pytest.raises(InputError, match="no field distance_m") as refused:
        check_access_fields(["Ind", "time_min"], preset("usda_1_10"), resolve_rule("usda_1_10"))
    assert refused.value.fields == {"field": "distance_m", "unit": "m"}
    with pytest.raises(InputError, match="no field time_min"):
        check_access_fields(["distance_m"], preset("usda_1_10"), resolve_rule("usda_1_10", threshold=20, unit="min"))


def test_the_transit_preset_needs_an_access_layer_with_public_transport():
    transit, rule = preset("transit_minutes"), resolve_rule("transit_minutes")
    with pytest.raises(InputError, match="transit_share"):
        check_access_fields(ACCESS_FIELDS, transit, rule)
    check_access_fields(ACCESS_FIELDS + ["transit_share"], transit, rule)


def test_non_supermarket_categories_are_the_taxonomy_s_others():
    taxonomy = load_taxonomy()
    nearest = ["supermarket", "bakery", None, "", "shoe_shop", "fast_food", "bakery"]
    assert non_supermarket_categories(nearest, taxonomy) == ["bakery", "bakery", "fast_food"]
    assert non_supermarket_categories(["supermarket", None], taxonomy) == []


def test_origins_from_rows_hold_population_measures_and_status():
    origins = origins_from_rows(
        [(10, 100.0, 2.0, "ok"), (None, None, 3.0, "too far from network"), (2.5, 50.0, None, None), (0, 0, 0, " OK ")]
    )
    assert origins.population.tolist() == [10.0, 0.0, 2.5, 0.0]
    assert origins.distance_m[0] == 100 and math.isnan(origins.distance_m[1])
    assert math.isnan(origins.time_min[2]) and origins.time_min[1] == 3
    assert origins.measured.tolist() == [True, False, True, True]
    assert origins.missing_population == 1
    assert origins.value("m") is origins.distance_m and origins.value("min") is origins.time_min


def test_negative_population_is_refused():
    with pytest.raises(InputError, match="negative"):
        origins_from_rows([(-1, 10, None, "ok")])


def test_an_empty_access_layer_is_refused():
    with pytest.raises(InputError, match="The ACCESS layer has no feature"):
        origins_from_rows([])


def test_contributions_are_arrays_of_the_right_types():
    contributions = Contributions([0, 1], (2, 3), [1, 0.25])
    assert contributions.area.dtype == np.int64 and contributions.origin.dtype == np.int64
    assert contributions.weight.dtype == float and contributions.weight.tolist() == [1.0, 0.25]
    empty = Contributions([], [], [])
    assert empty.area.dtype == np.int64 and empty.area.size == 0
