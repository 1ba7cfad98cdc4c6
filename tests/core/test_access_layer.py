"""The ACCESS layer as the classification reads it: required fields, origins, contributions."""

import math

import numpy as np
import pytest

from foodaccess.core.areas.access_layer import (
    Contributions,
    check_access_fields,
    check_coverage,
    check_population_field,
    coverage,
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
    assert origins.status.tolist() == ["ok", "too far from network", "", "OK"]
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


def test_no_outlet_reachable_is_measured_and_infinitely_far():
    origins = origins_from_rows([(5, None, None, "no outlet reachable"), (5, None, None, "no geometry")])
    assert origins.measured.tolist() == [True, False]
    assert origins.distance_m[0] == math.inf and origins.time_min[0] == math.inf
    assert origins.measured_in("m").tolist() == [True, False]
    # "ok" without a value has no measure in that unit.
    ok = origins_from_rows([(5, 100.0, None, "ok")])
    assert ok.measured_in("m").tolist() == [True] and ok.measured_in("min").tolist() == [False]


def test_text_holding_numbers_is_read_and_other_text_refused_by_name():
    origins = origins_from_rows([("12", " 300.5 ", "4", "ok"), (3, float("nan"), None, "ok")], "Ind")
    assert origins.population.tolist() == [12.0, 3.0] and origins.distance_m[0] == 300.5 and origins.time_min[0] == 4
    assert math.isnan(origins.distance_m[1])  # NaN is no value
    with pytest.raises(InputError) as refused:
        origins_from_rows([(1, 10, 1, "ok"), ("abc", 10, 1, "ok")], "Ind", ids=[7, 8])
    assert refused.value.fields == {"field": "Ind", "value": "abc", "origin": 8}
    assert "which is not a number" in str(refused.value) and 'to_real("Ind")' in str(refused.value)
    with pytest.raises(InputError, match="field time_min of the ACCESS layer holds 'soon'"):
        origins_from_rows([(1, 10, "soon", "ok")])
    with pytest.raises(InputError, match="populations must be finite numbers"):
        origins_from_rows([(math.inf, 10, 1, "ok")], "Ind")


def test_the_population_field_must_be_a_field_of_the_access_layer():
    assert check_population_field(ACCESS_FIELDS, "Ind") == "Ind"
    assert check_population_field(ACCESS_FIELDS, "ind") == "Ind"
    with pytest.raises(InputError, match=r"no field Pop \(POPULATION_FIELD\)") as refused:
        check_population_field(ACCESS_FIELDS, "Pop")
    assert refused.value.fields["fields"] == ", ".join(ACCESS_FIELDS)


def test_coverage_counts_the_origins_in_the_areas_and_those_without_a_measure():
    origins = origins_from_rows(
        [
            (100, 50, 1, "ok"),
            (300, None, None, "too far from network"),
            (50, None, None, "no outlet reachable"),
            (40, None, None, "too far from network"),  # in no area
            (10, None, None, "ok"),
        ]
    )
    # Origin 1 is shared between two areas (a population cell across a border).
    contributions = Contributions([0, 0, 1, 1, 1], [0, 1, 1, 2, 4], [1.0, 0.5, 0.5, 1.0, 1.0])
    covered = coverage(origins, contributions, "m")
    assert (covered.origins, covered.people) == (4, 460.0)
    assert (covered.unmeasured_origins, covered.unmeasured_people) == (2, 310.0)
    assert covered.unmeasured_by_status == {"ok": 1, "too far from network": 1}
    assert covered.unmeasured_share == pytest.approx(100 * 310 / 460)
    check_coverage(covered, 5, "Ind")


def test_no_origin_in_the_areas_or_nobody_in_them_is_refused():
    origins = origins_from_rows([(0, 50, 1, "ok"), (None, 50, 1, "ok")])
    with pytest.raises(InputError, match="None of the 2 origins of the ACCESS layer lies in an area"):
        check_coverage(coverage(origins, Contributions([], [], []), "m"), 2, "Ind")
    with pytest.raises(InputError, match="The 2 origins lying in the areas hold nobody: Ind is 0 or NULL"):
        check_coverage(coverage(origins, Contributions([0, 0], [0, 1], [1.0, 1.0]), "m"), 2, "Ind")
