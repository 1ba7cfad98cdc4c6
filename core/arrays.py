"""Small vectorized array helpers shared by the routing and timetable code."""

import numpy as np


def ranges(starts, counts):
    """Concatenation of range(start, start + count) for each pair, vectorized."""
    counts = np.asarray(counts, dtype=np.int64)
    within = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    return np.repeat(np.asarray(starts, dtype=np.int64), counts) + within
