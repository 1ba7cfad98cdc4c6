"""The choice of new sites (core/areas/site_choice.py) against brute force: the exhaustive optimum over every
K-subset on small cases, the plain (not lazy) greedy, and catchments against one nearest-source search per
candidate on the Porto Alegre network."""

import itertools

import numpy as np
import pytest

from foodaccess.core.areas.site_choice import Catchments, choose_sites, served_by_outlets, walk_catchments
from foodaccess.core.errors import InputError
from foodaccess.core.progress import Cancelled, Progress
from foodaccess.core.walk.network import network_from_osm_file
from foodaccess.core.walk.routing import WalkRouter

GREEDY_BOUND = 1 - 1 / np.e


def random_case(seed, candidates=9, origins=30, density=0.25):
    rng = np.random.default_rng(seed)
    member = rng.random((candidates, origins)) < density
    population = rng.integers(0, 50, origins).astype(float)
    served = rng.random(origins) < 0.2
    weight = rng.choice([0.0, 1.0, 2.5], origins)
    return member, population, served, weight


def catchments_of(member):
    candidate, origin = np.nonzero(member)
    return Catchments.from_pairs(candidate, origin, member.shape[0])


def covered_value(member, value, served, chosen):
    """People (× weight) newly covered by the ``chosen`` candidates together, straight from the matrix."""
    reached = member[list(chosen)].any(axis=0) & ~served
    return float(value[reached].sum())


def plain_greedy(member, value, served, k):
    """Greedy without lazy evaluation: every gain recomputed each round, smallest index on ties."""
    covered, picks = served.copy(), []
    for _ in range(k):
        gains = [(-float(value[member[c] & ~covered].sum()), c) for c in range(member.shape[0]) if c not in picks]
        if not gains or -min(gains)[0] <= 0:
            break
        best = min(gains)[1]
        picks.append(best)
        covered |= member[best]
    return picks


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("k", [1, 2, 3])
def test_greedy_against_the_exhaustive_optimum(seed, k):
    member, population, served, weight = random_case(seed)
    value = population * weight
    picks = choose_sites(catchments_of(member), population, weight, served, k)
    chosen = [pick.candidate for pick in picks]
    optimum = max(covered_value(member, value, served, subset) for subset in itertools.combinations(range(9), k))
    greedy = covered_value(member, value, served, chosen)
    assert greedy >= GREEDY_BOUND * optimum - 1e-9
    assert sum(pick.gain for pick in picks) == pytest.approx(greedy)
    if k == 1:
        assert greedy == pytest.approx(optimum)
    # Lazy evaluation changes the work, never the picks.
    assert chosen == plain_greedy(member, value, served, k)


def test_the_figures_of_each_pick():
    # Three candidates over five origins of 10, 20, 30, 40, 50 people; origin 4 is served already.
    member = np.array(
        [
            [1, 1, 0, 0, 1],  # 10 + 20 new (50 served): reaches 80
            [0, 1, 1, 1, 0],  # 20 + 30 + 40
            [0, 0, 0, 1, 1],  # 40 new
        ],
        dtype=bool,
    )
    population = np.array([10.0, 20, 30, 40, 50])
    served = np.array([False, False, False, False, True])
    picks = choose_sites(catchments_of(member), population, np.ones(5), served, 3)
    assert [(p.candidate, p.rank, p.gain_people, p.people_reached, p.total_gain_people) for p in picks] == [
        (1, 1, 90.0, 90.0, 90.0),
        (0, 2, 10.0, 80.0, 100.0),
    ]  # candidate 2 adds nobody after candidate 1: the greedy stops at two picks


def test_weights_steer_the_choice():
    member = np.array([[1, 0], [0, 1]], dtype=bool)
    population = np.array([100.0, 30.0])
    served = np.zeros(2, dtype=bool)
    assert choose_sites(catchments_of(member), population, [1.0, 1.0], served, 1)[0].candidate == 0
    weighted = choose_sites(catchments_of(member), population, [0.0, 1.0], served, 1)
    assert (weighted[0].candidate, weighted[0].gain, weighted[0].gain_people) == (1, 30.0, 30.0)


def test_minimum_spacing_leaves_out_the_candidates_near_a_pick():
    # Candidates 0 and 1 are 100 m apart, each covering 30 people; 2 is 2 km away and covers 5.
    member = np.array([[1, 1, 1, 0, 0, 0, 0], [0, 0, 0, 1, 1, 1, 0], [0, 0, 0, 0, 0, 0, 1]], dtype=bool)
    population = np.array([10.0, 10, 10, 10, 10, 10, 5])
    xy = np.array([[0.0, 0.0], [100.0, 0.0], [2000.0, 0.0]])
    served = np.zeros(7, dtype=bool)
    catchments = catchments_of(member)
    assert [p.candidate for p in choose_sites(catchments, population, np.ones(7), served, 2)] == [0, 1]
    assert [p.candidate for p in choose_sites(catchments, population, np.ones(7), served, 2, xy, 50.0)] == [0, 1]
    assert [p.candidate for p in choose_sites(catchments, population, np.ones(7), served, 2, xy, 150.0)] == [0, 2]
    # With a spacing wider than every gap, one pick only.
    assert len(choose_sites(catchments, population, np.ones(7), served, 3, xy, min_spacing=5000.0)) == 1


def test_k_larger_than_the_candidates_picks_each_useful_candidate_once():
    member, population, served, weight = random_case(3, candidates=4)
    picks = choose_sites(catchments_of(member), population, weight, served, 10)
    chosen = [pick.candidate for pick in picks]
    assert len(chosen) == len(set(chosen)) <= 4
    assert chosen == plain_greedy(member, population * weight, served, 10)


def test_bad_values_are_refused():
    member = np.array([[1, 1]], dtype=bool)
    with pytest.raises(InputError, match="K must be at least 1"):
        choose_sites(catchments_of(member), [1.0, 1.0], [1.0, 1.0], [False, False], 0)
    with pytest.raises(InputError, match="≥ 0"):
        choose_sites(catchments_of(member), [1.0, 1.0], [1.0, -1.0], [False, False], 1)


def test_cancel_during_the_greedy_search():
    member, population, served, weight = random_case(5)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        choose_sites(catchments_of(member), population, weight, served, 3, progress=Progress(None, cancelled))


# --- catchments on a real network ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def poa(shared_data):
    network, _ = network_from_osm_file(str(shared_data / "porto_alegre" / "poa_osm.pbf"))
    return network, WalkRouter(network, min_island_nodes=40)


def test_catchments_agree_with_one_search_per_candidate(poa):
    network, router = poa
    rng = np.random.default_rng(7)
    origins = router.snap(network.node_xy[rng.integers(0, network.node_count, 400)] + rng.normal(0, 30, (400, 2)), 200)
    candidate_xy = network.node_xy[rng.integers(0, network.node_count, 25)] + rng.normal(0, 20, (25, 2))
    candidate_xy[3] += 1e6  # far off the network: never tied
    candidates = router.snap(candidate_xy, 200)
    assert not candidates.tied[3]
    catchments = walk_catchments(router, origins, candidates, 800.0)
    for candidate in range(len(candidates)):
        distance, _ = router.from_sources(candidates.subset([candidate])).at(origins)
        expected = np.flatnonzero(np.fmin(distance, np.inf) <= 800.0)
        assert np.array_equal(catchments.of(candidate), expected)
    assert len(catchments.of(3)) == 0 and len(catchments.of(0)) > 0


def test_origins_served_already(poa):
    network, router = poa
    rng = np.random.default_rng(8)
    origins = router.snap(network.node_xy[rng.integers(0, network.node_count, 300)], 200)
    outlets = router.snap(network.node_xy[rng.integers(0, network.node_count, 5)], 200)
    served = served_by_outlets(router, origins, outlets, 600.0)
    distance, _ = router.from_sources(outlets).at(origins)
    assert 0 < served.sum() < len(served)
    assert np.array_equal(served, np.nan_to_num(distance, nan=np.inf) <= 600.0)
    assert not served_by_outlets(router, origins, None, 600.0).any()
