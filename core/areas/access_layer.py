"""The ACCESS layer (output of 'Access to the nearest outlet') as the classification reads it.

Which fields a rule needs, the origins' population and measures as arrays (``Origins``), and who
lives in which area (``Contributions``). The caller reads the layer and works out the geometry.
"""

from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from ..walk.routing import STATUS_OK
from .classify import METRES, MINUTES

# The field each unit compares, and the one that says public transport was used.
MEASURE_FIELDS = {METRES: "distance_m", MINUTES: "time_min"}
TRANSIT_FIELD = "transit_share"
# The fields of an origin, in the order of the rows origins_from_rows takes.
ORIGIN_FIELDS = ("distance_m", "time_min", "status")

# Statuses of an accesstimes origin that mean "measured" (empty: a layer without statuses);
# any other status ("too far from network", "no outlet reachable") puts the origin beyond every threshold.
OK_STATUSES = ("", STATUS_OK)


def check_access_fields(names, preset, rule):
    """Refuse an ACCESS layer (its field ``names``) without the measure the rule compares, or without
    public transport for the walk + transit preset."""
    measure = MEASURE_FIELDS[rule.unit]
    if measure not in names:
        raise InputError(
            "The ACCESS layer has no field {field}: use the output of 'Access to the nearest outlet' "
            "(or a layer with {field} in {unit}).",
            field=measure,
            unit=rule.unit,
        )
    if preset.transit and TRANSIT_FIELD not in names:
        raise InputError(
            "The walk + public transport preset needs an ACCESS layer computed with public transport "
            "(field {field}); run 'Access to the nearest outlet' with the walk + transit mode.",
            field=TRANSIT_FIELD,
        )


def non_supermarket_categories(nearest_categories, taxonomy):
    """The taxonomy's categories among ``nearest_categories`` that the USDA would not count as supermarkets."""
    return sorted(
        str(value)
        for value in nearest_categories
        if value and value in taxonomy.ids and not taxonomy.category(value).usda_supermarket
    )


@dataclass
class Origins:
    """The accesstimes origins as arrays: population, distance (m), time (min), and whether they were measured."""

    population: np.ndarray
    distance_m: np.ndarray  # NaN where unknown
    time_min: np.ndarray  # NaN where unknown
    measured: np.ndarray  # bool: status ok
    missing_population: int = 0  # origins whose population was None: they count as 0 people

    def value(self, unit):
        return self.distance_m if unit == METRES else self.time_min


def origins_from_rows(rows):
    """Origins from (population, distance_m, time_min, status) rows; None values allowed."""
    if not rows:
        raise InputError("The ACCESS layer has no feature: run 'Access to the nearest outlet' first.")
    count = len(rows)
    population = np.zeros(count)
    distance = np.full(count, np.nan)
    time = np.full(count, np.nan)
    measured = np.zeros(count, dtype=bool)
    missing = 0
    for index, (people, metres, minutes, status) in enumerate(rows):
        missing += people is None
        population[index] = people or 0.0
        if metres is not None:
            distance[index] = metres
        if minutes is not None:
            time[index] = minutes
        measured[index] = status is None or str(status).strip().lower() in OK_STATUSES
    if np.any(population < 0):
        raise InputError("The population field has negative values: fix the ACCESS layer or choose another field.")
    return Origins(population, distance, time, measured, missing)


@dataclass
class Contributions:
    """Who lives where: origin ``origin[k]`` lives in area ``area[k]`` for the share ``weight[k]`` of its
    population (1 for a point inside the area, the overlap share for a population polygon)."""

    area: np.ndarray
    origin: np.ndarray
    weight: np.ndarray

    def __post_init__(self):
        self.area = np.asarray(self.area, dtype=np.int64)
        self.origin = np.asarray(self.origin, dtype=np.int64)
        self.weight = np.asarray(self.weight, dtype=float)
