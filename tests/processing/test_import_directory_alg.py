import json

import pytest
from osgeo import ogr
from qgis.core import NULL, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer, QgsWkbTypes

from foodaccess.tests.geocoder_replay import (
    CATEGORY_MAPPING,
    DIRECTORY_HEADER,
    DIRECTORY_ROWS,
    MARSEILLE,
    GeocoderReplay,
    write_csv,
)


class Log(QgsProcessingFeedback):
    """Keeps what the algorithm writes to the log."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802 - Qt name
        self.lines.append(info)

    def pushWarning(self, warning):  # noqa: N802 - Qt name
        self.lines.append("WARNING " + warning)


def features(path):
    layer = QgsVectorLayer(path, "", "ogr")
    assert layer.isValid(), path
    return layer, list(layer.getFeatures())


def run_import(run_algorithm, tmp_path, replay, directory, feedback=None, **overrides):
    mapping = write_csv(tmp_path / "correspondance.csv", CATEGORY_MAPPING[0], CATEGORY_MAPPING[1:], "utf-8-sig")
    parameters = {
        "INPUT": directory,
        "NAME_FIELD": "Nom",
        "ADDRESS_FIELDS": ["Adresse", "Code postal", "Ville"],
        "CATEGORY_FIELD": "Catégorie",
        "CATEGORY_MAPPING": mapping,
        "ID_FIELD": "Référence",
        "GEOCODER_URL": replay.url,
        "OUTPUT": str(tmp_path / "outlets.gpkg"),
        "UNMATCHED": str(tmp_path / "unmatched.gpkg"),
    }
    parameters.update(overrides)
    return run_algorithm("importdirectory", parameters, feedback=feedback)


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig"])
def test_french_csv_is_geocoded_and_every_row_accounted_for(run_algorithm, tmp_path, encoding):
    directory = write_csv(tmp_path / "annuaire.csv", DIRECTORY_HEADER, [row for row, _ in DIRECTORY_ROWS], encoding)
    log = Log()
    with GeocoderReplay(MARSEILLE) as replay:
        replay.throttle(1)  # the first upload meets a 429, then goes through
        results = run_import(run_algorithm, tmp_path, replay, directory, log, LOCAL=True)
    assert [r.path for r in replay.requests] == ["/search/csv", "/search/csv"]  # one batch, retried once

    layer, placed = features(results["OUTPUT"])
    assert layer.wkbType() == QgsWkbTypes.Type.Point and layer.crs().authid() == "EPSG:4326"
    _, unmatched = features(results["UNMATCHED"])
    expected_placed = [row for row, reason in DIRECTORY_ROWS if reason is None]
    expected_unmatched = [(row, reason) for row, reason in DIRECTORY_ROWS if reason is not None]
    assert len(placed) + len(unmatched) == len(DIRECTORY_ROWS)
    assert any(
        f"{len(DIRECTORY_ROWS)} rows in the directory = {len(placed)} outlets in OUTPUT + "
        f"{len(unmatched)} rows in UNMATCHED" in line
        for line in log.lines
    )

    # Names come out exactly as written: no mojibake whatever the file's encoding.
    assert sorted(f["name"] for f in placed) == sorted(row[0] for row in expected_placed)
    by_id = {f["source_id"]: f for f in placed}
    for row in expected_placed:
        feature = by_id[row[5]]
        query = ", ".join(part for part in row[1:4] if part)
        point = feature.geometry().asPoint()
        assert (point.x(), point.y()) == tuple(MARSEILLE[query]["geometry"]["coordinates"])
        assert feature["geocode_score"] == MARSEILLE[query]["properties"]["score"]
        assert feature["geocode_label"] == MARSEILLE[query]["properties"]["label"]
        assert feature["address"] == f"{row[1]}, {row[2]} {row[3]}" and feature["source"] == "directory"
        assert feature["local"] is True  # the LOCAL default
        assert json.loads(feature["tags"])["Nom"] == row[0]
    assert by_id["A-01"]["category"] == "convenience" and by_id["A-01"]["subcategory"] == "grocery"
    assert by_id["A-02"]["category"] == "bakery"  # taxonomy label "Boulangerie", no mapping needed
    assert by_id["A-11"]["category"] == "organic" and by_id["A-11"]["organic"] is True
    assert by_id["A-10"]["category"] in (None, "")  # unmapped label: reported, not guessed
    assert any("WARNING Category label 'Crèmerie-fromagerie' (1 row)" in line for line in log.lines)

    assert {f["Référence"]: f["unmatched_reason"] for f in unmatched}.keys() == {r[5] for r, _ in expected_unmatched}
    for feature in unmatched:
        row, reason = next((r, why) for r, why in expected_unmatched if r[5] == feature["Référence"])
        assert reason in feature["unmatched_reason"]
        assert [feature[name] for name in DIRECTORY_HEADER] == list(row)  # all the original fields
        assert feature["source_row"] == DIRECTORY_ROWS.index((row, reason)) + 1


def test_a_csv_that_qgis_misreads_is_still_read_right(run_algorithm, tmp_path):
    """QGIS's OGR layer takes the Windows-1252 file for UTF-8: its field names are garbled.
    The dialog offers those names; the algorithm maps them by position to the real ones."""
    directory = write_csv(tmp_path / "annuaire.csv", DIRECTORY_HEADER, [row for row, _ in DIRECTORY_ROWS], "cp1252")
    layer = QgsVectorLayer(directory, "annuaire", "ogr")
    garbled = [field.name() for field in layer.fields()]
    assert "Catégorie" not in garbled  # the premise: QGIS got it wrong
    with GeocoderReplay(MARSEILLE) as replay:
        results = run_import(run_algorithm, tmp_path, replay, layer, CATEGORY_FIELD=garbled[4], ID_FIELD=garbled[5])
    _, placed = features(results["OUTPUT"])
    assert "Boulangerie Pâtissière Cœur de Blé" in {f["name"] for f in placed}
    assert {f["source_id"] for f in placed} >= {"A-01", "A-02"}


def test_few_rows_use_search_and_default_category(run_algorithm, tmp_path):
    rows = [DIRECTORY_ROWS[0][0], DIRECTORY_ROWS[11][0], DIRECTORY_ROWS[6][0]]
    directory = write_csv(tmp_path / "petit.csv", DIRECTORY_HEADER, rows, "utf-8")
    with GeocoderReplay(MARSEILLE) as replay:
        results = run_import(run_algorithm, tmp_path, replay, directory, DEFAULT_CATEGORY="bakery", ID_FIELD=None)
    assert [r.path for r in replay.requests] == ["/search", "/search"]  # two distinct addresses
    _, placed = features(results["OUTPUT"])
    categories = {f["name"]: f["category"] for f in placed}
    assert categories == {"Épicerie Dupré": "convenience", "Dépôt de pain Dupré": "bakery"}
    assert sorted(f["source_id"] for f in placed) == ["1", "2"]  # row numbers without ID_FIELD


def write_spreadsheet(path, driver, rows):
    """A spreadsheet written by GDAL: numbers as numbers, one text coordinate with a decimal comma."""
    dataset = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    layer = dataset.CreateLayer("producteurs", srs=None, geom_type=ogr.wkbNone)
    for name, kind in (
        ("Nom", ogr.OFTString),
        ("Longitude", ogr.OFTString),
        ("Latitude", ogr.OFTReal),
        ("Code postal", ogr.OFTInteger),
    ):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for index, value in enumerate(values):
            if value is not None:
                feature.SetField(index, value)
        layer.CreateFeature(feature)
    dataset = None
    return str(path)


@pytest.mark.parametrize("driver, suffix", [("XLSX", "xlsx"), ("ODS", "ods")])
def test_spreadsheet_with_coordinates_is_placed_without_geocoding(run_algorithm, tmp_path, driver, suffix):
    rows = [
        ("Ferme des Calanques", "5,4312", 43.2141, 13009),
        ("Rucher du Garlaban", "5.5521", 43.3402, 13011),
        ("Sans position", None, None, 13012),
    ]
    directory = write_spreadsheet(tmp_path / f"producteurs.{suffix}", driver, rows)
    results = run_algorithm(
        "importdirectory",
        {
            "INPUT": directory,
            "NAME_FIELD": "Nom",
            "LON_FIELD": "Longitude",
            "LAT_FIELD": "Latitude",
            "DEFAULT_CATEGORY": "farm_shop",
            "ORGANIC": True,
            "OUTPUT": str(tmp_path / "outlets.gpkg"),
            "UNMATCHED": str(tmp_path / "unmatched.gpkg"),
        },
    )
    _, placed = features(results["OUTPUT"])
    assert [(f["name"], f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in placed] == [
        ("Ferme des Calanques", 5.4312, 43.2141),
        ("Rucher du Garlaban", 5.5521, 43.3402),
    ]
    assert all(f["category"] == "farm_shop" and f["local"] and f["organic"] for f in placed)
    assert all(f["geocode_score"] == NULL and f["geocode_label"] == NULL for f in placed)  # not geocoded
    _, unmatched = features(results["UNMATCHED"])
    assert [(f["Nom"], f["Code postal"], f["source_row"]) for f in unmatched] == [("Sans position", 13012, 3)]


def test_cancel_leaves_no_output(run_algorithm, tmp_path):
    directory = write_csv(tmp_path / "annuaire.csv", DIRECTORY_HEADER, [row for row, _ in DIRECTORY_ROWS], "utf-8")
    feedback = QgsProcessingFeedback()
    with GeocoderReplay(MARSEILLE) as replay:
        replay.throttle(1, retry_after="30")  # the run waits; the user cancels meanwhile
        replay.server.respond = lambda request, respond=replay.respond: (feedback.cancel(), respond(request))[1]
        with pytest.raises(QgsProcessingException, match="Cancelled"):
            run_import(run_algorithm, tmp_path, replay, directory, feedback)
    assert not (tmp_path / "outlets.gpkg").exists() and not (tmp_path / "unmatched.gpkg").exists()


def test_missing_address_and_coordinates_is_explained(run_algorithm, tmp_path):
    directory = write_csv(tmp_path / "annuaire.csv", DIRECTORY_HEADER, [DIRECTORY_ROWS[0][0]], "utf-8")
    with pytest.raises(QgsProcessingException, match="Give the address fields"):
        run_algorithm(
            "importdirectory",
            {"INPUT": directory, "NAME_FIELD": "Nom", "OUTPUT": "TEMPORARY_OUTPUT", "UNMATCHED": "TEMPORARY_OUTPUT"},
        )


def test_lambert93_columns_with_coordinates_crs(run_algorithm, tmp_path):
    """SIRENE's geolocated establishments give Lambert-93 X/Y in metres: COORDINATES_CRS places them;
    without it, the rows are unmatched with the fix in the reason."""
    from osgeo import osr

    wgs84, lambert93 = osr.SpatialReference(), osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    lambert93.ImportFromEPSG(2154)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lambert93.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_lambert93 = osr.CoordinateTransformation(wgs84, lambert93)
    places = {"Primeur du Cours Julien": (5.3832, 43.2942), "Ferme de Saint-Denis": (2.3601, 48.9362)}
    rows = [
        (name, f"{x:.2f}".replace(".", ","), f"{y:.2f}".replace(".", ","))  # French decimal commas
        for name, (x, y, _z) in ((name, to_lambert93.TransformPoint(*lonlat)) for name, lonlat in places.items())
    ]
    rows.append(("En degrés par erreur", "5,37", "43,29"))
    directory = write_csv(
        tmp_path / "sirene.csv",
        ("denominationUsuelle", "coordonneeLambertAbscisse", "coordonneeLambertOrdonnee"),
        rows,
        "utf-8",
    )
    parameters = {
        "INPUT": directory,
        "NAME_FIELD": "denominationUsuelle",
        "LON_FIELD": "coordonneeLambertAbscisse",
        "LAT_FIELD": "coordonneeLambertOrdonnee",
        "DEFAULT_CATEGORY": "greengrocer",
    }

    results = run_algorithm(
        "importdirectory",
        {
            **parameters,
            "COORDINATES_CRS": "EPSG:2154",
            "OUTPUT": str(tmp_path / "o.gpkg"),
            "UNMATCHED": str(tmp_path / "u.gpkg"),
        },
    )
    layer, placed = features(results["OUTPUT"])
    assert layer.crs().authid() == "EPSG:4326"
    for feature in placed:
        lon, lat = places[feature["name"]]
        point = feature.geometry().asPoint()
        assert abs(point.x() - lon) < 1e-6 and abs(point.y() - lat) < 1e-6  # within 0.1 m
    assert sorted(f["name"] for f in placed) == sorted(places)
    _, unmatched = features(results["UNMATCHED"])
    assert [(f["denominationUsuelle"], f["unmatched_reason"]) for f in unmatched] == [
        ("En degrés par erreur", "coordinates outside the valid area of COORDINATES_CRS (x 5.37, y 43.29)")
    ]

    results = run_algorithm(
        "importdirectory", {**parameters, "OUTPUT": str(tmp_path / "o2.gpkg"), "UNMATCHED": str(tmp_path / "u2.gpkg")}
    )
    _, unmatched = features(results["UNMATCHED"])
    reasons = {f["denominationUsuelle"]: f["unmatched_reason"] for f in unmatched}
    assert set(reasons) == set(places)  # degrees are taken as degrees: the last row is placed
    assert all("look like Lambert-93 metres; set COORDINATES_CRS to EPSG:2154" in r for r in reasons.values())


@pytest.mark.parametrize("driver, suffix", [("XLSX", "xlsx"), ("ODS", "ods")])
def test_spreadsheet_with_the_address_split_in_columns(run_algorithm, tmp_path, driver, suffix):
    """Number, street, postcode (a number: 01000 is stored as 1000) and city in separate columns."""
    path = str(tmp_path / f"annuaire.{suffix}")
    dataset = ogr.GetDriverByName(driver).CreateDataSource(path)
    layer = dataset.CreateLayer("annuaire", srs=None, geom_type=ogr.wkbNone)
    for name, kind in (
        ("Nom", ogr.OFTString),
        ("Numéro", ogr.OFTInteger),
        ("Voie", ogr.OFTString),
        ("CP", ogr.OFTInteger),
        ("Ville", ogr.OFTString),
    ):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for values in (
        ("Épicerie Dupré", 12, "rue de la République", 13001, "Marseille"),
        ("Primeur Bourgmayer", 3, "rue Bourgmayer", 1000, "Bourg-en-Bresse"),
    ):
        feature = ogr.Feature(layer.GetLayerDefn())
        for index, value in enumerate(values):
            feature.SetField(index, value)
        layer.CreateFeature(feature)
    dataset = None
    with GeocoderReplay(MARSEILLE) as replay:
        results = run_algorithm(
            "importdirectory",
            {
                "INPUT": path,
                "NAME_FIELD": "Nom",
                "ADDRESS_FIELDS": ["Numéro", "Voie", "CP", "Ville"],
                "GEOCODER_URL": replay.url,
                "OUTPUT": str(tmp_path / "o.gpkg"),
                "UNMATCHED": str(tmp_path / "u.gpkg"),
            },
        )
    assert [request.query["q"] for request in replay.requests] == [
        "12 rue de la République, 13001 Marseille",
        "3 rue Bourgmayer, 01000 Bourg-en-Bresse",
    ]
    _, placed = features(results["OUTPUT"])
    assert [(f["name"], f["address"]) for f in placed] == [
        ("Épicerie Dupré", "12 rue de la République, 13001 Marseille")
    ]
    _, unmatched = features(results["UNMATCHED"])
    assert [(f["Nom"], f["CP"], f["unmatched_reason"]) for f in unmatched] == [
        ("Primeur Bourgmayer", 1000, "address not found by the geocoder")
    ]  # the original value, as the file has it
