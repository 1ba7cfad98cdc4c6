"""QPV download, cache and filters, against a local HTTP replay of the official file."""

import os

import pytest
from qpv_replay import FEATURES, MARSEILLE_EPCI, OFFICIAL_FIELDS, PARIS_EPCI, geojson_bytes, zip_reply
from servers import LoopbackServer, Reply

from foodaccess.core.areas import priority_areas
from foodaccess.core.errors import FoodAccessError


def codes(areas):
    return sorted(area.properties["code_qp"] for area in areas)


def test_zip_resource_is_unpacked_and_cached(tmp_path):
    with LoopbackServer(zip_reply) as server:
        url = server.url + "/fr/datasets/r/942d4ee8"
        path = priority_areas.download(url, str(tmp_path))
        assert priority_areas.download(url, str(tmp_path)) == path
        assert len(server.requests) == 1, "the second call must come from the cache"
        assert server.requests[0].headers["User-Agent"].startswith("FoodAccess")
        priority_areas.download(url, str(tmp_path), refresh=True)
        assert len(server.requests) == 2
    # The national file, not the per-territory one that comes first in the archive.
    everything = sorted(feature["properties"]["code_qp"] for feature in FEATURES)
    assert codes(priority_areas.select(priority_areas.load(path))) == everything


def test_plain_geojson_resource(tmp_path):
    with LoopbackServer(lambda request: Reply(200, geojson_bytes(FEATURES[:2]))) as server:
        path = priority_areas.download(server.url + "/qpv.geojson", str(tmp_path))
    assert codes(priority_areas.select(priority_areas.load(path))) == ["QN01301M", "QN01302I"]


@pytest.mark.parametrize(
    "reply, message",
    [
        (Reply(503, b"Service Unavailable", content_type="text/plain"), "HTTP 503"),
        (Reply(200, b"<html><body>Not the file</body></html>", content_type="text/html"), "not valid JSON"),
        (
            Reply(
                200,
                b'{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"nom": "x"}, '
                b'"geometry": null}]}',
            ),
            "lacks code_qp, lib_qp, insee_com",
        ),
        (Reply(200, b'{"type": "Topology"}'), "not a GeoJSON FeatureCollection"),
    ],
)
def test_bad_answers_are_explained_and_not_cached(tmp_path, reply, message):
    with LoopbackServer(lambda request: reply) as server:
        url = server.url + "/qpv"
        with pytest.raises(FoodAccessError, match=message):
            priority_areas.download(url, str(tmp_path))
    assert not os.path.exists(priority_areas.cache_path(str(tmp_path), url))
    assert not os.listdir(tmp_path)


def test_archive_without_geojson(tmp_path):
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("SHP/QP2024.shp", b"not geojson")
    with LoopbackServer(lambda request: Reply(200, buffer.getvalue(), content_type="application/zip")) as server:
        with pytest.raises(FoodAccessError, match="holds no .geojson"):
            priority_areas.download(server.url + "/qpv.zip", str(tmp_path))


def test_unreachable_server(tmp_path):
    with LoopbackServer(zip_reply) as server:
        url = server.url + "/qpv"
    with pytest.raises(FoodAccessError, match="Cannot download"):
        priority_areas.download(url, str(tmp_path))


def test_filters():
    features = priority_areas.parse(geojson_bytes(), "test")
    assert codes(priority_areas.select(features, communes=["13055"])) == ["QN01301M", "QN01302I", "QN01303M"]
    # A QPV listed under two communes belongs to both; codes are not substrings.
    assert codes(priority_areas.select(features, communes=["13070"])) == ["QN01303M"]
    assert codes(priority_areas.select(features, communes=["1305"])) == []
    # Marseille's 3rd arrondissement stands for Marseille.
    assert codes(priority_areas.select(features, communes=["13203"])) == ["QN01301M", "QN01302I", "QN01303M"]
    assert codes(priority_areas.select(features, epci=[MARSEILLE_EPCI])) == [
        "QN01301M",
        "QN01302I",
        "QN01303M",
        "QN01304N",
    ]
    assert codes(priority_areas.select(features, communes=["13001", "75056"])) == ["QN01304N", "QN07501I"]
    assert codes(priority_areas.select(features, communes=["75056"], epci=[MARSEILLE_EPCI])) == []
    assert codes(priority_areas.select(features, epci=[PARIS_EPCI])) == ["QN07501I"]
    # Extent around Air Bel (5.44-5.45, 43.29-43.30), touching nothing else.
    assert codes(priority_areas.select(features, bbox=(5.435, 43.285, 5.446, 43.295))) == ["QN01302I"]
    assert codes(priority_areas.select(features, epci=[PARIS_EPCI], bbox=(5.0, 43.0, 6.0, 44.0))) == []


def test_official_fields_are_kept_except_the_row_number():
    areas = priority_areas.select(priority_areas.parse(geojson_bytes(), "test"))
    assert list(areas[0].properties) == OFFICIAL_FIELDS
    assert dict(priority_areas.field_types(areas)) == dict.fromkeys(areas[0].properties, "string")
    assert areas[0].properties["insee_dep"] == "13"


def test_codes():
    assert priority_areas.parse_codes("13055, 13201;75056  69123") == ["13055", "13201", "75056", "69123"]
    assert priority_areas.commune_code("75112") == "75056"
    assert priority_areas.commune_code("69385") == "69123"
    assert priority_areas.commune_code("13216") == "13055"
    assert priority_areas.commune_code("13217") == "13217"
    assert priority_areas.commune_code("2a004") == "2A004"
