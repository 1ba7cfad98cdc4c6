"""Accessibility beyond the nearest outlet, from the origin/outlet pairs within a cut-off.

Every measure here reads the same ``Pairs`` (origin index, outlet index, distance in metres of each
origin/outlet pair within the cut-off), found by the mode's engine: geodesic pairs in a straight line
(``geodesic.nearest_geodesic``), walking pairs on the network (``routing.WalkRouter.pairs_within``).

- cumulative opportunities: the outlets within the cut-off, by group (``count_by_group``);
- gravity (Hansen 1959): the sum over those outlets of exp(-beta * t), t the walking time in
  minutes (``gravity``);
- two-step floating catchment area, 2SFCA (Luo & Wang 2003): each outlet's supply shared by the
  population within the cut-off of it, summed at each origin (``two_step_fca``).
"""

from dataclasses import dataclass

import numpy as np

from ..errors import InputError

PER_PEOPLE = 1000  # 2SFCA is given per 1,000 people


@dataclass
class Pairs:
    """Every origin/outlet pair within the cut-off: ``origin`` and ``outlet`` indices, ``distance_m``."""

    origin: np.ndarray
    outlet: np.ndarray
    distance_m: np.ndarray

    @classmethod
    def empty(cls):
        return cls(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))

    def keep(self, mask):
        """The pairs where ``mask`` (one boolean per pair) holds."""
        return Pairs(self.origin[mask], self.outlet[mask], self.distance_m[mask])


def count_by_group(pairs, outlet_groups, group, origin_count):
    """Number of outlets of ``group`` within the cut-off of each origin (``outlet_groups``: one group name
    per outlet, None for an outlet in no group)."""
    of_group = np.array([value == group for value in outlet_groups], dtype=bool)
    chosen = of_group[pairs.outlet] if len(of_group) else np.zeros(0, bool)
    return np.bincount(pairs.origin[chosen], minlength=origin_count).astype(np.int64)


def gravity(pairs, speed_kmh, beta_per_min, origin_count):
    """Hansen's gravity accessibility with a negative exponential decay: for each origin, the sum over the
    outlets within the cut-off of exp(-beta * t), t the walking time in minutes at ``speed_kmh``."""
    if beta_per_min < 0:
        raise InputError("The gravity decay must be zero or positive (got {beta} per minute).", beta=beta_per_min)
    minutes = pairs.distance_m / (speed_kmh * 1000.0 / 60.0)
    return np.bincount(pairs.origin, weights=np.exp(-beta_per_min * minutes), minlength=origin_count)


def two_step_fca(pairs, origin_count, outlet_count, population=None, supply=None):
    """Two-step floating catchment area (Luo & Wang 2003), per 1,000 people. Step 1: each outlet j has the
    ratio R_j = S_j / sum of P_k over the origins k within the cut-off of j (S_j = 1 unless ``supply`` is
    given; P_k = 1 unless ``population`` is given; R_j = 0 when no one lives within reach). Step 2: each
    origin i sums R_j over the outlets j within its cut-off. Missing or negative populations count 0."""
    people = np.ones(origin_count) if population is None else np.asarray(population, dtype=float)
    people = np.where(np.isfinite(people) & (people > 0), people, 0.0)
    offer = np.ones(outlet_count) if supply is None else np.asarray(supply, dtype=float)
    demand = np.bincount(pairs.outlet, weights=people[pairs.origin], minlength=outlet_count)
    ratio = np.divide(offer, demand, out=np.zeros(outlet_count), where=demand > 0)
    return PER_PEOPLE * np.bincount(pairs.origin, weights=ratio[pairs.outlet], minlength=origin_count)
