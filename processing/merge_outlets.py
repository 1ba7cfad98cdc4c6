"""foodaccess:mergeoutlets — several outlet layers (OSM, directories) into one, duplicates merged."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..core.errors import InputError
from ..core.outlets.merge import (
    DEFAULT_DISTANCE_M,
    DEFAULT_NAME_SIMILARITY,
    REPORT_FIELDS,
    OutletPoint,
    merge_outlets,
    report_rows,
)
from ..core.outlets.schema import OUTLET_FIELD_NAMES, OUTLET_REQUIRED_FIELDS
from ..core.outlets.taxonomy import load_taxonomy
from ..i18n import counted
from .attributes import attribute_value
from .base import FoodAccessAlgorithm
from .outlet_layer import QGIS_TYPES, outlet_fields
from .styling import OUTLETS, style_on_completion


class MergeOutletsAlgorithm(FoodAccessAlgorithm):
    NAME = "mergeoutlets"
    GROUP = "outlets"
    REQUIRES = ("scipy",)

    def display_name(self):
        return self.tr("Merge outlet layers")

    def define_parameters(self):
        self.add_parameter(
            QgsProcessingParameterMultipleLayers(
                "LAYERS", self.tr("Outlet layers"), QgsProcessing.SourceType.TypeVectorPoint
            ),
            self.tr(
                "Two or more point layers in the outlet schema (e.g. OpenStreetMap outlets, then an imported "
                "directory). Order matters: on a merge, the position and the values of the first layer win "
                "when both have them."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                "DISTANCE",
                self.tr("Maximum distance (metres)"),
                QgsProcessingParameterNumber.Type.Double,
                DEFAULT_DISTANCE_M,
                False,
                0.0,
            ),
            self.tr(
                "Outlets of different layers closer than this (metres on the ground, whatever the layers' CRS) "
                "may be the same shop."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                "NAME_SIMILARITY",
                self.tr("Minimum name similarity (0–1)"),
                QgsProcessingParameterNumber.Type.Double,
                DEFAULT_NAME_SIMILARITY,
                False,
                0.0,
                1.0,
            ),
            self.tr(
                "How alike the names must be (accents, case and punctuation ignored; 1 = same name). "
                '"Carrefour City" and "Carrefour city" are 1; a name whose words all appear in the other '
                "is 1."
            ),
            decimals=2,
        )
        self.add_parameter(
            QgsProcessingParameterFile("TAXONOMY", self.tr("Taxonomy file"), fileFilter="JSON (*.json)", optional=True),
            self.tr("The outlet taxonomy (JSON) that says which category is more specific. Empty: the bundled one."),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", self.tr("Merged outlets"), QgsProcessing.SourceType.TypeVectorPoint
            ),
            self.tr(
                "One layer in the outlet schema, in the CRS of the first layer: merged outlets have source "
                "osm+directory and the source ids joined with ';'."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                "MERGE_REPORT", self.tr("Merge report"), QgsProcessing.SourceType.TypeVector
            ),
            self.tr(
                "Every pair of outlets of different layers within the distance: merged or not, why, "
                "their distance and name similarity."
            ),
        )

    def process(self, parameters, context, feedback):
        progress = self.progress(feedback)
        layers = self.parameterAsLayerList(parameters, "LAYERS", context)
        if len(layers) < 2:
            raise InputError("Give at least two outlet layers to merge.")
        taxonomy = load_taxonomy(self.parameterAsFile(parameters, "TAXONOMY", context) or None)
        distance = self.parameterAsDouble(parameters, "DISTANCE", context)
        similarity = self.parameterAsDouble(parameters, "NAME_SIMILARITY", context)
        output_crs = layers[0].crs()
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")

        points, geometries, layer_names = [], [], []
        for layer_index, layer in enumerate(layers):
            names = [field.name() for field in layer.fields()]
            missing = [name for name in OUTLET_REQUIRED_FIELDS + ("name",) if name not in names]
            if missing:
                raise InputError(
                    "Layer '{layer}' is not an outlet layer: it lacks the field(s) {fields}. Use the outputs of "
                    "'Fetch food outlets' or 'Import an outlet directory'.",
                    layer=layer.name(),
                    fields=", ".join(missing),
                )
            layer_names.append(layer.name())
            to_wgs84 = QgsCoordinateTransform(layer.crs(), wgs84, context.transformContext())
            to_output = QgsCoordinateTransform(layer.crs(), output_crs, context.transformContext())
            for feature in layer.getFeatures():
                progress.check()
                geometry = feature.geometry()
                if geometry.isEmpty():
                    feedback.pushWarning(
                        self.tr("Layer '{layer}': feature {fid} has no position and is left out.").format(
                            layer=layer.name(), fid=feature.id()
                        )
                    )
                    continue
                geometry = geometry.centroid()  # the point itself; the middle of a multipoint
                position = to_wgs84.transform(geometry.asPoint())
                values = {
                    name: attribute_value(feature[name]) if name in names else None for name in OUTLET_FIELD_NAMES
                }
                points.append(OutletPoint(layer_index, position.x(), position.y(), values))
                output_geometry = QgsGeometry(geometry)
                output_geometry.transform(to_output)
                geometries.append(output_geometry)
        progress.fraction(0.1)

        result = merge_outlets(points, taxonomy, distance, similarity, progress.sub(0.1, 0.8))

        fields = outlet_fields()
        sink, output_id = self.create_sink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Point, output_crs)
        style_on_completion(context, output_id, OUTLETS, taxonomy_path=taxonomy.path or None)
        for done, outlet in enumerate(result.outlets):
            if done % 1000 == 0:
                progress.sub(0.8, 0.95).step(done, len(result.outlets))
            feature = QgsFeature(fields)
            feature.setAttributes([outlet.values.get(name) for name in OUTLET_FIELD_NAMES])
            feature.setGeometry(geometries[outlet.members[0]])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)

        report_fields = QgsFields()
        for name, kind in REPORT_FIELDS:
            report_fields.append(QgsField(name, QGIS_TYPES[kind]))
        report, report_id = self.create_sink(
            parameters, "MERGE_REPORT", context, report_fields, QgsWkbTypes.Type.NoGeometry, output_crs
        )
        rows = report_rows(result, points, layer_names)
        for done, row in enumerate(rows):
            if done % 1000 == 0:
                progress.sub(0.95, 1.0).step(done, len(rows))
            feature = QgsFeature(report_fields)
            feature.setAttributes(row)
            report.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(
            self.tr(
                "{inputs} in {layers} layers -> {outputs}: {merged}; {pairs} within {distance:g} m examined "
                "(see MERGE_REPORT)."
            ).format(
                inputs=counted(len(points), self.tr("{count} outlet"), self.tr("{count} outlets")),
                layers=len(layers),
                outputs=counted(len(result.outlets), self.tr("{count} outlet"), self.tr("{count} outlets")),
                merged=counted(result.merged_groups, self.tr("{count} merged group"), self.tr("{count} merged groups")),
                pairs=counted(len(result.decisions), self.tr("{count} pair"), self.tr("{count} pairs")),
                distance=distance,
            )
        )
        return {"OUTPUT": output_id, "MERGE_REPORT": report_id}
