"""foodaccess:mergeoutlets — several outlet layers (OSM, directories) into one, duplicates merged."""

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
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
from ..i18n import counted, plural
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
        sources = set()
        for layer in layers:
            if (layer.providerType(), layer.source()) in sources:
                raise InputError(
                    "Layer '{layer}' is given twice in LAYERS: each of its outlets would be merged with itself. "
                    "Give each outlet layer once.",
                    layer=layer.name(),
                )
            sources.add((layer.providerType(), layer.source()))
            if not layer.crs().isValid():
                raise InputError(
                    "Layer '{layer}' has no CRS (coordinate reference system): its positions cannot be compared "
                    "with the other layers'. Set its CRS (Layer Properties ▸ Source ▸ CRS) and run again.",
                    layer=layer.name(),
                )
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
            area_of_use = layer.crs().bounds()
            outside = []  # features beyond the area where the layer's CRS is valid: a wrong CRS, most likely
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
                position = self._position(geometry.asPoint(), to_wgs84, layer, feature.id())
                values = {
                    name: attribute_value(feature[name]) if name in names else None for name in OUTLET_FIELD_NAMES
                }
                points.append(OutletPoint(layer_index, position.x(), position.y(), values))
                if not area_of_use.isEmpty() and not area_of_use.contains(position):
                    outside.append((feature.id(), geometry.asPoint()))
                output_geometry = QgsGeometry(geometry)
                output_geometry.transform(to_output)
                geometries.append(output_geometry)
            if outside:
                feedback.pushWarning(
                    plural(
                        len(outside),
                        self.tr(
                            "{count} outlet of layer '{layer}' lies outside the area where its CRS {crs} is valid "
                            "(feature {fid} at ({x:g}, {y:g})): check the layer's CRS (Layer Properties ▸ Source ▸ "
                            "CRS)."
                        ),
                        self.tr(
                            "{count} outlets of layer '{layer}' lie outside the area where its CRS {crs} is valid "
                            "(first: feature {fid} at ({x:g}, {y:g})): check the layer's CRS (Layer Properties ▸ "
                            "Source ▸ CRS)."
                        ),
                    ).format(
                        count=len(outside),
                        layer=layer.name(),
                        crs=layer.crs().authid() or layer.crs().description(),
                        fid=outside[0][0],
                        x=outside[0][1].x(),
                        y=outside[0][1].y(),
                    )
                )
        progress.fraction(0.1)
        if not points:
            message = self.tr("The {layers} layers hold no outlet with a position: OUTPUT and MERGE_REPORT are empty.")
            feedback.pushWarning(message.format(layers=len(layers)))
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

    @staticmethod
    def _position(point, to_wgs84, layer, feature_id):
        """The WGS 84 position of a point of ``layer``; refused when its coordinates do not fit the layer's CRS
        (metres in a layer said to be in degrees, a wrong CRS): merging would pair it with nothing, silently."""
        try:
            position = to_wgs84.transform(point)
        except QgsCsException:
            position = None
        if position is None or not (
            math.isfinite(position.x()) and -180 <= position.x() <= 180 and -90 <= position.y() <= 90
        ):
            raise InputError(
                "Feature {fid} of layer '{layer}' lies at ({x}, {y}), which does not fit the layer's CRS {crs}: set "
                "the layer's right CRS (Layer Properties ▸ Source ▸ CRS) and run again.",
                fid=feature_id,
                layer=layer.name(),
                x=f"{point.x():g}",
                y=f"{point.y():g}",
                crs=layer.crs().authid() or layer.crs().description(),
            )
        return position
