"""The priority neighbourhoods of French urban policy (quartiers prioritaires de
la politique de la ville, QPV), 2024 geography.

Source: ANCT (Agence nationale de la cohésion des territoires), dataset
"Quartiers prioritaires de la politique de la ville (QPV)" on data.gouv.fr,
https://www.data.gouv.fr/fr/datasets/quartiers-prioritaires-de-la-politique-de-la-ville-qpv/
Its GeoJSON resource (a ZIP archive holding
``GEOJSON/QP2024_France_Hexagonale_Outre_Mer_WGS84.geojson``, or the GeoJSON
itself) has one feature per QPV with the fields fid, code_qp, lib_qp,
insee_reg, lib_reg, insee_dep, lib_dep, insee_com, lib_com, siren_epci, in
WGS 84. ``insee_com`` names the commune; a QPV across communes lists them
("13055, 13070"). Paris, Lyon and Marseille QPVs carry the commune code, not
the arrondissement code.
"""

import hashlib
import io
import json
import os
import zipfile
from dataclasses import dataclass

from osgeo import ogr

from .. import http
from ..errors import DataFileError, ServiceError
from ..progress import SILENT

QPV_2024_URL = "https://www.data.gouv.fr/fr/datasets/r/942d4ee8-8142-4556-8ea1-335537ce1119"
QPV_2024_MEMBER = "QP2024_France_Hexagonale_Outre_Mer_WGS84.geojson"
REQUIRED_FIELDS = ("code_qp", "lib_qp", "insee_com")
# The producer's row number: not an attribute of the QPV, and it collides with GeoPackage's own fid.
DROPPED_FIELDS = ("fid",)
TIMEOUT_SECONDS = 120
CHUNK_BYTES = 1 << 16

# Communes split into arrondissements; QPVs are coded with the commune.
ARRONDISSEMENTS = (
    ("75101", "75120", "75056"),  # Paris
    ("69381", "69389", "69123"),  # Lyon
    ("13201", "13216", "13055"),  # Marseille
)


@dataclass(frozen=True)
class PriorityArea:
    properties: dict
    wkb: bytes


def commune_code(code):
    """The INSEE commune code QPVs use: arrondissement codes map to their commune (13203 → 13055)."""
    code = code.strip().upper()
    for first, last, commune in ARRONDISSEMENTS:
        if len(code) == 5 and first <= code <= last:
            return commune
    return code


def parse_codes(text):
    """Codes from a comma-, semicolon- or space-separated text ("13055, 13201")."""
    return [part for part in text.replace(";", ",").replace(" ", ",").split(",") if part.strip()]


def split_codes(value):
    return {part.strip().upper() for part in str(value or "").split(",") if part.strip()}


def cache_path(cache_dir, url):
    return os.path.join(cache_dir, "qpv_" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16] + ".geojson")


def download(url, cache_dir, refresh=False, progress=SILENT, proxies=None):
    """Path of the QPV GeoJSON for ``url``, downloaded once into ``cache_dir``.

    ``proxies`` is requests' mapping (the proxy set in QGIS); None leaves the
    system proxy variables in charge.

    The body may be the GeoJSON itself or a ZIP archive holding it. The cache
    file is written whole or not at all.
    """
    import requests

    path = cache_path(cache_dir, url)
    if os.path.exists(path) and not refresh:
        return path
    os.makedirs(cache_dir, exist_ok=True)
    with http.Client(proxies) as client:
        try:
            response = client.request("GET", url, progress, stream=True, timeout=TIMEOUT_SECONDS)
        except http.Unreachable as failure:
            raise ServiceError(
                "Cannot download the priority neighbourhoods from {url}: {error}. "
                "Check the internet connection (or the proxy settings), or the URL parameter.",
                url=url,
                error=failure.error,
            ) from None
        with response:
            if response.status_code != 200:
                raise ServiceError(
                    "The server at {url} answered HTTP {status} ({reason}) instead of the priority neighbourhoods. "
                    "Try again later, or set URL to the GeoJSON resource of the dataset 'Quartiers prioritaires de "
                    "la politique de la ville (QPV)' on data.gouv.fr.",
                    url=url,
                    status=response.status_code,
                    reason=response.reason,
                )
            total = int(response.headers.get("Content-Length") or 0)
            body = io.BytesIO()
            try:
                for chunk in response.iter_content(CHUNK_BYTES):
                    body.write(chunk)
                    progress.step(body.tell(), total or body.tell())
            except requests.RequestException as error:
                raise ServiceError(
                    "The download from {url} broke off: {error}. Try again.", url=url, error=error
                ) from None
    text = geojson_text(body.getvalue(), url)
    parse(text, url)  # refuse to cache what cannot be read
    partial = path + ".part"
    with open(partial, "w", encoding="utf-8") as stream:
        stream.write(text)
    os.replace(partial, path)
    return path


def geojson_text(body, url):
    """The GeoJSON text of a download: the body itself, or the QPV member of a ZIP archive."""
    if not zipfile.is_zipfile(io.BytesIO(body)):
        return body.decode("utf-8-sig", errors="replace")
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        members = [info for info in archive.infolist() if info.filename.lower().endswith(".geojson")]
        if not members:
            raise DataFileError("The archive downloaded from {url} holds no .geojson file.", url=url)
        preferred = [info for info in members if os.path.basename(info.filename) == QPV_2024_MEMBER]
        # Without the national file, the largest GeoJSON is the most complete one.
        chosen = preferred[0] if preferred else max(members, key=lambda info: info.file_size)
        return archive.read(chosen).decode("utf-8-sig", errors="replace")


def parse(text, where):
    """The features of a QPV GeoJSON text, checked against the official schema."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise DataFileError(
            "The priority neighbourhoods from {where} are not valid JSON (line {line}, column {column}: "
            "{problem}). The URL may point to a web page instead of the GeoJSON resource.",
            where=where,
            line=error.lineno,
            column=error.colno,
            problem=error.msg,
        ) from None
    features = document.get("features") if isinstance(document, dict) else None
    if not isinstance(features, list):
        raise DataFileError("The document from {where} is not a GeoJSON FeatureCollection.", where=where)
    if features:
        found = set()
        for feature in features:
            found.update((feature.get("properties") or {}).keys())
        missing = [name for name in REQUIRED_FIELDS if name not in found]
        if missing:
            raise DataFileError(
                "The GeoJSON from {where} is not in the QPV 2024 schema: it lacks {missing} (found: {found}).",
                where=where,
                missing=", ".join(missing),
                found=", ".join(sorted(found)) or "no field",
            )
    return features


def load(path):
    with open(path, encoding="utf-8") as stream:
        return parse(stream.read(), path)


def matches(properties, communes=(), epci=()):
    """Whether a QPV belongs to one of ``communes`` (INSEE codes) and one of ``epci`` (SIREN codes); empty = any."""
    if communes and not split_codes(properties.get("insee_com")) & {commune_code(code) for code in communes}:
        return False
    if epci and not split_codes(properties.get("siren_epci")) & {code.strip() for code in epci}:
        return False
    return True


def select(features, communes=(), epci=(), bbox=None, progress=SILENT):
    """The QPVs matching the commune and EPCI codes and intersecting ``bbox`` (xmin, ymin, xmax, ymax in WGS 84)."""
    rectangle = None
    if bbox is not None:
        xmin, ymin, xmax, ymax = bbox
        rectangle = ogr.CreateGeometryFromWkt(
            f"POLYGON(({xmin} {ymin},{xmax} {ymin},{xmax} {ymax},{xmin} {ymax},{xmin} {ymin}))"
        )
    selected = []
    for index, feature in enumerate(features):
        progress.step(index, len(features))
        properties = feature.get("properties") or {}
        if not matches(properties, communes, epci) or not feature.get("geometry"):
            continue
        geometry = ogr.CreateGeometryFromJson(json.dumps(feature["geometry"]))
        if geometry is None or (rectangle is not None and not geometry.Intersects(rectangle)):
            continue
        kept = {key: value for key, value in properties.items() if key not in DROPPED_FIELDS}
        selected.append(PriorityArea(kept, bytes(geometry.ExportToIsoWkb())))
    return selected


def field_types(areas):
    """(name, type) of the official fields in file order; "int", "double" or "string" from the values."""
    names = []
    kinds = {}
    for area in areas:
        for name, value in area.properties.items():
            if name not in kinds:
                names.append(name)
                kinds[name] = set()
            if value is not None:
                kinds[name].add(type(value))
    result = []
    for name in names:
        found = kinds[name]
        if found and found <= {int}:
            result.append((name, "int"))
        elif found and found <= {int, float}:
            result.append((name, "double"))
        else:
            result.append((name, "string"))
    return result
