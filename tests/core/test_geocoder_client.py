import pytest

from foodaccess.core.errors import FoodAccessError
from foodaccess.core.outlets import geocoder as geocoder_module
from foodaccess.core.outlets.geocoder import Geocoder, Match, clean_query, query_problem
from foodaccess.core.progress import Cancelled, Progress
from foodaccess.tests.geocoder_replay import MARSEILLE, GeocoderReplay

KNOWN = list(MARSEILLE)


def expected_match(query):
    feature = MARSEILLE[query]
    lon, lat = feature["geometry"]["coordinates"]
    properties = feature["properties"]
    return Match("ok", lon, lat, properties["score"], properties["label"], properties["type"])


def test_few_addresses_go_one_by_one_to_search():
    queries = [KNOWN[0], "zzz introuvable", KNOWN[1], "", KNOWN[0]]
    with GeocoderReplay(MARSEILLE) as replay:
        with Geocoder(replay.url) as client:
            matches = client.geocode(queries)
    assert matches == [
        expected_match(KNOWN[0]),
        Match("not-found"),
        expected_match(KNOWN[1]),
        Match("skipped", detail="no address to geocode"),
        expected_match(KNOWN[0]),
    ]
    # The repeated address is asked once; the empty one never.
    assert [(r.method, r.path) for r in replay.requests] == [("GET", "/search")] * 3
    assert replay.requests[0].query == {"q": KNOWN[0], "index": "address", "limit": "1", "autocomplete": "0"}


def test_many_addresses_go_to_search_csv_in_batches(monkeypatch):
    monkeypatch.setattr(geocoder_module, "CSV_BATCH_ROWS", 4)
    queries = KNOWN + ["zzz introuvable", 'Rue, sans; "guillemets" connue']
    with GeocoderReplay(MARSEILLE) as replay:
        with Geocoder(replay.url) as client:
            matches = client.geocode(queries)
    assert matches == [expected_match(q) for q in KNOWN] + [Match("not-found")] * 2
    assert [(r.method, r.path) for r in replay.requests] == [("POST", "/search/csv")] * 3  # 11 rows / 4
    assert b'name="columns"' in replay.requests[0].body and b'filename="addresses.csv"' in replay.requests[0].body


def test_429_is_retried_after_retry_after_then_succeeds():
    with GeocoderReplay(MARSEILLE) as replay:
        replay.throttle(1, retry_after="1")
        client = Geocoder(replay.url)
        matches = client.geocode(KNOWN)
    assert matches == [expected_match(q) for q in KNOWN]
    # Nine addresses: nine /search requests, the first one asked twice.
    assert len(replay.requests) == len(KNOWN) + 1 and client.retries == 1
    assert replay.requests[0].query == replay.requests[1].query
    assert replay.times[1] - replay.times[0] >= 0.95  # Retry-After honoured


def test_429_that_persists_ends_with_a_clear_error():
    with GeocoderReplay(MARSEILLE) as replay:
        replay.throttle(10, retry_after="0")
        with pytest.raises(FoodAccessError, match=r"still refuses requests \(HTTP 429 Too Many Requests\) after 2"):
            Geocoder(replay.url, max_retries=2).geocode([KNOWN[0]])
    assert len(replay.requests) == 3


def test_a_retry_after_beyond_the_longest_wait_is_a_clear_error_at_once():
    with GeocoderReplay(MARSEILLE) as replay:
        replay.throttle(1, retry_after="3600")
        with pytest.raises(FoodAccessError, match=r"asks to wait 3600 s before the next request \(HTTP 429\)"):
            Geocoder(replay.url).geocode([KNOWN[0]])
    assert len(replay.requests) == 1  # not asked again before the time it gave


def test_requests_never_exceed_the_rate_limit():
    with GeocoderReplay(MARSEILLE) as replay:
        Geocoder(replay.url, max_rate=20).geocode(KNOWN[:6])
    gaps = [b - a for a, b in zip(replay.times, replay.times[1:])]
    assert len(gaps) == 5 and min(gaps) >= 1 / 20 - 0.005


def test_an_http_error_carries_the_service_message():
    with GeocoderReplay(MARSEILLE) as replay:
        with pytest.raises(FoodAccessError, match="HTTP 400: Failed parsing query"):
            Geocoder(replay.url).search("ab")


def test_a_wrong_url_is_explained():
    with GeocoderReplay(MARSEILLE) as replay:
        with pytest.raises(FoodAccessError, match="HTTP 404"):
            Geocoder(replay.url + "/nothing").geocode([KNOWN[0]])


def test_cancel_while_waiting_for_retry_after():
    with GeocoderReplay(MARSEILLE) as replay:
        replay.throttle(1, retry_after="30")
        asked = []

        def is_canceled():
            asked.append(1)
            return len(asked) > 3

        with pytest.raises(Cancelled):
            Geocoder(replay.url).geocode([KNOWN[0]], Progress(is_canceled=is_canceled))


@pytest.mark.parametrize(
    "query, problem",
    [("", "no address to geocode"), ("ab", "shorter than 3"), ("x" * 201, "longer than 200"), ("12 rue A", None)],
)
def test_query_problem(query, problem):
    assert (query_problem(query) or None) == problem or problem in query_problem(query)


def test_clean_query():
    assert clean_query("  - 12 rue\nde la Paix ") == "12 rue de la Paix"
