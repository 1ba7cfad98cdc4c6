"""foodaccess:importdirectory — an outlet directory (CSV, XLSX, ODS…) to outlet points."""

import os
from datetime import datetime, timezone

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsProviderRegistry,
    QgsWkbTypes,
)

from ..core.errors import DataFileError
from ..core.outlets.directory import (
    CategoryResolver,
    DirectoryColumns,
    DirectoryDefaults,
    Table,
    import_directory,
    load_category_mapping,
    read_csv,
    table_field,
    unique_field_names,
)
from ..core.outlets.geocoder import DEFAULT_GEOCODER_URL, DEFAULT_MIN_SCORE, Geocoder
from ..core.outlets.taxonomy import load_taxonomy
from ..i18n import counted, error_message, plural
from ..qgis_compat import FieldType, parameter_as_fields
from .attributes import plain_value
from .base import FoodAccessAlgorithm
from .deps import install_instructions, missing_packages
from .network_settings import request_proxies
from .outlet_layer import outlet_feature, outlet_fields
from .styling import OUTLETS, style_on_completion

CSV_SUFFIXES = (".csv", ".tsv", ".txt", ".tab")
# (label, Python codec or None for automatic detection)
ENCODINGS = (
    ("Automatic (UTF-8 with or without BOM, UTF-16, Windows-1252)", None),
    ("UTF-8", "utf-8-sig"),
    ("Windows-1252 (Excel on Windows)", "cp1252"),
    ("ISO-8859-15", "iso8859-15"),
    ("UTF-16", "utf-16"),
)
GEOCODE_FIELDS = (
    ("geocode_score", FieldType.Double),
    ("geocode_label", FieldType.String),
    ("geocode_type", FieldType.String),
)
REPORTED_ROWS = 30  # unmatched rows listed one by one in the log


def unreadable_table(path):
    """The error for an INPUT path QGIS cannot open as a table: missing, a folder, or another kind of file."""
    if not os.path.exists(path):
        return DataFileError("The directory table {path} does not exist: give an existing file in INPUT.", path=path)
    return DataFileError(
        "QGIS cannot open the directory table {path}: save it as CSV (UTF-8 or Windows-1252, one header line) or "
        "as XLSX or ODS, and give that file in INPUT.",
        path=path,
    )


def csv_path(value):
    """The path of a CSV file (CSV_SUFFIXES) that ``value``, a path or a layer source, names; "" otherwise."""
    path = value.split("|")[0] if isinstance(value, str) else ""
    return path if path.lower().endswith(CSV_SUFFIXES) and os.path.isfile(path) else ""


class ImportDirectoryAlgorithm(FoodAccessAlgorithm):
    NAME = "importdirectory"
    GROUP = "outlets"

    def display_name(self):
        return self.tr("Import an outlet directory")

    def define_parameters(self):
        self.add_parameter(
            QgsProcessingParameterVectorLayer(
                "INPUT", self.tr("Directory table"), [QgsProcessing.SourceType.TypeVector]
            ),
            self.tr(
                "The directory: a CSV file (its encoding and separator are detected) or any table QGIS opens "
                "(XLSX, ODS, GeoPackage…). One row per outlet."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterEnum(
                "ENCODING",
                self.tr("Encoding of a CSV directory"),
                [self.tr(label) for label, _ in ENCODINGS],
                defaultValue=0,
            ),
            self.tr(
                "Automatic detection reads a byte-order mark, else UTF-8 when the file decodes as UTF-8, "
                "else Windows-1252. Choose the encoding only if the names still look wrong."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterField("NAME_FIELD", self.tr("Name field"), parentLayerParameterName="INPUT"),
            self.tr("The field holding the outlet's name."),
        )
        self.add_parameter(
            QgsProcessingParameterField(
                "ADDRESS_FIELDS",
                self.tr("Address fields (joined in order)"),
                parentLayerParameterName="INPUT",
                allowMultiple=True,
                optional=True,
            ),
            self.tr(
                "One or several fields joined in the order given (e.g. street, postcode, city) into the "
                "address sent to the geocoder. Needed unless longitude and latitude fields are given."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterField(
                "LON_FIELD", self.tr("Longitude (or X) field"), parentLayerParameterName="INPUT", optional=True
            ),
            self.tr(
                'Longitude in decimal degrees ("5.37" or "5,37"), or X in the CRS of the coordinate fields. With a '
                "latitude field, rows with coordinates are placed there without geocoding."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterField(
                "LAT_FIELD", self.tr("Latitude (or Y) field"), parentLayerParameterName="INPUT", optional=True
            ),
            self.tr(
                "Latitude in decimal degrees, or Y in the CRS of the coordinate fields, used with the longitude field."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterCrs(
                "COORDINATES_CRS", self.tr("CRS of the coordinate fields"), "EPSG:4326", optional=True
            ),
            self.tr(
                "EPSG:4326 (or empty) for longitudes and latitudes in degrees; EPSG:2154 for Lambert-93 X and Y "
                "in metres, as in the SIRENE geolocated establishments or IGN files."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterField(
                "CATEGORY_FIELD", self.tr("Category field"), parentLayerParameterName="INPUT", optional=True
            ),
            self.tr(
                "The directory's own category label. It is mapped to a taxonomy category by the mapping file, "
                'else by a taxonomy id or label ("bakery", "Boulangerie"). Unmapped labels are listed in the '
                "log and the outlet keeps an empty category."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterFile(
                "CATEGORY_MAPPING", self.tr("Category mapping file"), fileFilter="CSV (*.csv *.txt)", optional=True
            ),
            self.tr(
                "A CSV file with a header line and the columns label;category and optionally subcategory, "
                'e.g. "Épicerie fine;deli". Categories are taxonomy ids.'
            ),
        )
        self.add_parameter(
            QgsProcessingParameterString(
                "DEFAULT_CATEGORY", self.tr("Category of rows without a category label"), optional=True
            ),
            self.tr(
                "A taxonomy id (e.g. farm_shop) given to rows whose category field is empty, or to every row "
                "when there is no category field. Unmapped labels never get it."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterField(
                "ID_FIELD", self.tr("Identifier field"), parentLayerParameterName="INPUT", optional=True
            ),
            self.tr(
                "A field with the directory's own identifier, written to source_id. Without it, source_id is "
                "the row number (1 = first row after the header)."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterBoolean("LOCAL", self.tr("All outlets sell local produce"), defaultValue=False),
            self.tr(
                "Sets local=true on every outlet (a directory of local producers). Categories that imply it "
                "(farm shop) set it anyway."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterBoolean("ORGANIC", self.tr("All outlets sell organic food"), defaultValue=False),
            self.tr("Sets organic=true on every outlet. Categories that imply it (organic shop) set it anyway."),
        )
        self.add_parameter(
            QgsProcessingParameterFile("TAXONOMY", self.tr("Taxonomy file"), fileFilter="JSON (*.json)", optional=True),
            self.tr("The outlet taxonomy (JSON). Empty: the bundled one."),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterString(
                "GEOCODER_URL", self.tr("Geocoder base URL"), defaultValue=DEFAULT_GEOCODER_URL
            ),
            self.tr(
                "Base URL of the IGN Géoplateforme geocoder (it replaced api-adresse.data.gouv.fr); the plugin "
                "calls {base}/search and {base}/search/csv, at most 50 requests per second."
            ),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                "MIN_SCORE",
                self.tr("Minimum geocoding score"),
                QgsProcessingParameterNumber.Type.Double,
                DEFAULT_MIN_SCORE,
                False,
                0.0,
                1.0,
            ),
            self.tr("Matches scored below it (0–1) are not placed: the row goes to the unmatched rows with its score."),
            advanced=True,
            decimals=2,
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", self.tr("Directory outlets"), QgsProcessing.SourceType.TypeVectorPoint
            ),
            self.tr(
                "Points (WGS 84) in the outlet schema, source=directory, plus geocode_score, geocode_label and "
                "geocode_type."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                "UNMATCHED", self.tr("Unmatched rows"), QgsProcessing.SourceType.TypeVector
            ),
            self.tr("The rows that could not be placed, with all their fields, their row number and the reason."),
        )

    # --- run ----------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        progress = self.progress(feedback)
        encoding = ENCODINGS[self.parameterAsEnum(parameters, "ENCODING", context)][1]
        table, source_fields, layer_names = self._read_table(parameters, context, encoding, feedback)
        columns = self._columns(parameters, context, layer_names, table)
        taxonomy = load_taxonomy(self.parameterAsFile(parameters, "TAXONOMY", context) or None)
        mapping_path = self.parameterAsFile(parameters, "CATEGORY_MAPPING", context)
        resolver = CategoryResolver(taxonomy, load_category_mapping(mapping_path, taxonomy) if mapping_path else None)
        default_category = self.parameterAsString(parameters, "DEFAULT_CATEGORY", context).strip()
        if default_category:
            taxonomy.category(default_category)  # names the known ids if it is not one
        defaults = DirectoryDefaults(
            local=self.parameterAsBool(parameters, "LOCAL", context),
            organic=self.parameterAsBool(parameters, "ORGANIC", context),
            category=default_category,
            min_score=self.parameterAsDouble(parameters, "MIN_SCORE", context),
        )
        geocoder = None
        if columns.address:
            missing = missing_packages(["requests"])
            if missing:
                raise QgsProcessingException(install_instructions(missing))
            url = self.parameterAsString(parameters, "GEOCODER_URL", context).strip() or DEFAULT_GEOCODER_URL
            proxies = request_proxies(url, feedback)
            geocoder = Geocoder(url, proxies=proxies)

        try:
            result = import_directory(
                table,
                columns,
                resolver,
                defaults,
                geocoder,
                datetime.now(timezone.utc).replace(microsecond=0),
                progress.sub(0.05, 0.95),
                self._to_wgs84(parameters, context),
            )
        finally:
            if geocoder is not None:
                geocoder.close()
        if not table.rows:
            feedback.pushWarning(
                self.tr(
                    "The directory has a header line ({fields}) but no row: OUTPUT and UNMATCHED are empty. Check "
                    "that INPUT is the right file (or sheet)."
                ).format(fields=", ".join(table.fields))
            )
        outputs = self._write(parameters, context, table, source_fields, result)
        style_on_completion(context, outputs["OUTPUT"], OUTLETS, taxonomy_path=taxonomy.path or None)
        self._log(feedback, table, result, geocoder)
        return outputs

    def _to_wgs84(self, parameters, context):
        """A function (x, y) in COORDINATES_CRS -> (lon, lat), which answers None outside the CRS's
        area of use (degrees left in Lambert-93 columns would land in the sea); None when the
        coordinate fields are already WGS 84."""
        crs = self.parameterAsCrs(parameters, "COORDINATES_CRS", context)
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        if not crs.isValid() or crs == wgs84:
            return None
        transform = QgsCoordinateTransform(crs, wgs84, context.transformContext())
        area_of_use = crs.bounds()

        def to_wgs84(x, y):
            try:
                point = transform.transform(QgsPointXY(x, y))
            except QgsCsException:
                return None
            if not area_of_use.isEmpty() and not area_of_use.contains(point):
                return None
            return point.x(), point.y()

        return to_wgs84

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS's name
        """QGIS checks INPUT by opening it with OGR, whose CSV driver reads neither a UTF-16 file nor an empty one,
        and would refuse both with "Incorrect parameter value for INPUT". A CSV file given by its path is read by
        read_csv instead (process()), which reads UTF-16 and names what is wrong with the file."""
        value = parameters.get("INPUT")
        if not csv_path(value):
            path = value.split("|")[0] if isinstance(value, str) else ""
            a_file = os.path.isabs(path) or os.path.exists(path)  # not a layer id or name
            if a_file and QgsProcessingUtils.mapLayerFromString(value, context) is None:
                return False, error_message(unreadable_table(path))
            return super().checkParameterValues(parameters, context)
        for definition in self.parameterDefinitions():
            name = definition.name()
            if name != "INPUT" and not definition.checkValueIsAcceptable(parameters.get(name), context):
                if definition.isDestination():
                    return False, self.invalidSinkError(parameters, name)
                return False, self.tr("Incorrect parameter value for {name}").format(name=name)
        return True, ""

    def _read_table(self, parameters, context, encoding, feedback):
        """The directory as a Table, the QgsFields for UNMATCHED and the field names as QGIS reads the layer
        (those the dialog offered).

        CSV files are read from disk here, not through OGR, which takes every CSV for UTF-8 (and turns
        Windows-1252 accents into "�") and cannot open a UTF-16 one at all.
        """
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)  # None for a CSV file OGR cannot read
        path = csv_path(parameters.get("INPUT"))
        if not path and layer is not None:
            path = csv_path(QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()).get("path"))
        if path:
            table = read_csv(path, encoding)
            separator = {"\t": "tab"}.get(table.separator, table.separator)
            feedback.pushInfo(
                self.tr("Read {path}: encoding {encoding}, separator '{separator}', {rows}.").format(
                    path=path, encoding=table.encoding, separator=separator, rows=self._rows(len(table.rows))
                )
            )
            if table.rejected:
                feedback.pushWarning(
                    plural(
                        len(table.rejected),
                        self.tr(
                            'Line {lines} of {path} holds a quote (") that is never closed: that row was not read and '
                            "is in UNMATCHED; the lines after it were read. Close or remove the quote and import again."
                        ),
                        self.tr(
                            'Lines {lines} of {path} hold a quote (") that is never closed: those {count} rows were '
                            "not read and are in UNMATCHED; the lines after them were read. Close or remove the quotes "
                            "and import again."
                        ),
                    ).format(lines=", ".join(map(str, table.rejected.values())), path=path, count=len(table.rejected))
                )
            fields = QgsFields()
            for name in table.fields:
                fields.append(QgsField(name, FieldType.String))
            layer_names = [field.name() for field in layer.fields()] if layer is not None else table.fields
            return table, fields, layer_names
        if layer is None:
            raise unreadable_table(str(parameters.get("INPUT")))
        reading = self.progress(feedback).sub(0.0, 0.05)
        total, rows = layer.featureCount(), []
        for feature in layer.getFeatures():
            if len(rows) % 1000 == 0:
                reading.step(len(rows), total)
            rows.append([plain_value(value) for value in feature.attributes()])
        names = [field.name() for field in layer.fields()]
        return Table(names, rows), layer.fields(), names

    def _columns(self, parameters, context, layer_names, table):
        """The fields chosen in the dialog (which lists them as QGIS read the layer) in ``table``."""

        def one(name):
            return table_field(self.parameterAsString(parameters, name, context), table, layer_names)

        address = parameter_as_fields(self, parameters, "ADDRESS_FIELDS", context)
        columns = DirectoryColumns(
            name=one("NAME_FIELD"),
            address=tuple(table_field(name, table, layer_names) for name in address),
            lon=one("LON_FIELD"),
            lat=one("LAT_FIELD"),
            category=one("CATEGORY_FIELD"),
            id=one("ID_FIELD"),
        )
        columns.check()
        return columns

    def _write(self, parameters, context, table, source_fields, result):
        crs = QgsCoordinateReferenceSystem("EPSG:4326")
        fields = outlet_fields()
        for name, kind in GEOCODE_FIELDS:
            fields.append(QgsField(name, kind))
        sink, output_id = self.create_sink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Point, crs)
        for placed in result.placed:
            feature = outlet_feature(fields, [placed.values[field.name()] for field in fields], placed.lon, placed.lat)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)

        names = unique_field_names(["source_row", "unmatched_reason"] + [field.name() for field in source_fields])
        unmatched_fields = QgsFields()
        unmatched_fields.append(QgsField(names[0], FieldType.Int))
        unmatched_fields.append(QgsField(names[1], FieldType.String))
        for name, source_field in zip(names[2:], source_fields):
            copy = QgsField(source_field)
            copy.setName(name)
            unmatched_fields.append(copy)
        unmatched_sink, unmatched_id = self.create_sink(
            parameters, "UNMATCHED", context, unmatched_fields, QgsWkbTypes.Type.NoGeometry, crs
        )
        for unmatched in result.unmatched:
            feature = QgsFeature(unmatched_fields)
            feature.setAttributes([unmatched.number, unmatched.reason] + list(table.rows[unmatched.row]))
            unmatched_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return {"OUTPUT": output_id, "UNMATCHED": unmatched_id}

    def _log(self, feedback, table, result, geocoder):
        if geocoder is not None:
            feedback.pushInfo(
                self.tr("Geocoded {rows} with {url} in {requests} ({retries}).").format(
                    rows=self._rows(result.geocoded),
                    url=geocoder.base_url,
                    requests=counted(geocoder.requests_sent, self.tr("{count} request"), self.tr("{count} requests")),
                    retries=counted(geocoder.retries, self.tr("{count} retry"), self.tr("{count} retries")),
                )
            )
        for label, count in sorted(result.unmapped_labels.items()):
            feedback.pushWarning(
                plural(
                    count,
                    self.tr(
                        "Category label '{label}' ({count} row) is not in the mapping nor the taxonomy: that outlet "
                        "has an empty category. Add it to the mapping file to classify it."
                    ),
                    self.tr(
                        "Category label '{label}' ({count} rows) is not in the mapping nor the taxonomy: those outlets "
                        "have an empty category. Add it to the mapping file to classify them."
                    ),
                ).format(label=label, count=count)
            )
        for unmatched in result.unmatched[:REPORTED_ROWS]:
            feedback.pushInfo(
                self.tr("Row {row} not placed: {reason}.").format(row=unmatched.number, reason=unmatched.reason)
            )
        if len(result.unmatched) > REPORTED_ROWS:
            more = len(result.unmatched) - REPORTED_ROWS
            feedback.pushInfo(
                plural(
                    more,
                    self.tr("… and {count} more row in UNMATCHED."),
                    self.tr("… and {count} more rows in UNMATCHED."),
                ).format(count=more)
            )
        feedback.pushInfo(
            self.tr("{rows} in the directory = {placed} in OUTPUT + {unmatched} in UNMATCHED.").format(
                rows=self._rows(len(table.rows)),
                placed=counted(len(result.placed), self.tr("{count} outlet"), self.tr("{count} outlets")),
                unmatched=self._rows(len(result.unmatched)),
            )
        )

    def _rows(self, count):
        return counted(count, self.tr("{count} row"), self.tr("{count} rows"))
