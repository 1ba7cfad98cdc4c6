"""Service areas: cut exactly at the threshold, never leaking beyond it by more than the width,
covering every reached point of the network."""

import numpy as np
import pytest
import shapely.wkb
from osgeo import ogr
from scipy.spatial import cKDTree
from shapely.vectorized import contains

from foodaccess.core.errors import FoodAccessError
from foodaccess.core.network import LocalProjection, build_network, network_from_osm_file
from foodaccess.core.routing import WalkRouter
from foodaccess.core.service_areas import service_areas
from foodaccess.core.walk_snap import Snapped

SPACING = 5.0


def polygon(wkb):
    return ogr.CreateGeometryFromWkb(wkb)


def network_samples(network):
    """Points every SPACING metres along every edge (and at its end), as Snapped (no straight leg)."""
    counts = np.ceil(network.edge_length / SPACING).astype(int) + 1
    edge = np.repeat(np.arange(network.edge_count), counts)
    rank = np.arange(len(edge)) - np.repeat(np.cumsum(counts) - counts, counts)
    position = np.minimum(rank * SPACING, network.edge_length[edge])
    # Vertex positions along all ways laid end to end (a 1 km gap between ways), to interpolate at once.
    offset = network.vertex_offset
    starts = np.flatnonzero(offset == 0)
    base = np.concatenate([[0.0], np.cumsum(offset[starts[1:] - 1] + 1000.0)])
    chain = offset + np.repeat(base, np.diff(np.append(starts, len(offset))))
    along = chain[network.edge_first[edge]] + position
    xy = np.column_stack([np.interp(along, chain, network.vertex_xy[:, 0]),
                          np.interp(along, chain, network.vertex_xy[:, 1])])
    return Snapped(edge, position, np.zeros(len(edge)), xy)


def boundary_points(geometry):
    points = []
    geometry = ogr.ForceToMultiPolygon(geometry.Clone())
    for index in range(geometry.GetGeometryCount()):
        part = geometry.GetGeometryRef(index)
        for ring_index in range(part.GetGeometryCount()):
            ring = part.GetGeometryRef(ring_index).Clone()
            ring.Segmentize(2.0)
            points.extend(ring.GetPoints())
    return np.array(points)[:, :2]


def test_a_long_street_is_cut_exactly_at_the_threshold():
    network = build_network([np.array([[0.0, 0.0], [600.0, 0.0], [1000.0, 0.0]])], LocalProjection(0, 0))
    outlets = network.snap(np.array([[0.0, 0.0]]), 500.0)
    (threshold, outlet, wkb), = service_areas(WalkRouter(network), outlets, [300.0], width=10.0)
    envelope = polygon(wkb).GetEnvelope()
    assert (threshold, outlet) == (300.0, -1)
    assert envelope[1] == pytest.approx(310.0, abs=1e-6)  # max x: the threshold plus the width, no more
    assert envelope[0] == pytest.approx(-10.0, abs=1e-6)


@pytest.fixture(scope="module")
def poa(shared_data):
    network, _ = network_from_osm_file(str(shared_data / "porto_alegre" / "poa_osm.pbf"))
    return network


@pytest.mark.parametrize("per_outlet", [False, True])
def test_areas_cover_the_reached_network_and_never_leak(poa, per_outlet):
    router = WalkRouter(poa)
    rng = np.random.default_rng(11)
    outlets = poa.snap(poa.node_xy[rng.integers(0, poa.node_count, 4)] + rng.normal(0, 40, (4, 2)), 500.0)
    width, thresholds = 25.0, [300.0, 700.0]
    areas = service_areas(router, outlets, thresholds, width=width, per_outlet=per_outlet)
    assert len(areas) == len(thresholds) * (4 if per_outlet else 1)
    samples = network_samples(poa)
    for threshold, outlet, wkb in areas:
        sources = outlets if outlet < 0 else outlets.subset(np.array([outlet]))
        distance, _ = router.from_sources(sources).at(samples)
        reached = distance <= threshold
        area = polygon(wkb)
        # Every reached point of the network is inside (to a millimetre).
        grown = shapely.wkb.loads(bytes(area.Buffer(0.001).ExportToWkb()))
        assert contains(grown, *samples.xy[reached].T).all()
        # No point of the outline is farther than the width from a reached point of the network
        # (a cut lies less than one sample spacing beyond the last reached sample).
        reached_tree = cKDTree(samples.xy[reached])
        gap, _ = reached_tree.query(boundary_points(area))
        assert gap.max() <= width + SPACING + 0.01
        # So points of the network beyond the threshold, away from any reached street, are outside.
        beyond = samples.xy[distance > threshold]
        away = reached_tree.query(beyond)[0] > width + SPACING + 0.01
        assert away.sum() > 1000
        assert not contains(shapely.wkb.loads(wkb), *beyond[away].T).any()


def test_bad_thresholds_and_width(poa):
    outlets = poa.snap(poa.node_xy[:2], 500.0)
    with pytest.raises(FoodAccessError, match="threshold"):
        service_areas(WalkRouter(poa), outlets, [0.0])
    with pytest.raises(FoodAccessError, match="width"):
        service_areas(WalkRouter(poa), outlets, [100.0], width=0.0)
