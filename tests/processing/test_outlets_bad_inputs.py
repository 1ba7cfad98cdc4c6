"""Bad inputs and missing data of the outlet algorithms (fetchoutlets, importdirectory, mergeoutlets) and of every
algorithm's outputs end in clear words: a QgsProcessingException naming the input and the fix, or a warning with
figures; never a traceback, a row lost without a word or a user's layer destroyed (issue 14)."""

import json
import uuid

import pytest
from area_layers import abort_context, memory_layer
from feedback import RecordingFeedback
from overpass_replay import OverpassReplay, read_pbf, replay_server
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from servers import Reply

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
        f'Line 3 of {directory} holds a quote (") that is never closed: that row was not read and is in UNMATCHED'
        in warning
        for warning in feedback.warnings
    )
    assert any("4 rows in the directory = 3 outlets in OUTPUT + 1 row in UNMATCHED" in info for info in feedback.infos)


def test_an_address_written_on_two_lines_is_still_one_row(run_algorithm, tmp_path):
    directory = csv_file(
        tmp_path / "annuaire.csv",
        [HEADER, 'Primeur A;"1 rue A', 'Bâtiment B";7.420;43.730', "Primeur C;3 rue C;7.422;43.732"],
    )
    placed, unmatched = import_coordinates(run_algorithm, tmp_path, directory)
    assert [feature["name"] for feature in placed] == ["Primeur A", "Primeur C"] and not unmatched


def test_a_utf16_csv_is_read_as_the_readme_promises(run_algorithm, tmp_path):
    """OGR's CSV driver of GDAL 3.6 (QGIS 3.22, Debian 12) cannot open UTF-16, newer ones can: QGIS refused the file
    before the plugin's reader ran. The plugin reads it whatever GDAL does."""
    rows = [HEADER, "Épicerie Dupré;1 rue A;7.420;43.730", "Cœur de Blé;;7.421;43.731"]
    directory = csv_file(tmp_path / "annuaire.csv", rows, "utf-16")
    feedback = RecordingFeedback()
    placed, unmatched = import_coordinates(run_algorithm, tmp_path, directory, feedback)
    assert sorted(feature["name"] for feature in placed) == ["Cœur de Blé", "Épicerie Dupré"] and not unmatched
    assert any("encoding utf-16, separator ';', 2 rows" in info for info in feedback.infos)
    # In the dialog: the file added as a delimited-text layer in UTF-16 (the fields are then listed right).
    layer = QgsVectorLayer(f"file://{directory}?encoding=UTF-16&delimiter=;&type=csv", "annuaire", "delimitedtext")
    assert layer.isValid()
    placed, unmatched = import_coordinates(run_algorithm, tmp_path, layer)
    assert sorted(feature["name"] for feature in placed) == ["Cœur de Blé", "Épicerie Dupré"] and not unmatched


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


def merge(run_algorithm, layers, feedback=None, **parameters):
    return run_algorithm(
        "mergeoutlets",
        {"LAYERS": layers, "OUTPUT": "memory:", "MERGE_REPORT": "memory:", **parameters},
        feedback=feedback,
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
    # The same with only the selected origins (as the dialog passes them).
    selected = QgsProcessingFeatureSourceDefinition(study_gpkg + "|layername=origins", True)
    with pytest.raises(
        QgsProcessingException, match=rf"OUTPUT is the file {study_gpkg}, which holds the input ORIGINS"
    ):
        run_algorithm("accesstimes", {**parameters, "ORIGINS": selected, "OUTPUT": study_gpkg})
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


def test_temporary_outputs_load_without_a_phantom_layer(run_algorithm):
    """Reading a destination with parameterAsOutputLayer registered a "memory:<description>" layer to load that
    never existed: the dialog said "The following layers were not correctly generated" after every run."""
    osm, directory = osm_and_directory()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    temporary = {
        name: QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", QgsProject.instance())
        for name in ("OUTPUT", "MERGE_REPORT")
    }
    run_algorithm("mergeoutlets", {"LAYERS": [osm, directory], **temporary}, context=context)
    to_load = context.layersToLoadOnCompletion()
    assert len(to_load) == 2 and not [key for key in to_load if key.startswith("memory:")]


# --- fetchoutlets: more bad inputs --------------------------------------------------------------------------------
MONACO_SQUARE = "POLYGON((7.41 43.72,7.44 43.72,7.44 43.75,7.41 43.75,7.41 43.72))"
# The square's diagonals crossed: a self-intersecting ring, whose makeValid is its two triangles (below).
BOW_TIE = "POLYGON((7.41 43.72,7.44 43.75,7.44 43.72,7.41 43.75,7.41 43.72))"
TRIANGLES = (
    "MULTIPOLYGON(((7.41 43.72,7.425 43.735,7.41 43.75,7.41 43.72)),"
    "((7.425 43.735,7.44 43.75,7.44 43.72,7.425 43.735)))"
)


def area(wkt, crs="EPSG:4326"):
    return memory_layer("Polygon", ["name:string"], [(QgsGeometry.fromWkt(wkt), "zone")], crs)


def fetch_file(run_algorithm, monaco_pbf, tmp_path, feedback=None, context=None, **parameters):
    """fetchoutlets in file mode: the source ids of the outlets written."""
    output = tmp_path / f"{uuid.uuid4().hex}.gpkg"
    run_algorithm(
        "fetchoutlets",
        {"OSM_FILE": monaco_pbf, "OUTPUT": str(output), **parameters},
        feedback=feedback,
        context=context,
    )
    return {feature["source_id"] for feature in features(output)}


def test_a_bow_tie_area_is_repaired_and_named_run_after_run(run_algorithm, monaco_pbf, tmp_path):
    """With Processing's default check (stop on invalid), QGIS 3.22 threw through the Python frames, and the
    next run in the same process crashed. AREA is read unchecked and repaired with makeValid."""
    expected = fetch_file(run_algorithm, monaco_pbf, tmp_path, AREA=area(TRIANGLES))
    assert expected  # the premise: outlets in both triangles
    for _ in range(2):
        feedback = RecordingFeedback()
        found = fetch_file(run_algorithm, monaco_pbf, tmp_path, feedback, abort_context(), AREA=area(BOW_TIE))
        assert found == expected
        assert any(
            "Invalid geometries of AREA repaired with makeValid (1; feature id and reason: 1 (Self-intersection"
            in warning
            for warning in feedback.warnings
        )


def test_an_area_of_null_geometries_is_refused(run_algorithm, monaco_pbf, tmp_path):
    empty = memory_layer("Polygon", ["name:string"], [(QgsGeometry(), "A"), (QgsGeometry(), "B")], "EPSG:4326")
    with pytest.raises(QgsProcessingException, match=r"The AREA layer has no polygon \(or none selected\)"):
        fetch_file(run_algorithm, monaco_pbf, tmp_path, AREA=empty)


def test_an_area_without_crs_is_refused(run_algorithm, monaco_pbf, tmp_path):
    """Its coordinates were taken as they are, whatever they were."""
    with pytest.raises(
        QgsProcessingException, match=r"The AREA layer has no CRS \(coordinate reference system\).*Layer Properties"
    ):
        fetch_file(run_algorithm, monaco_pbf, tmp_path, AREA=area(MONACO_SQUARE, crs=None))


def test_an_extent_in_another_crs_that_misses_the_area_is_refused(run_algorithm, monaco_pbf, tmp_path):
    paris = "650000,660000,6860000,6870000 [EPSG:2154]"
    with pytest.raises(QgsProcessingException, match="The EXTENT and the AREA do not overlap"):
        fetch_file(run_algorithm, monaco_pbf, tmp_path, AREA=area(MONACO_SQUARE), EXTENT=paris)
    # Without AREA: an empty layer, and a warning that says so.
    feedback = RecordingFeedback()
    assert fetch_file(run_algorithm, monaco_pbf, tmp_path, feedback, EXTENT=paris) == set()
    assert any("No outlet of the chosen categories in this extent" in warning for warning in feedback.warnings)


def test_a_file_that_is_not_osm_is_named(run_algorithm, tmp_path):
    not_osm = tmp_path / "monaco.osm.pbf"
    not_osm.write_text('{"type": "FeatureCollection", "features": []}')
    with pytest.raises(QgsProcessingException, match=rf"GDAL cannot read {not_osm} as an OpenStreetMap file"):
        fetch_file(run_algorithm, str(not_osm), tmp_path)


def test_a_malformed_taxonomy_is_named_with_its_line(run_algorithm, monaco_pbf, tmp_path):
    broken = tmp_path / "taxonomy.json"
    broken.write_text('{"categories": [{"id": "bakery",, }]}')
    with pytest.raises(
        QgsProcessingException, match=rf"The taxonomy file {broken} is not valid JSON \(line 1, column 33"
    ):
        fetch_file(run_algorithm, monaco_pbf, tmp_path, TAXONOMY=str(broken))


@pytest.fixture(scope="module")
def replay(monaco_pbf):
    return OverpassReplay(read_pbf(monaco_pbf))


WELCOME_PAGE = Reply(200, b"<html><body><h1>Welcome to nginx!</h1></body></html>", content_type="text/html")
MALFORMED_ELEMENTS = Reply(
    200,
    json.dumps(
        {"elements": [{"type": "way", "id": 7, "tags": {"shop": "bakery"}, "geometry": [{"lat": 43.73}]}]}
    ).encode(),
)


@pytest.mark.parametrize(
    "reply, message",
    [
        (WELCOME_PAGE, r"did not answer with Overpass JSON \(is OVERPASS_URL an Overpass interpreter\?\): Welcome"),
        (MALFORMED_ELEMENTS, r"is not Overpass JSON: element 1 of 1 is malformed \(KeyError 'lon'"),
    ],
    ids=["html-page", "malformed-elements"],
)
def test_an_answer_that_is_not_overpass_json_is_named_and_not_cached(run_algorithm, replay, tmp_path, reply, message):
    """A captive portal's page, or elements a broken mirror shaped otherwise: a traceback before (KeyError), and
    the answer was cached for 7 days before it was read."""
    with replay_server(replay, [reply]) as server:
        url = f"{server.url}/{uuid.uuid4().hex}/api/interpreter"  # a server the profile's cache has never seen
        parameters = {"EXTENT": "7.4190,7.4230,43.7300,43.7340 [EPSG:4326]", "OVERPASS_URL": url}
        output = tmp_path / "outlets.gpkg"
        with pytest.raises(QgsProcessingException, match=message):
            run_algorithm("fetchoutlets", {**parameters, "OUTPUT": str(output)})
        assert not output.exists()
        run_algorithm("fetchoutlets", {**parameters, "OUTPUT": str(output)})  # asks again: nothing was cached
    assert len(server.requests) == 2 and features(output)


# --- importdirectory: more bad inputs -----------------------------------------------------------------------------
@pytest.fixture
def directory(tmp_path):
    return csv_file(tmp_path / "annuaire.csv", [HEADER, "Épicerie Dupré;1 rue A;7.420;43.730"], "cp1252")


def test_a_wrong_encoding_chosen_is_named_with_the_fix(run_algorithm, tmp_path, directory):
    with pytest.raises(
        QgsProcessingException,
        match=rf"The directory {directory} is not in the encoding utf-8-sig .*Leave ENCODING on automatic detection",
    ):
        import_coordinates(run_algorithm, tmp_path, directory, ENCODING=1)
    placed, _ = import_coordinates(run_algorithm, tmp_path, directory)  # automatic detection
    assert [feature["name"] for feature in placed] == ["Épicerie Dupré"]


def test_an_address_field_the_file_lacks_is_named_with_the_fields_it_has(run_algorithm, tmp_path, directory):
    with pytest.raises(
        QgsProcessingException,
        match=r"The directory has no field 'Rue'; its fields are: Nom, Adresse, Longitude, Latitude\.",
    ):
        import_coordinates(run_algorithm, tmp_path, directory, ADDRESS_FIELDS=["Rue"], LON_FIELD=None, LAT_FIELD=None)


def test_a_mapping_file_without_its_columns_is_named(run_algorithm, tmp_path, directory):
    mapping = tmp_path / "correspondance.csv"
    mapping.write_text("libellé;catégorie\nÉpicerie;convenience\n", encoding="utf-8")
    with pytest.raises(
        QgsProcessingException,
        match=rf"The category mapping {mapping} needs a header line with the columns label and category .*it has: "
        r"libellé, catégorie\.",
    ):
        import_coordinates(run_algorithm, tmp_path, directory, CATEGORY_MAPPING=str(mapping), CATEGORY_FIELD="Nom")


def test_a_default_category_that_is_no_taxonomy_id_is_named_with_the_ids(run_algorithm, tmp_path, directory):
    with pytest.raises(
        QgsProcessingException, match=r"Unknown category 'boulangerie' in taxonomy .*known categories: supermarket"
    ):
        import_coordinates(run_algorithm, tmp_path, directory, DEFAULT_CATEGORY="boulangerie")


def test_a_directory_with_only_its_header_says_so(run_algorithm, tmp_path):
    feedback = RecordingFeedback()
    placed, unmatched = import_coordinates(run_algorithm, tmp_path, csv_file(tmp_path / "vide.csv", [HEADER]), feedback)
    assert placed == [] and unmatched == []
    assert any(
        "The directory has a header line (Nom, Adresse, Longitude, Latitude) but no row: OUTPUT and UNMATCHED are "
        "empty" in warning
        for warning in feedback.warnings
    )


def test_a_folder_or_a_missing_file_as_input_is_named(run_algorithm, tmp_path):
    """QGIS said "Incorrect parameter value for INPUT"."""
    with pytest.raises(QgsProcessingException, match=rf"QGIS cannot open the directory table {tmp_path}: save it"):
        import_coordinates(run_algorithm, tmp_path, str(tmp_path))
    missing = tmp_path / "annuaire.xlsx"
    with pytest.raises(QgsProcessingException, match=rf"The directory table {missing} does not exist"):
        import_coordinates(run_algorithm, tmp_path, str(missing))


def test_coordinates_that_are_not_numbers_are_unmatched_with_the_reason(run_algorithm, tmp_path):
    rows = [HEADER, "A;1 rue A;abc;43.730", "B;2 rue B;;", "C;3 rue C;7,421;43,731"]
    placed, unmatched = import_coordinates(run_algorithm, tmp_path, csv_file(tmp_path / "annuaire.csv", rows))
    reason = "no coordinates (longitude or latitude empty or not a number)"
    assert [(feature["source_row"], feature["unmatched_reason"]) for feature in unmatched] == [(1, reason), (2, reason)]
    assert [(feature["name"], feature.geometry().asPoint().x()) for feature in placed] == [("C", 7.421)]


# --- mergeoutlets: more bad inputs --------------------------------------------------------------------------------
def test_the_same_layer_twice_is_refused(run_algorithm):
    """Each outlet was merged with itself: source_id "node/1;node/1"."""
    osm, _ = osm_and_directory()
    with pytest.raises(QgsProcessingException, match="Layer 'osm' is given twice in LAYERS"):
        merge(run_algorithm, [osm, osm])


def test_positions_that_do_not_fit_their_crs_are_refused(run_algorithm):
    """Lambert-93 metres in a layer said to be in degrees were kept at "longitude 890000": merged with nothing."""
    osm, _ = osm_and_directory()
    wrong = outlets_layer([(890000, 6245000, "directory", "D1", "Primeur", "greengrocer")], "EPSG:4326", "annuaire")
    with pytest.raises(
        QgsProcessingException,
        match=r"Feature 1 of layer 'annuaire' lies at \(890000, 6\.245e\+06\), which does not fit the layer's CRS "
        r"EPSG:4326: set the layer's right CRS \(Layer Properties ▸ Source ▸ CRS\)",
    ):
        merge(run_algorithm, [osm, wrong])


def test_positions_beyond_the_area_of_their_crs_are_named(run_algorithm):
    """Projections wrap far-away coordinates to some place on Earth: 1e12 m in Lambert-93 came out near the South
    Pole, without a word."""
    osm, _ = osm_and_directory()
    far = outlets_layer([(1e12, 1e12, "directory", "D1", "Primeur", "greengrocer")], "EPSG:2154", "annuaire")
    feedback = RecordingFeedback()
    merged = merge(run_algorithm, [osm, far], feedback)["OUTPUT"]
    assert merged.featureCount() == 2  # kept, and named
    assert (
        "1 outlet of layer 'annuaire' lies outside the area where its CRS EPSG:2154 is valid (feature 1 at "
        "(1e+12, 1e+12)): check the layer's CRS (Layer Properties ▸ Source ▸ CRS)." in feedback.warnings
    )


def test_layers_without_outlets_give_empty_outputs_and_say_so(run_algorithm):
    feedback = RecordingFeedback()
    empty = [outlets_layer([], name="osm"), outlets_layer([], name="annuaire")]
    results = run_algorithm(
        "mergeoutlets", {"LAYERS": empty, "OUTPUT": "memory:", "MERGE_REPORT": "memory:"}, feedback=feedback
    )
    assert results["OUTPUT"].featureCount() == 0 and results["MERGE_REPORT"].featureCount() == 0
    assert "The 2 layers hold no outlet with a position: OUTPUT and MERGE_REPORT are empty." in feedback.warnings


def test_a_cancelled_merge_leaves_no_output(run_algorithm, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    osm, directory = osm_and_directory()
    with pytest.raises(QgsProcessingException, match="Cancelled: no output was written"):
        merge(run_algorithm, [osm, directory], OUTPUT=str(tmp_path / "merged.gpkg"), feedback=feedback)
    assert list(tmp_path.iterdir()) == []


# --- accesstimes: an OSM file saved by an editor ------------------------------------------------------------------
JOSM_FILE = """<?xml version='1.0' encoding='UTF-8'?>
<osm version='0.6' generator='JOSM'>
  <node id='-5' lat='43.7300' lon='7.4200' />
  <node id='-2' lat='43.7300' lon='7.4220' />
  <node id='-9' lat='43.7310' lon='7.4240' />
  <way id='-3'><nd ref='-5' /><nd ref='-2' /><nd ref='-9' /><tag k='highway' v='footway' /></way>
</osm>
"""


def test_a_street_file_saved_by_josm_is_read_not_taken_for_a_broken_one(run_algorithm, tmp_path):
    """GDAL's fast node index refuses negative ids: the network came out empty ("No walkable way"), and now that
    GDAL's errors are collected it would have been called truncated. It is read again with the slower index."""
    streets = tmp_path / "edited.osm"
    streets.write_text(JOSM_FILE, encoding="utf-8")
    origins = memory_layer("Point", ["id:integer"], [(lonlat(7.4200, 43.7301), 1)], "EPSG:4326")
    outlets = outlets_layer([(7.4240, 43.7309, "osm", "node/1", "Carrefour", "supermarket")])
    result = run_algorithm(
        "accesstimes",
        {"ORIGINS": origins, "OUTLETS": outlets, "MODE": 1, "OSM_FILE": str(streets), "OUTPUT": "memory:"},
    )
    (origin,) = result["OUTPUT"].getFeatures()
    assert origin["status"] == "ok" and 350 < origin["distance_m"] < 420  # 161 m east, then 196 m north-east
