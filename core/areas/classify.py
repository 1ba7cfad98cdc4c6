"""Food access by area: the USDA Food Access Research Atlas rules and their variants.

An area (census tract in the USDA Atlas; here a QPV, IRIS, quartier, commune or
grid cell) has *low access* when at least ``count`` people (500) or at least
``share`` percent (33) of its population live beyond the threshold from the
nearest outlet; the threshold is chosen per area by its urban or rural status
(USDA: 1 mile urban / 10 miles rural, variants ½ / 10 and 1 / 20 miles,
measured in a straight line from the centres of ½-km grid cells). A *food
desert* is a low-income area with low access.

People without a measure of access (their origin lies too far from the street
network, or has no geometry) are not people far from food: they are left out
of the counts, the share is taken over the people measured, and an area most
of whose people are unmeasured is *not assessed*.
Source: USDA ERS, Food Access Research Atlas, Documentation,
https://www.ers.usda.gov/data-products/food-access-research-atlas/documentation/

The geometry (which origin lies in which area, and for which share) is worked
out by the caller; this module takes plain arrays (access_layer) and applies the rules.
"""

from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from ..progress import SILENT

METRES_PER_MILE = 1609.344

METRES = "m"
MINUTES = "min"
UNITS = (METRES, MINUTES)

# Relative tolerance of the "at least" comparisons: apportioned populations are
# sums of fractions, and 0.1 + 0.2 must still reach 0.3.
TOLERANCE = 1e-9

# An area is not assessed when more than this percent of its people have no measure of access.
NOT_ASSESSED_UNMEASURED_SHARE = 50.0

# Classes, most severe first (the order of the legend).
FOOD_DESERT = "food_desert"
LOW_ACCESS = "low_access"
SERVED = "served"
NOT_ASSESSED = "not_assessed"
NO_POPULATION = "no_population"
CLASSES = (FOOD_DESERT, LOW_ACCESS, SERVED, NOT_ASSESSED, NO_POPULATION)


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
    raise InputError(
        "Unknown preset '{preset}'; use one of {presets}.", preset=preset_id, presets=", ".join(PRESET_IDS)
    )


def resolve_rule(preset_id, threshold=None, unit=None, rural_threshold=None, count=500.0, share=33.0):
    """The Rule of a preset after the user's overrides.

    ``threshold`` replaces the urban threshold (and the rural one when the
    preset does not tell them apart, or when ``unit`` changes the preset's
    unit); ``rural_threshold`` replaces the rural one.
    """
    chosen = preset(preset_id)
    if unit is not None and unit not in UNITS:
        raise InputError("Unknown unit '{unit}'; use m or min.", unit=unit)
    if chosen.id == "custom" and threshold is None:
        raise InputError("The custom preset needs a THRESHOLD (and a UNIT: metres or minutes).")
    new_unit = unit or chosen.unit
    if new_unit != chosen.unit and threshold is None:
        raise InputError(
            "The preset '{preset}' is in {unit}; to use {new_unit} give a THRESHOLD in {new_unit}.",
            preset=chosen.id,
            unit=chosen.unit,
            new_unit=new_unit,
        )
    urban, rural = chosen.urban, chosen.rural
    if threshold is not None:
        keeps_rural = new_unit == chosen.unit and chosen.rural != chosen.urban
        urban, rural = threshold, (rural if keeps_rural else threshold)
    if rural_threshold is not None:
        rural = rural_threshold
    for name, value in (("THRESHOLD", urban), ("RURAL_THRESHOLD", rural)):
        if not value > 0:
            raise InputError("{name} must be greater than 0 (got {value}).", name=name, value=value)
    if count < 0 or not 0 <= share <= 100:
        raise InputError(
            "COUNT must be ≥ 0 and SHARE between 0 and 100 (got {count} and {share}).", count=count, share=share
        )
    return Rule(new_unit, float(urban), float(rural), float(count), float(share))


@dataclass(frozen=True)
class AreaResult:
    pop_total: float  # everyone living in the area, measured or not
    pop_low_access: float  # people measured beyond the threshold
    pop_unmeasured: float  # people without a measure of access, left out of pop_low_access and its share
    share_low_access: object  # percent of the people measured; None without population, or not assessed
    median_distance_m: object  # over the people measured
    median_time_min: object
    urban: bool
    threshold: float
    low_access: object  # None without population, or not assessed
    low_income: object  # None when not assessed
    class_: str


def at_least(value, bound):
    return value >= bound - TOLERANCE * max(abs(bound), 1.0)


def is_low_access(pop_measured, pop_low_access, rule):
    """USDA: at least ``count`` people or at least ``share`` % of the population (measured) beyond the threshold."""
    if pop_measured <= 0:
        return None
    return at_least(pop_low_access, rule.count) or at_least(100.0 * pop_low_access, rule.share * pop_measured)


def is_assessed(pop_total, pop_unmeasured):
    """Whether at most NOT_ASSESSED_UNMEASURED_SHARE percent of an area's people are without a measure."""
    return 100.0 * pop_unmeasured <= NOT_ASSESSED_UNMEASURED_SHARE * pop_total * (1 + TOLERANCE)


def area_class(pop_total, low_access, low_income, assessed=True):
    if pop_total <= 0:
        return NO_POPULATION
    if not assessed:
        return NOT_ASSESSED
    if low_access and low_income:
        return FOOD_DESERT
    return LOW_ACCESS if low_access else SERVED


def weighted_median(values, weights):
    """The value at half the total weight; halfway between two values when a cumulative weight hits half exactly.

    With equal weights this is the ordinary median. Infinite values (origins
    from which no outlet is reachable) take part; a median that falls on them is None.
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


def classify(origins, contributions, urban, low_income, rule, progress=SILENT):
    """Classify every area: ``origins`` (access_layer.Origins) live in the areas as ``contributions``
    (access_layer.Contributions) say; ``urban`` and ``low_income`` hold one value per area
    (``low_income`` may hold None: not assessed).
    """
    area_count = len(urban)
    area_index, origin_index, weight = contributions.area, contributions.origin, contributions.weight
    thresholds = np.where(np.asarray(urban, dtype=bool), rule.urban_threshold, rule.rural_threshold)

    people = origins.population[origin_index] * weight
    value = origins.value(rule.unit)[origin_index]
    measured = origins.measured_in(rule.unit)[origin_index]
    beyond = measured & (np.where(measured, value, 0.0) > thresholds[area_index])
    pop_total = np.bincount(area_index, people, minlength=area_count)
    pop_low = np.bincount(area_index, people * beyond, minlength=area_count)
    pop_measured = np.bincount(area_index, people * measured, minlength=area_count)
    pop_unmeasured = np.bincount(area_index, people * ~measured, minlength=area_count)

    medians = {}
    for unit in UNITS:
        values = origins.value(unit)[origin_index]
        medians[unit] = np.where(origins.measured_in(unit)[origin_index], values, np.nan)

    order = np.argsort(area_index, kind="stable")
    bounds = np.searchsorted(area_index[order], np.arange(area_count + 1))
    results = []
    for area in range(area_count):
        progress.step(area, area_count)
        members = order[bounds[area] : bounds[area + 1]]
        total, low, unmeasured = float(pop_total[area]), float(pop_low[area]), float(pop_unmeasured[area])
        measured_people = float(pop_measured[area])
        assessed = measured_people > 0 and is_assessed(total, unmeasured)
        low_access = is_low_access(measured_people, low, rule) if assessed else None
        median = {unit: weighted_median(*measured_only(medians[unit][members], people[members])) for unit in UNITS}
        results.append(
            AreaResult(
                pop_total=total,
                pop_low_access=low,
                pop_unmeasured=unmeasured,
                share_low_access=100.0 * low / measured_people if assessed else None,
                median_distance_m=median[METRES],
                median_time_min=median[MINUTES],
                urban=bool(urban[area]),
                threshold=float(thresholds[area]),
                low_access=low_access,
                low_income=low_income[area],
                class_=area_class(total, low_access, low_income[area], assessed),
            )
        )
    progress.step(area_count, area_count)
    return results


def measured_only(values, weights):
    """The ``values`` (NaN: no measure) and ``weights`` of the measured ones."""
    keep = ~np.isnan(values)
    return values[keep], weights[keep]
