"""Each area's urban and low-income status, by hand."""

from foodaccess.core.areas.area_status import PRIORITY_MIN_SHARE, is_priority_member, low_income, urban_flags


def test_urban_flags_count_null_and_no_expression_as_urban():
    assert urban_flags([True, False, None]) == [True, False, True]
    assert urban_flags([None, None]) == [True, True]


def test_priority_membership_from_at_least_half_of_the_surface():
    assert PRIORITY_MIN_SHARE == 0.5
    assert is_priority_member(100.0, 50.0) is True
    assert is_priority_member(100.0, 50.0 - 1e-8) is True  # exactly half, up to the surfaces' rounding
    assert is_priority_member(100.0, 49.9) is False
    assert is_priority_member(100.0, 0.0) is False
    assert is_priority_member(0.0, 0.0) is None


def test_low_income_from_the_expression_or_the_priority_areas():
    by_expression = [True, False, None, None, False, True]
    by_priority = [False, True, True, None, None, None]
    assert low_income(by_expression, by_priority) == [True, True, True, None, False, True]
    assert low_income([True, False, None], None) == [True, False, None]
    assert low_income([None, None], [False, None]) == [False, None]
