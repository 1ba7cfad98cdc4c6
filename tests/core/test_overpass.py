"""Overpass mode against a real HTTP server on 127.0.0.1 replaying the Monaco extract."""

import json
import re
import time
from datetime import datetime, timedelta, timezone

import pytest
from overpass_replay import (
    GATEWAY_TIMEOUT,
    RUNTIME_ERROR,
    TOO_MANY_REQUESTS,
    OverpassReplay,
    overpass_document,
    read_pbf,
    replay_server,
)
from servers import Reply

from foodaccess.core.errors import FoodAccessError
from foodaccess.core.outlets import overpass
from foodaccess.core.outlets.overpass import (
    OverpassCache,
    build_query,
    fetch_outlets,
    query_statements,
    value_pattern,
)
from foodaccess.core.outlets.taxonomy import load_taxonomy
from foodaccess.core.progress import Cancelled, Progress

MONACO = (7.40, 43.72, 7.44, 43.76)  # west, south, east, north: the whole principality


@pytest.fixture(scope="module")
def replay(monaco_pbf):
    return OverpassReplay(read_pbf(monaco_pbf))


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


def fetch(server, taxonomy, **options):
    options.setdefault("timeout", 30)
    return fetch_outlets(
        taxonomy,
        options.pop("categories", taxonomy.default_ids),
        options.pop("bounds", MONACO),
        url=server.url + "/api/interpreter",
        **options,
    )


def test_query_has_one_statement_per_key_with_bbox_and_meta_geometry(taxonomy):
    query = build_query(taxonomy.tag_filters(["supermarket", "marketplace", "bakery"]), MONACO, 60)
    assert query.startswith("[out:json][timeout:60];")
    assert query.count("nwr[") == 2  # shop and amenity: one statement each, one query in all
    assert '"shop"~"(^|;) *(supermarket|hypermarket|bakery|pastry) *(;|$)"' in query
    assert "(43.7200000,7.4000000,43.7600000,7.4400000)" in query  # south, west, north, east
    assert query.endswith("out meta geom;")
    # the cache key ignores the timeout: raising TIMEOUT reuses a cached answer
    assert query.endswith(query_statements(taxonomy.tag_filters(["supermarket", "marketplace", "bakery"]), MONACO))


def test_value_pattern_matches_values_alone_or_in_lists_only():
    pattern = re.compile(value_pattern(["convenience", "health_food", "a.b"]))
    for value in ("convenience", "convenience;doityourself", "books; convenience", "health_food", "a.b"):
        assert pattern.search(value), value
    for value in ("convenience_store", "noconvenience", "axb", "health"):
        assert not pattern.search(value), value


def test_answers_the_outlets_of_the_extract(replay, taxonomy):
    with replay_server(replay) as server:
        result = fetch(server, taxonomy)
    assert len(server.requests) == 1
    request = server.requests[0]
    assert request.method == "POST" and request.path == "/api/interpreter"
    assert "FoodAccess" in request.headers["User-Agent"]
    assert request.form()["data"] == result.query
    assert not result.from_cache and result.data_timestamp == "2023-12-26T00:00:00Z"
    by_id = {outlet.source_id: outlet for outlet in result.outlets}
    solis = by_id["node/3665709453"]  # the Biocoop, organic=only
    assert (solis.category, solis.organic, solis.name, solis.brand) == ("supermarket", True, "Solis Bio", "Biocoop")
    assert solis.address == "7-9 Rue Terrazzani"
    assert solis.osm_timestamp == datetime(2020, 5, 6, 18, 52, 44, tzinfo=timezone.utc)
    assert json.loads(solis.tags)["bulk_purchase"] == "yes"
    assert (solis.lon, solis.lat) == (7.4201769, 43.7325815)
    market = by_id["way/201286353"]  # a building: its point is inside it
    assert market.category == "marketplace" and 7.4198 < market.lon < 7.4204 and 43.7322 < market.lat < 43.7330
    assert all(outlet.fetched_at == result.fetched_at for outlet in result.outlets)
    assert abs(result.fetched_at - datetime.now(timezone.utc)) < timedelta(minutes=1)


def test_area_clips_the_answer(replay, taxonomy):
    # a small square around the Condamine market: only the outlets inside it are kept
    area = "POLYGON((7.4185 43.7318,7.4210 43.7318,7.4210 43.7335,7.4185 43.7335,7.4185 43.7318))"
    with replay_server(replay) as server:
        result = fetch(server, taxonomy, bounds=None, area_wkt=area)
    assert "(43.7318000,7.4185000,43.7335000,7.4210000)" in server.requests[0].form()["data"]
    assert result.outlets
    for outlet in result.outlets:
        assert 7.4185 <= outlet.lon <= 7.4210 and 43.7318 <= outlet.lat <= 43.7335


def test_rate_limited_then_success_honours_retry_after(replay, taxonomy):
    messages = []
    script = [Reply(429, TOO_MANY_REQUESTS, {"Retry-After": "1"}, "text/html")]
    with replay_server(replay, script) as server:
        start = time.monotonic()
        result = fetch(server, taxonomy, log=messages.append)
        waited = time.monotonic() - start
    assert len(server.requests) == 2
    assert server.requests[0].body == server.requests[1].body
    assert waited >= 1.0  # Retry-After: 1 was honoured
    assert len(result.outlets) > 20
    assert any("retrying in 1 s" in message for message in messages)


def test_rate_limited_for_good_is_a_clear_error_after_bounded_attempts(replay, taxonomy):
    script = [Reply(429, TOO_MANY_REQUESTS, {"Retry-After": "0"}, "text/html")] * 10
    with replay_server(replay, script) as server, pytest.raises(FoodAccessError, match=r"429.*after 4 attempts"):
        fetch(server, taxonomy)
    assert len(server.requests) == overpass.MAX_ATTEMPTS


def test_retry_after_beyond_the_longest_wait_is_a_clear_error_at_once(replay, taxonomy):
    script = [Reply(429, TOO_MANY_REQUESTS, {"Retry-After": str(overpass.MAX_RETRY_WAIT + 1)}, "text/html")]
    started = time.monotonic()
    with replay_server(replay, script) as server, pytest.raises(FoodAccessError) as error:
        fetch(server, taxonomy)
    assert len(server.requests) == 1 and time.monotonic() - started < 5  # neither retried early nor waited
    assert f"asks this computer to wait {overpass.MAX_RETRY_WAIT + 1} s" in str(error.value)
    assert "OVERPASS_URL" in str(error.value) and "OSM_FILE" in str(error.value)


def test_quota_remark_in_a_200_answer_is_rate_limiting_too(replay, taxonomy, monkeypatch):
    monkeypatch.setattr(overpass, "FIRST_BACKOFF", 0)
    quota = (
        "runtime error: open64: 0 Success /osm3s_osm_base Dispatcher_Client::request_read_and_idx::rate_limited. "
        "Please check /api/status for the quota of your IP address."
    )
    with replay_server(replay, [Reply(200, overpass_document([], remark=quota))]) as server:
        result = fetch(server, taxonomy)
    assert len(server.requests) == 2 and len(result.outlets) > 20


def test_cancel_during_a_rate_limit_wait(replay, taxonomy):
    started = time.monotonic()
    script = [Reply(429, TOO_MANY_REQUESTS, {"Retry-After": "60"}, "text/html")]
    with replay_server(replay, script) as server, pytest.raises(Cancelled):
        fetch(server, taxonomy, progress=Progress(is_canceled=lambda: time.monotonic() - started > 0.5))
    assert time.monotonic() - started < 3


@pytest.mark.parametrize(
    "reply, detail",
    [
        (Reply(504, GATEWAY_TIMEOUT, content_type="text/html"), "HTTP 504"),
        (Reply(200, overpass_document([], remark=RUNTIME_ERROR)), "runtime error: Query timed out"),
    ],
    ids=["504", "runtime-error-remark"],
)
def test_gave_up_answers_advise_smaller_extent_or_larger_timeout(replay, taxonomy, reply, detail, tmp_path):
    with replay_server(replay, [reply]) as server, pytest.raises(FoodAccessError) as error:
        fetch(server, taxonomy, cache_dir=str(tmp_path))
    assert len(server.requests) == 1  # not retried: the same query would fail the same way
    message = str(error.value)
    assert detail in message and "smaller EXTENT" in message and "raise TIMEOUT (now 30 s)" in message
    assert not list(tmp_path.iterdir())  # a failed answer is never cached


def test_read_timeout_is_the_same_advice(replay, taxonomy, monkeypatch):
    monkeypatch.setattr(overpass, "READ_MARGIN", 0.5)
    with replay_server(replay, [Reply(200, b"{}", delay=5)]) as server:
        with pytest.raises(FoodAccessError, match=r"no answer within 1 s.*raise TIMEOUT \(now 1 s\)"):
            fetch(server, taxonomy, timeout=1)


def test_empty_answer_is_a_valid_empty_result(replay, taxonomy):
    with replay_server(replay, [Reply(200, overpass_document([]))]) as server:
        result = fetch(server, taxonomy)
    assert result.outlets == [] and result.elements == 0


def test_other_http_errors_quote_the_server(replay, taxonomy):
    page = b"<html><body><p><strong>Error</strong>: line 3: parse error: unexpected token</p></body></html>"
    with replay_server(replay, [Reply(400, page, content_type="text/html")]) as server:
        with pytest.raises(FoodAccessError, match=r"HTTP 400: Error : line 3: parse error"):
            fetch(server, taxonomy)
    with replay_server(replay, [Reply(200, b"<osm></osm>", content_type="text/xml")]) as server:
        with pytest.raises(FoodAccessError, match="did not answer with Overpass JSON"):
            fetch(server, taxonomy)


def test_unreachable_server_and_bad_inputs_are_clear(taxonomy):
    with pytest.raises(FoodAccessError, match="Cannot reach the Overpass server http://127.0.0.1:9"):
        fetch_outlets(taxonomy, ["bakery"], MONACO, url="http://127.0.0.1:9/api/interpreter", timeout=5)
    with pytest.raises(FoodAccessError, match="Give an EXTENT or an AREA"):
        fetch_outlets(taxonomy, ["bakery"], None)
    with pytest.raises(FoodAccessError, match="OVERPASS_URL must be an http"):
        fetch_outlets(taxonomy, ["bakery"], MONACO, url="overpass-api.de")
    with pytest.raises(FoodAccessError, match="at least one"):
        fetch_outlets(taxonomy, [], MONACO)


def test_cache_hit_makes_no_second_request(replay, taxonomy, tmp_path):
    with replay_server(replay) as server:
        first = fetch(server, taxonomy, cache_dir=str(tmp_path))
        second = fetch(server, taxonomy, cache_dir=str(tmp_path), timeout=99)  # another timeout, same data query
        assert len(server.requests) == 1
        assert second.from_cache and not first.from_cache
        assert second.fetched_at == first.fetched_at  # when the data was really fetched
        assert [o.source_id for o in second.outlets] == [o.source_id for o in first.outlets]
        other = fetch(server, taxonomy, cache_dir=str(tmp_path), categories=["bakery"])
        assert len(server.requests) == 2 and not other.from_cache  # another query, another entry
        assert {o.category for o in other.outlets} == {"bakery"}
        fetch(server, taxonomy, cache_dir=None)
        assert len(server.requests) == 3  # USE_CACHE off: always asks


def test_cache_entries_expire(tmp_path):
    cache = OverpassCache(str(tmp_path), max_age=timedelta(days=7))
    fetched_at = datetime(2026, 1, 1, tzinfo=timezone.utc)
    cache.put("k", b'{"elements": []}', fetched_at, "http://x", "q")
    assert cache.get("k", now=fetched_at + timedelta(days=6)) == (b'{"elements": []}', fetched_at)
    assert cache.get("k", now=fetched_at + timedelta(days=8)) is None
    assert cache.get("missing") is None


def test_progress_is_reported_and_cancel_stops_a_slow_query(replay, taxonomy):
    reported = []
    with replay_server(replay) as server:
        fetch(server, taxonomy, progress=Progress(reported.append))
    assert reported[0] == 0 and reported[-1] == 100 and reported == sorted(reported)

    started = time.monotonic()
    with replay_server(replay, [Reply(200, b"{}", delay=10)]) as server:
        cancel = Progress(is_canceled=lambda: time.monotonic() - started > 0.5)
        with pytest.raises(Cancelled):
            fetch(server, taxonomy, progress=cancel)
    assert time.monotonic() - started < 3  # did not wait for the server's answer
