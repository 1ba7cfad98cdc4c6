"""Food access by area: the USDA Food Access Research Atlas rules and their variants.

An area (census tract in the USDA Atlas; here a QPV, IRIS, quartier, commune or
grid cell) has *low access* when at least ``count`` people (500) or at least
``share`` percent (33) of its population live beyond the threshold from the
nearest outlet; the threshold is chosen per area by its urban or rural status
(USDA: 1 mile urban / 10 miles rural, variants ½ / 10 and 1 / 20 miles,
measured in a straight line from the centres of ½-km grid cells). A *food
desert* is a low-income area with low access.
Source: USDA ERS, Food Access Research Atlas, Documentation,
https://www.ers.usda.gov/data-products/food-access-research-atlas/documentation/

The geometry (which origin lies in which area, and for which share) is worked
out by the caller; this module takes plain arrays and applies the rules.
"""

from dataclasses import dataclass

import numpy as np

from ..errors import FoodAccessError
from ..progress import SILENT
from ..walk.routing import STATUS_OK

METRES_PER_MILE = 1609.344

METRES = "m"
MINUTES = "min"
UNITS = (METRES, MINUTES)

# Relative tolerance of the "at least" comparisons: apportioned populations are
# sums of fractions, and 0.1 + 0.2 must still reach 0.3.
TOLERANCE = 1e-9

# Classes, most severe first (the order of the legend).
FOOD_DESERT = "food_desert"
LOW_ACCESS = "low_access"
SERVED = "served"
NO_POPULATION = "no_population"
CLASSES = (FOOD_DESERT, LOW_ACCESS, SERVED, NO_POPULATION)

# Statuses of an accesstimes origin that mean "measured" (empty: a layer without statuses);
# any other status ("too far from network", "no outlet reachable") puts the origin beyond every threshold.
OK_STATUSES = ("", STATUS_OK)


@dataclass(frozen=True)
class Preset:
    id: str
    unit: str
    urban: float
    rural: float
    straight_line: bool = False
    transit: bool = False


PRESETS = (
    Preset("usda_1_10", METRES, METRES_PER_MILE, 10 * METRES_PER_MILE, straight_line=True),
    Preset("usda_half_10", METRES, METRES_PER_MILE / 2, 10 * METRES_PER_MILE, straight_line=True),
    Preset("usda_1_20", METRES, METRES_PER_MILE, 20 * METRES_PER_MILE, straight_line=True),
    Preset("marseille_2500", METRES, 2500.0, 2500.0),
    Preset("walk_minutes", MINUTES, 15.0, 15.0),
    Preset("transit_minutes", MINUTES, 30.0, 30.0, transit=True),
    Preset("custom", METRES, 0.0, 0.0),
)
PRESET_IDS = tuple(preset.id for preset in PRESETS)


@dataclass(frozen=True)
class Rule:
    """A low-access definition: thresholds in ``unit``, and the count and share (percent) criteria."""

    unit: str
    urban_threshold: float
    rural_threshold: float
    count: float = 500.0
    share: float = 33.0

    def threshold(self, urban):
        return self.urban_threshold if urban else self.rural_threshold


def preset(preset_id):
    for candidate in PRESETS:
        if candidate.id == preset_id:
            return candidate
    raise FoodAccessError(f"Unknown preset '{preset_id}'; use one of {', '.join(PRESET_IDS)}.")


def resolve_rule(preset_id, threshold=None, unit=None, rural_threshold=None, count=500.0, share=33.0):
    """The Rule of a preset after the user's overrides.

    ``threshold`` replaces the urban threshold (and the rural one when the
    preset does not tell them apart, or when ``unit`` changes the preset's
    unit); ``rural_threshold`` replaces the rural one.
    """
    chosen = preset(preset_id)
    if unit is not None and unit not in UNITS:
        raise FoodAccessError(f"Unknown unit '{unit}'; use {METRES} or {MINUTES}.")
    if chosen.id == "custom" and threshold is None:
        raise FoodAccessError("The custom preset needs a THRESHOLD (and a UNIT: metres or minutes).")
    new_unit = unit or chosen.unit
    if new_unit != chosen.unit and threshold is None:
        raise FoodAccessError(
            f"The preset '{chosen.id}' is in {chosen.unit}; to use {new_unit} give a THRESHOLD in {new_unit}."
        )
    urban, rural = chosen.urban, chosen.rural
    if threshold is not None:
        keeps_rural = new_unit == chosen.unit and chosen.rural != chosen.urban
        urban, rural = threshold, (rural if keeps_rural else threshold)
    if rural_threshold is not None:
        rural = rural_threshold
    for name, value in (("THRESHOLD", urban), ("RURAL_THRESHOLD", rural)):
        if not value > 0:
            raise FoodAccessError(f"{name} must be greater than 0 (got {value}).")
    if count < 0 or not 0 <= share <= 100:
        raise FoodAccessError(f"COUNT must be ≥ 0 and SHARE between 0 and 100 (got {count} and {share}).")
    return Rule(new_unit, float(urban), float(rural), float(count), float(share))


@dataclass(frozen=True)
class AreaResult:
    pop_total: float
    pop_low_access: float
    pop_unmeasured: float  # part of pop_low_access whose origin has no measure (status not ok)
    share_low_access: object  # percent, None without population
    median_distance_m: object
    median_time_min: object
    urban: bool
    threshold: float
    low_access: object  # None without population
    low_income: object  # None when not assessed
    class_: str


def at_least(value, bound):
    return value >= bound - TOLERANCE * max(abs(bound), 1.0)


def is_low_access(pop_total, pop_low_access, rule):
    """USDA: at least ``count`` people or at least ``share`` % of the population beyond the threshold."""
    if pop_total <= 0:
        return None
    return at_least(pop_low_access, rule.count) or at_least(100.0 * pop_low_access, rule.share * pop_total)


def area_class(pop_total, low_access, low_income):
    if pop_total <= 0:
        return NO_POPULATION
    if low_access and low_income:
        return FOOD_DESERT
    return LOW_ACCESS if low_access else SERVED


def mrfei(healthy, less_healthy):
    """CDC's modified Retail Food Environment Index: 100 × healthy / (healthy + less healthy); None for 0/0."""
    total = healthy + less_healthy
    return None if total == 0 else 100.0 * healthy / total


def weighted_median(values, weights):
    """The value at half the total weight; halfway between two values when a cumulative weight hits half exactly.

    With equal weights this is the ordinary median. Infinite values (origins
    without a measure) take part; a median that falls on them is None.
    """
    keep = weights > 0
    values, weights = values[keep], weights[keep]
    if values.size == 0:
        return None
    order = np.argsort(values, kind="stable")
    values, cumulative = values[order], np.cumsum(weights[order])
    half = cumulative[-1] / 2.0
    index = int(np.searchsorted(cumulative, half - TOLERANCE * half, side="left"))
    median = values[index]
    if abs(cumulative[index] - half) <= TOLERANCE * half and index + 1 < values.size:
        median = (median + values[index + 1]) / 2.0
    return float(median) if np.isfinite(median) else None


@dataclass
class Origins:
    """The accesstimes origins as arrays: population, distance (m), time (min), and whether they were measured."""

    population: np.ndarray
    distance_m: np.ndarray  # NaN where unknown
    time_min: np.ndarray  # NaN where unknown
    measured: np.ndarray  # bool: status ok

    def value(self, unit):
        return self.distance_m if unit == METRES else self.time_min


def origins_from_rows(rows):
    """Origins from (population, distance_m, time_min, status) rows; None values allowed."""
    count = len(rows)
    population = np.zeros(count)
    distance = np.full(count, np.nan)
    time = np.full(count, np.nan)
    measured = np.zeros(count, dtype=bool)
    for index, (people, metres, minutes, status) in enumerate(rows):
        population[index] = people or 0.0
        if metres is not None:
            distance[index] = metres
        if minutes is not None:
            time[index] = minutes
        measured[index] = status is None or str(status).strip().lower() in OK_STATUSES
    if np.any(population < 0):
        raise FoodAccessError("The population field has negative values: fix the ACCESS layer or choose another field.")
    return Origins(population, distance, time, measured)


def classify(origins, area_index, origin_index, weight, urban, low_income, rule, progress=SILENT):
    """Classify every area.

    ``area_index``, ``origin_index`` and ``weight`` list the contributions:
    origin ``origin_index[k]`` lives in area ``area_index[k]`` for the share
    ``weight[k]`` of its population (1 for a point inside the area, the overlap
    share for a population polygon). ``urban`` and ``low_income`` hold one
    value per area (``low_income`` may hold None: not assessed).
    """
    area_count = len(urban)
    area_index = np.asarray(area_index, dtype=np.int64)
    origin_index = np.asarray(origin_index, dtype=np.int64)
    weight = np.asarray(weight, dtype=float)
    thresholds = np.where(np.asarray(urban, dtype=bool), rule.urban_threshold, rule.rural_threshold)

    people = origins.population[origin_index] * weight
    value = origins.value(rule.unit)[origin_index]
    measured = origins.measured[origin_index] & ~np.isnan(value)
    beyond = ~measured | (np.where(measured, value, 0.0) > thresholds[area_index])
    pop_total = np.bincount(area_index, people, minlength=area_count)
    pop_low = np.bincount(area_index, people * beyond, minlength=area_count)
    pop_unmeasured = np.bincount(area_index, people * ~measured, minlength=area_count)

    medians = {}
    for unit, measure in ((METRES, origins.distance_m), (MINUTES, origins.time_min)):
        values = measure[origin_index]
        medians[unit] = np.where(origins.measured[origin_index] & ~np.isnan(values), values, np.inf)

    order = np.argsort(area_index, kind="stable")
    bounds = np.searchsorted(area_index[order], np.arange(area_count + 1))
    results = []
    for area in range(area_count):
        progress.step(area, area_count)
        members = order[bounds[area] : bounds[area + 1]]
        total, low = float(pop_total[area]), float(pop_low[area])
        has_people = total > 0
        low_access = is_low_access(total, low, rule)
        results.append(
            AreaResult(
                pop_total=total,
                pop_low_access=low,
                pop_unmeasured=float(pop_unmeasured[area]),
                share_low_access=100.0 * low / total if has_people else None,
                median_distance_m=weighted_median(medians[METRES][members], people[members]),
                median_time_min=weighted_median(medians[MINUTES][members], people[members]),
                urban=bool(urban[area]),
                threshold=float(thresholds[area]),
                low_access=low_access,
                low_income=low_income[area],
                class_=area_class(total, low_access, low_income[area]),
            )
        )
    progress.step(area_count, area_count)
    return results
