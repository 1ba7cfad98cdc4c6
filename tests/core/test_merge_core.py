import math
import random

import pytest

from foodaccess.core.geodesy import haversine_m
from foodaccess.core.outlets.merge import (
    REPORT_FIELDS,
    OutletPoint,
    category_breadth,
    merge_outlets,
    merged_values,
    name_similarity,
    normalize_text,
    pairs_within,
    report_rows,
)
from foodaccess.core.outlets.taxonomy import load_taxonomy


@pytest.mark.parametrize(
    "first, second, alike",
    [
        ("Carrefour City", "Carrefour city", True),
        ("Marché U", "MARCHE U", True),
        ("L'Épi d'Or", "Boulangerie L'Epi d'Or", True),
        ("Solis Bio", "Bio Solis", True),
        ("Boulangerie Dupont", "Boulangerie Dupond", True),
        ("Carrefour City", "Carrefour Market", False),
        ("Spar", "Marché U", False),
        ("Casino", "Petit Casino", True),
        ("U", "Marché U", False),  # too short to count as contained
        ("", "Spar", False),
    ],
)
def test_name_similarity(first, second, alike):
    assert (name_similarity(first, second) >= 0.8) is alike
    assert name_similarity(first, second) == name_similarity(second, first)


def test_normalize_text():
    assert normalize_text("  L’Épi-d'Or (Monaco) ") == "l epi d or monaco"
    assert normalize_text(None) == ""


def test_pairs_within_matches_brute_force_everywhere():
    rng = random.Random(4)
    centres = [(7.42, 43.73), (179.9995, 0.0), (-179.9995, 0.0), (0.0, 89.9995), (2.35, 48.85)]
    lons, lats = [], []
    for lon, lat in centres:
        for _ in range(60):
            lons.append(((lon + rng.uniform(-0.001, 0.001) + 180) % 360) - 180)
            lats.append(max(-90.0, min(90.0, lat + rng.uniform(-0.001, 0.001))))
    found = {(i, j): d for i, j, d in pairs_within(lons, lats, 80.0)}
    expected = {
        (i, j)
        for i in range(len(lons))
        for j in range(i + 1, len(lons))
        if haversine_m(lons[i], lats[i], lons[j], lats[j]) <= 80.0
    }
    assert set(found) == expected and len(expected) > 100
    assert any(lons[i] * lons[j] < 0 for i, j in found)  # pairs across the antimeridian are found


def test_haversine_known_distance():
    # One degree of latitude on the mean sphere.
    assert haversine_m(0, 0, 0, 1) == pytest.approx(math.pi * 6371008.8 / 180)


def outlet(layer, lon, lat, name, category=None, subcategory=None, **values):
    base = {
        "source": ["osm", "directory", "other"][layer],
        "source_id": f"{layer}:{name}",
        "name": name,
        "category": category,
        "subcategory": subcategory,
        "organic": False,
        "local": False,
    }
    base.update(values)
    return OutletPoint(layer, lon, lat, base)


def test_a_directory_entry_merges_with_the_best_of_two_osm_candidates():
    taxonomy = load_taxonomy()
    metre = 1 / 111_195  # degrees of latitude per metre
    points = [
        outlet(0, 7.42, 43.73, "Boulangerie Costa", "bakery", opening_hours="Mo-Sa 07:00-19:00"),
        outlet(0, 7.42, 43.73 + 20 * metre, "Boulangerie Costa", "bakery"),
        outlet(
            1, 7.42, 43.73 + 25 * metre, "Boulangerie  costa", "bakery", "pastry", local=True, address="23 av. Crovetto"
        ),
    ]
    result = merge_outlets(points, taxonomy, 30, 0.8)
    assert [o.members for o in result.outlets] == [[0], [1, 2]]  # the nearer OSM one
    merged = result.outlets[1].values
    assert merged["source"] == "osm+directory" and merged["source_id"] == "0:Boulangerie Costa;1:Boulangerie  costa"
    assert (merged["category"], merged["subcategory"]) == ("bakery", "pastry")
    assert merged["local"] is True and merged["address"] == "23 av. Crovetto"
    decisions = sorted((d.first, d.second, d.merged) for d in result.decisions)
    assert decisions == [(0, 2, False), (1, 2, True)]  # (0, 1) are in the same layer: never a candidate


def test_the_report_has_a_row_per_pair_its_outlets_in_layer_order():
    taxonomy = load_taxonomy()
    metre = 1 / 111_195
    points = [
        outlet(1, 7.42, 43.73, "Boulangerie Costa", "bakery"),  # the directory first in the input...
        outlet(0, 7.42, 43.73 + 10 * metre, "Boulangerie Costa", "bakery", "pastry"),
        outlet(0, 7.42, 43.73 + 20 * metre, "Spar", "supermarket"),
    ]
    result = merge_outlets(points, taxonomy, 30, 0.8)
    assert result.merged_groups == 1
    rows = {(row[6], row[11]): row for row in report_rows(result, points, ["OSM", "Annuaire"])}  # source ids
    assert all(len(row) == len(REPORT_FIELDS) for row in rows.values())
    merged = rows[("0:Boulangerie Costa", "1:Boulangerie Costa")]  # ...the OSM outlet first in the report
    assert merged[0] == "merged" and merged[1].startswith("within 10.0 m")
    assert merged[4:6] == ["OSM", "osm"] and merged[9:11] == ["Annuaire", "directory"]
    assert merged[2] == pytest.approx(10, abs=0.01) and merged[3] == 1.0
    assert merged[-2:] == ["0:Boulangerie Costa;1:Boulangerie Costa", "bakery"]
    apart = rows[("0:Spar", "1:Boulangerie Costa")]
    assert apart[0] == "kept apart" and apart[1].startswith("names differ") and apart[-2:] == [None, None]
    assert len(rows) == 2  # the two OSM outlets are never a pair


def test_each_source_is_named_once():
    taxonomy = load_taxonomy()
    merged = merged_values(
        [
            {"source": "osm+directory", "source_id": "node/1;A-01", "name": "Costa", "category": "bakery"},
            {"source": "osm", "source_id": "way/2", "name": "Costa", "category": "bakery"},
            {"source": "directory", "source_id": "A-01", "name": "Costa", "category": None},
        ],
        taxonomy,
    )
    assert merged["source"] == "osm+directory"
    assert merged["source_id"] == "node/1;A-01;way/2;A-01"  # every id kept: provenance is never lost


def test_category_breadth_follows_the_taxonomy():
    taxonomy = load_taxonomy()
    assert category_breadth(taxonomy, "bakery", "pastry") == 1
    assert category_breadth(taxonomy, "deli", None) == 1
    assert category_breadth(taxonomy, "convenience", "") == 3
    assert category_breadth(taxonomy, "food_specialist", None) == 7
    assert category_breadth(taxonomy, None, None) == math.inf
    assert category_breadth(taxonomy, "unknown", None) == math.inf
