"""core/walk/settings.py: the walking defaults, thresholds in metres or minutes."""

import numpy as np
import pytest

from foodaccess.core.errors import InputError
from foodaccess.core.walk.settings import (
    DEFAULT_WALK_SPEED,
    UNIT_METRES,
    UNIT_MINUTES,
    UNIT_NAMES,
    metres_per_minute,
    parse_thresholds,
    to_metres,
    walk_minutes,
)


def test_minutes_and_metres_convert_at_the_walking_speed():
    assert metres_per_minute(DEFAULT_WALK_SPEED) == pytest.approx(80.0)  # 4.8 km/h
    assert to_metres(10, UNIT_MINUTES, 6.0) == pytest.approx(1000.0)
    assert to_metres(800, UNIT_METRES, 6.0) == 800.0
    np.testing.assert_allclose(walk_minutes([0.0, 800.0, np.nan], 4.8), [0.0, 10.0, np.nan])
    assert UNIT_NAMES[UNIT_METRES] == "m" and UNIT_NAMES[UNIT_MINUTES] == "min"


@pytest.mark.parametrize("speed", [0.0, -1.0, None])
def test_a_speed_that_is_not_positive_is_refused(speed):
    with pytest.raises(InputError, match="walking speed must be positive"):
        to_metres(10, UNIT_MINUTES, speed)


def test_thresholds_are_sorted_and_unique():
    assert parse_thresholds("15, 5;10,5") == [5.0, 10.0, 15.0]
    assert parse_thresholds("1609") == [1609.0]


@pytest.mark.parametrize("text", ["", " , ", "5,abc", "-5", "0,10"])
def test_bad_thresholds_name_the_parameter(text):
    with pytest.raises(InputError, match="THRESHOLDS must be positive numbers") as raised:
        parse_thresholds(text)
    assert raised.value.fields == {"text": text}
