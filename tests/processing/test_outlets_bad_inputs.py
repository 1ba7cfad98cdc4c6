"""Bad inputs and missing data of the outlet algorithms (fetchoutlets, importdirectory, mergeoutlets) and of every
algorithm's outputs end in clear words: a QgsProcessingException naming the input and the fix, or a warning with
figures; never a traceback, a row lost without a word or a user's layer destroyed (issue 14)."""

import pytest
from area_layers import memory_layer
from feedback import RecordingFeedback
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

HEADER = "Nom;Adresse;Longitude;Latitude"
OUTLET_FIELDS = ["source:string", "source_id:string", "name:string", "category:string"]
OUTLET_FIELDS += ["organic:boolean", "local:boolean"]


def csv_file(path, lines, encoding="utf-8"):
    """A CSV of ``lines`` (CRLF-terminated, as spreadsheets save them)."""
    path.write_bytes("".join(line + "\r\n" for line in lines).encode(encoding))
    return str(path)


def features(path):
    layer = QgsVectorLayer(str(path), "", "ogr")
    assert layer.isValid(), path
    return list(layer.getFeatures())


def import_coordinates(run_algorithm, tmp_path, directory, feedback=None, **overrides):
    """importdirectory of a directory with coordinates (no geocoder): (placed features, unmatched features)."""
    parameters = {
        "INPUT": directory,
        "NAME_FIELD": "Nom",
        "LON_FIELD": "Longitude",
        "LAT_FIELD": "Latitude",
        "OUTPUT": str(tmp_path / "outlets.gpkg"),
        "UNMATCHED": str(tmp_path / "unmatched.gpkg"),
        **overrides,
    }
    results = run_algorithm("importdirectory", parameters, feedback=feedback)
    return features(results["OUTPUT"]), features(results["UNMATCHED"])


# --- importdirectory: the cases ------------------------------------------------------------------------
def test_an_unclosed_quote_rejects_its_line_and_keeps_every_other_row(run_algorithm, tmp_path):
    """A stray quote used to swallow the rest of the file into one cell: 4 rows became 2, without a word."""
    directory = csv_file(
        tmp_path / "annuaire.csv",
        [
            HEADER,
            "Primeur A;1 rue A;7.420;43.730",
            '"Primeur B;2 rue B;7.421;43.731',
            "Primeur C;3 rue C;7.422;43.732",
            "Primeur D;4 rue D;7.423;43.733",
        ],
    )
    feedback = RecordingFeedback()
    placed, unmatched = import_coordinates(run_algorithm, tmp_path, directory, feedback)
    assert sorted(feature["name"] for feature in placed) == ["Primeur A", "Primeur C", "Primeur D"]
    assert [(feature["source_row"], feature["Nom"]) for feature in unmatched] == [(2, '"Primeur B')]
    assert unmatched[0]["unmatched_reason"].startswith('line 3 of the file holds a quote (") that is never closed')
    assert any(
        f'Line(s) 3 of {directory} hold a quote (") that is never closed: those 1 row(s) were not read' in warning
        for warning in feedback.warnings
    )
    assert any("4 rows in the directory = 3 outlets in OUTPUT + 1 rows in UNMATCHED" in info for info in feedback.infos)


def test_an_address_written_on_two_lines_is_still_one_row(run_algorithm, tmp_path):
    directory = csv_file(
        tmp_path / "annuaire.csv",
        [HEADER, 'Primeur A;"1 rue A', 'Bâtiment B";7.420;43.730', "Primeur C;3 rue C;7.422;43.732"],
    )
    placed, unmatched = import_coordinates(run_algorithm, tmp_path, directory)
    assert [feature["name"] for feature in placed] == ["Primeur A", "Primeur C"] and not unmatched


def test_a_utf16_csv_is_read_as_the_readme_promises(run_algorithm, tmp_path):
    """OGR's CSV driver cannot open UTF-16: QGIS refused the file before the plugin's reader ran."""
    rows = [HEADER, "Épicerie Dupré;1 rue A;7.420;43.730", "Cœur de Blé;;7.421;43.731"]
    directory = csv_file(tmp_path / "annuaire.csv", rows, "utf-16")
    assert not QgsVectorLayer(directory, "", "ogr").isValid()  # the premise
    feedback = RecordingFeedback()
    placed, unmatched = import_coordinates(run_algorithm, tmp_path, directory, feedback)
    assert sorted(feature["name"] for feature in placed) == ["Cœur de Blé", "Épicerie Dupré"] and not unmatched
    assert any("encoding utf-16, separator ';', 2 rows" in info for info in feedback.infos)


def test_an_empty_csv_is_named_with_the_fix(run_algorithm, tmp_path):
    directory = tmp_path / "annuaire.csv"
    directory.write_bytes(b"")
    with pytest.raises(QgsProcessingException, match=f"The directory {directory} is empty: expected a header line"):
        import_coordinates(run_algorithm, tmp_path, str(directory))
    assert not (tmp_path / "outlets.gpkg").exists() and not (tmp_path / "unmatched.gpkg").exists()


# --- mergeoutlets -------------------------------------------------------------------------------------------------
def lonlat(lon, lat):
    return QgsGeometry.fromPointXY(QgsPointXY(lon, lat))


def outlets_layer(rows, crs="EPSG:4326", name="outlets"):
    """A memory layer in the outlet schema: rows of (lon, lat, source, source_id, name, category)."""
    layer = memory_layer(
        "Point", OUTLET_FIELDS, [(lonlat(lon, lat), *values, False, False) for lon, lat, *values in rows], crs
    )
    layer.setName(name)
    return layer


def osm_and_directory(directory_crs="EPSG:4326"):
    osm = outlets_layer([(7.4200, 43.7300, "osm", "node/1", "Carrefour City", "supermarket")], name="osm")
    directory = outlets_layer(
        [(7.42001, 43.73001, "directory", "D1", "Carrefour city", "supermarket")], directory_crs, "annuaire"
    )
    return osm, directory


def merge(run_algorithm, layers, **parameters):
    return run_algorithm(
        "mergeoutlets", {"LAYERS": layers, "OUTPUT": "memory:", "MERGE_REPORT": "memory:", **parameters}
    )


def test_a_layer_without_crs_is_refused_by_name(run_algorithm):
    """Its positions were taken for WGS 84 (or anything), and the merge was silently wrong."""
    osm, directory = osm_and_directory(directory_crs=None)
    assert not directory.crs().isValid()  # the premise: a shapefile without .prj
    with pytest.raises(
        QgsProcessingException,
        match=r"Layer 'annuaire' has no CRS \(coordinate reference system\).*Layer Properties ▸ Source ▸ CRS",
    ):
        merge(run_algorithm, [osm, directory])
    directory.setCrs(osm.crs())
    merged = merge(run_algorithm, [osm, directory])["OUTPUT"]
    assert [feature["source"] for feature in merged.getFeatures()] == ["osm+directory"]


# --- truncated OSM extracts ---------------------------------------------------------------------------------------
@pytest.fixture
def truncated_pbf(monaco_pbf, tmp_path):
    data = open(monaco_pbf, "rb").read()
    path = tmp_path / "monaco-truncated.osm.pbf"
    path.write_bytes(data[: len(data) * 3 // 4])  # a download cut short
    return str(path)


TRUNCATED = r"could not read the OSM file .*monaco-truncated\.osm\.pbf completely: the file is truncated or corrupt"


def test_a_truncated_pbf_as_street_network_is_named_truncated(run_algorithm, truncated_pbf, tmp_path):
    """It said "No walkable way in …": the extract is cut, not street-less."""
    origins = memory_layer("Point", ["id:integer"], [(lonlat(7.4200, 43.7300), 1)], "EPSG:4326")
    outlets = outlets_layer([(7.4210, 43.7310, "osm", "node/1", "Carrefour", "supermarket")])
    with pytest.raises(QgsProcessingException, match=TRUNCATED + r".*Download the extract again"):
        run_algorithm(
            "accesstimes",
            {"ORIGINS": origins, "OUTLETS": outlets, "MODE": 1, "OSM_FILE": truncated_pbf, "OUTPUT": "memory:"},
        )


def test_a_truncated_pbf_in_fetchoutlets_is_named_truncated(run_algorithm, truncated_pbf, tmp_path):
    output = tmp_path / "outlets.gpkg"
    with pytest.raises(QgsProcessingException, match=TRUNCATED):
        run_algorithm("fetchoutlets", {"OSM_FILE": truncated_pbf, "OUTPUT": str(output)})
    assert not output.exists()


# --- an output never destroys an input (every algorithm: processing/destinations.py) -------------------------------
def geopackage(path, layers):
    """A GeoPackage holding ``layers`` {name: memory layer}."""
    for index, (name, layer) in enumerate(layers.items()):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName, options.layerName = "GPKG", name
        if index:
            options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
        assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    return str(path)


def layer_counts(path):
    """{layer name: feature count} of a GeoPackage."""
    from osgeo import ogr

    dataset = ogr.Open(str(path))
    layers = [dataset.GetLayer(index) for index in range(dataset.GetLayerCount())]
    return {layer.GetName(): layer.GetFeatureCount() for layer in layers}


@pytest.fixture
def study_gpkg(tmp_path):
    """The analyst's GeoPackage: the origins and the districts of the study."""
    origins = memory_layer(
        "Point", ["id:integer"], [(lonlat(7.4200, 43.7300), 1), (lonlat(7.4250, 43.7350), 2)], "EPSG:4326"
    )
    square = QgsGeometry.fromWkt("POLYGON((7.41 43.72,7.44 43.72,7.44 43.75,7.41 43.75,7.41 43.72))")
    districts = memory_layer("Polygon", ["name:string"], [(square, "Monaco")], "EPSG:4326")
    return geopackage(tmp_path / "study.gpkg", {"origins": origins, "districts": districts})


def test_accesstimes_into_the_geopackage_of_its_origins_is_refused(run_algorithm, study_gpkg):
    outlets = outlets_layer([(7.4210, 43.7310, "osm", "node/1", "Carrefour", "supermarket")])
    parameters = {"ORIGINS": study_gpkg + "|layername=origins", "OUTLETS": outlets, "MODE": 0}
    with pytest.raises(
        QgsProcessingException,
        match=rf"OUTPUT is the file {study_gpkg}, which holds the input ORIGINS: writing there would replace the "
        rf"whole file and destroy the input\. Choose a new file, or write a new layer into that file with "
        rf"ogr:dbname='{study_gpkg}' table=\"new_layer\"",
    ):
        run_algorithm("accesstimes", {**parameters, "OUTPUT": study_gpkg})
    assert layer_counts(study_gpkg) == {"origins": 2, "districts": 1}
    # Overwriting the ORIGINS layer itself is refused too.
    with pytest.raises(QgsProcessingException, match=r"OUTPUT would overwrite the layer origins of .*input ORIGINS"):
        run_algorithm("accesstimes", {**parameters, "OUTPUT": f"ogr:dbname='{study_gpkg}' table=\"origins\""})
    # The way out the message gives: a new layer beside the others.
    run_algorithm("accesstimes", {**parameters, "OUTPUT": f"ogr:dbname='{study_gpkg}' table=\"access\" (geom)"})
    assert layer_counts(study_gpkg) == {"origins": 2, "districts": 1, "access": 2}


def test_an_outlet_output_into_a_geopackage_of_several_layers_is_refused(run_algorithm, study_gpkg, tmp_path):
    """Not an input, but replacing the file would destroy its layers all the same."""
    osm, directory = osm_and_directory()
    with pytest.raises(
        QgsProcessingException,
        match=rf"OUTPUT is the file {study_gpkg}, which holds 2 layers \(origins, districts\): writing there would "
        r"replace the whole file",
    ):
        merge(run_algorithm, [osm, directory], OUTPUT=study_gpkg)
    assert layer_counts(study_gpkg) == {"origins": 2, "districts": 1}


def test_two_outputs_of_one_run_in_one_file_are_refused(run_algorithm, tmp_path):
    osm, directory = osm_and_directory()
    same = str(tmp_path / "merged.gpkg")
    with pytest.raises(
        QgsProcessingException, match=rf"MERGE_REPORT and OUTPUT are both written to {same}: one would replace"
    ):
        merge(run_algorithm, [osm, directory], OUTPUT=same, MERGE_REPORT=same)
    assert not (tmp_path / "merged.gpkg").exists()


def test_mergeoutlets_into_the_geopackage_of_its_layers_is_refused(run_algorithm, tmp_path):
    osm, directory = osm_and_directory()
    outlets = geopackage(tmp_path / "outlets.gpkg", {"osm": osm, "annuaire": directory})
    layers = [outlets + "|layername=osm", outlets + "|layername=annuaire"]
    with pytest.raises(QgsProcessingException, match=rf"OUTPUT is the file {outlets}, which holds the input LAYERS"):
        merge(run_algorithm, layers, OUTPUT=outlets)
    assert layer_counts(outlets) == {"osm": 1, "annuaire": 1}
