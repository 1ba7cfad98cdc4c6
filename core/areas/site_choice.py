"""Where new outlets would help most: K sites among candidates that bring the most people within a threshold.

The problem is maximum coverage: each candidate site covers the origins within the threshold of it (its
*catchment*); the people already within the threshold of an existing outlet count for nothing; choose K
candidates whose catchments hold the most people (optionally weighted) not yet covered.

Catchments are exact walking distances from the engine (``WalkRouter.pairs_within``: bounded searches on the
network, origins and candidates tied to it as ``accesstimes`` ties them), so a site covers an origin exactly when
``accesstimes`` would find it within the threshold.

The choice is greedy: each round takes the candidate with the largest marginal gain (people newly covered given
the picks so far), smallest candidate index on ties. Coverage is monotone submodular, so the greedy total is at
least (1 - 1/e) ≈ 63 % of the best possible K sites (Nemhauser, Wolsey & Fisher 1978), and K = 1 is the exact
best site. Marginal gains only shrink as picks accumulate, so most need no recomputation: lazy evaluation (CELF,
Leskovec et al. 2007) keeps each candidate's last gain as an upper bound in a heap and recomputes only the top
one until it stays on top, which gives the very picks of the plain greedy at a fraction of the work.

A minimum spacing between picks (straight-line metres) removes the candidates too near each pick; the 63 %
bound then no longer holds formally (it is the plain greedy on the candidates the spacing leaves).
"""

import heapq
from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from ..progress import SILENT

# The most candidate cells a grid may make (GRID_SIZE): beyond, the catchments would take minutes and much memory.
MAX_GRID_CELLS = 200_000


@dataclass(eq=False)  # eq=False: arrays have no single truth value
class Catchments:
    """For each of ``count`` candidates, the origins within the threshold of it:
    ``origins[indptr[c]:indptr[c + 1]]`` (sorted origin indexes)."""

    indptr: np.ndarray
    origins: np.ndarray
    count: int

    @classmethod
    def from_pairs(cls, candidate, origin, count):
        """Catchments of (candidate, origin) pairs (any order, no duplicates)."""
        candidate = np.asarray(candidate, dtype=np.int64)
        origin = np.asarray(origin, dtype=np.int64)
        order = np.lexsort((origin, candidate))
        indptr = np.concatenate([[0], np.cumsum(np.bincount(candidate, minlength=count))]).astype(np.int64)
        return cls(indptr, origin[order], int(count))

    def of(self, candidate):
        return self.origins[self.indptr[candidate] : self.indptr[candidate + 1]]

    def totals(self, values):
        """Sum of ``values`` (one per origin) over each candidate's catchment."""
        candidate = np.repeat(np.arange(self.count), np.diff(self.indptr))
        return np.bincount(candidate, values[self.origins], minlength=self.count)


def grid_centres(xmin, ymin, xmax, ymax, size, limit=MAX_GRID_CELLS):
    """(n, 2) centres of the square cells of ``size`` metres covering the box, row by row from the lower left; an
    InputError when the box would hold more than ``limit`` cells."""
    if not size > 0:
        raise InputError("GRID_SIZE must be greater than 0 (got {size}).", size=size)
    columns = max(1, int(np.ceil((xmax - xmin) / size)))
    rows = max(1, int(np.ceil((ymax - ymin) / size)))
    if columns * rows > limit:
        raise InputError(
            "A grid of {size:g} m over the area makes {cells} candidate cells (at most {limit}): raise GRID_SIZE, "
            "or give candidate sites (CANDIDATES).",
            size=size,
            cells=columns * rows,
            limit=limit,
        )
    x, y = np.meshgrid(xmin + size * (np.arange(columns) + 0.5), ymin + size * (np.arange(rows) + 0.5))
    return np.column_stack([x.ravel(), y.ravel()])


def walk_catchments(router, origins, candidates, threshold_m, progress=SILENT):
    """Catchments of the snapped ``candidates`` over the snapped ``origins``: walking distance (straight legs
    included) at most ``threshold_m``."""
    origin, candidate, _ = router.pairs_within(origins, candidates, threshold_m, progress)
    return Catchments.from_pairs(candidate, origin, len(candidates))


def served_by_outlets(router, origins, outlets, threshold_m):
    """Whether each snapped origin lies within ``threshold_m`` walking of one of the snapped ``outlets`` (none
    when ``outlets`` is None)."""
    if outlets is None or not outlets.tied.any():
        return np.zeros(len(origins), dtype=bool)
    distance, _ = router.from_sources(outlets).at(origins)
    return np.fmin(distance, np.inf) <= threshold_m  # NaN (not tied, unreachable) is not served


@dataclass
class Pick:
    """One chosen site: its ``candidate`` index, ``rank`` (1 first), ``gain`` (the weighted people it newly
    covers given the earlier picks), ``gain_people`` (the same, unweighted), ``people_reached`` (everyone within
    the threshold of it, served already or not) and ``total_gain_people`` (people newly covered by this pick and
    the earlier ones)."""

    candidate: int
    rank: int
    gain: float
    gain_people: float
    people_reached: float
    total_gain_people: float


def choose_sites(catchments, population, weight, served, k, candidate_xy=None, min_spacing=0.0, progress=SILENT):
    """Greedy choice (lazy evaluation) of at most ``k`` candidates maximising the people newly within the threshold.

    ``population`` and ``weight`` (>= 0) hold one value per origin: the objective counts population × weight of
    the origins not ``served`` already. Candidates nearer than ``min_spacing`` metres (straight line between the
    (n, 2) ``candidate_xy``) to a pick are left out. Stops early when no candidate left adds anyone (fewer picks
    than ``k``). Reports progress per pick and honours cancel (``Cancelled``).
    """
    population = np.asarray(population, dtype=float)
    value = population * np.asarray(weight, dtype=float)
    if k < 1:
        raise InputError("K must be at least 1 (got {k}).", k=k)
    if np.any(value < 0) or not np.all(np.isfinite(value)):
        raise InputError("Populations and weights must be finite numbers ≥ 0.")
    covered = np.asarray(served, dtype=bool).copy()
    open_value = np.where(covered, 0.0, value)
    gains = catchments.totals(open_value)
    reached = catchments.totals(population)
    # (-gain, candidate): the largest gain on top, the smallest index on ties; ``fresh[c]``: the round in which
    # candidate c's gain in the heap was computed (an upper bound of its gain in later rounds).
    heap = [(-gain, candidate) for candidate, gain in enumerate(gains.tolist())]
    heapq.heapify(heap)
    fresh = np.zeros(catchments.count, dtype=np.int64)
    excluded = np.zeros(catchments.count, dtype=bool)
    picks, total_people = [], 0.0
    while heap and len(picks) < k:
        progress.step(len(picks), k)
        negative_gain, candidate = heapq.heappop(heap)
        if excluded[candidate]:
            continue
        if fresh[candidate] != len(picks):
            members = catchments.of(candidate)
            gain = float(open_value[members[~covered[members]]].sum())
            fresh[candidate] = len(picks)
            heapq.heappush(heap, (-gain, candidate))
            continue
        if -negative_gain <= 0:
            break  # nobody is left to reach: more sites would add no one
        members = catchments.of(candidate)
        newly = members[~covered[members]]
        gain_people = float(population[newly].sum())
        total_people += gain_people
        covered[newly] = True
        open_value[newly] = 0.0
        picks.append(
            Pick(candidate, len(picks) + 1, -negative_gain, gain_people, float(reached[candidate]), total_people)
        )
        excluded[candidate] = True
        if min_spacing > 0 and candidate_xy is not None:
            gap = np.hypot(*(np.asarray(candidate_xy, dtype=float) - candidate_xy[candidate]).T)
            excluded |= gap < min_spacing
    progress.step(k, k)
    return picks
