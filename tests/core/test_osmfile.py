"""OSM-file mode (GDAL) against an independent reading of the same extract, and
the Overpass mode on the same elements."""

import json

import pytest
from osgeo import ogr
from overpass_replay import OverpassReplay, read_osm_xml, read_pbf

from foodaccess.core.errors import FoodAccessError
from foodaccess.core.outlets.osm_builder import OutletBuilder, utc_now
from foodaccess.core.outlets.osm_file import osmconf_text, read_outlets
from foodaccess.core.outlets.overpass import build_query, outlets_from_answer
from foodaccess.core.outlets.taxonomy import load_taxonomy
from foodaccess.core.progress import Cancelled, Progress

# My own reading of the list of food outlets, written without the plugin's taxonomy.
FOOD_SHOPS = {
    "supermarket": "supermarket",
    "hypermarket": "supermarket",
    "convenience": "convenience",
    "general": "convenience",
    "grocery": "convenience",
    "greengrocer": "greengrocer",
    "butcher": "butcher",
    "seafood": "fishmonger",
    "bakery": "bakery",
    "pastry": "bakery",
    "farm": "farm_shop",
    "organic": "organic",
    "health_food": "organic",
    "deli": "deli",
    "cheese": "food_specialist",
    "frozen_food": "frozen_food",
}


def independent_food_outlets(elements):
    """{"node/1": (category, organic)} from the raw elements: a plain scan of the tags."""
    found = {}
    for kind in ("node", "way", "relation"):
        for element in elements[kind].values():
            shops = [value.strip() for value in element.tags.get("shop", "").split(";")]
            category = next((FOOD_SHOPS[shop] for shop in shops if shop in FOOD_SHOPS), None)
            if category is None and element.tags.get("amenity") == "marketplace":
                category = "marketplace"
            if category:
                organic = element.tags.get("organic") in ("yes", "only") or "organic" in shops
                found[f"{kind}/{element.id}"] = (category, organic)
    return found


@pytest.fixture(scope="module")
def monaco_elements(monaco_pbf):
    return read_pbf(monaco_pbf)


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


def overpass_outlets(elements, taxonomy, categories, bounds=(-180, -90, 180, 90)):
    replay = OverpassReplay(elements)
    answer = replay.answer(build_query(taxonomy.tag_filters(categories), bounds, 60))
    return outlets_from_answer(json.loads(answer), OutletBuilder(taxonomy, categories, utc_now()))


def test_file_mode_matches_an_independent_count_of_the_extract(monaco_pbf, monaco_elements, taxonomy):
    expected = independent_food_outlets(monaco_elements)
    assert 20 <= len(expected) <= 30  # "about two dozen food outlets"
    outlets = read_outlets(monaco_pbf, taxonomy, taxonomy.default_ids).outlets
    got = {outlet.source_id: (outlet.category, outlet.organic) for outlet in outlets}
    assert got == expected
    organic_only = [o for o in outlets if json.loads(o.tags).get("organic") == "only"]
    assert [o.source_id for o in organic_only] == ["node/3665709453"]
    assert "way/201286353" in got and "node/268113343" in got  # a building; shop=convenience;doityourself


def test_file_and_overpass_modes_give_the_same_outlets(monaco_pbf, monaco_elements, taxonomy):
    categories = taxonomy.ids  # the less-healthy ones too
    from_file = read_outlets(monaco_pbf, taxonomy, categories).outlets
    from_overpass = overpass_outlets(monaco_elements, taxonomy, categories)
    assert len(from_file) > len(independent_food_outlets(monaco_elements))  # fast food etc. added
    assert_same_outlets(from_file, from_overpass)


def assert_same_outlets(first, second, tolerance=1e-7):
    first = {outlet.source_id: outlet for outlet in first}
    second = {outlet.source_id: outlet for outlet in second}
    assert set(first) == set(second)
    for source_id, outlet in first.items():
        other = second[source_id]
        for name in outlet._fields:
            if name in ("lon", "lat"):
                assert getattr(outlet, name) == pytest.approx(getattr(other, name), abs=tolerance), (source_id, name)
            elif name != "fetched_at":
                assert getattr(outlet, name) == getattr(other, name), (source_id, name)


def test_schema_values(monaco_pbf, taxonomy):
    outlets = read_outlets(monaco_pbf, taxonomy, ["supermarket"]).outlets
    spar = next(o for o in outlets if o.source_id == "node/268113123")
    assert (spar.source, spar.name, spar.brand, spar.category, spar.subcategory) == (
        "osm",
        "Spar",
        "Spar",
        "supermarket",
        None,
    )
    assert spar.opening_hours == "Mo-Sa 07:30-20:00; Su 09:00-19:00"
    assert spar.osm_timestamp.isoformat() == "2020-08-18T20:53:13+00:00"
    assert json.loads(spar.tags)["brand:wikidata"] == "Q610492"
    assert spar.fetched_at.tzinfo is not None and not spar.local


def test_extent_and_area_filter_the_file(monaco_pbf, taxonomy):
    everything = read_outlets(monaco_pbf, taxonomy, taxonomy.default_ids).outlets
    bounds = (7.415, 43.728, 7.422, 43.734)  # Condamine / Fontvieille
    inside = read_outlets(monaco_pbf, taxonomy, taxonomy.default_ids, bounds=bounds).outlets
    expected = {o.source_id for o in everything if 7.415 <= o.lon <= 7.422 and 43.728 <= o.lat <= 43.734}
    assert {o.source_id for o in inside} == expected and 0 < len(expected) < len(everything)
    triangle = "POLYGON((7.415 43.728,7.422 43.728,7.415 43.734,7.415 43.728))"
    clipped = read_outlets(monaco_pbf, taxonomy, taxonomy.default_ids, area_wkt=triangle).outlets
    shape = ogr.CreateGeometryFromWkt(triangle)
    assert {o.source_id for o in clipped} == {
        o.source_id for o in everything if shape.Intersects(ogr.CreateGeometryFromWkt(f"POINT({o.lon} {o.lat})"))
    }
    assert 0 < len(clipped) < len(inside)


OSM_XML = """<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="test">
  <node id="1" lat="43.700" lon="7.400" version="1" timestamp="2024-01-01T10:00:00Z"/>
  <node id="2" lat="43.700" lon="7.410" version="1" timestamp="2024-01-01T10:00:00Z"/>
  <node id="3" lat="43.701" lon="7.410" version="1" timestamp="2024-01-01T10:00:00Z"/>
  <node id="4" lat="43.701" lon="7.401" version="1" timestamp="2024-01-01T10:00:00Z"/>
  <node id="5" lat="43.710" lon="7.401" version="1" timestamp="2024-01-01T10:00:00Z"/>
  <node id="6" lat="43.710" lon="7.400" version="1" timestamp="2024-01-01T10:00:00Z"/>
  <node id="11" lat="43.720" lon="7.400" version="1" timestamp="2024-01-01T10:00:00Z"/>
  <node id="12" lat="43.720" lon="7.420" version="1" timestamp="2024-01-01T10:00:00Z"/>
  <node id="13" lat="43.740" lon="7.420" version="1" timestamp="2024-01-01T10:00:00Z"/>
  <node id="14" lat="43.740" lon="7.400" version="1" timestamp="2024-01-01T10:00:00Z"/>
  <node id="21" lat="43.722" lon="7.402" version="1" timestamp="2024-01-01T10:00:00Z"/>
  <node id="22" lat="43.722" lon="7.418" version="1" timestamp="2024-01-01T10:00:00Z"/>
  <node id="23" lat="43.738" lon="7.418" version="1" timestamp="2024-01-01T10:00:00Z"/>
  <node id="24" lat="43.738" lon="7.402" version="1" timestamp="2024-01-01T10:00:00Z"/>
  <node id="31" lat="43.750" lon="7.400" version="1" timestamp="2024-01-01T10:00:00Z"/>
  <node id="32" lat="43.751" lon="7.405" version="1" timestamp="2024-01-01T10:00:00Z"/>
  <node id="33" lat="43.750" lon="7.410" version="1" timestamp="2024-01-01T10:00:00Z"/>
  <node id="40" lat="43.760" lon="7.430" version="3" timestamp="2023-05-06T07:08:09Z">
    <tag k="shop" v="bakery"/><tag k="name" v="Fournil"/><tag k="organic" v="yes"/>
  </node>
  <way id="100" version="2" timestamp="2022-02-02T02:02:02Z">
    <nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="5"/><nd ref="6"/><nd ref="1"/>
    <tag k="building" v="retail"/><tag k="shop" v="supermarket"/><tag k="name" v="L-shaped"/>
  </way>
  <way id="200" version="1" timestamp="2021-01-01T00:00:00Z">
    <nd ref="11"/><nd ref="12"/><nd ref="13"/><nd ref="14"/><nd ref="11"/>
  </way>
  <way id="201" version="1" timestamp="2021-01-01T00:00:00Z">
    <nd ref="21"/><nd ref="22"/><nd ref="23"/><nd ref="24"/><nd ref="21"/>
  </way>
  <way id="300" version="1" timestamp="2021-01-01T00:00:00Z">
    <nd ref="31"/><nd ref="32"/><nd ref="33"/>
    <tag k="shop" v="greengrocer"/><tag k="name" v="Stall row"/>
  </way>
  <relation id="500" version="4" timestamp="2020-03-03T03:03:03Z">
    <member type="way" ref="200" role="outer"/><member type="way" ref="201" role="inner"/>
    <tag k="type" v="multipolygon"/><tag k="amenity" v="marketplace"/><tag k="name" v="Ring market"/>
  </relation>
</osm>
"""


def test_ways_and_relations_become_a_point_on_their_surface_in_both_modes(tmp_path, taxonomy):
    path = tmp_path / "shapes.osm"
    path.write_text(OSM_XML, encoding="utf-8")
    from_file = read_outlets(str(path), taxonomy, taxonomy.default_ids).outlets
    from_overpass = overpass_outlets(read_osm_xml(str(path)), taxonomy, taxonomy.default_ids)
    by_id = {outlet.source_id: outlet for outlet in from_file}
    assert set(by_id) == {"node/40", "way/100", "way/300", "relation/500"}

    def point(outlet):
        return ogr.CreateGeometryFromWkt(f"POINT({outlet.lon} {outlet.lat})")

    # an L-shaped building: the centre of its bounding box (7.405, 43.705) lies outside it
    l_shape = ogr.CreateGeometryFromWkt(
        "POLYGON((7.400 43.700,7.410 43.700,7.410 43.701,7.401 43.701,7.401 43.710,7.400 43.710,7.400 43.700))"
    )
    assert l_shape.Contains(point(by_id["way/100"]))
    # a market around a courtyard: inside the outer ring, not in the hole
    courtyard = ogr.CreateGeometryFromWkt("POLYGON((7.402 43.722,7.418 43.722,7.418 43.738,7.402 43.738,7.402 43.722))")
    outer = ogr.CreateGeometryFromWkt("POLYGON((7.400 43.720,7.420 43.720,7.420 43.740,7.400 43.740,7.400 43.720))")
    market = point(by_id["relation/500"])
    assert outer.Contains(market) and not courtyard.Intersects(market)
    assert by_id["relation/500"].category == "marketplace" and by_id["relation/500"].name == "Ring market"
    # an open way (a row of stalls): a point on the line
    line = ogr.CreateGeometryFromWkt("LINESTRING(7.400 43.750,7.405 43.751,7.410 43.750)")
    assert line.Distance(point(by_id["way/300"])) < 1e-9
    assert by_id["node/40"].organic and by_id["node/40"].osm_timestamp.year == 2023
    assert_same_outlets(from_file, from_overpass, tolerance=1e-6)


def test_osmconf_keeps_every_tag_and_the_last_edit():
    text = osmconf_text(["shop", "amenity", "craft"])
    assert "osm_timestamp=yes" in text and "osm_version=yes" in text
    assert "ignore=\n" in text and "attributes=shop,amenity,craft" in text
    assert text.count("[") == 5  # the five layers of the OSM driver


def test_bad_files_give_a_clear_error(tmp_path, taxonomy):
    with pytest.raises(FoodAccessError, match=r"OSM file '.*missing\.osm\.pbf' does not exist"):
        read_outlets(str(tmp_path / "missing.osm.pbf"), taxonomy, ["bakery"])
    not_osm = tmp_path / "notes.osm"
    not_osm.write_text("shopping list: bread, cheese")
    with pytest.raises(FoodAccessError, match=r"GDAL cannot read .*notes\.osm as an OpenStreetMap file"):
        read_outlets(str(not_osm), taxonomy, ["bakery"])


def test_progress_and_cancel(monaco_pbf, taxonomy):
    reported = []
    read_outlets(monaco_pbf, taxonomy, taxonomy.default_ids, progress=Progress(reported.append))
    assert reported[-1] == 100 and len(reported) > 2 and reported == sorted(reported)
    with pytest.raises(Cancelled):
        read_outlets(monaco_pbf, taxonomy, taxonomy.default_ids, progress=Progress(is_canceled=lambda: True))


def test_files_with_unsorted_node_ids_are_read_completely(tmp_path, taxonomy):
    # JOSM saves new objects with negative ids, not in increasing order: GDAL's fast index refuses them
    unsorted = OSM_XML.replace('<node id="40"', '<node id="-40"').replace('<node id="1" ', '<node id="41" ')
    unsorted = unsorted.replace('<nd ref="1"/>', '<nd ref="41"/>')
    path = tmp_path / "edited.osm"
    path.write_text(unsorted, encoding="utf-8")
    outlets = read_outlets(str(path), taxonomy, taxonomy.default_ids).outlets
    assert {outlet.source_id for outlet in outlets} == {"node/-40", "way/100", "way/300", "relation/500"}


def test_truncated_file_is_an_error_not_a_partial_layer(monaco_pbf, tmp_path, taxonomy):
    truncated = tmp_path / "truncated.osm.pbf"
    data = open(monaco_pbf, "rb").read()
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(FoodAccessError, match=r"could not read the OSM file .*truncated\.osm\.pbf completely"):
        read_outlets(str(truncated), taxonomy, taxonomy.default_ids)


@pytest.fixture
def gdal_exceptions_on():
    """Another plugin (or QGIS code) may call gdal.UseExceptions() for the whole process."""
    from osgeo import gdal

    was_on = gdal.GetUseExceptions()
    gdal.UseExceptions()
    yield
    if not was_on:
        gdal.DontUseExceptions()


def test_both_modes_work_when_gdal_exceptions_are_on(
    gdal_exceptions_on, monaco_pbf, monaco_elements, taxonomy, tmp_path
):
    from_file = read_outlets(monaco_pbf, taxonomy, taxonomy.default_ids).outlets
    assert {o.source_id for o in from_file} == set(independent_food_outlets(monaco_elements))
    not_osm = tmp_path / "notes.osm"
    not_osm.write_text("shopping list: bread, cheese")
    with pytest.raises(FoodAccessError, match="GDAL cannot read"):
        read_outlets(str(not_osm), taxonomy, ["bakery"])
    # a bow-tie building (self-intersecting): still a point, on the repaired shape
    bow_tie = {
        "type": "way",
        "id": 7,
        "nodes": [1, 2, 3, 4, 1],
        "tags": {"shop": "bakery"},
        "geometry": [
            {"lon": 0, "lat": 0},
            {"lon": 1, "lat": 1},
            {"lon": 1, "lat": 0},
            {"lon": 0, "lat": 1},
            {"lon": 0, "lat": 0},
        ],
    }
    outlets = outlets_from_answer({"elements": [bow_tie]}, OutletBuilder(taxonomy, ["bakery"], utc_now()))
    assert len(outlets) == 1 and 0 < outlets[0].lon < 1 and 0 < outlets[0].lat < 1
