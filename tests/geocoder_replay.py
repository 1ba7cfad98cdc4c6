"""A replay of the IGN Géoplateforme geocoder (data.geopf.fr/geocodage) for the tests.

It answers as the real service does (formats checked against the service's
source, Geoplateforme/gpf-geocodeur, and responses captured from it):
- ``GET /search?q=…`` → GeoCodeJSON ``{"type": "FeatureCollection", "features": [...], "query": q}``,
  each feature a WGS 84 Point with properties label, score, housenumber, id, banId,
  name, postcode, citycode, x, y (Lambert-93), city, context, type, importance,
  street, _type="address"; no match → no feature; a query of fewer than 3
  characters or not starting with a letter or digit → HTTP 400 JSON error.
- ``POST /search/csv`` (multipart: ``data`` file, ``columns`` repeated) → the
  uploaded CSV, same separator, with longitude, latitude, result_score,
  result_score_next, result_label, result_type, result_id, result_banId,
  result_housenumber, result_name, result_street, result_postcode, result_city,
  result_context, result_citycode, result_oldcitycode, result_oldcity,
  result_district, result_status (ok, not-found, skipped) appended.
- Rate limiting: ``throttle(n)`` makes the next n requests answer 429 with the
  service's HTML page and a Retry-After header.
"""

import csv
import io
import json
import time
import zlib
from email.parser import BytesParser
from email.policy import HTTP

from foodaccess.core.outlets.merge import normalize_text
from foodaccess.tests.servers import LoopbackServer, Reply

CSV_RESULT_COLUMNS = (
    "longitude",
    "latitude",
    "result_score",
    "result_score_next",
    "result_label",
    "result_type",
    "result_id",
    "result_banId",
    "result_housenumber",
    "result_name",
    "result_street",
    "result_postcode",
    "result_city",
    "result_context",
    "result_citycode",
    "result_oldcitycode",
    "result_oldcity",
    "result_district",
    "result_status",
)
TOO_MANY_REQUESTS_PAGE = (
    b"<html>\r\n<head><title>429 Too Many Requests</title></head>\r\n<body>\r\n"
    b"<center><h1>429 Too Many Requests</h1></center>\r\n</body>\r\n</html>\r\n"
)


def _bad_request(message, detail=None):
    """The service's JSON error (its error handler: code, message, detail)."""
    return Reply(400, json.dumps({"code": 400, "message": message, "detail": detail}).encode())


def address(
    label,
    lon,
    lat,
    score,
    kind="housenumber",
    housenumber="",
    street="",
    postcode="13001",
    city="Marseille",
    citycode="13201",
    ban_id="",
    x=0.0,
    y=0.0,
):
    """One BAN result as the service's GeoCodeJSON properties + position."""
    name = " ".join(part for part in (housenumber, street) if part) or city
    properties = {
        "label": label,
        "score": score,
        "housenumber": housenumber,
        "id": f"{citycode}_{zlib.crc32(label.encode()) % 10000:04d}",
        "banId": ban_id,
        "name": name,
        "postcode": postcode,
        "citycode": citycode,
        "x": x,
        "y": y,
        "city": city,
        "context": "13, Bouches-du-Rhône, Provence-Alpes-Côte d'Azur",
        "type": kind,
        "importance": 0.6,
        "street": street,
        "_type": "address",
    }
    if kind != "housenumber":
        del properties["housenumber"]
    if kind == "municipality":
        del properties["street"]
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": properties}


class GeocoderReplay:
    """``with GeocoderReplay(gazetteer) as geocoder: geocoder.url`` — gazetteer maps queries to results."""

    def __init__(self, gazetteer):
        self.gazetteer = {normalize_text(query): result for query, result in gazetteer.items()}
        self.to_throttle = 0
        self.retry_after = "1"
        self.times = []
        self.server = LoopbackServer(self.respond)

    def __enter__(self):
        self.server.__enter__()
        self.url = self.server.url
        return self

    def __exit__(self, *exc):
        self.server.__exit__(*exc)

    @property
    def requests(self):
        return self.server.requests

    def throttle(self, count, retry_after="1"):
        self.to_throttle, self.retry_after = count, retry_after

    def lookup(self, query):
        return self.gazetteer.get(normalize_text(query))

    def respond(self, request):
        self.times.append(time.monotonic())
        if self.to_throttle:
            self.to_throttle -= 1
            return Reply(429, TOO_MANY_REQUESTS_PAGE, {"Retry-After": self.retry_after}, "text/html")
        if request.method == "GET" and request.path == "/search":
            return self._search(request.query.get("q", ""))
        if request.method == "POST" and request.path.rstrip("/") == "/search/csv":
            return self._search_csv(request)
        return Reply(404, json.dumps({"code": 404, "message": "Not Found"}).encode())

    def _search(self, query):
        if len(query) < 3 or len(query) > 200 or not query[0].isalnum():
            return _bad_request(
                "Failed parsing query", ["q: must contain between 3 and 200 chars and start with a number or a letter"]
            )
        found = self.lookup(query)
        body = {"type": "FeatureCollection", "features": [found] if found else [], "query": query}
        return Reply(200, json.dumps(body, ensure_ascii=False).encode("utf-8"))

    def _search_csv(self, request):
        message = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + request.headers["Content-Type"].encode() + b"\r\n\r\n" + request.body
        )
        upload, columns = None, []
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if name == "data":
                upload = part.get_payload(decode=True).decode("utf-8-sig")
            elif name == "columns":
                columns.append(part.get_content().strip())
        if upload is None:
            return _bad_request("A CSV file must be provided in data field")
        first_line = upload.splitlines()[0]
        separator = max(",;\t|", key=first_line.count)
        reader = csv.DictReader(io.StringIO(upload), delimiter=separator)
        columns = columns or reader.fieldnames
        if any(column not in reader.fieldnames for column in columns):
            return _bad_request("At least one given column name is unknown")
        output = io.StringIO()
        writer = csv.writer(output, delimiter=separator, lineterminator="\n")
        writer.writerow(list(reader.fieldnames) + list(CSV_RESULT_COLUMNS))
        for row in reader:
            query = " ".join(row[column].strip() for column in columns).strip()
            writer.writerow([row[name] for name in reader.fieldnames] + self._csv_result(query))
        return Reply(200, output.getvalue().encode("utf-8"), {}, "text/csv; charset=utf-8")

    def _csv_result(self, query):
        empty = [""] * (len(CSV_RESULT_COLUMNS) - 1)
        if len(query) < 3 or not query[0].isalnum():
            return empty + ["skipped"]
        found = self.lookup(query)
        if not found:
            return empty + ["not-found"]
        p = found["properties"]
        lon, lat = found["geometry"]["coordinates"]
        return [
            lon,
            lat,
            p["score"],
            "",
            p["label"],
            p["type"],
            p["id"],
            p["banId"],
            p.get("housenumber", ""),
            p["name"],
            p.get("street", ""),
            p["postcode"],
            p["city"],
            p["context"],
            p["citycode"],
            "",
            "",
            "",
            "ok",
        ]


# --- a French directory and what the geocoder knows of its addresses ------------------------
MARSEILLE = {
    "12 rue de la République, 13001, Marseille": address(
        "12 Rue de la République 13001 Marseille",
        5.371524,
        43.298573,
        0.9627,
        housenumber="12",
        street="Rue de la République",
        x=892523.2,
        y=6247269.8,
    ),
    "45 boulevard de la Libération, 13004, Marseille": address(
        "45 Boulevard de la Libération - Général de Monsabert 13004 Marseille",
        5.392188,
        43.302391,
        0.8712,
        housenumber="45",
        street="Boulevard de la Libération - Général de Monsabert",
        postcode="13004",
        citycode="13204",
    ),
    "2 place des Capucins, 13001, Marseille": address(
        "2 Place des Capucins 13001 Marseille",
        5.381338,
        43.297249,
        0.9561,
        housenumber="2",
        street="Place des Capucins",
    ),
    "Place Jean Jaurès, 13005, Marseille": address(
        "Place Jean Jaurès 13005 Marseille",
        5.386043,
        43.294286,
        0.8839,
        kind="street",
        street="Place Jean Jaurès",
        postcode="13005",
        citycode="13205",
    ),
    "Chemin inconnu de la Colline, 13015, Marseille": address(
        "Chemin de la Colline Saint-Joseph 13015 Marseille",
        5.365531,
        43.357408,
        0.3104,
        kind="street",
        street="Chemin de la Colline Saint-Joseph",
        postcode="13015",
        citycode="13215",
    ),
    "8 rue Sainte-Cécile, 13005, Marseille": address(
        "8 Rue Sainte-Cécile 13005 Marseille",
        5.392801,
        43.290662,
        0.9702,
        housenumber="8",
        street="Rue Sainte-Cécile",
        postcode="13005",
        citycode="13205",
    ),
    "Marseille": address("Marseille", 5.386756, 43.296174, 0.9311, kind="municipality", postcode="13001"),
    "17 rue d'Italie, 13006, Marseille": address(
        "17 Rue d'Italie 13006 Marseille",
        5.383322,
        43.289131,
        0.9655,
        housenumber="17",
        street="Rue d'Italie",
        postcode="13006",
        citycode="13206",
    ),
    "30 avenue de la Capelette, 13010, Marseille": address(
        "30 Avenue de la Capelette 13010 Marseille",
        5.402554,
        43.283213,
        0.9588,
        housenumber="30",
        street="Avenue de la Capelette",
        postcode="13010",
        citycode="13210",
    ),
}

DIRECTORY_HEADER = ("Nom", "Adresse", "Code postal", "Ville", "Catégorie", "Référence")
# (row, expected reason fragment for UNMATCHED or None when placed)
DIRECTORY_ROWS = (
    (("Épicerie Dupré", "12 rue de la République", "13001", "Marseille", "Épicerie", "A-01"), None),
    (
        (
            "Boulangerie Pâtissière Cœur de Blé",
            "45 boulevard de la Libération",
            "13004",
            "Marseille",
            "Boulangerie",
            "A-02",
        ),
        None,
    ),
    (("Primeur des Capucins", "2 place des Capucins", "13001", "Marseille", "Fruits et légumes", "A-03"), None),
    (("Marché paysan de la Plaine", "Place Jean Jaurès", "13005", "Marseille", "Marché de producteurs", "A-04"), None),
    (
        ("Ferme urbaine du Bégonia", "Chemin inconnu de la Colline", "13015", "Marseille", "Vente à la ferme", "A-05"),
        "below MIN_SCORE",
    ),
    (("Le Panier d'Élise", "", "", "", "Épicerie", "A-06"), "no address"),
    (("Caviste Œnophile", "zzz introuvable", "13002", "Marseille", "Cave à vins", "A-07"), "not found"),
    (("Épicerie fine Sainte-Cécile", "8 rue Sainte-Cécile", "13005", "Marseille", "Épicerie fine", "A-08"), None),
    (("AMAP du Vieux-Port", "", "", "Marseille", "AMAP", "A-09"), "only the municipality"),
    (("Fromagerie Élodie", "17 rue d'Italie", "13006", "Marseille", "Crèmerie-fromagerie", "A-10"), None),
    (("Bio & Co; l'épicerie", "30 avenue de la Capelette", "13010", "Marseille", "Magasin bio", "A-11"), None),
    (("Dépôt de pain Dupré", "12 rue de la République", "13001", "Marseille", "", "A-12"), None),
)
CATEGORY_MAPPING = (
    ("label", "category", "subcategory"),
    ("Épicerie", "convenience", "grocery"),
    ("Fruits et légumes", "greengrocer", ""),
    ("Marché de producteurs", "marketplace", ""),
    ("Vente à la ferme", "farm_shop", ""),
    ("Épicerie fine", "deli", ""),
    ("Magasin bio", "organic", ""),
)


def write_csv(path, header, rows, encoding, separator=";"):
    """A CSV as a spreadsheet program saves it (CRLF lines; quotes only where needed)."""
    with open(path, "w", encoding=encoding, newline="") as stream:
        writer = csv.writer(stream, delimiter=separator, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
    return str(path)
