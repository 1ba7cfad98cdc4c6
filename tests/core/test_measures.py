"""Accessibility beyond the nearest outlet (core/walk/measures.py), computed by hand on 3 origins and 3 outlets.

Pairs within the cut-off: origin 0 - outlet 0 at 100 m and outlet 1 at 500 m, origin 1 - outlet 1 at 300 m,
origin 2 - outlet 2 at 200 m. At 6 km/h (100 m a minute) the walks last 1, 5, 3 and 2 minutes."""

import math

import numpy as np
import pytest

from foodaccess.core.errors import InputError
from foodaccess.core.walk.geodesic import geodesic_distance
from foodaccess.core.walk.measures import Pairs, count_by_group, gravity, two_step_fca
from foodaccess.core.walk.network import LocalProjection, build_network
from foodaccess.core.walk.routing import WalkRouter, straight_access, walk_access

PAIRS = Pairs(np.array([0, 0, 1, 2]), np.array([0, 1, 1, 2]), np.array([100.0, 500.0, 300.0, 200.0]))


def test_outlets_within_by_group():
    groups = ["healthy", "less_healthy", None]
    assert count_by_group(PAIRS, groups, "healthy", 3).tolist() == [1, 0, 0]
    assert count_by_group(PAIRS, groups, "less_healthy", 3).tolist() == [1, 1, 0]
    assert count_by_group(Pairs.empty(), [], "healthy", 2).tolist() == [0, 0]


def test_gravity_sums_a_negative_exponential_of_the_walking_time():
    expected = [math.exp(-0.1) + math.exp(-0.5), math.exp(-0.3), math.exp(-0.2)]
    np.testing.assert_allclose(gravity(PAIRS, 6.0, 0.1, 3), expected)
    # Without decay, gravity counts the outlets within the cut-off.
    np.testing.assert_allclose(gravity(PAIRS, 6.0, 0.0, 4), [2, 1, 1, 0])
    with pytest.raises(InputError, match="decay"):
        gravity(PAIRS, 6.0, -0.1, 3)


def test_two_step_floating_catchment_area_per_1000_people():
    # Step 1 with 100, 200 and 300 people: outlet 0 serves 100, outlet 1 100 + 200, outlet 2 300.
    # Step 2: origin 0 reaches 1/100 + 1/300, origin 1 1/300, origin 2 1/300 (per person, x 1000).
    population = [100.0, 200.0, 300.0]
    np.testing.assert_allclose(two_step_fca(PAIRS, 3, 3, population), [1000 / 100 + 1000 / 300, 1000 / 300, 1000 / 300])
    # Each origin counting 1: outlet 1 is shared by two origins.
    np.testing.assert_allclose(two_step_fca(PAIRS, 3, 3), [1500.0, 500.0, 1000.0])
    # A supply (e.g. floor area) weighs each outlet: outlet 0 offers 2.
    weighed = two_step_fca(PAIRS, 3, 3, population, [2.0, 1.0, 1.0])
    np.testing.assert_allclose(weighed, [2000 / 100 + 1000 / 300, 1000 / 300, 1000 / 300])


def test_two_step_fca_gives_nothing_to_an_outlet_no_one_reaches_and_ignores_missing_populations():
    pairs = Pairs(np.array([0, 1]), np.array([0, 0]), np.array([10.0, 20.0]))
    # Outlet 1 has no one within reach: no division by zero; origin 1's NaN population counts 0.
    np.testing.assert_allclose(two_step_fca(pairs, 3, 2, [50.0, np.nan, 10.0]), [20.0, 20.0, 0.0])


def test_straight_access_keeps_the_geodesic_pairs_within_the_threshold():
    origins = np.array([[5.37, 43.29], [5.38, 43.30], [np.nan, np.nan]])
    outlets = np.array([[5.371, 43.291], [5.375, 43.295], [5.45, 43.35]])
    access = straight_access(origins, outlets, 1000.0, 4.8)
    pairs = access.pairs
    assert pairs.origin.tolist() and 2 not in pairs.origin.tolist()
    np.testing.assert_allclose(pairs.distance_m, geodesic_distance(*origins[pairs.origin].T, *outlets[pairs.outlet].T))
    assert (pairs.distance_m <= 1000.0).all()
    assert np.bincount(pairs.origin, minlength=3).tolist() == access.within.tolist()
    brute = {(i, j) for i in range(2) for j in range(3) if geodesic_distance(*origins[i], *outlets[j]) <= 1000.0}
    assert set(zip(pairs.origin.tolist(), pairs.outlet.tolist())) == brute


def test_walk_access_keeps_the_walking_pairs_within_the_threshold_of_tied_origins():
    """A 2 km street: outlets at 0, 800 and 2000 m, homes at 100 m, 1000 m and 1 km off the street's end."""
    network = build_network([np.array([[0.0, 0.0], [2000.0, 0.0]])], LocalProjection(0, 0))
    router = WalkRouter(network)
    outlets = network.snap(np.array([[0.0, 0.0], [800.0, 0.0], [2000.0, 0.0]]), 500.0)
    homes = np.array([[100.0, 0.0], [1000.0, 0.0], [3000.0, 0.0]])
    access = walk_access(router, homes, outlets, 700.0, 6.0, 500.0)
    found = sorted(zip(access.pairs.origin.tolist(), access.pairs.outlet.tolist(), access.pairs.distance_m.tolist()))
    assert found == pytest.approx([(0, 0, 100.0), (0, 1, 700.0), (1, 1, 200.0)])
    assert access.within.tolist() == [2, 1, 0]
    np.testing.assert_allclose(two_step_fca(access.pairs, 3, 3), [1500.0, 500.0, 0.0])
