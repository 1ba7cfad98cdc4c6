"""foodaccess:report — a print layout of the results in the project (Project ▸ Layout Manager), optionally as PDF.

Thin: the layers are copied for the layout (a model's temporary outputs would vanish with the run), styled, and
handed to ``report_layout.build_layout``, which draws the page.
"""

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QLocale

from ..core.errors import DataFileError, InputError
from ..qgis_compat import NO_THREADING
from .area_joins import working_crs
from .base import FoodAccessAlgorithm
from .report_layout import (
    ReportPage,
    area_name_field,
    build_layout,
    export_pdf,
    layer_values,
    map_extent,
    style_service_areas,
)
from .styling import CLASSIFIED_AREAS, OUTLETS, apply_access_style, apply_style


def unique_layout_name(manager, title):
    """``title``, or ``title (2)``, ``(3)``…: a layout of the user's is never replaced."""
    name, number = title, 1
    while manager.layoutByName(name) is not None:
        number += 1
        name = f"{title} ({number})"
    return name


class ReportAlgorithm(FoodAccessAlgorithm):
    NAME = "report"
    GROUP = "classification"

    AREAS = "AREAS"
    OUTLETS = "OUTLETS"
    ACCESS = "ACCESS"
    SERVICE_AREAS = "SERVICE_AREAS"
    TITLE = "TITLE"
    METHOD = "METHOD"
    SOURCES = "SOURCES"
    OUTPUT_PDF = "OUTPUT_PDF"
    LAYOUT = "LAYOUT"

    def display_name(self):
        return self.tr("Report: print layout of the results")

    def flags(self):
        # Adds a layout and layers to the project: must run in the main thread.
        return super().flags() | NO_THREADING

    def define_parameters(self):
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        points = [QgsProcessing.SourceType.TypeVectorPoint]
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.AREAS, self.tr("Classified areas"), polygons),
            self.tr("The output of 'Classify food access by area': the map's classes and the per-area table."),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.OUTLETS, self.tr("Outlets"), points, optional=True),
            self.tr("Food outlets drawn on the map by category."),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.ACCESS, self.tr("Access to the nearest outlet"), optional=True),
            self.tr("The output of 'Access to the nearest outlet': homes drawn by travel time."),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.SERVICE_AREAS, self.tr("Service areas"), polygons, optional=True),
            self.tr("The output of 'Service areas': the bands drawn as outlines."),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.TITLE, self.tr("Title"), optional=True),
            self.tr("The title of the page, also the layout's name. Empty: 'Food access'."),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.METHOD, self.tr("Method (text under the title)"), optional=True),
            self.tr("Empty: the threshold of the classified areas in words, and the USDA rule."),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.SOURCES, self.tr("Data sources"), optional=True),
            self.tr("Credits printed before the OpenStreetMap attribution, e.g. 'Population: INSEE Filosofi 2019'."),
        )
        self.add_parameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PDF,
                self.tr("Report as PDF"),
                self.tr("PDF files (*.pdf)"),
                optional=True,
                createByDefault=False,
            ),
            self.tr("Also export the layout to this PDF file. Empty: only the layout in the project."),
        )
        self.addOutput(QgsProcessingOutputString(self.LAYOUT, self.tr("Layout name")))

    def process(self, parameters, context, feedback):
        # The run's project (the user's, from a dialog); without one (processing.run without a project), a
        # project of its own, which the PDF is exported from.
        project = context.project() or QgsProject()
        areas = self._copy(parameters, self.AREAS, context, self.tr("Food access by area"))
        if areas is None:
            raise InputError("The AREAS layer cannot be read: choose the classified areas.")
        if "class" not in areas.fields().names():
            raise InputError("The AREAS layer has no field class: choose the output of 'Classify food access by area'.")
        apply_style(areas, CLASSIFIED_AREAS, name_field=area_name_field(areas))
        outlets = self._copy(parameters, self.OUTLETS, context, self.tr("Food outlets"))
        if outlets is not None:
            apply_style(outlets, OUTLETS)
        access = self._copy(parameters, self.ACCESS, context, self.tr("Homes: travel time (min)"))
        service_areas = self._copy(parameters, self.SERVICE_AREAS, context, self.tr("Service areas"))
        if service_areas is not None:
            style_service_areas(service_areas)
        if access is not None:
            apply_access_style(access)
        # Top first: points above lines above polygons.
        shown = [layer for layer in (outlets, access, service_areas, areas) if layer is not None]
        for layer in shown:
            project.addMapLayer(layer, False)  # the layout's own copies, out of the Layers panel

        title = self.parameterAsString(parameters, self.TITLE, context) or self.tr("Food access")
        page = ReportPage(
            map_layers=shown,
            legend_layers=shown,
            crs=working_crs(areas, context),
            extent=None,
            title=title,
            subtitle=self.parameterAsString(parameters, self.METHOD, context) or self._method(areas),
            sources=self.parameterAsString(parameters, self.SOURCES, context),
            table_layer=areas,
            name_field=area_name_field(areas),
        )
        page.extent = map_extent([layer for layer in (areas, access, outlets) if layer is not None], page.crs, project)
        manager = project.layoutManager()
        layout = build_layout(project, page, unique_layout_name(manager, title))
        manager.addLayout(layout)
        feedback.pushInfo(
            self.tr("Layout '{name}' added to the project: Project ▸ Layout Manager to open and edit it.").format(
                name=layout.name()
            )
        )
        results = {self.LAYOUT: layout.name()}
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        if pdf:
            if export_pdf(layout, pdf) != 0:
                raise DataFileError("Cannot write the PDF {path}: choose a folder you can write to.", path=pdf)
            results[self.OUTPUT_PDF] = pdf
        return results

    def _copy(self, parameters, name, context, title):
        """A copy of the layer of parameter ``name`` (None when not given) for the layout: the run's temporary
        layers are gone once it ends, and the user's layers keep their own styles."""
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is None:
            return None
        if layer.providerType() == "memory":
            copy = layer.materialize(QgsFeatureRequest())
        else:
            copy = QgsVectorLayer(layer.source(), title, layer.providerType())
        copy.setName(title)
        return copy

    def _method(self, areas):
        """The threshold of the classified areas in words, and the rule."""
        thresholds = layer_values(areas, "threshold")
        units = layer_values(areas, "unit")
        if not thresholds:
            return ""
        unit = units[0] if units else ""
        # Metres as whole numbers (the USDA's mile is 1,609.344 m), minutes as they are; in the user's locale.
        threshold = QLocale().toString(float(round(thresholds[0])), "f", 0) if unit == "m" else f"{thresholds[0]:g}"
        unit = {"min": self.tr("minutes"), "m": self.tr("metres")}.get(unit, "")
        return self.tr(
            "Low access: farther than {threshold} {unit} from the nearest food outlet. An area has low access when at "
            "least 500 people or 33 % of its population live beyond it (USDA rule), and is a food desert when it is "
            "also low income."
        ).format(threshold=threshold, unit=unit)
