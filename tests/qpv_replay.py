"""A small QPV 2024 file in the official schema of the ANCT dataset on data.gouv.fr, and its replies.

The national resource is a ZIP archive holding
GEOJSON/QP2024_France_Hexagonale_Outre_Mer_WGS84.geojson (and one file per
territory); each feature has fid, code_qp, lib_qp, insee_reg, lib_reg,
insee_dep, lib_dep, insee_com, lib_com, siren_epci. Geometries here are small
squares at the right places.
"""

import io
import json
import zipfile

from servers import Reply

MARSEILLE_EPCI = "200054807"
PARIS_EPCI = "200054781"
# The fields of the official QPV 2024 file that the plugin keeps (all but the row number), in their order.
OFFICIAL_FIELDS = [
    "code_qp",
    "lib_qp",
    "insee_reg",
    "lib_reg",
    "insee_dep",
    "lib_dep",
    "insee_com",
    "lib_com",
    "siren_epci",
]


def square(lon, lat, size=0.01):
    ring = [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]
    return {"type": "MultiPolygon", "coordinates": [[ring]]}


def qpv(fid, code, name, dep, lib_dep, commune, lib_com, epci, lon, lat):
    return {
        "type": "Feature",
        "properties": {
            "fid": fid,
            "code_qp": code,
            "lib_qp": name,
            "insee_reg": "93" if dep == "013" else "11",
            "lib_reg": "Provence-Alpes-Côte d'Azur" if dep == "013" else "Île-de-France",
            "insee_dep": dep[1:],
            "lib_dep": lib_dep,
            "insee_com": commune,
            "lib_com": lib_com,
            "siren_epci": epci,
        },
        "geometry": square(lon, lat),
    }


FEATURES = [
    qpv(1, "QN01301M", "Centre Nord", "013", "Bouches-du-Rhône", "13055", "Marseille", MARSEILLE_EPCI, 5.37, 43.30),
    qpv(2, "QN01302I", "Air Bel", "013", "Bouches-du-Rhône", "13055", "Marseille", MARSEILLE_EPCI, 5.44, 43.29),
    qpv(
        3,
        "QN01303M",
        "Les Canourgues - Vallon de Sainte-Marthe",
        "013",
        "Bouches-du-Rhône",
        "13055, 13070",
        "Marseille, Les Pennes-Mirabeau",
        MARSEILLE_EPCI,
        5.40,
        43.35,
    ),
    qpv(
        4,
        "QN01304N",
        "Centre Ancien",
        "013",
        "Bouches-du-Rhône",
        "13001",
        "Aix-en-Provence",
        MARSEILLE_EPCI,
        5.45,
        43.53,
    ),
    qpv(5, "QN07501I", "Porte de Clignancourt", "075", "Paris", "75056", "Paris", PARIS_EPCI, 2.34, 48.89),
]


def collection(features=None):
    return {
        "type": "FeatureCollection",
        "name": "QP2024_France_Hexagonale_Outre_Mer_WGS84",
        "features": FEATURES if features is None else features,
    }


def geojson_bytes(features=None):
    return json.dumps(collection(features), ensure_ascii=False).encode("utf-8")


def zip_bytes(features=None):
    """The archive as data.gouv.fr serves it: a per-territory file first, then the national one."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("GEOJSON/QP2024_Metropole_Hexagonale_WGS84.geojson", geojson_bytes(FEATURES[:1]))
        archive.writestr("GEOJSON/QP2024_France_Hexagonale_Outre_Mer_WGS84.geojson", geojson_bytes(features))
        archive.writestr("LISEZMOI.txt", "Quartiers prioritaires 2024")
    return buffer.getvalue()


def zip_reply(request):
    return Reply(200, zip_bytes(), content_type="application/zip")
