"""The table of the classified areas: fields, values, reason facts and summary, by hand."""

from foodaccess.core.areas.classify import AreaResult, resolve_rule
from foodaccess.core.areas.outlet_counts import AreaOutlets
from foodaccess.core.areas.table import (
    INCOME_NOT_ASSESSED,
    LOW_INCOME_EXPRESSION,
    LOW_INCOME_PRIORITY_AREA,
    NOT_LOW_INCOME,
    added_fields,
    area_rows,
    area_values,
    class_counts,
    kept_fields,
    reason,
)

CATEGORIES = ("supermarket", "bakery")
RULE = resolve_rule("marseille_2500", count=400, share=25)


def result(class_="low_access", low_income=None, total=1000.0, low=330.0):
    return AreaResult(
        pop_total=total,
        pop_low_access=low,
        pop_unmeasured=30.0,
        share_low_access=100.0 * low / total if total else None,
        median_distance_m=900.0,
        median_time_min=11.5,
        urban=False,
        threshold=2500.0,
        low_access=(low >= 400 or low >= 0.25 * total) if total else None,
        low_income=low_income,
        class_=class_,
    )


def test_added_fields_in_order_with_one_count_per_category():
    fields = added_fields(CATEGORIES)
    assert [name for name, _ in fields] == [
        "pop_total",
        "pop_low_access",
        "share_low_access",
        "median_distance_m",
        "median_time_min",
        "n_healthy",
        "n_less_healthy",
        "n_supermarket",
        "n_bakery",
        "mrfei",
        "stale_share",
        "urban",
        "threshold",
        "unit",
        "priority_area",
        "low_access",
        "low_income",
        "class",
        "reason",
    ]
    kinds = dict(fields)
    assert (kinds["pop_total"], kinds["n_bakery"], kinds["urban"], kinds["class"]) == (float, int, bool, str)


def test_kept_fields_drop_the_classification_s_own_in_any_case():
    names = ["name", "POP_TOTAL", "code", "Class", "n_bakery", "n_butcher"]
    assert kept_fields(names, CATEGORIES) == ([0, 2, 5], ["POP_TOTAL", "Class", "n_bakery"])
    assert kept_fields(["name"], CATEGORIES) == ([0], [])


def test_area_values_follow_the_added_fields():
    outlets = AreaOutlets(
        by_category={"supermarket": 1, "bakery": 2},
        by_group={"healthy": 3, "less_healthy": 1},
        around_by_group={"healthy": 3, "less_healthy": 3},
        dated=4,
        stale=1,
    )
    values = area_values(result(low_income=True, class_="food_desert"), RULE, CATEGORIES, outlets, True)
    # pop_total ... median_time_min, n_healthy, n_less_healthy, n_supermarket, n_bakery, mrfei (3 of 6 around),
    # stale_share (1 of 4 dated), urban, threshold, unit, priority_area, low_access (330 >= 25 % of 1,000),
    # low_income, class.
    expected = [1000.0, 330.0, 33.0, 900.0, 11.5, 3, 1, 1, 2, 50.0, 25.0, False, 2500.0, "m", True, True, True]
    assert values == expected + ["food_desert"]
    assert len(values) == len(added_fields(CATEGORIES)) - 1  # all but the reason
    without = area_values(result(), RULE, CATEGORIES, None, None)
    assert without[5:11] == [None] * 6 and without[14] is None and without[-1] == "low_access"


def test_reason_states_the_counts_the_threshold_and_the_criteria():
    facts = reason(result(), RULE, None)
    assert (facts.class_, facts.people, facts.people_beyond, facts.share_beyond) == ("low_access", 1000, 330, 33.0)
    assert (facts.people_unmeasured, facts.threshold, facts.unit, facts.urban) == (30.0, 2500.0, "m", False)
    assert (facts.low_access, facts.count, facts.share) == (True, 400.0, 25.0)
    assert facts.populated and facts.income == INCOME_NOT_ASSESSED


def test_reason_tells_where_low_income_comes_from():
    assert reason(result(low_income=False), RULE, False).income == NOT_LOW_INCOME
    assert reason(result(low_income=False), RULE, None).income == NOT_LOW_INCOME
    assert reason(result(low_income=True), RULE, None).income == LOW_INCOME_EXPRESSION
    assert reason(result(low_income=True), RULE, False).income == LOW_INCOME_EXPRESSION
    # A priority area owes its low income to the priority areas, whatever the expression says.
    assert reason(result(low_income=True), RULE, True).income == LOW_INCOME_PRIORITY_AREA


def test_an_area_without_population_has_only_its_class_to_tell():
    facts = reason(result(class_="no_population", total=0.0, low=0.0), RULE, None)
    assert not facts.populated and facts.share_beyond is None and facts.low_access is None


def test_class_counts_cover_every_class():
    results = [result(), result(), result(class_="served"), result(class_="food_desert", low_income=True)]
    expected = {"food_desert": 1, "low_access": 2, "served": 1, "not_assessed": 0, "no_population": 0}
    assert class_counts(results) == expected
    assert class_counts([]) == dict.fromkeys(expected, 0)


def test_area_rows_pair_each_area_with_its_outlets_and_priority_membership():
    results = [result(low_income=True, class_="food_desert"), result(class_="served", low=10.0)]

    def groups(healthy, less_healthy):
        return {"healthy": healthy, "less_healthy": less_healthy}

    outlets = [
        AreaOutlets({"supermarket": 0, "bakery": 1}, groups(1, 0), groups(1, 1)),
        AreaOutlets({"supermarket": 2, "bakery": 0}, groups(2, 0), groups(2, 0)),
    ]
    first, second = area_rows(results, RULE, CATEGORIES, outlets, [True, None])
    assert first.values == area_values(results[0], RULE, CATEGORIES, outlets[0], True)
    assert first.reason == reason(results[0], RULE, True) and first.reason.income == LOW_INCOME_PRIORITY_AREA
    assert second.values[5:11] == [2, 0, 2, 0, 100.0, None] and second.values[14] is None
    alone = area_rows(results, RULE, CATEGORIES)
    assert alone[0].values == area_values(results[0], RULE, CATEGORIES, None, None)
    assert alone[0].reason.income == LOW_INCOME_EXPRESSION


def test_reason_of_an_area_with_unmeasured_people():
    facts = reason(result(class_="served", low=10.0), RULE, None)
    assert (facts.people_measured, facts.unmeasured_share) == (970.0, 3.0)
    assert facts.assessed and facts.populated
    unmeasured = AreaResult(**{**result().__dict__, "pop_unmeasured": 700.0, "class_": "not_assessed"})
    facts = reason(unmeasured, RULE, None)
    assert not facts.assessed and facts.unmeasured_share == 70.0
