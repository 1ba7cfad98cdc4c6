"""Outlets per area and the mRFEI, by hand."""

import pytest

from foodaccess.core.areas.outlet_counts import MRFEI_BUFFER_M, area_outlets, check_outlet_fields, mrfei
from foodaccess.core.errors import InputError
from foodaccess.core.outlets.taxonomy import load_taxonomy


def test_mrfei():
    assert mrfei(3, 1) == 75.0
    assert mrfei(0, 2) == 0.0
    assert mrfei(4, 0) == 100.0
    assert mrfei(0, 0) is None


def test_the_mrfei_buffer_is_half_a_mile():
    assert MRFEI_BUFFER_M == 804.672


def test_counts_by_category_and_group_and_mrfei_around():
    taxonomy = load_taxonomy()
    # Inside: a supermarket, a bakery and a fast food; around (area + buffer): those and one more fast food.
    outlets = area_outlets(
        ["supermarket", "bakery", "fast_food"], ["fast_food", "supermarket", "bakery", "fast_food"], taxonomy
    )
    assert outlets.by_group == {"healthy": 2, "less_healthy": 1}
    assert (outlets.by_category["supermarket"], outlets.by_category["bakery"], outlets.by_category["fast_food"]) == (
        1,
        1,
        1,
    )
    assert set(outlets.by_category) == set(taxonomy.ids) and outlets.by_category["convenience"] == 0
    assert outlets.around_by_group == {"healthy": 2, "less_healthy": 2}
    assert outlets.mrfei == 50.0


def test_an_area_without_outlets_counts_zeros_and_has_no_mrfei():
    outlets = area_outlets([], [], load_taxonomy())
    assert sum(outlets.by_category.values()) == 0 and outlets.by_group == {"healthy": 0, "less_healthy": 0}
    assert outlets.mrfei is None


def test_the_outlet_layer_needs_a_category():
    check_outlet_fields(["name", "category"])
    with pytest.raises(InputError, match="no field 'category'"):
        check_outlet_fields(["name"])


def test_freshness_counts_the_dated_outlets_inside_only():
    outlets = area_outlets(["bakery", "bakery", "supermarket"], [], load_taxonomy(), [1.0, 3.5, None])
    assert (outlets.dated, outlets.stale) == (2, 1)
    assert outlets.stale_share == pytest.approx(50.0)
    # Exactly STALE_YEARS (3) is not yet stale; nothing dated: no share.
    assert area_outlets(["bakery"], [], load_taxonomy(), [3.0]).stale_share == 0.0
    assert area_outlets(["bakery"], [], load_taxonomy()).stale_share is None
