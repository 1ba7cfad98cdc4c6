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
from dataclasses import dataclass

from .. import http
from ..errors import ServiceError
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
        """``proxies``: as for requests (None: the system proxy variables)."""
        self.base_url = (base_url or DEFAULT_GEOCODER_URL).rstrip("/")
        self.max_retries = max_retries
        self.timeout = timeout
        rule = http.RetryRule(
            attempts=max_retries + 1,
            statuses=_RETRIED_STATUS,
            first_backoff=1.0,
            longest_wait=MAX_RETRY_WAIT_S,
            unreachable=True,
        )
        self._http = http.Client(proxies, rule, max_rate)

    @property
    def requests_sent(self):
        return self._http.requests_sent

    @property
    def retries(self):
        return self._http.retries

    def close(self):
        self._http.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # --- public -------------------------------------------------------------------------
    def geocode(self, queries, progress=SILENT):
        """A Match for each query, in order. Identical addresses are sent once."""
        cleaned = [clean_query(query) for query in queries]
        unique = list(dict.fromkeys(query for query in cleaned if query_problem(query) is None))
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
            raise ServiceError(
                "The geocoder {url} did not answer GeoCodeJSON to /search: is GEOCODER_URL right?", url=self.base_url
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
            raise ServiceError(
                "The geocoder {url} did not answer a geocoded CSV to /search/csv: is GEOCODER_URL right?",
                url=self.base_url,
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

    def _request(self, method, path, progress, **options):
        url = self.base_url + path
        try:
            response = self._http.request(method, url, progress, timeout=self.timeout, **options)
        except http.Unreachable as failure:
            raise ServiceError(
                "Cannot reach the geocoder at {url} ({error}). Check the network connection and the GEOCODER_URL "
                "parameter.",
                url=url,
                error=failure.error.__class__.__name__,
            ) from None
        except http.MustWait as refusal:
            raise ServiceError(
                "The geocoder at {url} asks to wait {seconds:.0f} s before the next request (HTTP {status}): try "
                "again after that time.",
                url=url,
                seconds=refusal.seconds,
                status=refusal.status,
            ) from None
        except http.StillRefused as refusal:
            response = refusal.response
            if response.status_code == 429:
                raise ServiceError(
                    "The geocoder at {url} still refuses requests (HTTP 429 Too Many Requests) after {retries} "
                    "retries. Another program may be using it from this address: try again later.",
                    url=url,
                    retries=self.max_retries,
                ) from None
        if response.status_code != 200:
            raise self._http_error(url, response)
        return response

    @staticmethod
    def _http_error(url, response):
        """The service's own message (its JSON ``message`` and ``detail``, else the start of the page)."""
        try:
            body = response.json()
            message = " ".join(str(part) for part in (body.get("message"), body.get("detail")) if part)
        except (ValueError, AttributeError):  # not JSON, or not a JSON object
            message = response.text[:200]
        if message:
            return ServiceError(
                "The geocoder at {url} answered HTTP {status}: {message}.",
                url=url,
                status=response.status_code,
                message=message,
            )
        return ServiceError("The geocoder at {url} answered HTTP {status}.", url=url, status=response.status_code)
