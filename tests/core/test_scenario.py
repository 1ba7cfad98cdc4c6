"""Baseline against scenario (core/areas/scenario.py), on hand-made origins whose figures are checked by hand."""

import numpy as np
import pytest

from foodaccess.core.areas import classify
from foodaccess.core.areas.access_layer import Contributions, origins_from_rows
from foodaccess.core.areas.scenario import (
    FARTHER,
    FEWER_BEYOND,
    GAINS_ACCESS,
    LOSES_ACCESS,
    MORE_BEYOND,
    NEARER,
    UNCHANGED,
    UNMEASURED,
    compare_areas,
    compare_origins,
    summarize,
)

# Six origins (population, metres, minutes, status), a 10-minute threshold.
BEFORE = [
    (100, 1200, 15.0, "ok"),  # beyond -> within: gains access
    (50, 400, 5.0, "ok"),  # within -> beyond: loses access
    (30, 300, 4.0, "ok"),  # within, nearer
    (20, 1600, 20.0, "ok"),  # beyond, farther
    (10, None, None, "no outlet reachable"),  # unreachable -> 12 min: nearer, still beyond
    (70, None, None, "too far from network"),  # unmeasured
]
AFTER = [
    (100, 480, 6.0, "ok"),
    (50, 960, 12.0, "ok"),
    (30, 160, 2.0, "ok"),
    (20, 2000, 25.0, "ok"),
    (10, 960, 12.0, "ok"),
    (70, None, None, "too far from network"),
]


def origins(rows):
    return origins_from_rows(rows)


def test_each_origin_change():
    changes = compare_origins(origins(BEFORE), origins(AFTER), classify.MINUTES, 10.0)
    assert list(changes.change) == [GAINS_ACCESS, LOSES_ACCESS, NEARER, FARTHER, NEARER, UNMEASURED]
    assert list(changes.difference[:4]) == [-9.0, 7.0, -2.0, 5.0]
    assert np.isinf(changes.difference[4]) or np.isnan(changes.difference[4])
    assert np.isnan(changes.difference[5])
    assert list(changes.beyond_before) == [True, False, False, True, True, False]
    assert list(changes.beyond_after) == [False, True, False, True, True, False]


def test_the_same_outlets_change_nothing():
    changes = compare_origins(origins(BEFORE), origins(BEFORE), classify.METRES, 800.0)
    assert list(changes.change) == [UNCHANGED] * 5 + [UNMEASURED]


def test_areas_and_summary_by_hand():
    # Area 0 holds origins 0, 1, 2; area 1 holds 3, 4, 5. Rule: 10 minutes, 500 people or 33 %.
    contributions = Contributions([0, 0, 0, 1, 1, 1], [0, 1, 2, 3, 4, 5], [1.0] * 6)
    rule = classify.resolve_rule("custom", threshold=10.0, unit=classify.MINUTES)
    before = classify.classify(origins(BEFORE), contributions, [True, True], [False, True], rule)
    after = classify.classify(origins(AFTER), contributions, [True, True], [False, True], rule)
    areas = compare_areas(before, after)
    # Area 0: 100 of 180 beyond before (56 %: low access), 50 after (28 %: served).
    assert (areas[0].before.pop_low_access, areas[0].after.pop_low_access) == (100.0, 50.0)
    assert (areas[0].before.class_, areas[0].after.class_) == (classify.LOW_ACCESS, classify.SERVED)
    assert (areas[0].pop_low_change, areas[0].change) == (-50.0, FEWER_BEYOND)
    assert areas[0].leaves_low_access and not areas[0].enters_low_access
    # Area 1: 30 of 30 measured beyond before and after (70 unmeasured of 100: not assessed either way).
    assert (areas[1].before.pop_low_access, areas[1].after.pop_low_access) == (30.0, 30.0)
    assert areas[1].before.class_ == areas[1].after.class_ == classify.NOT_ASSESSED
    assert areas[1].change == UNCHANGED
    changes = compare_origins(origins(BEFORE), origins(AFTER), classify.MINUTES, 10.0)
    summary = summarize(changes, [100, 50, 30, 20, 10, 70], areas)
    assert (summary.people_gaining, summary.people_losing) == (100.0, 50.0)
    assert (summary.people_beyond_before, summary.people_beyond_after) == (130.0, 80.0)
    assert (summary.areas_leaving, summary.areas_entering) == ([0], [])


def test_more_people_beyond_after_a_closure():
    contributions = Contributions([0, 0], [0, 1], [1.0, 1.0])
    rule = classify.resolve_rule("custom", threshold=500.0, unit=classify.METRES)
    within = origins([(600, 200, 2.5, "ok"), (400, 300, 3.75, "ok")])
    far = origins([(600, 900, 11.25, "ok"), (400, 300, 3.75, "ok")])
    before = classify.classify(within, contributions, [True], [True], rule)
    after = classify.classify(far, contributions, [True], [True], rule)
    (area,) = compare_areas(before, after)
    assert (area.change, area.pop_low_change) == (MORE_BEYOND, 600.0)
    assert (area.before.class_, area.after.class_) == (classify.SERVED, classify.FOOD_DESERT)
    assert area.enters_low_access
    summary = summarize(compare_origins(within, far, classify.METRES, 500.0), [600, 400], [area])
    assert summary.people_losing == pytest.approx(600.0)
    assert summary.areas_entering == [0]
