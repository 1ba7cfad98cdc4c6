"""Whether the street network covers the origins: missing data is not low access.

A street extract cut smaller than the origins leaves some origins farther than MAX_SNAP from every street
(status "too far from network", no measure) and ties those just beyond its edge to its last streets with long
straight legs, whose distances then describe the extract, not the place. This module finds both and gives the
figures the log reports (``Coverage``).

The rule for the second kind, documented in the README: an origin outside the network's extent (the bounding
box of its streets) whose straight leg to the nearest street is longer than ``EDGE_SNAP_M`` gets the status
"outside network extent". MAX_SNAP keeps its meaning (such an origin is tied and routed, its distance and time
are written), but the status says that the network does not reach it, and the classification counts it as
without a measure. An origin inside the extent is never flagged, however long its leg (a house at the end of
an unmapped track): the long legs are counted in the log instead.
"""

from dataclasses import dataclass

import numpy as np

# Longest straight leg (metres) of an origin outside the network's extent that still counts as measured: an
# origin that far beyond the last streets of an extract most likely has nearer streets the extract cut off.
EDGE_SNAP_M = 100.0
# The percentile of the straight legs the log reports.
LEG_PERCENTILE = 95


@dataclass
class Extent:
    """A bounding box: west, south, east, north (the units of the points it was made of)."""

    west: float
    south: float
    east: float
    north: float

    @classmethod
    def of(cls, points):
        """The bounding box of (n, 2) points (NaN rows ignored); None when none is finite."""
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        points = points[np.isfinite(points).all(axis=1)]
        if not len(points):
            return None
        (west, south), (east, north) = points.min(axis=0), points.max(axis=0)
        return cls(float(west), float(south), float(east), float(north))

    def contains(self, points):
        """Whether each of the (n, 2) points lies inside (on the edge counts as inside; NaN: False)."""
        x, y = np.asarray(points, dtype=float).reshape(-1, 2).T
        with np.errstate(invalid="ignore"):
            return (x >= self.west) & (x <= self.east) & (y >= self.south) & (y <= self.north)

    def corners(self):
        """The four corners, (4, 2)."""
        return np.array(
            [(self.west, self.south), (self.east, self.south), (self.east, self.north), (self.west, self.north)]
        )


def network_extent(network):
    """The Extent of the network's vertices, in its local metres."""
    return Extent.of(network.vertex_xy)


def beyond_edge(network, origins_xy, snap_m):
    """Whether each origin (n, 2 local metres) lies outside the network's extent and farther than EDGE_SNAP_M
    from its streets (``snap_m``, its straight leg; NaN when not measured)."""
    extent = network_extent(network)
    with np.errstate(invalid="ignore"):
        far = np.asarray(snap_m, dtype=float) > EDGE_SNAP_M
    outside = np.isfinite(origins_xy).all(axis=1) & ~extent.contains(origins_xy)
    return outside & far


@dataclass
class Coverage:
    """What the log says of how the network covers the origins: ``origins`` with a geometry; ``too_far`` of them
    beyond MAX_SNAP; ``outside`` outside the network's extent, ``beyond_edge`` of which are tied with a leg longer
    than EDGE_SNAP_M; the straight legs of the ``tied`` origins: their LEG_PERCENTILE percentile (``leg_percentile_m``,
    NaN without any), the longest, and how many are longer than EDGE_SNAP_M (``long_legs``); the extents of the
    network and of the origins in lon/lat."""

    origins: int
    too_far: int
    outside: int
    beyond_edge: int
    tied: int
    leg_percentile_m: float
    longest_leg_m: float
    long_legs: int
    network_lonlat: Extent
    origins_lonlat: Extent


def coverage(network, origins_xy, snap_m, too_far, beyond):
    """Coverage of the origins (n, 2 local metres; NaN: no geometry) by ``network``, from their straight legs
    ``snap_m`` and the masks of the origins too far from the network and beyond its edge."""
    origins_xy = np.asarray(origins_xy, dtype=float).reshape(-1, 2)
    located = np.isfinite(origins_xy).all(axis=1)
    extent = network_extent(network)
    legs = np.asarray(snap_m, dtype=float)[located & ~too_far]
    legs = legs[np.isfinite(legs)]
    origins_extent = Extent.of(origins_xy)
    return Coverage(
        origins=int(located.sum()),
        too_far=int((too_far & located).sum()),
        outside=int((located & ~extent.contains(origins_xy)).sum()),
        beyond_edge=int(beyond.sum()),
        tied=len(legs),
        leg_percentile_m=float(np.percentile(legs, LEG_PERCENTILE)) if len(legs) else float("nan"),
        longest_leg_m=float(legs.max()) if len(legs) else float("nan"),
        long_legs=int((legs > EDGE_SNAP_M).sum()),
        network_lonlat=_lonlat(network, extent),
        origins_lonlat=_lonlat(network, origins_extent) if origins_extent else None,
    )


def _lonlat(network, extent):
    """The lon/lat box around a local-metres Extent (its corners projected back)."""
    return Extent.of(network.projection.inverse(extent.corners()))
