"""Food outlets from the Overpass API: one query for all chosen categories.

The query asks for nodes, ways and relations (``nwr``) carrying one of the
taxonomy's tags in the bounding box, with ``out meta geom``: the last edit of
each element (``osm_timestamp``) and the full shape of ways and relations, so
that a shop mapped as a building becomes a point on its surface.

The public instances ask clients to be polite (one query at a time, a
User-Agent, backing off when told to): answers are cached on disk, HTTP 429
is retried a bounded number of times honouring Retry-After (core/http.py), and the ways
Overpass reports a query it gave up on (504, a read timeout, HTTP 200 with a
"runtime error" remark) become an error, never an empty success.
"""

import hashlib
import json
import math
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta

from osgeo import ogr

from .. import http
from ..errors import InputError, ServiceError
from ..progress import SILENT
from .osm_builder import OutletBuilder, SpatialFilter, point_on_surface, utc_now

DEFAULT_OVERPASS_URL = "https://overpass-api.de/api/interpreter"
DEFAULT_TIMEOUT = 180  # seconds; Overpass's own default
CONNECT_TIMEOUT = 20  # seconds to open the connection
READ_MARGIN = 10  # seconds beyond [timeout:] for Overpass to send its own timeout message
MAX_ATTEMPTS = 4  # one query and up to three retries when rate limited
MAX_RETRY_WAIT = 120  # seconds; a longer Retry-After ends the run with an error saying when to retry
FIRST_BACKOFF = 5  # seconds before the first retry when the server gives no Retry-After
CACHE_MAX_AGE = timedelta(days=7)

# Share of the progress bar for waiting on the answer; the rest is for reading it.
DOWNLOAD_SHARE = 0.5

_ERE_SPECIAL = re.compile(r"([.^$*+?()\[\]{}|\\])")
_HTML_TAG = re.compile(r"<[^>]+>")


# --- the query ----------------------------------------------------------------------------


def _ql_string(text):
    """``text`` quoted for an Overpass QL string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def value_pattern(values):
    """POSIX regular expression matching any of ``values``, alone or in a ";" list."""
    alternatives = "|".join(_ERE_SPECIAL.sub(r"\\\1", value) for value in values)
    return f"(^|;) *({alternatives}) *(;|$)"


def overpass_bbox(bounds):
    """Overpass's (south,west,north,east), rounded outwards to 1e-7 degree."""
    west, south, east, north = bounds
    south, north = max(south, -90.0), min(north, 90.0)
    corners = (math.floor(south * 1e7), math.floor(west * 1e7), math.ceil(north * 1e7), math.ceil(east * 1e7))
    return ",".join(f"{corner / 1e7:.7f}" for corner in corners)


def query_statements(tag_filters, bounds):
    """The query without its settings line: what the cache key is made of."""
    box = overpass_bbox(bounds)
    lines = [f"  nwr[{_ql_string(key)}~{_ql_string(value_pattern(values))}]({box});" for key, values in tag_filters]
    return "(\n" + "\n".join(lines) + "\n);\nout meta geom;"


def build_query(tag_filters, bounds, timeout):
    return f"[out:json][timeout:{int(timeout)}];\n" + query_statements(tag_filters, bounds)


# --- the cache ----------------------------------------------------------------------------


class OverpassCache:
    """Answers on disk, one ``<key>.json`` per server + query, with a ``<key>.meta.json``
    written last (url, query, fetched_at): an entry without it is incomplete."""

    def __init__(self, directory, max_age=CACHE_MAX_AGE):
        self.directory = directory
        self.max_age = max_age

    @staticmethod
    def key(url, statements):
        return hashlib.sha256(f"{url.strip()}\n{statements}".encode()).hexdigest()

    def get(self, key, now=None):
        """(body bytes, fetched_at) of a fresh entry, or None."""
        meta_path = os.path.join(self.directory, key + ".meta.json")
        try:
            with open(meta_path, encoding="utf-8") as stream:
                fetched_at = datetime.fromisoformat(json.load(stream)["fetched_at"])
            if (now or utc_now()) - fetched_at > self.max_age:
                return None
            with open(os.path.join(self.directory, key + ".json"), "rb") as stream:
                return stream.read(), fetched_at
        except (OSError, ValueError, KeyError):
            return None

    def put(self, key, body, fetched_at, url, query):
        try:
            os.makedirs(self.directory, exist_ok=True)
            self._write(key + ".json", body)
            meta = {"url": url, "query": query, "fetched_at": fetched_at.isoformat()}
            self._write(key + ".meta.json", json.dumps(meta, indent=1).encode("utf-8"))
        except OSError:
            pass  # a cache that cannot be written only costs a new query next time

    def _write(self, name, data):
        handle, temporary = tempfile.mkstemp(dir=self.directory, suffix=".part")
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, os.path.join(self.directory, name))


# --- HTTP ---------------------------------------------------------------------------------


def _server_text(body, limit=300):
    """The readable part of an Overpass error page."""
    text = _HTML_TAG.sub(" ", body.decode("utf-8", "replace"))
    return " ".join(text.split())[:limit]


def _remark(document):
    return str((document or {}).get("remark") or "").strip()


def _rate_limited(response):
    """Overpass's ways of saying "too many queries from this address": HTTP 429, an error page
    naming rate_limited, or its quota message as the remark of an HTTP 200 answer."""
    if b"rate_limited" not in response.content:
        return response.status_code == 429
    if response.status_code != 200:
        return True
    try:
        document = json.loads(response.content)
    except ValueError:
        return False  # not Overpass JSON: post_query says so
    # Only a well-formed answer is retried; post_query names what is wrong with the others.
    return (
        isinstance(document, dict)
        and isinstance(document.get("elements"), list)
        and "rate_limited" in _remark(document)
    )


def post_query(url, query, timeout, progress=SILENT, log=None, proxies=None):
    """POST ``query`` to ``url``; return (parsed JSON answer, raw body). Raise
    ServiceError on every kind of failure, after a bounded backoff when rate limited.
    ``proxies``: as for requests (None: the system proxy variables)."""
    rule = http.RetryRule(
        attempts=MAX_ATTEMPTS, statuses=(429,), first_backoff=FIRST_BACKOFF, longest_wait=MAX_RETRY_WAIT
    )

    def retrying(seconds, attempt):
        if log:
            log(
                f"The Overpass server is rate limiting this computer: retrying in {seconds} s "
                f"(attempt {attempt} of {MAX_ATTEMPTS})."
            )

    try:
        with http.Client(proxies, rule) as client:
            response = client.request(
                "POST",
                url,
                progress,
                refused=_rate_limited,
                on_retry=retrying,
                data={"data": query},
                headers={"Accept": "application/json"},
                timeout=(CONNECT_TIMEOUT, timeout + READ_MARGIN),
            )
    except http.Unreachable as failure:
        if failure.connect_timeout:
            raise ServiceError(
                "Cannot reach the Overpass server {url} (no answer within {seconds} s). "
                "Check OVERPASS_URL and the network.",
                url=url,
                seconds=CONNECT_TIMEOUT,
            ) from None
        if failure.read_timeout:
            raise ServiceError(
                "The Overpass server {url} gave up on the query (no answer within {seconds} s). The extent is "
                "probably too large or the server too busy: query a smaller EXTENT or AREA, raise TIMEOUT (now "
                "{timeout} s), try again later, or read an OSM extract with OSM_FILE.",
                url=url,
                seconds=int(timeout + READ_MARGIN),
                timeout=int(timeout),
            ) from None
        raise ServiceError(
            "Cannot reach the Overpass server {url}: {error}. Check OVERPASS_URL and the network (or use OSM_FILE).",
            url=url,
            error=failure.error,
        ) from None
    except http.MustWait as refusal:
        raise ServiceError(
            "The Overpass server {url} asks this computer to wait {seconds} s before its next query (HTTP 429, "
            "rate limited). Try again after that time, use another Overpass instance (OVERPASS_URL), or read an "
            "OSM extract with OSM_FILE.",
            url=url,
            seconds=refusal.seconds,
        ) from None
    except http.StillRefused as refusal:
        raise ServiceError(
            "The Overpass server {url} still refuses queries from this computer (HTTP 429, rate limited) after "
            "{attempts} attempts. Wait a few minutes before trying again, use another Overpass instance "
            "(OVERPASS_URL), or read an OSM extract with OSM_FILE.",
            url=url,
            attempts=refusal.attempts,
        ) from None
    body = response.content
    if response.status_code == 504:
        raise ServiceError(
            "The Overpass server {url} gave up on the query (HTTP 504 Gateway Timeout). The extent is probably "
            "too large or the server too busy: query a smaller EXTENT or AREA, raise TIMEOUT (now {timeout} s), "
            "try again later, or read an OSM extract with OSM_FILE.",
            url=url,
            timeout=int(timeout),
        )
    if response.status_code != 200:
        raise ServiceError(
            "The Overpass server {url} answered HTTP {status}: {text}",
            url=url,
            status=response.status_code,
            text=_server_text(body) or response.reason,
        )
    try:
        document = json.loads(body)
    except ValueError:
        raise ServiceError(
            "The Overpass server {url} did not answer with Overpass JSON (is OVERPASS_URL an Overpass "
            "interpreter?): {text}",
            url=url,
            text=_server_text(body, 200),
        ) from None
    if not isinstance(document, dict) or not isinstance(document.get("elements"), list):
        raise ServiceError(
            "The answer of {url} has no 'elements' list: is OVERPASS_URL an Overpass interpreter (…/api/interpreter)?",
            url=url,
        )
    remark = _remark(document)
    if "error" in remark.lower():
        raise ServiceError(
            "The Overpass server {url} gave up on the query (Overpass: {remark}). The extent is probably too "
            "large or the server too busy: query a smaller EXTENT or AREA, raise TIMEOUT (now {timeout} s), try "
            "again later, or read an OSM extract with OSM_FILE.",
            url=url,
            remark=remark,
            timeout=int(timeout),
        )
    if remark and log:
        log(f"Overpass remark: {remark}")
    return document, body


# --- the answer -> outlets ----------------------------------------------------------------


def _timestamp(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None


def _coordinates(points):
    return [(point["lon"], point["lat"]) for point in points or () if point]


def _wkt_coordinates(coordinates):
    return ",".join(f"{lon!r} {lat!r}" for lon, lat in coordinates)


def _line_or_ring(coordinates, closed):
    """OGR geometry of a way's shape: polygon when it is an area, else a line (or point)."""
    if closed and len(coordinates) >= 4:
        if coordinates[0] != coordinates[-1]:
            coordinates = coordinates + coordinates[:1]
        return ogr.CreateGeometryFromWkt(f"POLYGON(({_wkt_coordinates(coordinates)}))")
    if len(coordinates) >= 2:
        return ogr.CreateGeometryFromWkt(f"LINESTRING({_wkt_coordinates(coordinates)})")
    if coordinates:
        return ogr.CreateGeometryFromWkt(f"POINT({_wkt_coordinates(coordinates)})")
    return None


def way_is_area(element, tags):
    """A closed way is an area unless tagged area=no (the outlet keys are area keys)."""
    nodes = element.get("nodes") or ()
    return len(nodes) >= 4 and nodes[0] == nodes[-1] and tags.get("area") != "no"


def _polygons(lines):
    """Union of the polygons the member ways close (Polygonize), or None."""
    if not lines:
        return None
    collection = ogr.Geometry(ogr.wkbMultiLineString)
    for coordinates in lines:
        if len(coordinates) >= 2:
            collection.AddGeometry(ogr.CreateGeometryFromWkt(f"LINESTRING({_wkt_coordinates(coordinates)})"))
    polygons = collection.Polygonize()
    if polygons is None or polygons.IsEmpty():
        return None
    return ogr.ForceToMultiPolygon(polygons).UnionCascaded()


def relation_shape(element, tags):
    """Multipolygon relations: outer rings minus inner rings; other relations
    (type=site...): the collection of their node and way members."""
    members = element.get("members") or ()
    if tags.get("type") in ("multipolygon", "boundary"):
        ways = [member for member in members if member.get("type") == "way"]
        area = _polygons([_coordinates(way.get("geometry")) for way in ways if way.get("role") != "inner"])
        holes = _polygons([_coordinates(way.get("geometry")) for way in ways if way.get("role") == "inner"])
        if area is not None and holes is not None:
            area = area.Difference(holes)
        return area
    collection = ogr.Geometry(ogr.wkbGeometryCollection)
    for member in members:
        if member.get("type") == "node" and "lat" in member:
            geometry = _line_or_ring([(member["lon"], member["lat"])], False)
        elif member.get("type") == "way":
            geometry = _line_or_ring(_coordinates(member.get("geometry")), False)
        else:
            continue
        if geometry is not None:
            collection.AddGeometry(geometry)
    return collection


def element_point(element, tags):
    """(lon, lat) standing for an Overpass element: the node itself, or a point on the
    surface of a way's or relation's shape (None when no shape can be built)."""
    kind = element.get("type")
    if kind == "node":
        return (element["lon"], element["lat"]) if "lat" in element else None
    try:
        if kind == "way":
            return point_on_surface(_line_or_ring(_coordinates(element.get("geometry")), way_is_area(element, tags)))
        if kind == "relation":
            return point_on_surface(relation_shape(element, tags))
    except RuntimeError:  # a shape OGR rejects, when another plugin turned gdal.UseExceptions() on
        return None
    return None


def outlets_from_answer(document, builder, progress=SILENT, url=DEFAULT_OVERPASS_URL):
    """The outlets among the elements of an Overpass JSON answer from ``url``; an element that is not shaped
    as Overpass shapes them (a proxy's or a broken mirror's answer) is a ServiceError naming it."""
    elements = document.get("elements") or []
    total = len(elements)
    outlets = []
    for index, element in enumerate(elements):
        if index % 500 == 0:
            progress.step(index, total)
        try:
            outlet = _element_outlet(element, builder)
        except (AttributeError, KeyError, TypeError, ValueError) as error:
            raise ServiceError(
                "The answer of {url} is not Overpass JSON: element {number} of {total} is malformed ({problem}: "
                "{element}). Query again later, use another Overpass instance (OVERPASS_URL), or read an OSM "
                "extract with OSM_FILE.",
                url=url,
                number=index + 1,
                total=total,
                problem=f"{type(error).__name__} {error}",
                element=json.dumps(element, ensure_ascii=False)[:200],
            ) from None
        if outlet is not None:
            outlets.append(outlet)
    progress.step(total, total)
    return outlets


def _element_outlet(element, builder):
    tags = element.get("tags")
    if not tags:
        return None  # an untagged node of a way: not an outlet
    match = builder.category_of(tags)
    if match is None:
        return None
    return builder.build(
        element.get("type"),
        element.get("id"),
        tags,
        _timestamp(element.get("timestamp")),
        element_point(element, tags),
        match,
    )


@dataclass
class OverpassResult:
    outlets: list
    fetched_at: datetime
    from_cache: bool
    query: str
    data_timestamp: str = ""  # Overpass's osm_base: how recent its copy of OSM is
    elements: int = 0
    outside: int = 0
    without_geometry: int = 0


def fetch_outlets(
    taxonomy,
    category_ids,
    bounds,
    area_wkt=None,
    url=DEFAULT_OVERPASS_URL,
    timeout=DEFAULT_TIMEOUT,
    cache_dir=None,
    progress=SILENT,
    log=None,
    proxies=None,
):
    """Query Overpass for the outlets of ``category_ids`` in ``bounds`` (west, south, east,
    north, WGS 84), keep those in ``area_wkt`` (WGS 84 polygon) when given. ``proxies``
    as for requests (None: the system proxy variables)."""
    if not category_ids:
        raise InputError("No category chosen: choose at least one in CATEGORIES.")
    url = (url or DEFAULT_OVERPASS_URL).strip()
    if not url.lower().startswith(("http://", "https://")):
        raise InputError(
            "OVERPASS_URL must be an http(s) address such as {example}; got {url!r}.",
            example=DEFAULT_OVERPASS_URL,
            url=url,
        )
    if timeout <= 0:
        raise InputError("TIMEOUT must be a positive number of seconds.")
    spatial_filter = SpatialFilter(bounds, area_wkt)
    if spatial_filter.bounds is None:
        raise InputError("Give an EXTENT or an AREA to query Overpass (or an OSM_FILE to read).")
    west, south, east, north = spatial_filter.bounds
    if not (west < east and south < north):
        raise InputError("The EXTENT is empty: draw or choose an extent with a width and a height.")
    tag_filters = taxonomy.tag_filters(category_ids)
    statements = query_statements(tag_filters, spatial_filter.bounds)
    query = build_query(tag_filters, spatial_filter.bounds, timeout)

    cache = OverpassCache(cache_dir) if cache_dir else None
    key = OverpassCache.key(url, statements)
    cached = cache.get(key) if cache else None
    document = None
    if cached is not None:
        try:
            document, fetched_at = json.loads(cached[0]), cached[1]
        except ValueError:
            document = None  # a damaged entry: query again
    from_cache = document is not None
    if document is None:
        if log:
            log(f"Querying {url} (timeout {int(timeout)} s)…")
        download = progress.sub(0.0, DOWNLOAD_SHARE)
        download.fraction(0.0)
        document, body = post_query(url, query, timeout, download, log, proxies)
        fetched_at = utc_now()
    builder = OutletBuilder(taxonomy, category_ids, fetched_at, spatial_filter)
    outlets = outlets_from_answer(document, builder, progress.sub(DOWNLOAD_SHARE, 1.0), url)
    if cache and not from_cache:  # only an answer that was read whole: a malformed one is not kept for 7 days
        cache.put(key, body, fetched_at, url, query)
    return OverpassResult(
        outlets=outlets,
        fetched_at=fetched_at,
        from_cache=from_cache,
        query=query,
        data_timestamp=str((document.get("osm3s") or {}).get("timestamp_osm_base") or ""),
        elements=len(document.get("elements") or ()),
        outside=builder.outside,
        without_geometry=builder.without_geometry,
    )
