"""Directory import and outlet merge at city-region scale.

- merge: 20,000 OSM-like outlets + 10,000 directory entries (half of them
  repeating an OSM outlet a few metres away) around Marseille; core/outlets/merge.py's
  k-d tree candidate search against a brute-force haversine search (numpy,
  row by row) run in the same process.
- import: a 5,000-row Windows-1252 ";" CSV geocoded through the loopback
  replay of the Géoplateforme /search/csv (3 uploads).
"""

import math
import random
import tempfile
from pathlib import Path

import numpy as np

from foodaccess.core.geodesy import EARTH_RADIUS_M
from foodaccess.core.outlets.directory import (
    CategoryResolver,
    DirectoryColumns,
    DirectoryDefaults,
    import_directory,
    read_csv,
)
from foodaccess.core.outlets.geocoder import Geocoder
from foodaccess.core.outlets.merge import OutletPoint, merge_outlets, pairs_within
from foodaccess.core.outlets.taxonomy import load_taxonomy
from foodaccess.tests.geocoder_replay import GeocoderReplay, address, write_csv

WORDS = (
    "Boulangerie",
    "Épicerie",
    "Primeur",
    "Marché",
    "Chez",
    "du",
    "Port",
    "Soleil",
    "Panier",
    "Bio",
    "Ferme",
    "Provence",
    "Cœur",
    "Blé",
    "Olivier",
    "Calanques",
    "Pain",
    "Fromagerie",
    "Saveurs",
    "Jardin",
)


def synthetic_outlets(osm_count, directory_count, seed=7):
    rng = random.Random(seed)
    points = []
    for index in range(osm_count):
        name = " ".join(rng.sample(WORDS, 3)) + f" {index}"
        points.append(
            OutletPoint(
                0,
                5.25 + rng.random() * 0.35,
                43.2 + rng.random() * 0.2,
                {"source": "osm", "source_id": f"node/{index}", "name": name, "category": "bakery"},
            )
        )
    for index in range(directory_count):
        if index % 2 == 0:  # a repeat of an OSM outlet, 5–25 m away, same name in capitals
            twin = points[rng.randrange(osm_count)]
            metres, bearing = rng.uniform(5, 25), rng.uniform(0, 2 * math.pi)
            lat = twin.lat + metres * math.cos(bearing) / 111_195
            lon = twin.lon + metres * math.sin(bearing) / (111_195 * math.cos(math.radians(twin.lat)))
            name = twin.values["name"].upper()
        else:
            lon, lat, name = 5.25 + rng.random() * 0.35, 43.2 + rng.random() * 0.2, f"Nouveau {index}"
        points.append(
            OutletPoint(1, lon, lat, {"source": "directory", "source_id": str(index), "name": name, "category": "deli"})
        )
    return points


def brute_force_pairs(lons, lats, distance_m):
    lon, lat = np.radians(lons), np.radians(lats)
    pairs = 0
    for i in range(len(lon) - 1):
        dphi, dlambda = lat[i + 1 :] - lat[i], lon[i + 1 :] - lon[i]
        h = np.sin(dphi / 2) ** 2 + np.cos(lat[i]) * np.cos(lat[i + 1 :]) * np.sin(dlambda / 2) ** 2
        pairs += int(np.count_nonzero(2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(h)) <= distance_m))
    return pairs


def run(bench):
    taxonomy = load_taxonomy()
    points = synthetic_outlets(20_000, 10_000)
    lons, lats = [p.lon for p in points], [p.lat for p in points]
    tree_seconds, pairs = bench.time(pairs_within, lons, lats, 30.0, repeat=3)
    brute_seconds, brute_pairs = bench.time(brute_force_pairs, np.array(lons), np.array(lats), 30.0)
    assert len(pairs) == brute_pairs, (len(pairs), brute_pairs)
    bench.report(
        f"candidate pairs within 30 m, {len(points):,} outlets",
        tree_seconds,
        baseline=brute_seconds,
        baseline_name="brute-force haversine (numpy)",
    )
    merge_seconds, result = bench.time(merge_outlets, points, taxonomy, 30.0, 0.8)
    merged = sum(1 for outlet in result.outlets if len(outlet.members) > 1)
    bench.report(f"merge_outlets ({merged:,} merged groups)", merge_seconds, goal=5.0)

    rows, gazetteer = [], {}
    for index in range(5_000):
        street = f"{index + 1} rue de la République"
        rows.append((f"Épicerie n°{index}", street, "13001", "Marseille", "Épicerie"))
        gazetteer[f"{street}, 13001, Marseille"] = address(
            f"{street} 13001 Marseille",
            5.37 + index * 1e-5,
            43.29 + index * 1e-5,
            0.9,
            housenumber=str(index + 1),
            street="Rue de la République",
        )
    with tempfile.TemporaryDirectory() as folder, GeocoderReplay(gazetteer) as replay:
        path = write_csv(Path(folder) / "annuaire.csv", ("Nom", "Adresse", "CP", "Ville", "Type"), rows, "cp1252")
        columns = DirectoryColumns(name="Nom", address=("Adresse", "CP", "Ville"), category="Type")

        def import_all():
            with Geocoder(replay.url) as geocoder:
                return import_directory(
                    read_csv(path), columns, CategoryResolver(taxonomy), DirectoryDefaults(), geocoder
                )

        seconds, imported = bench.time(import_all)
    assert len(imported.placed) == len(rows)
    bench.report(f"import {len(rows):,} CSV rows, geocoded via loopback /search/csv", seconds, goal=30.0)
    bench.note(f"{len(replay.requests)} uploads to /search/csv; the real service's own time is not included")
