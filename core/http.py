"""HTTP for the remote services: Overpass, the geocoder and the data portals (QPV).

What every request of the plugin needs, in one place: the plugin's User-Agent; the proxy the user
set in QGIS, given with each request (a Session's own ``proxies`` would lose to the proxy
environment variables); a Cancel button that answers while a server is slow (the request waits
in a thread); and politeness when a server refuses a request (HTTP 429, 503…): a bounded number
of attempts, waiting as long as its ``Retry-After`` says (seconds or an HTTP date) or else a
doubling backoff, and a wait longer than the caller accepts ending the run at once with a message
saying when to try again.

Failures are ServiceErrors: ``Unreachable`` (no connection, or no answer in time), ``MustWait``
(a Retry-After beyond the longest wait) and ``StillRefused`` (refused at the last attempt). Their
templates say what happened in general; a service catches them to name its own parameters
(OVERPASS_URL, GEOCODER_URL…) in the message.
"""

import math
import re
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import quote, urlsplit

from .errors import ServiceError
from .progress import SILENT

USER_AGENT = "FoodAccess-QGIS-plugin (https://github.com/foodaccess/foodaccess)"
CANCEL_CHECK_SECONDS = 0.1  # how often a wait looks at the Cancel button

_SECONDS = re.compile(r"^\d+(\.\d+)?$")

# requests' ``proxies`` that go direct whatever the proxy environment variables say: requests
# drops the keys set to None, and an explicit key is never filled from the environment.
DIRECT = {"http": None, "https": None, "all": None}


def proxy_mapping(scheme, host, port="", user="", password=""):
    """requests' ``proxies`` sending http and https URLs through the proxy ``scheme://host:port``
    ("http", or "socks5h" with PySocks), with ``user`` and ``password`` when given (quoted: they
    may hold ":" or "@"); an IPv6 ``host`` is bracketed."""
    login = f"{quote(user, safe='')}:{quote(password, safe='')}@" if user else ""
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    address = f"{scheme}://{login}{host}{':' + str(port) if port else ''}"
    return {"http": address, "https": address}


def shown_proxy(proxies):
    """The proxy of requests' ``proxies`` as a log may show it (scheme, host and port, never the
    password); "" when they name none."""
    if not proxies or not proxies.get("http"):
        return ""
    parts = urlsplit(proxies["http"])
    host = f"[{parts.hostname}]" if ":" in (parts.hostname or "") else parts.hostname
    return f"{parts.scheme}://{host}{':' + str(parts.port) if parts.port else ''}"


def retry_after_seconds(value, now=None):
    """Seconds a Retry-After header asks to wait: a number of seconds, or an HTTP date (rounded up
    to the second, 0 when past); None when the header is absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if _SECONDS.match(value):
        return int(value) if value.isdigit() else float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0, int(math.ceil((when - (now or datetime.now(timezone.utc))).total_seconds())))


def retry_delay(retry_after, retries_done, first_backoff=1.0):
    """Seconds to wait before the next attempt: what Retry-After says when the server gave it
    (never less: a request sent earlier would be refused again), else ``first_backoff`` doubled
    for each retry already done."""
    delay = retry_after_seconds(retry_after)
    return first_backoff * 2**retries_done if delay is None else delay


def wait(seconds, progress=SILENT):
    """Sleep ``seconds``, still answering the Cancel button."""
    deadline = time.monotonic() + seconds
    while True:
        progress.check()
        left = deadline - time.monotonic()
        if left <= 0:
            return
        time.sleep(min(left, CANCEL_CHECK_SECONDS))


def in_background(function, progress=SILENT):
    """``function()`` run in a thread while this one watches the Cancel button: a slow server
    must not make it unresponsive. Its result, or its exception raised here."""
    outcome = {}
    done = threading.Event()

    def work():
        try:
            outcome["value"] = function()
        except BaseException as error:  # handed over to the caller's thread
            outcome["error"] = error
        finally:
            done.set()

    threading.Thread(target=work, name="foodaccess-http", daemon=True).start()
    while not done.wait(CANCEL_CHECK_SECONDS):
        progress.check()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


@dataclass(frozen=True)
class RetryRule:
    """When a refused request is sent again, and how long to wait before it."""

    attempts: int = 3  # requests in all, the first included
    statuses: tuple = (429, 503, 504)  # answers that mean "ask again later"
    first_backoff: float = 1.0  # seconds before the first retry when no Retry-After is given; doubles
    longest_wait: float = 60.0  # a longer Retry-After ends the run at once (MustWait)
    unreachable: bool = False  # retry when the server cannot be reached, too


NO_RETRY = RetryRule(attempts=1, statuses=())  # every answer is returned as it is


class HttpFailure(ServiceError):
    """A ServiceError of this module, with attributes the caller needs to word it its own way.
    Its template comes as a ServiceError call (``message``): the form dev/translations.py extracts."""

    def __init__(self, message, url):
        super().__init__(message.template, **message.fields)
        self.url = url


class Unreachable(HttpFailure):
    """No answer from ``url``: no connection (``connect_timeout`` when none within the connect
    timeout) or no answer within the read timeout (``read_timeout``). ``error`` is requests' own."""

    def __init__(self, url, error):
        import requests

        message = ServiceError(
            "Cannot reach {url} ({error}). Check the address, the network connection and the proxy settings.",
            url=url,
            error=error,
        )
        super().__init__(message, url)
        self.error = error
        self.connect_timeout = isinstance(error, requests.exceptions.ConnectTimeout)
        self.read_timeout = isinstance(error, requests.exceptions.Timeout) and not self.connect_timeout


class MustWait(HttpFailure):
    """``url`` asks to wait ``seconds`` before the next request, longer than the caller accepts."""

    def __init__(self, url, seconds, status):
        message = ServiceError(
            "{url} asks to wait {seconds} s before the next request (HTTP {status}): try again after that time.",
            url=url,
            seconds=seconds,
            status=status,
        )
        super().__init__(message, url)
        self.seconds = seconds
        self.status = status


class StillRefused(HttpFailure):
    """``url`` refused the last of ``attempts`` requests; ``response`` is its answer."""

    def __init__(self, url, attempts, response):
        message = ServiceError(
            "{url} still refuses the request (HTTP {status}) after {attempts} attempts: try again later.",
            url=url,
            status=response.status_code,
            attempts=attempts,
        )
        super().__init__(message, url)
        self.attempts = attempts
        self.response = response


class Client:
    """HTTP requests to one service: a requests Session sending the plugin's User-Agent through
    ``proxies`` (requests' mapping; None: the system proxy variables), at most ``max_rate``
    requests per second, retrying as ``retry`` says. Counts the requests sent and the retries."""

    def __init__(self, proxies=None, retry=NO_RETRY, max_rate=None):
        import requests

        self.proxies = proxies
        self.retry = retry
        self.min_interval = 1.0 / max_rate if max_rate else 0.0
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        self.requests_sent = 0
        self.retries = 0
        self._last_request = -math.inf

    def close(self):
        self.session.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _send(self, method, url, options):
        # The rate counts from the moment the request really leaves, in the background thread:
        # a thread started late must not bring the next request closer.
        self._last_request = time.monotonic()
        return self.session.request(method, url, proxies=self.proxies, **options)

    def request(self, method, url, progress=SILENT, refused=None, on_retry=None, **options):
        """The answer to ``method url`` (``options`` as for requests: params, data, timeout…).

        An answer with a status in ``retry.statuses``, or for which ``refused(response)`` is true,
        is asked again after ``retry_delay``; ``on_retry(seconds, next_attempt)`` hears of each
        retry. Raises Unreachable, MustWait or StillRefused; Cancelled when the user cancels, also
        while a request or a wait is under way. Any other answer is returned, whatever its status.
        """
        import requests

        rule = self.retry
        attempt = 1
        while True:
            wait(self._last_request + self.min_interval - time.monotonic(), progress)
            self.requests_sent += 1
            try:
                response = in_background(lambda: self._send(method, url, options), progress)
            except requests.RequestException as error:
                if not (rule.unreachable and attempt < rule.attempts):
                    raise Unreachable(url, error) from None
                delay = retry_delay(None, attempt - 1, rule.first_backoff)
            else:
                if response.status_code not in rule.statuses and not (refused and refused(response)):
                    return response
                if attempt >= rule.attempts:
                    raise StillRefused(url, attempt, response)
                delay = retry_delay(response.headers.get("Retry-After"), attempt - 1, rule.first_backoff)
                if delay > rule.longest_wait:
                    raise MustWait(url, delay, response.status_code)
            self.retries += 1
            attempt += 1
            if on_retry:
                on_retry(delay, attempt)
            wait(delay, progress)
