"""Merge outlet layers: the same shop found in OpenStreetMap and in a directory
becomes one outlet that keeps the provenance of both.

Two outlets from different layers are the same when they lie within a
distance (metres on the sphere, whatever the layers' CRS) and their names are
similar (accents, case and punctuation ignored). Candidate pairs come from a
k-d tree on unit-sphere coordinates (scipy's cKDTree): the chord between two
points grows with their great-circle distance, so one radius query finds every
pair within the distance exactly, anywhere on Earth, in O(n log n).
"""

import math
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ..geodesy import EARTH_RADIUS_M, haversine_m
from ..progress import SILENT
from ..text import folded
from .schema import OUTLET_FIELD_NAMES, flag_is_true

DEFAULT_DISTANCE_M = 30.0
DEFAULT_NAME_SIMILARITY = 0.8
# A name whose words all appear in the other name counts as the same name when
# it has at least this many letters ("Épi d'Or" / "Boulangerie L'Épi d'Or").
MIN_CONTAINED_NAME_LENGTH = 4

_NOT_WORD = re.compile(r"[^0-9a-z]+")


def normalize_text(text):
    """Lower case, no accents, punctuation as spaces: "L'Épi d'Or" -> "l epi d or"."""
    if text is None:
        return ""
    return _NOT_WORD.sub(" ", folded(str(text))).strip()


def name_similarity(first, second):
    """Similarity of two outlet names, 0 (nothing alike) to 1 (same name).

    The best of: the character similarity of the normalised names, the same
    with their words sorted (word order ignored), and 1 when all the words of
    one name appear in the other. An empty name is similar to nothing.
    """
    a, b = normalize_text(first), normalize_text(second)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    words_a, words_b = a.split(), b.split()
    shorter, longer = sorted((words_a, words_b), key=len)
    if set(shorter) <= set(longer) and len("".join(shorter)) >= MIN_CONTAINED_NAME_LENGTH:
        return 1.0
    return max(
        SequenceMatcher(None, a, b).ratio(),
        SequenceMatcher(None, " ".join(sorted(words_a)), " ".join(sorted(words_b))).ratio(),
    )


def pairs_within(lons, lats, distance_m):
    """Index pairs (i < j) of the positions closer than ``distance_m`` metres, with their distance."""
    import numpy as np
    from scipy.spatial import cKDTree

    if len(lons) < 2:
        return []
    lon = np.radians(np.asarray(lons, dtype=float))
    lat = np.radians(np.asarray(lats, dtype=float))
    xyz = np.column_stack((np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)))
    chord = 2.0 * math.sin(min(distance_m / EARTH_RADIUS_M, math.pi) / 2.0)
    pairs = cKDTree(xyz).query_pairs(chord, output_type="ndarray")
    lons, lats = np.asarray(lons, dtype=float), np.asarray(lats, dtype=float)
    first, second = pairs[:, 0], pairs[:, 1]
    distance = haversine_m(lons[first], lats[first], lons[second], lats[second])
    keep = distance <= distance_m
    return list(zip(first[keep].tolist(), second[keep].tolist(), distance[keep].tolist()))


def is_empty(value):
    return value is None or (isinstance(value, str) and not value.strip())


def category_breadth(taxonomy, category_id, subcategory):
    """How many OSM tag values the category covers: fewer means more specific.

    A subcategory is one tag value (1); a category alone covers all its tag
    rules (convenience: convenience, general, grocery = 3; food_specialist = 7).
    An empty or unknown category is the least specific of all.
    """
    if is_empty(category_id) or category_id not in taxonomy.ids:
        return math.inf
    if not is_empty(subcategory):
        return 1
    return len(taxonomy.category(category_id).rules)


@dataclass
class OutletPoint:
    """One outlet of one input layer: its schema values and WGS 84 position."""

    layer: int
    lon: float
    lat: float
    values: dict


@dataclass
class MergedOutlet:
    """An output outlet: the indices of the input outlets it stands for (layer order) and its values."""

    members: list
    values: dict


@dataclass
class PairDecision:
    """A pair of outlets of different layers within the distance, and what was done with it."""

    first: int
    second: int
    distance_m: float
    similarity: float
    merged: bool
    reason: str


@dataclass
class MergeResult:
    outlets: list  # MergedOutlet, in input order
    decisions: list = field(default_factory=list)  # PairDecision

    @property
    def merged_groups(self):
        """How many output outlets stand for more than one input outlet."""
        return sum(1 for outlet in self.outlets if len(outlet.members) > 1)


# The merge report: one row per pair decision, its two outlets in layer order ("a" before "b").
REPORT_FIELDS = (
    ("decision", "string"),
    ("reason", "string"),
    ("distance_m", "double"),
    ("name_similarity", "double"),
    ("layer_a", "string"),
    ("source_a", "string"),
    ("source_id_a", "string"),
    ("name_a", "string"),
    ("category_a", "string"),
    ("layer_b", "string"),
    ("source_b", "string"),
    ("source_id_b", "string"),
    ("name_b", "string"),
    ("category_b", "string"),
    ("merged_source_id", "string"),
    ("merged_category", "string"),
)


def merge_outlets(
    points, taxonomy, distance_m=DEFAULT_DISTANCE_M, min_similarity=DEFAULT_NAME_SIMILARITY, progress=SILENT
):
    """Merge the outlets of different layers that are the same shop.

    Pairs within ``distance_m`` with names at least ``min_similarity`` alike
    are accepted best first (most similar, then nearest); a group never holds
    two outlets of the same layer, so a directory entry merges with at most
    one OSM outlet. Returns every output outlet (merged groups and the
    outlets left alone, in input order) and a decision for every pair looked at.
    """
    progress.step(0, 1)
    pairs = pairs_within([p.lon for p in points], [p.lat for p in points], distance_m)
    candidates = []
    for i, j, distance in pairs:
        if points[i].layer == points[j].layer:
            continue
        similarity = name_similarity(points[i].values.get("name"), points[j].values.get("name"))
        candidates.append((i, j, distance, similarity))
    candidates.sort(key=lambda c: (-c[3], c[2], c[0], c[1]))
    progress.step(1, 3)

    group_of = list(range(len(points)))
    members = {index: [index] for index in range(len(points))}
    decisions = []
    for done, (i, j, distance, similarity) in enumerate(candidates):
        if done % 1000 == 0:
            progress.sub(1 / 3, 2 / 3).step(done, len(candidates))
        if similarity < min_similarity:
            reason = (
                "no name to compare"
                if is_empty(points[i].values.get("name")) or is_empty(points[j].values.get("name"))
                else f"names differ (similarity {similarity:.2f} < {min_similarity:.2f})"
            )
            decisions.append(PairDecision(i, j, distance, similarity, False, reason))
            continue
        group_i, group_j = group_of[i], group_of[j]
        if group_i == group_j:
            reason = "same outlet (merged through another pair)"
            decisions.append(PairDecision(i, j, distance, similarity, True, reason))
            continue
        layers_i = {points[m].layer for m in members[group_i]}
        layers_j = {points[m].layer for m in members[group_j]}
        if layers_i & layers_j:
            decisions.append(
                PairDecision(
                    i,
                    j,
                    distance,
                    similarity,
                    False,
                    "already merged with a more similar or nearer outlet of the same layer",
                )
            )
            continue
        for member in members[group_j]:
            group_of[member] = group_i
        members[group_i].extend(members.pop(group_j))
        decisions.append(
            PairDecision(
                i,
                j,
                distance,
                similarity,
                True,
                f"within {distance:.1f} m (<= {distance_m:g} m) and names alike "
                f"(similarity {similarity:.2f} >= {min_similarity:.2f})",
            )
        )

    outlets = []
    for index in range(len(points)):
        if group_of[index] != index:
            continue
        group = sorted(members[index], key=lambda m: (points[m].layer, m))
        outlets.append(MergedOutlet(group, merged_values([points[m].values for m in group], taxonomy)))
    outlets.sort(key=lambda outlet: min(outlet.members))
    progress.step(1, 1)
    return MergeResult(outlets, decisions)


def report_rows(result, points, layer_names):
    """The rows of the merge report, values in REPORT_FIELDS order, for the MergeResult of
    ``points`` (OutletPoints of the layers named ``layer_names``)."""
    merged_of = {member: outlet for outlet in result.outlets for member in outlet.members}
    rows = []
    for decision in result.decisions:
        first, second = sorted((decision.first, decision.second), key=lambda index: (points[index].layer, index))
        merged = merged_of[first] if decision.merged else None
        row = [
            "merged" if decision.merged else "kept apart",
            decision.reason,
            round(decision.distance_m, 2),
            round(decision.similarity, 3),
        ]
        for index in (first, second):
            values = points[index].values
            row += [
                layer_names[points[index].layer],
                values["source"],
                values["source_id"],
                values["name"],
                values["category"],
            ]
        row += [merged.values["source_id"] if merged else None, merged.values["category"] if merged else None]
        rows.append(row)
    return rows


def _joined_sources(values_list):
    """The members' sources joined with "+", each once, in order ("osm+directory")."""
    sources = []
    for values in values_list:
        for source in str(values.get("source") or "unknown").split("+"):
            if source not in sources:
                sources.append(source)
    return "+".join(sources)


def merged_values(values_list, taxonomy):
    """The outlet-schema values of one group (``values_list`` in layer order).

    source is the sources joined with "+" (osm+directory), each once (two OSM
    layers give osm, a merged layer merged again stays osm+directory), source_id
    the ids joined with ";" in the same order; the most specific category (with its
    subcategory) wins, the first layer on a tie; organic and local are true if
    any member says so; every other field comes from the first member that has it.
    """
    if len(values_list) == 1:
        return dict(values_list[0])
    merged = {}
    for name in OUTLET_FIELD_NAMES:
        merged[name] = next((v[name] for v in values_list if not is_empty(v.get(name))), None)
    merged["source"] = _joined_sources(values_list)
    merged["source_id"] = ";".join(str(v.get("source_id") or "") for v in values_list)
    best = min(values_list, key=lambda v: category_breadth(taxonomy, v.get("category"), v.get("subcategory")))
    merged["category"] = None if is_empty(best.get("category")) else best.get("category")
    merged["subcategory"] = None if is_empty(best.get("subcategory")) else best.get("subcategory")
    for flag in ("organic", "local"):
        merged[flag] = any(flag_is_true(v.get(flag)) for v in values_list)
    return merged
