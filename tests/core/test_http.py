"""core/http.py against real HTTP servers on 127.0.0.1: Retry-After, retries, timeouts, proxies, cancel."""

import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from servers import LoopbackServer, Reply

from foodaccess.core import http
from foodaccess.core.errors import ServiceError
from foodaccess.core.http import (
    DIRECT,
    NO_RETRY,
    USER_AGENT,
    Client,
    MustWait,
    RetryRule,
    StillRefused,
    Unreachable,
    proxy_mapping,
    retry_after_seconds,
    retry_delay,
    shown_proxy,
)
from foodaccess.core.progress import Cancelled, Progress

DONE = Reply(200, b"done", content_type="text/plain")


def scripted(*replies):
    """A server giving ``replies`` one per request, then DONE; ``server.times`` says when each came."""
    pending = list(replies)
    times = []

    def respond(request):
        times.append(time.monotonic())
        return pending.pop(0) if pending else DONE

    server = LoopbackServer(respond)
    server.times = times
    return server


def refusal(status=503, retry_after=None):
    return Reply(status, b"busy", {"Retry-After": retry_after} if retry_after is not None else {}, "text/plain")


def test_retry_after_in_seconds_or_http_date():
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=timezone.utc)
    assert retry_after_seconds("7") == 7
    assert retry_after_seconds("Thu, 01 Jan 2026 12:00:30 GMT", now) == 30
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None
    assert retry_after_seconds(" 1.5 ") == 1.5
    assert retry_after_seconds("Thu, 01 Jan 2026 11:59:00 GMT", now) == 0  # already past
    assert retry_after_seconds("Thu, 01 Jan 2026 12:00:00 GMT", now - timedelta(milliseconds=200)) == 1  # rounded up


def test_retry_delay():
    assert retry_delay("5", 0) == 5.0
    assert retry_delay(None, 3) == 8.0
    assert retry_delay("3600", 0) == 3600.0  # never shortened: an earlier request would be refused again
    assert retry_delay("Wed, 21 Oct 2015 07:28:00 GMT", 0) == 0.0
    assert [retry_delay(None, done, first_backoff=5) for done in range(3)] == [5, 10, 20]


def test_a_refused_request_is_sent_again_after_retry_after_in_seconds():
    retried = []
    with scripted(refusal(503, "1")) as server, Client(retry=RetryRule()) as client:
        response = client.request("GET", server.url + "/data", on_retry=lambda *args: retried.append(args))
    assert response.status_code == 200 and response.content == b"done"
    assert len(server.requests) == 2 and server.times[1] - server.times[0] >= 1.0
    assert retried == [(1, 2)]  # (seconds, attempt about to be made)
    assert (client.requests_sent, client.retries) == (2, 1)
    assert all(request.headers["User-Agent"] == USER_AGENT for request in server.requests)


def test_retry_after_as_an_http_date():
    when = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=2), usegmt=True)
    with scripted(refusal(429, when)) as server, Client(retry=RetryRule()) as client:
        assert client.request("GET", server.url).status_code == 200
    assert server.times[1] - server.times[0] >= 0.9  # the date has whole seconds: 1 to 2 s from now


def test_without_retry_after_the_wait_doubles():
    with scripted(refusal(), refusal()) as server, Client(retry=RetryRule(first_backoff=0.2)) as client:
        client.request("GET", server.url)
    first, second = (b - a for a, b in zip(server.times, server.times[1:]))
    assert 0.2 <= first < second and second >= 0.4


def test_gives_up_after_the_last_attempt():
    rule = RetryRule(attempts=3, statuses=(429,))
    with scripted(*[refusal(429, "0")] * 5) as server, Client(retry=rule) as client:
        with pytest.raises(StillRefused) as error:
            client.request("GET", server.url + "/busy")
    assert len(server.requests) == 3 and error.value.attempts == 3
    assert error.value.response.status_code == 429
    assert isinstance(error.value, ServiceError)
    assert str(error.value) == (
        f"{server.url}/busy still refuses the request (HTTP 429) after 3 attempts: try again later."
    )


def test_a_retry_after_beyond_the_longest_wait_ends_at_once():
    started = time.monotonic()
    with scripted(refusal(503, "3600")) as server, Client(retry=RetryRule(longest_wait=60)) as client:
        with pytest.raises(MustWait) as error:
            client.request("GET", server.url)
    assert len(server.requests) == 1 and time.monotonic() - started < 5
    assert (error.value.seconds, error.value.status) == (3600, 503)
    assert "asks to wait 3600 s before the next request (HTTP 503)" in str(error.value)


def test_the_caller_may_call_other_answers_a_refusal():
    busy = Reply(200, b'{"remark": "rate_limited"}')
    rule = RetryRule(statuses=(), first_backoff=0)
    with scripted(busy) as server, Client(retry=rule) as client:
        response = client.request("GET", server.url, refused=lambda response: b"rate_limited" in response.content)
    assert response.content == b"done" and len(server.requests) == 2


def test_other_answers_are_returned_as_they_are():
    with scripted(Reply(404, b"missing")) as server, Client(retry=RetryRule()) as client:
        assert client.request("GET", server.url).status_code == 404
    with scripted(refusal(503, "0")) as server, Client() as client:  # NO_RETRY: a 503 is an answer too
        assert client.retry == NO_RETRY and client.request("GET", server.url).status_code == 503
    assert len(server.requests) == 1


def test_an_unreachable_server_is_retried_only_when_asked():
    with LoopbackServer(lambda request: DONE) as server:
        closed = server.url  # nothing listens there any more
    with Client(retry=RetryRule()) as client, pytest.raises(Unreachable) as error:
        client.request("GET", closed)
    assert client.requests_sent == 1 and not error.value.connect_timeout and not error.value.read_timeout
    assert str(error.value).startswith(f"Cannot reach {closed} (")
    rule = RetryRule(attempts=2, first_backoff=0.1, unreachable=True)
    with Client(retry=rule) as client, pytest.raises(Unreachable):
        client.request("GET", closed)
    assert (client.requests_sent, client.retries) == (2, 1)


def test_no_answer_within_the_read_timeout():
    with scripted(Reply(200, b"late", delay=3)) as server, Client() as client:
        with pytest.raises(Unreachable) as error:
            client.request("GET", server.url, timeout=(5, 0.5))
    assert error.value.read_timeout and not error.value.connect_timeout


@pytest.fixture
def system_proxy(monkeypatch):
    """HTTP_PROXY set to a proxy that records and answers "system proxy" itself."""
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "https_proxy", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)
    with LoopbackServer(lambda request: Reply(200, b"system proxy", content_type="text/plain")) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("http_proxy", proxy.url)
        yield proxy


def test_the_proxy_given_is_used_for_each_request_over_the_system_proxy(system_proxy):
    with LoopbackServer(lambda request: Reply(200, b"qgis proxy", content_type="text/plain")) as proxy:
        with Client({"http": proxy.url, "https": proxy.url}) as client:
            for _ in range(2):
                assert client.request("GET", "http://outlets.example/api?q=1").content == b"qgis proxy"
    assert [(request.headers["Host"], request.path) for request in proxy.requests] == [("outlets.example", "/api")] * 2
    assert proxy.requests[0].headers["User-Agent"] == USER_AGENT
    assert system_proxy.requests == []


def test_no_proxy_given_leaves_the_system_proxy_and_a_direct_mapping_bypasses_it(system_proxy):
    with scripted() as server:
        with Client(None) as client:
            assert client.request("GET", server.url + "/a").content == b"system proxy"
        with Client(DIRECT) as client:
            assert client.request("GET", server.url + "/b").content == b"done"
    assert [request.path for request in system_proxy.requests] == ["/a"]
    assert [request.path for request in server.requests] == ["/b"]


def test_proxy_addresses_and_what_the_log_shows_of_them():
    proxies = proxy_mapping("http", "proxy.example", "3128", "agent@ville", "p:ss/word")
    assert proxies == {"http": "http://agent%40ville:p%3Ass%2Fword@proxy.example:3128", "https": proxies["http"]}
    assert shown_proxy(proxies) == "http://proxy.example:3128"  # never the password
    assert proxy_mapping("socks5h", "fe80::1", 1080)["https"] == "socks5h://[fe80::1]:1080"
    assert shown_proxy(proxy_mapping("http", "fe80::1")) == "http://[fe80::1]"
    assert shown_proxy(None) == shown_proxy(DIRECT) == ""


def test_requests_never_exceed_the_rate():
    with scripted() as server, Client(max_rate=20) as client:
        for _ in range(6):
            client.request("GET", server.url)
    times = server.times[1:]  # after the first request, which also opened the connection
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert len(gaps) == 4 and min(gaps) >= 1 / 20 - 0.005


@pytest.mark.parametrize(
    "reply", [Reply(200, b"late", delay=10), refusal(429, "30")], ids=["slow-answer", "retry-after"]
)
def test_cancel_while_waiting_for_the_server_or_for_retry_after(reply):
    started = time.monotonic()
    cancel = Progress(is_canceled=lambda: time.monotonic() - started > 0.5)
    with scripted(reply) as server, Client(retry=RetryRule()) as client, pytest.raises(Cancelled):
        client.request("GET", server.url, cancel)
    assert time.monotonic() - started < 3


def test_wait_and_in_background_answer_cancel():
    cancel = Progress(is_canceled=lambda: True)
    with pytest.raises(Cancelled):
        http.wait(5, cancel)
    assert http.in_background(lambda: 42) == 42
    with pytest.raises(ZeroDivisionError):
        http.in_background(lambda: 1 / 0)
