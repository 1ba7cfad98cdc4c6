"""How the street network covers the origins (core/walk/coverage.py): the origins tied beyond the network's edge
and the figures the log reports, on a small square network where every distance is known by hand."""

import numpy as np
import pytest

from foodaccess.core.walk.coverage import EDGE_SNAP_M, Extent, coverage
from foodaccess.core.walk.network import LocalProjection, build_network
from foodaccess.core.walk.routing import WalkRouter, walk_access

PROJECTION = LocalProjection(7.42, 43.73)  # metres around Monaco


def square_network():
    """Streets on a 1 km square (x and y from 0 to 1000 m), with a cross through its middle joined to its sides."""
    ring = [[0, 0], [500, 0], [1000, 0], [1000, 500], [1000, 1000], [500, 1000], [0, 1000], [0, 500], [0, 0]]
    lines = [
        np.array(ring, dtype=float),
        np.array([[500.0, 0.0], [500.0, 500.0], [500.0, 1000.0]]),
        np.array([[0.0, 500.0], [500.0, 500.0], [1000.0, 500.0]]),
    ]
    return build_network(lines, PROJECTION)


def test_an_origin_is_flagged_only_outside_the_extent_and_farther_than_the_limit():
    network = square_network()
    origins = np.array(
        [
            [250.0, 250.0],  # inside the extent, 250 m from a street: a long leg, never flagged
            [1050.0, 300.0],  # outside by 50 m: a short leg, measured
            [1000.0 + EDGE_SNAP_M + 1, 300.0],  # outside, 101 m: beyond the edge
            [1400.0, 300.0],  # outside, 400 m: beyond the edge, still within MAX_SNAP
            [1600.0, 300.0],  # outside, 600 m: too far from the network
            [np.nan, np.nan],  # no geometry
        ]
    )
    outlets = network.snap(np.array([[500.0, 500.0]]), 500.0)
    access = walk_access(WalkRouter(network), origins, outlets, 1609.0, 4.8, 500.0)
    assert access.status.tolist() == [
        "ok",
        "ok",
        "outside network extent",
        "outside network extent",
        "too far from network",
        "no geometry",
    ]
    # MAX_SNAP keeps its meaning: an origin beyond the edge is routed, its distance written (leg, then streets).
    assert access.distance_m[3] == pytest.approx(400.0 + 200.0 + 500.0, rel=1e-6)
    assert np.isnan(access.distance_m[4])
    figures = access.coverage
    assert (figures.origins, figures.too_far, figures.outside, figures.beyond_edge, figures.tied) == (5, 1, 4, 2, 4)
    # The legs of the tied origins: 250, 50, 101 and 400 m.
    assert figures.leg_percentile_m == pytest.approx(np.percentile([250.0, 50.0, 101.0, 400.0], 95))
    assert figures.longest_leg_m == pytest.approx(400.0) and figures.long_legs == 3
    lon_lat = PROJECTION.inverse(np.array([[0.0, 0.0], [1000.0, 1000.0]]))
    assert figures.network_lonlat.west == pytest.approx(lon_lat[0, 0], abs=1e-6)
    assert figures.network_lonlat.north == pytest.approx(lon_lat[1, 1], abs=1e-6)
    assert figures.origins_lonlat.east > figures.network_lonlat.east


def test_a_covered_set_of_origins_has_nothing_to_report():
    origins = np.array([[10.0, 10.0], [490.0, 700.0]])
    nobody = np.zeros(2, dtype=bool)
    figures = coverage(square_network(), origins, np.array([10.0, 10.0]), nobody, nobody)
    assert (figures.origins, figures.too_far, figures.outside, figures.beyond_edge) == (2, 0, 0, 0)
    assert figures.long_legs == 0
    assert figures.leg_percentile_m == pytest.approx(10.0)


def test_an_extent_contains_its_edges_and_not_nan():
    extent = Extent.of(np.array([[0.0, 0.0], [10.0, 5.0], [np.nan, np.nan]]))
    assert (extent.west, extent.south, extent.east, extent.north) == (0.0, 0.0, 10.0, 5.0)
    inside = extent.contains(np.array([[0.0, 5.0], [10.0001, 1.0], [np.nan, 1.0]]))
    assert inside.tolist() == [True, False, False]
    assert Extent.of(np.full((2, 2), np.nan)) is None
