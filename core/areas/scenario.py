"""What opening or closing outlets changes: the access of a baseline (outlets as they are) against a scenario
(outlets added and/or removed), per origin and per area, with the same rule.

The caller measures access twice with the same engine (``walk_access``, ``walk_transit_access`` or
``straight_access``) and classifies the areas twice (``classify.classify``); this module compares the two: which
origins gain or lose access (cross the threshold), which get nearer or farther, and which areas change class.
"""

from dataclasses import dataclass

import numpy as np

from .classify import FOOD_DESERT, LOW_ACCESS, TOLERANCE

# How an origin's access changes (field ``change`` of the origins), and an area's.
GAINS_ACCESS = "gains_access"  # beyond the threshold before, within it after
LOSES_ACCESS = "loses_access"
NEARER = "nearer"  # on the same side of the threshold, but nearer
FARTHER = "farther"
UNCHANGED = "unchanged"
UNMEASURED = "unmeasured"  # no measure of access (too far from the network, no geometry)
ORIGIN_CHANGES = (GAINS_ACCESS, LOSES_ACCESS, NEARER, FARTHER, UNCHANGED, UNMEASURED)
FEWER_BEYOND = "fewer_beyond"  # fewer people beyond the threshold in the area
MORE_BEYOND = "more_beyond"
AREA_CHANGES = (FEWER_BEYOND, MORE_BEYOND, UNCHANGED)
LOW_ACCESS_CLASSES = (LOW_ACCESS, FOOD_DESERT)


@dataclass(eq=False)  # eq=False: arrays have no single truth value
class OriginChanges:
    """Per origin, in the rule's unit: ``before`` and ``after`` (NaN unmeasured, inf no outlet reachable),
    ``difference`` (after − before; NaN when unmeasured or both inf), whether it lies ``beyond_before`` and
    ``beyond_after`` the threshold, and its ``change`` (one of ORIGIN_CHANGES)."""

    before: np.ndarray
    after: np.ndarray
    difference: np.ndarray
    beyond_before: np.ndarray
    beyond_after: np.ndarray
    change: np.ndarray


def compare_origins(before, after, unit, threshold):
    """OriginChanges of the access_layer.Origins ``before`` and ``after`` (the same origins) in ``unit``, against
    ``threshold`` (the rule's, in that unit)."""
    value_before, value_after = before.value(unit), after.value(unit)
    measured = before.measured_in(unit) & after.measured_in(unit)
    beyond_before = measured & (np.where(measured, value_before, 0.0) > threshold)
    beyond_after = measured & (np.where(measured, value_after, 0.0) > threshold)
    with np.errstate(invalid="ignore"):
        difference = np.where(measured, value_after - value_before, np.nan)  # inf − inf: NaN, no change
    # A hair's difference (floating sums of the same path) is no change.
    tolerance = TOLERANCE * np.fmax(np.abs(np.nan_to_num(value_before, posinf=0.0)), 1.0)
    change = np.full(len(value_before), UNCHANGED, dtype=object)
    change[measured & (np.nan_to_num(difference, nan=0.0) < -tolerance)] = NEARER
    change[measured & (np.nan_to_num(difference, nan=0.0) > tolerance)] = FARTHER
    change[measured & np.isinf(value_before) & np.isfinite(value_after)] = NEARER
    change[measured & np.isfinite(value_before) & np.isinf(value_after)] = FARTHER
    change[beyond_before & ~beyond_after] = GAINS_ACCESS
    change[~beyond_before & beyond_after & measured] = LOSES_ACCESS
    change[~measured] = UNMEASURED
    return OriginChanges(value_before, value_after, difference, beyond_before, beyond_after, change)


@dataclass
class AreaChange:
    """One area before and after: its classify.AreaResult ``before`` and ``after``, the change of its people
    beyond the threshold (``pop_low_change``) and its ``change`` (one of AREA_CHANGES)."""

    before: object
    after: object
    pop_low_change: float
    change: str

    @property
    def leaves_low_access(self):
        return self.before.class_ in LOW_ACCESS_CLASSES and self.after.class_ not in LOW_ACCESS_CLASSES

    @property
    def enters_low_access(self):
        return self.before.class_ not in LOW_ACCESS_CLASSES and self.after.class_ in LOW_ACCESS_CLASSES


def compare_areas(results_before, results_after):
    """AreaChange of each area from its classify.AreaResult before and after."""
    changes = []
    for before, after in zip(results_before, results_after):
        difference = after.pop_low_access - before.pop_low_access
        tolerance = TOLERANCE * max(abs(before.pop_low_access), 1.0)
        change = FEWER_BEYOND if difference < -tolerance else MORE_BEYOND if difference > tolerance else UNCHANGED
        changes.append(AreaChange(before, after, difference, change))
    return changes


@dataclass
class ScenarioSummary:
    """The figures of the log: people who gain and lose access, people beyond the threshold before and after,
    and the positions of the areas that leave or enter low access (low access or food desert)."""

    people_gaining: float
    people_losing: float
    people_beyond_before: float
    people_beyond_after: float
    areas_leaving: list
    areas_entering: list


def summarize(origins, population, areas):
    """ScenarioSummary of the OriginChanges ``origins`` (``population`` per origin) and AreaChange list ``areas``."""
    population = np.asarray(population, dtype=float)
    return ScenarioSummary(
        people_gaining=float(population[origins.change == GAINS_ACCESS].sum()),
        people_losing=float(population[origins.change == LOSES_ACCESS].sum()),
        people_beyond_before=float(population[origins.beyond_before].sum()),
        people_beyond_after=float(population[origins.beyond_after].sum()),
        areas_leaving=[index for index, area in enumerate(areas) if area.leaves_low_access],
        areas_entering=[index for index, area in enumerate(areas) if area.enters_low_access],
    )
