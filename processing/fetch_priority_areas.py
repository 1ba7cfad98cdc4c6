"""foodaccess:fetchpriorityareas — the official 2024 QPV polygons, filtered by commune, EPCI or extent."""

import os
import re
from datetime import datetime, timezone

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.areas import priority_areas
from ..core.errors import InputError
from ..i18n import plural
from ..paths import cache_directory
from ..qgis_compat import FieldType
from .base import FoodAccessAlgorithm
from .network_settings import request_proxies
from .styling import PRIORITY_AREAS, style_on_completion

FIELD_TYPES = {"string": FieldType.String, "int": FieldType.LongLong, "double": FieldType.Double}
COMMUNE_CODE = re.compile(r"^(\d{5}|2[AB]\d{3})$")
SIREN_CODE = re.compile(r"^\d{9}$")


class FetchPriorityAreas(FoodAccessAlgorithm):
    NAME = "fetchpriorityareas"
    GROUP = "classification"
    REQUIRES = ("requests",)

    COMMUNES = "COMMUNES"
    EPCI = "EPCI"
    EXTENT = "EXTENT"
    URL = "URL"
    REFRESH = "REFRESH"
    OUTPUT = "OUTPUT"

    def display_name(self):
        return self.tr("Fetch priority neighbourhoods (QPV)")

    def define_parameters(self):
        self.add_parameter(
            QgsProcessingParameterString(self.COMMUNES, self.tr("Communes (INSEE codes)"), optional=True),
            self.tr(
                "INSEE codes separated by commas, e.g. 13055 for Marseille. Arrondissement codes (13201-13216, "
                "75101-75120, 69381-69389) stand for their commune: QPVs are coded by commune."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.EPCI, self.tr("EPCI (SIREN codes)"), optional=True),
            self.tr("SIREN codes of intercommunalities, e.g. 200054807 for Aix-Marseille-Provence."),
        )
        self.add_parameter(
            QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent"), optional=True),
            self.tr("Keep the QPVs that intersect this extent. Filters combine: all given filters must match."),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.URL, self.tr("Source URL"), defaultValue=priority_areas.QPV_2024_URL),
            self.tr(
                "The GeoJSON resource (or ZIP holding it) of the ANCT dataset 'Quartiers prioritaires de la "
                "politique de la ville (QPV)' on data.gouv.fr."
            ),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterBoolean(self.REFRESH, self.tr("Download again (ignore the cache)"), False),
            self.tr("The file is downloaded once and kept in the QGIS profile's cache/foodaccess folder."),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Priority neighbourhoods"), QgsProcessing.SourceType.TypeVectorPolygon
            ),
            self.tr("The QPV polygons with their official fields: code_qp, lib_qp, insee_com, lib_com, siren_epci..."),
        )

    def process(self, parameters, context, feedback):
        progress = self.progress(feedback)
        communes = self._codes(parameters, self.COMMUNES, context, COMMUNE_CODE, "13055")
        epci = self._codes(parameters, self.EPCI, context, SIREN_CODE, "200054807")
        for code in communes:
            if priority_areas.commune_code(code) != code.upper():
                feedback.pushInfo(
                    self.tr(
                        "{code} is an arrondissement: QPVs are coded by commune, so all QPVs of {commune} are "
                        "kept (give an 'Extent' to narrow them)."
                    ).format(code=code, commune=priority_areas.commune_code(code))
                )
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        bbox = None
        if parameters.get(self.EXTENT) not in (None, ""):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context, wgs84)
            bbox = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())

        url = self.parameterAsString(parameters, self.URL, context).strip() or priority_areas.QPV_2024_URL
        refresh = self.parameterAsBoolean(parameters, self.REFRESH, context)
        path = priority_areas.download(
            url, cache_directory(), refresh, progress.sub(0.0, 0.6), proxies=request_proxies(url, feedback)
        )
        stamp = datetime.fromtimestamp(os.path.getmtime(path), timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        feedback.pushInfo(
            self.tr("QPV file: {path} (downloaded from {url} on {stamp}).").format(path=path, url=url, stamp=stamp)
        )
        features = priority_areas.load(path)
        selected = priority_areas.select(features, communes, epci, bbox, progress.sub(0.6, 0.9))
        if not selected:
            raise self._nothing_matches(len(features), communes, epci, bbox)

        fields = QgsFields()
        names = []
        for name, kind in priority_areas.field_types(selected):
            fields.append(QgsField(name, FIELD_TYPES[kind]))
            names.append(name)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon, wgs84)
        writing = progress.sub(0.9, 1.0)
        for index, area in enumerate(selected):
            writing.step(index, len(selected))
            geometry = QgsGeometry()
            geometry.fromWkb(area.wkb)
            geometry.convertToMultiType()
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            feature.setAttributes([area.properties.get(name) for name in names])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(
            plural(
                len(selected),
                self.tr("{count} priority neighbourhood kept."),
                self.tr("{count} priority neighbourhoods kept."),
            ).format(count=len(selected))
        )
        style_on_completion(context, dest_id, PRIORITY_AREAS)
        return {self.OUTPUT: dest_id}

    def _codes(self, parameters, name, context, pattern, example):
        codes = [
            code.strip().upper()
            for code in priority_areas.parse_codes(self.parameterAsString(parameters, name, context) or "")
        ]
        wrong = [code for code in codes if not pattern.match(code)]
        if wrong:
            raise InputError(
                "{name}: {codes} is not a valid code (e.g. {example}).",
                name=name,
                codes=", ".join(wrong),
                example=example,
            )
        return codes

    def _nothing_matches(self, total, communes, epci, bbox):
        """The error saying which filters matched nothing."""
        filters = []
        if communes:
            filters.append(self.tr("communes {codes}").format(codes=", ".join(communes)))
        if epci:
            filters.append(self.tr("EPCI {codes}").format(codes=", ".join(epci)))
        if bbox:
            filters.append(
                self.tr("extent {xmin:.4f}, {ymin:.4f}, {xmax:.4f}, {ymax:.4f} (WGS 84)").format(
                    xmin=bbox[0], ymin=bbox[1], xmax=bbox[2], ymax=bbox[3]
                )
            )
        return InputError(
            "No priority neighbourhood matches {filters} among the {total} of the QPV file. Check the codes "
            "(INSEE commune codes, SIREN codes of EPCI) or the extent; the commune may have no QPV.",
            filters=self.tr(" and ").join(filters) or self.tr("the filters"),
            total=total,
        )
