"""The ``foodaccess`` Processing provider."""

from qgis.core import QgsApplication, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..paths import ICON_PATH
from .access_times import AccessTimesAlgorithm
from .classify_areas import ClassifyAreas
from .export_package import ExportPackage
from .fetch_outlets import FetchOutlets
from .fetch_priority_areas import FetchPriorityAreas
from .import_directory import ImportDirectoryAlgorithm
from .merge_outlets import MergeOutletsAlgorithm
from .model import FoodAccessModel, describe_outputs
from .report import ReportAlgorithm
from .scenario import Scenario
from .service_areas import ServiceAreasAlgorithm
from .style_areas import StyleAreas
from .suggest_sites import SuggestSites
from .update_outlets import UpdateOutlets

# Every algorithm of the provider, in toolbox order.
ALGORITHM_CLASSES = (
    FetchOutlets,
    UpdateOutlets,
    ImportDirectoryAlgorithm,
    MergeOutletsAlgorithm,
    AccessTimesAlgorithm,
    ServiceAreasAlgorithm,
    FetchPriorityAreas,
    ClassifyAreas,
    ReportAlgorithm,
    SuggestSites,
    Scenario,
    StyleAreas,
    ExportPackage,
)


def attach_models(models):
    """Resolve the models' steps and declare their outputs. Their steps are algorithms of this
    provider, which the registry does not know yet while the provider loads: until then the
    models would show no output (their instances, created at run time, are complete anyway)."""
    for model in models:
        for child_id in model.childAlgorithms():
            model.childAlgorithm(child_id).reattach()
        model.updateDestinationParameters()
        describe_outputs(model)


class FoodAccessProvider(QgsProcessingProvider):
    def id(self):
        return "foodaccess"

    def name(self):
        return tr("Food Access")

    def longName(self):
        return tr("Food Access: food deserts and access to food")

    def icon(self):
        return QIcon(ICON_PATH)

    def svgIconPath(self):
        return ICON_PATH

    def loadAlgorithms(self):
        for algorithm_class in ALGORITHM_CLASSES:
            self.addAlgorithm(algorithm_class())
        self._models = [FoodAccessModel()]
        for model in self._models:
            self.addAlgorithm(model)
        registry = QgsApplication.processingRegistry()
        if registry.providerById(self.id()) is self:
            attach_models(self._models)  # a refresh: the provider is registered already
        else:
            registry.providerAdded.connect(self._attach_models_once_registered)

    def _attach_models_once_registered(self, provider_id):
        if provider_id == self.id():
            QgsApplication.processingRegistry().providerAdded.disconnect(self._attach_models_once_registered)
            attach_models(self._models)
