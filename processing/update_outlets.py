"""foodaccess:updateoutlets — refresh an outlets layer in place from OpenStreetMap and/or a directory,
keeping every hand edit (the matching and the rules are core/outlets/refresh.py's)."""

import os
from collections import Counter

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsProviderRegistry,
    QgsVectorDataProvider,
    QgsWkbTypes,
)

from ..core.errors import DataFileError, InputError
from ..core.outlets.osm_builder import SpatialFilter, utc_now
from ..core.outlets.refresh import (
    DEFAULT_MAX_CLOSED_SHARE,
    REFRESH_FIELDS,
    STALE_YEARS,
    LayerOutlet,
    RefreshSource,
    SourceOutlet,
    plan_refresh,
)
from ..core.outlets.schema import OUTLET_FIELD_NAMES
from ..core.outlets.taxonomy import load_taxonomy
from ..core.progress import Cancelled
from ..qgis_compat import NO_THREADING
from .attributes import attribute_value
from .fetch_outlets import WGS84, FetchOutlets
from .outlet_layer import QGIS_TYPES, to_datetime, to_qdatetime

LAYER_EXTENT_MARGIN = 0.002  # degrees (~200 m) around the layer when it gives Overpass's extent
REPORT_FIELDS = ("change", "source_id", "name", "before", "after")
EDIT_CAPABILITIES = (
    QgsVectorDataProvider.Capability.AddFeatures,
    QgsVectorDataProvider.Capability.ChangeAttributeValues,
    QgsVectorDataProvider.Capability.ChangeGeometries,
    QgsVectorDataProvider.Capability.AddAttributes,
)


class UpdateOutlets(FetchOutlets):
    """fetchoutlets' OpenStreetMap parameters and reading, writing into an existing layer instead."""

    NAME = "updateoutlets"

    INPUT = "INPUT"
    DIRECTORY = "DIRECTORY"
    MAX_CLOSED_SHARE = "MAX_CLOSED_SHARE"
    STALE_YEARS_PARAMETER = "STALE_YEARS"
    REPORT = "REPORT"

    def display_name(self):
        return self.tr("Update food outlets (keep hand edits)")

    def shortDescription(self):
        return self.tr("Refresh an outlets layer from OpenStreetMap or a directory, keeping what was tagged by hand.")

    def flags(self):
        # The user's layer is edited in place: on the main thread, where QGIS edits layers.
        return super().flags() | NO_THREADING

    def define_parameters(self):
        self.add_parameter(
            QgsProcessingParameterVectorLayer(
                self.INPUT, self.tr("Outlets layer to update"), [QgsProcessing.SourceType.TypeVectorPoint]
            ),
            self.tr(
                "An outlets layer (fetchoutlets, importdirectory, tagged in the dock), updated in place: its "
                "file is changed. It needs source and source_id fields, must be writable and have no unsaved edits."
            ),
        )
        self.define_source_parameters()
        self.parameterDefinition(self.EXTENT).setHelp(
            self.tr(
                "Where to query Overpass (any CRS). Empty: the layer's extent. Outlets of the layer outside it "
                "are left as they are."
            )
        )
        self.parameterDefinition(self.OSM_FILE).setHelp(
            self.tr(
                "Read OpenStreetMap from this newer extract instead of Overpass. Outlets of the layer that the "
                "extract no longer has are closed, so give an extract covering the layer."
            )
        )
        self.parameterDefinition(self.USE_CACHE).setDefaultValue(False)
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.DIRECTORY,
                self.tr("Directory outlets (importdirectory output)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            ),
            self.tr(
                "A newer import of the directory the layer's directory rows come from. Given alone (no 'Extent', "
                "no 'OpenStreetMap file (.osm / .osm.pbf) instead of Overpass'), only the directory rows are refreshed."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.MAX_CLOSED_SHARE,
                self.tr("Refuse above this share of closures (%)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=DEFAULT_MAX_CLOSED_SHARE * 100,
                minValue=0,
                maxValue=100,
            ),
            self.tr(
                "If the source would close more than this share of the layer's open outlets in the area it "
                "covers, nothing is changed: the source most likely covers another area or other categories."
            ),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.STALE_YEARS_PARAMETER,
                self.tr("Outlets to check: not edited in OSM for (years)"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=STALE_YEARS,
                minValue=1,
            ),
            self.tr(
                "The log gives the share of open OSM outlets whose last OpenStreetMap edit is older than this: "
                "where the map needs a field check."
            ),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.REPORT, self.tr("Change report"), QgsProcessing.SourceType.TypeVector
            ),
            self.tr(
                "One row per change: change (new, closed, moved, renamed, recategorised, kept_hand_edit), "
                "source_id, name, before, after."
            ),
        )
        self.addOutput(QgsProcessingOutputVectorLayer(self.OUTPUT, self.tr("Updated outlets layer")))

    # --- the layer ----------------------------------------------------------------------
    def _checked_layer(self, parameters, context):
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None or not layer.isValid():
            raise InputError("INPUT is not a vector layer: choose the outlets layer to update.")
        missing = [name for name in ("source", "source_id") if layer.fields().lookupField(name) < 0]
        if missing:
            raise InputError(
                "The layer {layer} has no field {fields}: the update matches outlets by source and source_id. "
                "Update a layer written by fetchoutlets, importdirectory or mergeoutlets.",
                layer=layer.name(),
                fields=", ".join(missing),
            )
        path = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()).get("path") or ""
        # SQLite writes a journal beside the file: its folder must be writable too.
        unwritable = (
            bool(path)
            and os.path.exists(path)
            and not (os.access(path, os.W_OK) and os.access(os.path.dirname(os.path.abspath(path)), os.W_OK))
        )
        capabilities = layer.dataProvider().capabilities()
        if unwritable or layer.readOnly() or not all(capabilities & needed for needed in EDIT_CAPABILITIES):
            raise InputError(
                "The layer {layer} cannot be changed ({path} is read-only): nothing was changed. Make the file "
                "writable, or save a copy (Export ▸ Save Features As… ▸ GeoPackage) and update the copy.",
                layer=layer.name(),
                path=path or layer.source(),
            )
        if layer.isEditable() and layer.isModified():
            raise InputError(
                "The layer {layer} has unsaved edits: save them (or discard them) first, then run the update "
                "again. Nothing was changed.",
                layer=layer.name(),
            )
        return layer

    def _layer_rows(self, layer, context, progress):
        to_wgs84 = QgsCoordinateTransform(layer.crs(), WGS84, context.transformContext())
        names = layer.fields().names()
        rows = []
        total = layer.featureCount()
        for index, feature in enumerate(layer.getFeatures()):
            progress.step(index, total)
            values = {name: to_datetime(attribute_value(feature[name])) for name in names}
            lon, lat = _wgs84_point(feature.geometry(), to_wgs84)
            rows.append(LayerOutlet(feature.id(), values, lon, lat))
        return rows

    # --- the sources --------------------------------------------------------------------
    def _osm_source(self, parameters, context, feedback, layer, taxonomy, category_ids, progress):
        bounds, extent_outline = self._extent(parameters, context)
        area_wkt = self._area_wkt(parameters, context, feedback, progress.sub(0.0, 0.05), extent_outline)
        osm_path = self.parameterAsFile(parameters, self.OSM_FILE, context)
        if not osm_path and bounds is None and area_wkt is None:
            if layer.featureCount() == 0:
                raise InputError("The layer {layer} is empty: give an EXTENT to query.", layer=layer.name())
            box = QgsCoordinateTransform(layer.crs(), WGS84, context.transformContext()).transformBoundingBox(
                layer.extent()
            )
            margin = LAYER_EXTENT_MARGIN
            bounds = (
                box.xMinimum() - margin,
                box.yMinimum() - margin,
                box.xMaximum() + margin,
                box.yMaximum() + margin,
            )
        result = self.read_osm(
            parameters, context, feedback, taxonomy, category_ids, bounds, area_wkt, progress.sub(0.05, 1.0)
        )
        outlets = [
            SourceOutlet({name: getattr(outlet, name) for name in OUTLET_FIELD_NAMES}, outlet.lon, outlet.lat)
            for outlet in result.outlets
        ]
        covers = None
        if bounds is not None or area_wkt:
            covers = SpatialFilter(bounds, area_wkt).__contains__
        return RefreshSource("osm", outlets, covers, self.osm_date(result))

    def _directory_source(self, source, context, progress):
        names = source.fields().names()
        if "source_id" not in names:
            raise InputError(
                "The DIRECTORY layer has no field source_id: give a layer written by importdirectory.",
            )
        to_wgs84 = QgsCoordinateTransform(source.sourceCrs(), WGS84, context.transformContext())
        outlets = []
        total = source.featureCount()
        for index, feature in enumerate(source.getFeatures()):
            progress.step(index, total)
            lon, lat = _wgs84_point(feature.geometry(), to_wgs84)
            if lon is None:
                continue
            values = {
                name: to_datetime(attribute_value(feature[name])) if name in names else None
                for name in OUTLET_FIELD_NAMES
            }
            values["source"] = values.get("source") or "directory"
            outlets.append(SourceOutlet(values, lon, lat))
        return RefreshSource("directory", outlets, None, None)

    # --- run ----------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        progress = self.progress(feedback)
        layer = self._checked_layer(parameters, context)
        taxonomy = load_taxonomy(self.parameterAsFile(parameters, self.TAXONOMY, context) or None)
        category_ids = self._categories(parameters, context, taxonomy, feedback)
        directory = self.parameterAsSource(parameters, self.DIRECTORY, context)
        osm_wanted = directory is None or any(
            parameters.get(name) not in (None, "") for name in (self.EXTENT, self.AREA, self.OSM_FILE)
        )

        sources = []
        if osm_wanted:
            sources.append(
                self._osm_source(parameters, context, feedback, layer, taxonomy, category_ids, progress.sub(0.0, 0.6))
            )
        if directory is not None:
            sources.append(self._directory_source(directory, context, progress.sub(0.6, 0.7)))
        rows = self._layer_rows(layer, context, progress.sub(0.7, 0.75))
        plan = plan_refresh(
            rows,
            sources,
            taxonomy,
            category_ids,
            closed_at=utc_now(),
            max_closed_share=self.parameterAsDouble(parameters, self.MAX_CLOSED_SHARE, context) / 100.0,
            progress=progress.sub(0.75, 0.95),
        )

        report_fields = QgsFields()
        for name in REPORT_FIELDS:
            report_fields.append(QgsField(name, QGIS_TYPES["string"]))
        report, report_id = self.create_sink(
            parameters, self.REPORT, context, report_fields, QgsWkbTypes.Type.NoGeometry, WGS84
        )
        for change in plan.changes:
            feature = QgsFeature(report_fields)
            feature.setAttributes([getattr(change, name) for name in REPORT_FIELDS])
            report.addFeature(feature, QgsFeatureSink.Flag.FastInsert)

        if feedback.isCanceled():
            raise Cancelled()
        # From here the edits are written in one commit, which is not interrupted.
        if plan.edits or plan.additions:
            self._apply(layer, plan, context)
        progress.step(1, 1)
        self._log(plan, rows, sources, parameters, context, feedback)
        return {self.OUTPUT: layer.id(), self.REPORT: report_id}

    def _apply(self, layer, plan, context):
        """Every edit of ``plan`` through the layer's edit buffer, committed at once; on failure the
        buffer is rolled back and the layer keeps what it had."""
        was_editing = layer.isEditable()
        if not was_editing and not layer.startEditing():
            raise InputError("The layer {layer} cannot be edited: nothing was changed.", layer=layer.name())
        try:
            for name, kind, _description in REFRESH_FIELDS:
                if layer.fields().lookupField(name) < 0 and not layer.addAttribute(QgsField(name, QGIS_TYPES[kind])):
                    raise DataFileError(
                        "Could not add the field {field} to the layer {layer}: nothing was changed.",
                        field=name,
                        layer=layer.name(),
                    )
            fields = layer.fields()
            to_layer = QgsCoordinateTransform(WGS84, layer.crs(), context.transformContext())
            for edit in plan.edits:
                if edit.values:
                    layer.changeAttributeValues(
                        edit.fid,
                        {fields.lookupField(name): to_qdatetime(value) for name, value in edit.values.items()},
                    )
                if edit.point is not None:
                    layer.changeGeometry(edit.fid, _layer_point(edit.point, to_layer))
            additions = []
            for outlet in plan.additions:
                feature = QgsFeature(fields)
                for name, value in outlet.values.items():
                    feature.setAttribute(name, to_qdatetime(value))
                feature.setGeometry(_layer_point((outlet.lon, outlet.lat), to_layer))
                additions.append(feature)
            if additions and not layer.addFeatures(additions):
                raise DataFileError("Could not add the new outlets to the layer {layer}.", layer=layer.name())
            if not layer.commitChanges(not was_editing):
                raise DataFileError(
                    "Could not save the update of the layer {layer}: {errors}",
                    layer=layer.name(),
                    errors=" ".join(layer.commitErrors()),
                )
        except BaseException:
            layer.rollBack(not was_editing)
            raise

    def _log(self, plan, rows, sources, parameters, context, feedback):
        counts = Counter(change.change for change in plan.changes)
        changed = sum(count for kind, count in counts.items() if kind != "kept_hand_edit")
        if changed:
            feedback.pushInfo(
                self.tr(
                    "{new} new, {closed} closed, {moved} moved, {renamed} renamed, {recategorised} re-categorised "
                    "outlets (see REPORT)."
                ).format(
                    **{kind: counts.get(kind, 0) for kind in ("new", "closed", "moved", "renamed", "recategorised")}
                )
            )
        else:
            feedback.pushInfo(self.tr("The layer is up to date with its source: nothing changed."))
        if counts.get("kept_hand_edit"):
            feedback.pushInfo(
                self.tr("{count} hand edits kept where the source says otherwise (kept_hand_edit in REPORT).").format(
                    count=counts["kept_hand_edit"]
                )
            )
        after = {edit.fid: edit.values for edit in plan.edits}
        values = [{**row.values, **after.get(row.fid, {})} for row in rows] + [o.values for o in plan.additions]
        osm = next((source for source in sources if source.name == "osm"), None)
        stale_years = self.parameterAsInt(parameters, self.STALE_YEARS_PARAMETER, context)
        self.log_freshness(feedback, values, stale_years, osm.date if osm else None)


def _wgs84_point(geometry, to_wgs84):
    """(lon, lat) of a feature's point (a point inside other shapes), or (None, None) without geometry."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None, None
    geometry = QgsGeometry(geometry)
    if geometry.type() != QgsWkbTypes.GeometryType.PointGeometry or geometry.isMultipart():
        geometry = geometry.pointOnSurface()
    geometry.transform(to_wgs84)
    point = geometry.asPoint()
    return point.x(), point.y()


def _layer_point(lon_lat, to_layer):
    geometry = QgsGeometry.fromPointXY(QgsPointXY(*lon_lat))
    geometry.transform(to_layer)
    return geometry
