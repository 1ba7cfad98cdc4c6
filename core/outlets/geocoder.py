"""Client of the French national address geocoder of the IGN Géoplateforme
(Base Adresse Nationale), which replaced api-adresse.data.gouv.fr with the
same answers.

- ``{base}/search?q=…`` answers GeoCodeJSON: a FeatureCollection whose
  features carry a WGS 84 Point and ``properties.score`` (0–1), ``label`` and
  ``type`` (housenumber, street, locality, municipality); no feature means no match.
- ``{base}/search/csv`` takes a multipart upload (``data``: a CSV file,
  ``columns``: the column to geocode) and returns the CSV with ``longitude``,
  ``latitude``, ``result_score``, ``result_label``, ``result_type`` … and
  ``result_status`` (ok, not-found, skipped, error) appended to each row.

The service allows 50 requests per second and per IP address; above that it
answers HTTP 429 with a Retry-After header (5 s, decreasing). Queries must be
3 to 200 characters long and start with a letter or a digit.
(https://geoservices.ign.fr/documentation/services/services-geoplateforme/geocodage)
"""

import csv
import io
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

from ..errors import FoodAccessError
from ..progress import SILENT

DEFAULT_GEOCODER_URL = "https://data.geopf.fr/geocodage"
DEFAULT_MIN_SCORE = 0.5
MAX_REQUESTS_PER_SECOND = 50
# Fewer distinct addresses than this go one by one to /search; more go to /search/csv.
SINGLE_SEARCH_LIMIT = 10
# Rows per /search/csv upload: the service takes up to 50 MB and 200,000 rows;
# smaller uploads let the progress bar move and the user cancel between them.
CSV_BATCH_ROWS = 2000
MAX_RETRIES = 5
MAX_RETRY_WAIT_S = 60.0  # a longer Retry-After ends the run with an error saying when to retry
QUERY_MIN_LENGTH, QUERY_MAX_LENGTH = 3, 200
TIMEOUT_S = 120.0

_ID_COLUMN = "foodaccess_row"
_QUERY_COLUMN = "foodaccess_address"
_RETRIED_STATUS = (429, 502, 503, 504)


@dataclass(frozen=True)
class Match:
    """The geocoder's best answer for one address.

    ``status``: "ok" (lon, lat, score, label, type set), "not-found",
    "skipped" (the address cannot be sent: too short, too long…) or "error".
    """

    status: str
    lon: float = None
    lat: float = None
    score: float = None
    label: str = ""
    type: str = ""
    detail: str = ""


def query_problem(query):
    """Why the service would refuse this address, or None when it can be sent."""
    if len(query) < QUERY_MIN_LENGTH:
        return "no address to geocode" if not query else f"address shorter than {QUERY_MIN_LENGTH} characters"
    if len(query) > QUERY_MAX_LENGTH:
        return f"address longer than {QUERY_MAX_LENGTH} characters (the geocoder's limit)"
    if not query[0].isalnum():
        return "address does not start with a letter or a digit"
    return None


def clean_query(text):
    """One line, single spaces, no leading punctuation (the service refuses it)."""
    query = " ".join(str(text or "").split())
    while query and not query[0].isalnum():
        query = query[1:].lstrip()
    return query


def retry_delay(header_value, attempt):
    """Seconds to wait before retrying: Retry-After (seconds or HTTP date) when given, else 1, 2, 4… s."""
    delay = None
    if header_value:
        try:
            delay = float(header_value)
        except ValueError:
            try:
                delay = parsedate_to_datetime(header_value).timestamp() - time.time()
            except (TypeError, ValueError):
                delay = None
    if delay is None:
        delay = 2.0**attempt
    return max(delay, 0.0)


def _number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


class Geocoder:
    """Geocodes addresses with the Géoplateforme, at most ``max_rate`` requests per second."""

    def __init__(
        self,
        base_url=DEFAULT_GEOCODER_URL,
        max_rate=MAX_REQUESTS_PER_SECOND,
        max_retries=MAX_RETRIES,
        timeout=TIMEOUT_S,
        proxies=None,
    ):
        """``proxies``: as for requests (None: the system proxy variables). Given per request:
        a Session's own ``proxies`` would lose to the proxy environment variables."""
        import requests

        self.base_url = (base_url or DEFAULT_GEOCODER_URL).rstrip("/")
        self.min_interval = 1.0 / max_rate
        self.max_retries = max_retries
        self.timeout = timeout
        self.proxies = proxies
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "FoodAccess-QGIS-plugin"
        self._last_request = 0.0
        self.requests_sent = 0
        self.retries = 0

    def close(self):
        self.session.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # --- public -------------------------------------------------------------------------
    def geocode(self, queries, progress=SILENT):
        """A Match for each query, in order. Identical addresses are sent once."""
        cleaned = [clean_query(query) for query in queries]
        unique = []
        for query in cleaned:
            if query_problem(query) is None and query not in unique:
                unique.append(query)
        if len(unique) < SINGLE_SEARCH_LIMIT:
            found = dict(zip(unique, self._search_each(unique, progress)))
        else:
            found = dict(zip(unique, self.search_csv(unique, progress)))
        return [found[query] if query in found else Match("skipped", detail=query_problem(query)) for query in cleaned]

    def search(self, query, progress=SILENT):
        """The best Match for one address with ``{base}/search``."""
        response = self._request(
            "GET", "/search", progress, params={"q": query, "index": "address", "limit": 1, "autocomplete": 0}
        )
        try:
            features = response.json()["features"]
        except (ValueError, KeyError, TypeError):
            raise FoodAccessError(
                f"The geocoder {self.base_url} did not answer GeoCodeJSON to /search: is GEOCODER_URL right?"
            ) from None
        if not features:
            return Match("not-found")
        best = features[0]
        properties = best.get("properties") or {}
        lon, lat = (best.get("geometry") or {}).get("coordinates", (None, None))[:2]
        score = _number(properties.get("score", properties.get("_score")))
        if lon is None or lat is None or score is None:
            return Match("error", detail="answer without coordinates or score")
        return Match("ok", float(lon), float(lat), score, properties.get("label", ""), properties.get("type", ""))

    def search_csv(self, queries, progress=SILENT):
        """A Match for each address with ``{base}/search/csv``, uploaded in batches."""
        matches = []
        batches = range(0, len(queries), CSV_BATCH_ROWS)
        for number, start in enumerate(batches):
            progress.step(number, len(batches))
            batch = queries[start : start + CSV_BATCH_ROWS]
            part = progress.sub(number / len(batches), (number + 1) / len(batches))
            matches.extend(self._search_csv_batch(batch, part))
        progress.step(1, 1)
        return matches

    # --- internals ----------------------------------------------------------------------
    def _search_each(self, queries, progress):
        matches = []
        for done, query in enumerate(queries):
            progress.step(done, len(queries))
            matches.append(self.search(query, progress))
        return matches

    def _search_csv_batch(self, queries, progress):
        upload = io.StringIO()
        writer = csv.writer(upload, lineterminator="\n")
        writer.writerow((_ID_COLUMN, _QUERY_COLUMN))
        writer.writerows((number, query) for number, query in enumerate(queries))
        response = self._request(
            "POST",
            "/search/csv",
            progress,
            files={"data": ("addresses.csv", upload.getvalue().encode("utf-8"), "text/csv")},
            data={"columns": _QUERY_COLUMN},
        )
        text = response.content.decode("utf-8-sig", errors="replace")
        matches = [None] * len(queries)
        for row in csv.DictReader(io.StringIO(text)):
            try:
                number = int(row.get(_ID_COLUMN, ""))
            except ValueError:
                continue
            if 0 <= number < len(queries):
                matches[number] = self._csv_match(row)
        if all(match is None for match in matches):
            raise FoodAccessError(
                f"The geocoder {self.base_url} did not answer a geocoded CSV to /search/csv: is GEOCODER_URL right?"
            )
        # Rows the batch lost or failed on get a second chance, one by one.
        for number, match in enumerate(matches):
            if match is None or match.status == "error":
                matches[number] = self.search(queries[number], progress)
        return matches

    @staticmethod
    def _csv_match(row):
        status = row.get("result_status") or "error"
        if status != "ok":
            return Match(status)
        lon, lat, score = _number(row.get("longitude")), _number(row.get("latitude")), _number(row.get("result_score"))
        if lon is None or lat is None or score is None:
            return Match("error", detail="answer without coordinates or score")
        return Match("ok", lon, lat, score, row.get("result_label") or "", row.get("result_type") or "")

    def _wait(self, seconds, progress):
        """Sleep, still answering the cancel button."""
        end = time.monotonic() + seconds
        while True:
            progress.check()
            left = end - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(left, 0.1))

    def _request(self, method, path, progress, **kwargs):
        import requests

        url = self.base_url + path
        for attempt in range(self.max_retries + 1):
            self._wait(self._last_request + self.min_interval - time.monotonic(), progress)
            self._last_request = time.monotonic()
            self.requests_sent += 1
            try:
                response = self.session.request(method, url, timeout=self.timeout, proxies=self.proxies, **kwargs)
            except requests.RequestException as error:
                if attempt < self.max_retries:
                    self.retries += 1
                    self._wait(retry_delay(None, attempt), progress)
                    continue
                raise FoodAccessError(
                    f"Cannot reach the geocoder at {url} ({error.__class__.__name__}). "
                    "Check the network connection and the GEOCODER_URL parameter."
                ) from None
            if response.status_code in _RETRIED_STATUS and attempt < self.max_retries:
                delay = retry_delay(response.headers.get("Retry-After"), attempt)
                if delay > MAX_RETRY_WAIT_S:
                    raise FoodAccessError(
                        f"The geocoder at {url} asks to wait {delay:.0f} s before the next request (HTTP "
                        f"{response.status_code}): try again after that time."
                    )
                self.retries += 1
                self._wait(delay, progress)
                continue
            if response.status_code == 200:
                return response
            raise FoodAccessError(self._http_error(url, response))
        raise AssertionError("unreachable")  # pragma: no cover

    def _http_error(self, url, response):
        if response.status_code == 429:
            return (
                f"The geocoder at {url} still refuses requests (HTTP 429 Too Many Requests) after "
                f"{self.max_retries} retries. Another program may be using it from this address: try again later."
            )
        message = ""
        try:
            body = response.json()
            message = " ".join(str(part) for part in (body.get("message"), body.get("detail")) if part)
        except ValueError:
            message = response.text[:200]
        return f"The geocoder at {url} answered HTTP {response.status_code}{': ' + message if message else ''}."
