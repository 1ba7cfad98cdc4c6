"""The ACCESS layer (output of 'Access to the nearest outlet') as the classification reads it.

Which fields a rule needs, the origins' population and measures as arrays (``Origins``), and who
lives in which area (``Contributions``). The caller reads the layer and works out the geometry.
"""

from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from ..walk.routing import STATUS_OK, STATUS_UNREACHABLE
from .classify import METRES, MINUTES

# The field each unit compares, and the one that says public transport was used.
MEASURE_FIELDS = {METRES: "distance_m", MINUTES: "time_min"}
TRANSIT_FIELD = "transit_share"
# The fields of an origin, in the order of the rows origins_from_rows takes.
ORIGIN_FIELDS = ("distance_m", "time_min", "status")

# Statuses of an accesstimes origin that mean "measured" (empty: a layer without statuses). An origin tied to
# the network from which no outlet is reachable is measured too: it has no access, beyond every threshold. Any
# other status ("too far from network", "no geometry") means no measure: the origin is left out of the
# low-access counts, for missing data is not low access.
OK_STATUSES = ("", STATUS_OK)
NO_ACCESS_STATUSES = (STATUS_UNREACHABLE,)


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


def check_population_field(names, field):
    """The field of the ACCESS layer (its field ``names``) that POPULATION_FIELD ``field`` names, in any case;
    refused when there is none (every origin would have no population)."""
    for name in (field, *(name for name in names if name.lower() == field.lower())):
        if name in names:
            return name
    raise InputError(
        "The ACCESS layer has no field {field} (POPULATION_FIELD): choose one of its fields ({fields}), or leave "
        "POPULATION_FIELD empty to count each origin as one person.",
        field=field,
        fields=", ".join(names),
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
    """The accesstimes origins as arrays: population, distance (m), time (min), status, and whether they were
    measured (an origin without access, no outlet reachable, is measured and infinitely far)."""

    population: np.ndarray
    distance_m: np.ndarray  # NaN where unknown, inf where no outlet is reachable
    time_min: np.ndarray  # NaN where unknown, inf where no outlet is reachable
    measured: np.ndarray  # bool: a status that means measured (OK_STATUSES, NO_ACCESS_STATUSES)
    status: np.ndarray  # the status as read, stripped ("" without)
    missing_population: int = 0  # origins whose population was None: they count as 0 people

    def value(self, unit):
        return self.distance_m if unit == METRES else self.time_min

    def measured_in(self, unit):
        """Whether each origin has a measure in ``unit``: a measured status and a value."""
        return self.measured & ~np.isnan(self.value(unit))


def numbers(values, field, ids):
    """The ``values`` of ``field`` as a float array, NaN for None; text holding a number is read, anything else
    is refused with the field's name and the origin's id (``ids[i]``)."""
    try:
        return np.array(values, dtype=float)
    except (TypeError, ValueError):
        for index, value in enumerate(values):
            try:
                np.array([value], dtype=float)
            except (TypeError, ValueError):
                raise InputError(
                    "The field {field} of the ACCESS layer holds '{value}' (origin {origin}), which is not a "
                    'number: choose a numeric field, or convert this one (field calculator: to_real("{field}")).',
                    field=field,
                    value=value,
                    origin=ids[index],
                ) from None
        raise


def status_flags(statuses):
    """For each status (as read; None without): (no_access, measured) flags, and the statuses stripped."""
    kinds = list(dict.fromkeys(statuses))
    kind = np.fromiter(map({value: index for index, value in enumerate(kinds)}.__getitem__, statuses), np.int64)
    texts = ["" if value is None else str(value).strip() for value in kinds]
    no_access = np.array([text.lower() in NO_ACCESS_STATUSES for text in texts], dtype=bool)
    measured = no_access | np.array([text.lower() in OK_STATUSES for text in texts], dtype=bool)
    return no_access[kind], measured[kind], np.array(texts, dtype=object)[kind]


def origins_from_rows(rows, population_field="population", ids=None):
    """Origins from (population, distance_m, time_min, status) rows; None values allowed. ``population_field``
    and ``ids`` (the origins' feature ids, default their positions) name a bad value in the message."""
    if not rows:
        raise InputError("The ACCESS layer has no feature: run 'Access to the nearest outlet' first.")
    ids = range(len(rows)) if ids is None else ids
    people, metres, minutes, status = zip(*rows)
    population = numbers(people, population_field, ids)
    infinite = np.flatnonzero(np.isinf(population))
    if infinite.size:
        raise InputError(
            "The population field {field} holds {value} (origin {origin}): populations must be finite numbers.",
            field=population_field,
            value=people[infinite[0]],
            origin=ids[infinite[0]],
        )
    missing = np.isnan(population)
    population[missing] = 0.0
    if np.any(population < 0):
        raise InputError("The population field has negative values: fix the ACCESS layer or choose another field.")
    no_access, measured, statuses = status_flags(status)
    distance, time = numbers(metres, "distance_m", ids), numbers(minutes, "time_min", ids)
    for measure in (distance, time):
        measure[no_access & np.isnan(measure)] = np.inf
    return Origins(population, distance, time, measured, statuses, int(missing.sum()))


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


@dataclass(frozen=True)
class Coverage:
    """How much of the population living in the areas has a measure of access: the origins (and their people)
    in an area, those without a measure, and how many of these have each status."""

    origins: int
    people: float
    unmeasured_origins: int
    unmeasured_people: float
    unmeasured_by_status: dict  # status (as read; "" without) -> origins without a measure in the areas

    @property
    def unmeasured_share(self):
        """Percent of the people in the areas without a measure (0 without people)."""
        return 100.0 * self.unmeasured_people / self.people if self.people > 0 else 0.0


def coverage(origins, contributions, unit):
    """The Coverage of the areas by the measures in ``unit`` of ``origins`` living in them as ``contributions``
    say; an origin counts once however many areas it shares its people with."""
    inside = np.unique(contributions.origin)
    shares = np.bincount(contributions.origin, contributions.weight, minlength=len(origins.population))
    people = shares.astype(float) * origins.population
    unmeasured = inside[~origins.measured_in(unit)[inside]]
    statuses, counts = np.unique(origins.status[unmeasured].astype(str), return_counts=True)
    return Coverage(
        origins=int(inside.size),
        people=float(people.sum()),
        unmeasured_origins=int(unmeasured.size),
        unmeasured_people=float(people[unmeasured].sum()),
        unmeasured_by_status=dict(zip(statuses.tolist(), counts.tolist())),
    )


def check_coverage(covered, origin_count, population_field):
    """Refuse a classification in which no origin lies in an area, or the origins in the areas hold nobody:
    every area would be 'no population'."""
    if covered.origins == 0:
        raise InputError(
            "None of the {count} origins of the ACCESS layer lies in an area of AREAS: every area would have no "
            "population. Check that the two layers cover the same place (and that their CRS are right).",
            count=origin_count,
        )
    if covered.people <= 0:
        raise InputError(
            "The {count} origins lying in the areas hold nobody: {field} is 0 or NULL for all of them. Choose the "
            "population field of the ACCESS layer (Filosofi: Ind).",
            count=covered.origins,
            field=population_field,
        )
