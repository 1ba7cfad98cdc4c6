"""The embedded Monaco sample in the project, and the analysis model in the Model Designer: two menu actions.

The sample (resources/sample) is in WGS 84 degrees, which QGIS draws stretched at Monaco's latitude. It is loaded
reprojected to WGS 84 / UTM zone 32N (EPSG:32632): Monaco (7.4° E) lies in that zone, its metres make the map
true to shape and the scale bar honest, it keeps the datum of OpenStreetMap (no datum shift), and it is the
working CRS the algorithms choose for the sample anyway. The reprojected copy is written once into the plugin's
cache (never over a user's file); the model's dialog then opens with the sample filled in.
"""

import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..core.errors import DataFileError
from ..i18n import tr
from ..paths import RESOURCES_DIR, cache_directory
from ..processing.model import MODEL_NAME, standalone_model

SAMPLE_DIR = os.path.join(RESOURCES_DIR, "sample")
SAMPLE_GPKG = os.path.join(SAMPLE_DIR, "monaco_sample.gpkg")
SAMPLE_PBF = os.path.join(SAMPLE_DIR, "monaco.osm.pbf")
SAMPLE_CRS = "EPSG:32632"  # WGS 84 / UTM zone 32N (see the module's docstring)
MODEL_ID = f"foodaccess:{MODEL_NAME}"
# The demo's choices (dev/demo.sh), filled into the model's dialog with the sample: access to supermarkets, as the
# USDA measures it, within a 10-minute walk. (With every outlet and 15 minutes, all of Monaco is served.)
SAMPLE_CHOICES = {"OUTLET_FILTER": "\"category\" = 'supermarket'", "THRESHOLD": 10}


def sample_layer_names():
    """{table of the sample GeoPackage: its layer name in the project}, polygons first."""
    return {"areas": tr("Monaco: areas (quartiers)"), "origins": tr("Monaco: homes")}


def projected_sample():
    """The sample reprojected to SAMPLE_CRS, in the plugin's cache (written on first use); its path."""
    folder = cache_directory("sample")
    path = os.path.join(folder, "monaco_sample_utm32n.gpkg")
    if os.path.exists(path):
        return path
    os.makedirs(folder, exist_ok=True)
    partial = path + ".part.gpkg"
    for index, table in enumerate(sample_layer_names()):
        source = QgsVectorLayer(f"{SAMPLE_GPKG}|layername={table}", table, "ogr")
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = table
        options.ct = QgsCoordinateTransform(
            source.crs(), QgsCoordinateReferenceSystem(SAMPLE_CRS), QgsCoordinateTransformContext()
        )
        options.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
            if index == 0
            else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        )
        error, message, _path, _layer = QgsVectorFileWriter.writeAsVectorFormatV3(
            source, partial, QgsCoordinateTransformContext(), options
        )
        if error != QgsVectorFileWriter.WriterError.NoError:
            raise DataFileError("Cannot write the sample into {path}: {message}", path=partial, message=message)
    os.replace(partial, path)
    return path


def load_sample(project=None):
    """Add the sample's areas and homes to ``project`` in SAMPLE_CRS and set the project to it; the model's
    parameters that use them: {AREAS, ORIGINS, POPULATION_FIELD, OSM_FILE}."""
    project = project or QgsProject.instance()
    path = projected_sample()
    layers = {}
    for table, name in sample_layer_names().items():
        layer = QgsVectorLayer(f"{path}|layername={table}", name, "ogr")
        if not layer.isValid():
            raise DataFileError("Cannot read the sample layer {table} of {path}.", table=table, path=path)
        layers[table] = layer
    # Homes (points) above areas (polygons): the Layers panel shows the first of the list on top.
    project.addMapLayers([layers["origins"], layers["areas"]])
    project.setCrs(QgsCoordinateReferenceSystem(SAMPLE_CRS))
    return {
        "AREAS": layers["areas"].id(),
        "ORIGINS": layers["origins"].id(),
        "POPULATION_FIELD": "population",
        "OSM_FILE": SAMPLE_PBF,
    }


def open_model_in_designer():
    """The analysis model (in the user's language) in the Model Designer, unsaved: Save asks where (the user's models
    folder by default), so that no file of the user's is ever overwritten. The designer's window."""
    from processing.modeler.ModelerDialog import ModelerDialog

    dialog = ModelerDialog.create(standalone_model())
    dialog.show()
    return dialog
