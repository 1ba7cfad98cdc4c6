"""Golden tests of the food-access rules on small cases computed by hand."""

import math

import numpy as np
import pytest

from foodaccess.core.areas import classify
from foodaccess.core.areas.access_layer import Contributions, origins_from_rows
from foodaccess.core.areas.classify import (
    FOOD_DESERT,
    LOW_ACCESS,
    METRES_PER_MILE,
    NO_POPULATION,
    NOT_ASSESSED,
    SERVED,
    resolve_rule,
    weighted_median,
)
from foodaccess.core.errors import FoodAccessError, InputError

MILE = METRES_PER_MILE


def run(rows, members, rule, urban=(True,), low_income=(None,)):
    """Classify areas; ``members`` lists (area, origin, weight)."""
    origins = origins_from_rows(rows)
    area_index = [member[0] for member in members]
    origin_index = [member[1] for member in members]
    weight = [member[2] for member in members]
    contributions = Contributions(area_index, origin_index, weight)
    return classify.classify(origins, contributions, list(urban), list(low_income), rule)


def one_area(rows, rule, urban=True, low_income=None):
    members = [(0, origin, 1.0) for origin in range(len(rows))]
    return run(rows, members, rule, (urban,), (low_income,))[0]


def people_at(count, metres=None, minutes=None, status="ok"):
    return (count, metres, minutes, status)


USDA = resolve_rule("usda_1_10")


def test_presets_hold_the_usda_distances():
    assert (USDA.unit, USDA.urban_threshold, USDA.rural_threshold) == ("m", 1609.344, 16093.44)
    half = resolve_rule("usda_half_10")
    assert (half.urban_threshold, half.rural_threshold) == (804.672, 16093.44)
    twenty = resolve_rule("usda_1_20")
    assert (twenty.urban_threshold, twenty.rural_threshold) == (1609.344, 32186.88)
    assert (USDA.count, USDA.share) == (500, 33)
    marseille = resolve_rule("marseille_2500")
    assert (marseille.unit, marseille.urban_threshold, marseille.rural_threshold) == ("m", 2500, 2500)
    assert resolve_rule("walk_minutes").unit == "min" and resolve_rule("walk_minutes").urban_threshold == 15
    assert resolve_rule("transit_minutes").urban_threshold == 30


def test_share_rule_33_percent_exactly():
    # 1,000 people, fewer than 500 beyond: the share alone decides.
    below = one_area([people_at(329, 2000), people_at(671, 100)], USDA)
    assert below.pop_low_access == 329 and below.share_low_access == pytest.approx(32.9)
    assert below.low_access is False and below.class_ == SERVED
    at = one_area([people_at(330, 2000), people_at(670, 100)], USDA)
    assert at.share_low_access == pytest.approx(33.0) and at.low_access is True and at.class_ == LOW_ACCESS


def test_count_rule_500_people_exactly():
    # 10,000 people: the share (about 5 %) stays far below 33 %, the count decides.
    below = one_area([people_at(499, 3000), people_at(9501, 200)], USDA)
    assert below.pop_low_access == 499 and below.low_access is False
    at = one_area([people_at(500, 3000), people_at(9500, 200)], USDA)
    assert at.pop_low_access == 500 and at.share_low_access == pytest.approx(5.0) and at.low_access is True


def test_beyond_means_strictly_more_than_the_threshold():
    on = one_area([people_at(600, MILE)], USDA)
    assert on.pop_low_access == 0 and on.class_ == SERVED
    past = one_area([people_at(600, MILE + 0.01)], USDA)
    assert past.pop_low_access == 600 and past.class_ == LOW_ACCESS


def test_urban_and_rural_thresholds():
    five_miles = [people_at(600, 5 * MILE)]
    assert one_area(five_miles, USDA, urban=True).low_access is True
    rural = one_area(five_miles, USDA, urban=False)
    assert rural.low_access is False and rural.threshold == 10 * MILE and rural.urban is False
    assert one_area([people_at(600, 11 * MILE)], USDA, urban=False).low_access is True


def test_half_mile_and_twenty_mile_variants():
    thousand_metres = [people_at(600, 1000)]
    assert one_area(thousand_metres, USDA).low_access is False
    assert one_area(thousand_metres, resolve_rule("usda_half_10")).low_access is True
    fifteen_miles = [people_at(600, 15 * MILE)]
    assert one_area(fifteen_miles, USDA, urban=False).low_access is True
    assert one_area(fifteen_miles, resolve_rule("usda_1_20"), urban=False).low_access is False


def test_marseille_pilot_2500_metres_in_town_and_country():
    rule = resolve_rule("marseille_2500")
    for urban in (True, False):
        assert one_area([people_at(600, 2400)], rule, urban=urban).low_access is False
        assert one_area([people_at(600, 2600)], rule, urban=urban).low_access is True


def test_walk_and_transit_minutes_compare_time_not_distance():
    walk = resolve_rule("walk_minutes")
    rows = [people_at(300, metres=100, minutes=16), people_at(700, metres=5000, minutes=10)]
    area = one_area(rows, walk)
    assert area.pop_low_access == 300 and area.share_low_access == pytest.approx(30.0) and area.low_access is False
    assert one_area(rows, resolve_rule("walk_minutes", threshold=9)).pop_low_access == 1000
    transit = resolve_rule("transit_minutes")
    assert one_area([people_at(600, minutes=31)], transit).low_access is True
    assert one_area([people_at(600, minutes=30)], transit).low_access is False


def test_overrides_and_custom():
    rule = resolve_rule("usda_1_10", threshold=1000)
    assert (rule.urban_threshold, rule.rural_threshold) == (1000, 10 * MILE)
    rule = resolve_rule("usda_1_10", threshold=1000, rural_threshold=5000)
    assert rule.rural_threshold == 5000
    rule = resolve_rule("marseille_2500", threshold=2000)
    assert (rule.urban_threshold, rule.rural_threshold) == (2000, 2000)
    rule = resolve_rule("usda_1_10", threshold=20, unit="min")
    assert (rule.unit, rule.urban_threshold, rule.rural_threshold) == ("min", 20, 20)
    rule = resolve_rule("custom", threshold=700, unit="m", count=100, share=50)
    assert (rule.unit, rule.urban_threshold, rule.count, rule.share) == ("m", 700, 100, 50)
    with pytest.raises(FoodAccessError, match="custom preset needs a THRESHOLD"):
        resolve_rule("custom")
    with pytest.raises(FoodAccessError, match="give a THRESHOLD in min"):
        resolve_rule("usda_1_10", unit="min")
    with pytest.raises(FoodAccessError, match="SHARE"):
        resolve_rule("usda_1_10", share=120)
    with pytest.raises(FoodAccessError, match="Unknown preset"):
        resolve_rule("usda_2_30")


def test_count_and_share_settings_are_used():
    rows = [people_at(100, 2000), people_at(900, 100)]
    assert one_area(rows, resolve_rule("usda_1_10", count=100)).low_access is True
    assert one_area(rows, resolve_rule("usda_1_10", share=10)).low_access is True
    assert one_area(rows, USDA).low_access is False


def test_origins_without_a_measure_are_left_out_of_the_low_access_count():
    # Too far from the network, or "ok" without a distance: no measure. Missing data is not low access.
    rows = [people_at(200, 50, status="too far from network"), people_at(100, None), people_at(700, 5000)]
    area = one_area(rows, USDA)
    assert (area.pop_total, area.pop_low_access, area.pop_unmeasured) == (1000, 700, 300)
    assert area.share_low_access == pytest.approx(100.0)  # of the 700 people measured
    assert area.class_ == LOW_ACCESS
    area = one_area([people_at(200, None, status="no geometry"), people_at(800, 50)], USDA)
    assert (area.pop_low_access, area.share_low_access, area.class_) == (0, 0, SERVED)
    # An empty status or none at all means measured.
    assert one_area([people_at(600, 50, status=""), people_at(600, 50, status=None)], USDA).pop_low_access == 0


def test_an_origin_from_which_no_outlet_is_reachable_is_measured_beyond_every_threshold():
    area = one_area([people_at(200, None, None, status="no outlet reachable"), people_at(800, 50)], USDA)
    assert (area.pop_low_access, area.pop_unmeasured, area.share_low_access) == (200, 0, 20.0)
    walk = one_area([people_at(200, None, None, status="no outlet reachable")], resolve_rule("walk_minutes"))
    assert walk.pop_low_access == 200 and walk.class_ == LOW_ACCESS


def test_an_area_whose_people_are_mostly_unmeasured_is_not_assessed():
    too_far = "too far from network"
    area = one_area([people_at(510, None, status=too_far), people_at(490, 5000)], USDA, low_income=True)
    assert area.class_ == NOT_ASSESSED and area.low_access is None and area.share_low_access is None
    assert (area.pop_total, area.pop_low_access, area.pop_unmeasured) == (1000, 490, 510)
    assert area.median_distance_m == 5000  # over the people measured
    # Exactly half unmeasured is still assessed (NOT_ASSESSED_UNMEASURED_SHARE: more than 50 %).
    assert classify.NOT_ASSESSED_UNMEASURED_SHARE == 50
    half = one_area([people_at(500, None, status=too_far), people_at(500, 5000)], USDA)
    assert half.class_ == LOW_ACCESS and half.share_low_access == 100
    # Everyone unmeasured: not assessed; nobody at all: no population.
    assert one_area([people_at(10, None, status=too_far)], USDA).class_ == NOT_ASSESSED
    assert one_area([people_at(0, None, status=too_far)], USDA).class_ == NO_POPULATION


def test_low_income_makes_low_access_a_food_desert():
    rows = [people_at(600, 2000)]
    assert one_area(rows, USDA, low_income=True).class_ == FOOD_DESERT
    assert one_area(rows, USDA, low_income=False).class_ == LOW_ACCESS
    assert one_area(rows, USDA, low_income=None).class_ == LOW_ACCESS
    served = one_area([people_at(600, 100)], USDA, low_income=True)
    assert served.class_ == SERVED and served.low_income is True


def test_no_population():
    results = run([people_at(0, 5000), people_at(50, 5000)], [(0, 0, 1.0)], USDA, (True, True), (True, None))
    for area in results:
        assert area.class_ == NO_POPULATION
        assert area.pop_total == 0 and area.share_low_access is None and area.low_access is None
        assert area.median_distance_m is None


def test_apportioned_population_and_per_area_thresholds():
    # One 400-person cell 5 miles away, split 1/4 in an urban area and 3/4 in a rural one,
    # plus a 200-person cell at 100 m wholly in the urban area.
    rows = [people_at(400, 5 * MILE), people_at(200, 100)]
    members = [(0, 0, 0.25), (1, 0, 0.75), (0, 1, 1.0)]
    urban_area, rural_area = run(rows, members, USDA, urban=(True, False), low_income=(True, True))
    assert urban_area.pop_total == pytest.approx(300) and urban_area.pop_low_access == pytest.approx(100)
    assert urban_area.share_low_access == pytest.approx(100 / 3) and urban_area.class_ == FOOD_DESERT
    assert rural_area.pop_total == pytest.approx(300) and rural_area.pop_low_access == 0
    assert rural_area.class_ == SERVED


def test_apportioned_fractions_reach_the_bounds_despite_rounding():
    # 0.1 + 0.2 people-shares of 1,000 make 300 of 1,000 people beyond; with SHARE 30 that is "at least 30 %".
    rows = [people_at(1000, 5000), people_at(700, 10)]
    members = [(0, 0, 0.1), (0, 0, 0.2), (0, 1, 1.0)]
    area = run(rows, members, resolve_rule("usda_1_10", share=30))[0]
    assert area.pop_low_access == pytest.approx(300) and area.low_access is True


def test_medians_are_population_weighted():
    rows = [people_at(1, 100, 1), people_at(1, 200, 2), people_at(1, 300, 3)]
    assert one_area(rows, USDA).median_distance_m == 200
    assert one_area(rows, USDA).median_time_min == 2
    assert one_area(rows[:2], USDA).median_distance_m == 150
    assert one_area([people_at(3, 100), people_at(1, 900)], USDA).median_distance_m == 100
    # Unmeasured people are left out of the median; people without access take part (infinitely far).
    assert one_area([people_at(1, 100), people_at(1, 10, status="too far from network")], USDA).median_distance_m == 100
    unreachable = one_area([people_at(1, 100), people_at(2, None, status="no outlet reachable")], USDA)
    assert unreachable.median_distance_m is None


def test_weighted_median_edges():
    assert weighted_median(np.array([]), np.array([])) is None
    assert weighted_median(np.array([5.0, 1.0]), np.array([0.0, 2.0])) == 1.0
    assert weighted_median(np.array([1.0, math.inf]), np.array([1.0, 1.0])) is None
    assert weighted_median(np.array([1.0, 2.0, math.inf]), np.array([1.0, 1.0, 1.0])) == 2.0


def test_rule_errors_are_input_errors_with_templates():
    with pytest.raises(InputError) as refused:
        resolve_rule("usda_1_10", unit="min")
    assert refused.value.template == (
        "The preset '{preset}' is in {unit}; to use {new_unit} give a THRESHOLD in {new_unit}."
    )
    assert refused.value.fields == {"preset": "usda_1_10", "unit": "m", "new_unit": "min"}
    with pytest.raises(InputError, match=r"THRESHOLD must be greater than 0 \(got 0\)"):
        resolve_rule("usda_1_10", threshold=0)
    with pytest.raises(InputError, match="Unknown unit 'km'; use m or min."):
        resolve_rule("usda_1_10", threshold=2, unit="km")
