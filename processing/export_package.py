"""foodaccess:exportpackage — one documented GeoPackage of the analysis, with a summary CSV and a README
(the wording is core/publish/package.py's; the styles, form and metadata package_styles.py's)."""

import os
from datetime import datetime, timezone

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputFile,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterVectorLayer,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..core.errors import DataFileError, InputError
from ..core.outlets.taxonomy import load_taxonomy
from ..core.progress import Cancelled
from ..core.publish import package
from ..i18n import user_language
from ..qgis_compat import save_style_to_database
from .attributes import attribute_value
from .base import FoodAccessAlgorithm
from .outlet_layer import to_datetime
from .package_styles import layer_metadata, set_outlet_form, style_layer

STYLE_NAME = "Food Access"


class ExportPackage(FoodAccessAlgorithm):
    NAME = "exportpackage"
    GROUP = "publishing"

    OUTLETS = "OUTLETS"
    ACCESS = "ACCESS"
    SERVICE_AREAS = "SERVICE_AREAS"
    CLASSIFIED_AREAS = "CLASSIFIED_AREAS"
    OVERWRITE = "OVERWRITE"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"
    README = "README"

    # Parameter -> the layer's kind (and table name in the package), in package order.
    KINDS = (
        (OUTLETS, package.OUTLETS),
        (ACCESS, package.ACCESS),
        (SERVICE_AREAS, package.SERVICE_AREAS),
        (CLASSIFIED_AREAS, package.CLASSIFIED_AREAS),
    )

    def display_name(self):
        return self.tr("Export a documented package (GeoPackage)")

    def shortDescription(self):
        return self.tr("The analysis in one GeoPackage with styles, forms and metadata, a summary CSV and a README.")

    def define_parameters(self):
        layers = (
            (
                self.OUTLETS,
                self.tr("Outlets"),
                QgsProcessing.SourceType.TypeVectorPoint,
                self.tr("An outlets layer (fetchoutlets, updateoutlets…): stored with its style and a field form."),
            ),
            (
                self.ACCESS,
                self.tr("Access to the nearest outlet"),
                QgsProcessing.SourceType.TypeVectorAnyGeometry,
                self.tr("An output of accesstimes: stored with a style by time (or distance)."),
            ),
            (
                self.SERVICE_AREAS,
                self.tr("Service areas"),
                QgsProcessing.SourceType.TypeVectorPolygon,
                self.tr("An output of serviceareas: stored with a style by threshold."),
            ),
            (
                self.CLASSIFIED_AREAS,
                self.tr("Classified areas"),
                QgsProcessing.SourceType.TypeVectorPolygon,
                self.tr("An output of classifyareas: stored with its style by class."),
            ),
        )
        for name, label, kind, help_text in layers:
            self.add_parameter(QgsProcessingParameterVectorLayer(name, label, [kind], optional=True), help_text)
        self.add_parameter(
            QgsProcessingParameterBoolean(self.OVERWRITE, self.tr("Replace existing files"), defaultValue=False),
            self.tr(
                "Off (default): refuse when the GeoPackage, its summary CSV or its README already exist. On: "
                "replace them."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Package (GeoPackage)"), self.tr("GeoPackage (*.gpkg)")
            ),
            self.tr(
                "The GeoPackage to write. Beside it: <name>_summary.csv (one row per fact of each layer) and "
                "<name>_README.md (method, sources and licences, in English and French)."
            ),
        )
        self.addOutput(QgsProcessingOutputFile(self.SUMMARY, self.tr("Summary (CSV)")))
        self.addOutput(QgsProcessingOutputFile(self.README, self.tr("README")))

    # --- inputs -------------------------------------------------------------------------
    def _layers(self, parameters, context):
        chosen = []
        for name, kind in self.KINDS:
            layer = self.parameterAsVectorLayer(parameters, name, context)
            if layer is not None:
                chosen.append((kind, layer))
        if not chosen:
            raise InputError("Give at least one layer to export: OUTLETS, ACCESS, SERVICE_AREAS or CLASSIFIED_AREAS.")
        return chosen

    def _destinations(self, parameters, context, layers):
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output.lower().endswith(".gpkg"):
            output += ".gpkg"
        summary, readme = package.package_files(output)
        registry = QgsProviderRegistry.instance()
        sources = {
            os.path.abspath(registry.decodeUri(layer.providerType(), layer.source()).get("path") or "")
            for _kind, layer in layers
        }
        if os.path.abspath(output) in sources:
            raise InputError(
                "OUTPUT {path} is the file of an input layer: choose another file for the package.", path=output
            )
        existing = [path for path in (output, summary, readme) if os.path.exists(path)]
        if existing and not self.parameterAsBool(parameters, self.OVERWRITE, context):
            raise InputError(
                "{paths} already exist: nothing was written. Choose another OUTPUT, or tick OVERWRITE to replace them.",
                paths=", ".join(existing),
            )
        for path in existing:
            for suffix in ("", "-wal", "-shm", "-journal"):
                if os.path.exists(path + suffix):
                    os.remove(path + suffix)
        return output, summary, readme

    # --- run ----------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        progress = self.progress(feedback)
        layers = self._layers(parameters, context)
        output, summary, readme = self._destinations(parameters, context, layers)
        self._created_outputs += [output, summary, readme]
        language = user_language()
        exported = datetime.now(timezone.utc).replace(microsecond=0)
        outlets_from_osm = True

        all_facts = []
        for number, (kind, layer) in enumerate(layers):
            part = progress.sub(number / len(layers) * 0.8, (number + 1) / len(layers) * 0.8)
            values = self._values(layer, part.sub(0.0, 0.3))
            self._write_table(layer, kind, output, context, feedback)
            part.fraction(0.8)
            crs = f"{layer.crs().authid()} - {layer.crs().description()}"
            if kind == package.OUTLETS:
                facts = package.outlet_facts(kind, crs, values)
                outlets_from_osm = facts.osm_derived
            elif kind == package.ACCESS:
                facts = package.access_facts(kind, crs, values, outlets_from_osm)
            elif kind == package.SERVICE_AREAS:
                facts = package.service_area_facts(kind, crs, values, outlets_from_osm)
            else:
                facts = package.area_facts(kind, crs, values, outlets_from_osm)
            all_facts.append(facts)

        texts = package.TEXTS.get(language, package.TEXTS["en"])
        labels = {key: texts[key] for key in ("method", "sources", "thresholds", "colon")}
        taxonomy = load_taxonomy()
        for number, facts in enumerate(all_facts):
            progress.step(number, len(all_facts))
            self._document_table(output, facts, package.describe(facts, language, exported), language, labels, taxonomy)
        if feedback.isCanceled():
            raise Cancelled()

        package.write_summary(summary, package.summary_rows(all_facts))
        with open(readme, "w", encoding="utf-8") as stream:
            stream.write(package.readme_text(all_facts, os.path.basename(output), os.path.basename(summary), exported))
        self._created_outputs = []  # complete: kept
        feedback.pushInfo(
            self.tr("Wrote {path} ({tables}), {summary} and {readme}.").format(
                path=output, tables=", ".join(facts.table for facts in all_facts), summary=summary, readme=readme
            )
        )
        return {self.OUTPUT: output, self.SUMMARY: summary, self.README: readme}

    def _values(self, layer, progress):
        names = layer.fields().names()
        total = layer.featureCount()
        values = []
        for index, feature in enumerate(layer.getFeatures()):
            progress.step(index, total)
            values.append({name: to_datetime(attribute_value(feature[name])) for name in names})
        return values

    def _write_table(self, layer, table, output, context, feedback):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = table
        options.feedback = feedback
        options.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
            if os.path.exists(output)
            else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
        )
        error, message, *_rest = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, output, context.transformContext(), options
        )
        if feedback.isCanceled():
            raise Cancelled()
        if error != QgsVectorFileWriter.WriterError.NoError:
            raise DataFileError(
                "Could not write the layer {layer} to {path}: {message}",
                layer=layer.name(),
                path=output,
                message=message,
            )

    def _document_table(self, output, facts, description, language, labels, taxonomy):
        """The stored default style (with the outlets' form) and the metadata of one table of the package."""
        layer = QgsVectorLayer(f"{output}|layername={facts.table}", facts.table, "ogr")
        if not layer.isValid():
            raise DataFileError("Could not open the table {table} of {path} again.", table=facts.table, path=output)
        style_layer(layer, facts.kind)
        if facts.kind == package.OUTLETS:
            set_outlet_form(layer, taxonomy, language)
        metadata = layer_metadata(layer, description, language, labels)
        layer.setMetadata(metadata)
        error = save_style_to_database(layer, STYLE_NAME, description.title, True)
        if error:
            raise DataFileError(
                "Could not store the style of {table} in {path}: {message}",
                table=facts.table,
                path=output,
                message=error,
            )
        saved, error = QgsProviderRegistry.instance().saveLayerMetadata("ogr", layer.source(), metadata)
        if not saved:
            raise DataFileError(
                "Could not store the metadata of {table} in {path}: {message}",
                table=facts.table,
                path=output,
                message=error,
            )
