"""The ``foodaccess`` Processing provider."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .base import ICON_PATH, tr

# Every algorithm of the provider, in toolbox order.
ALGORITHM_CLASSES = (
)


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
