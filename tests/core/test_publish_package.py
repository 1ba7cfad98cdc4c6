"""core/publish/package.py: the facts of a package's layers and how the metadata and README word them."""

from datetime import datetime, timezone

from foodaccess.core.publish import package

FETCHED = datetime(2026, 3, 1, tzinfo=timezone.utc)
EDITED = datetime(2020, 1, 1, tzinfo=timezone.utc)
RECENT = datetime(2026, 1, 1, tzinfo=timezone.utc)


def outlet(source="osm", category="bakery", stamp=EDITED, **more):
    return {"source": source, "category": category, "fetched_at": FETCHED, "osm_timestamp": stamp, **more}


def test_outlet_facts_count_open_outlets_sources_and_freshness():
    rows = [
        outlet(),
        outlet(stamp=RECENT, local=True),
        outlet(status="closed"),
        outlet(source="directory", category="farm_shop", stamp=None),
    ]
    facts = package.outlet_facts("outlets", "EPSG:4326 - WGS 84", rows)
    assert facts.features == 4 and facts.osm_derived
    assert facts.counts["outlets_open"] == 3 and facts.counts["outlets_closed"] == 1
    assert facts.counts["category_bakery"] == 2 and facts.counts["local"] == 1
    assert facts.stale == (1, 2, 3)  # the closed outlet and the directory row are not counted
    assert [source for source, _first, _last in facts.sources] == ["directory", "osm"]


def test_licence_follows_the_sources_and_the_language():
    directory_only = package.outlet_facts("outlets", "EPSG:2154", [outlet(source="directory", stamp=None)])
    assert not directory_only.osm_derived
    assert "Licence Ouverte" in package.describe(directory_only, "en", FETCHED).licence
    osm = package.outlet_facts("outlets", "EPSG:4326", [outlet()])
    english, french = package.describe(osm, "en", FETCHED), package.describe(osm, "fr", FETCHED)
    assert "ODbL" in english.licence and "contributeurs" in french.licence
    assert english.title == "Food outlets" and french.title == "Commerces alimentaires"
    assert any("2026-03-01" in source for source in english.sources)
    assert package.describe(osm, "de", FETCHED).title == "Food outlets"


def test_summary_and_readme_say_the_same_facts():
    areas = package.area_facts(
        "classified_areas",
        "EPSG:2154",
        [
            {"class": "food_desert", "pop_total": 800.4, "threshold": 10.0, "unit": "min"},
            {"class": "served", "pop_total": 1200.0, "threshold": 10.0, "unit": "min"},
        ],
    )
    rows = package.summary_rows([areas])
    assert ("classified_areas", "people_food_desert", 800) in rows
    assert ("classified_areas", "thresholds", "10 min") in rows
    readme = package.readme_text([areas], "pack.gpkg", "pack_summary.csv", FETCHED)
    assert readme.index("# Food Access package") < readme.index("# Paquet Food Access")
    assert "10 min" in readme and "pack_summary.csv" in readme
