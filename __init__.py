"""Food Access — a QGIS plugin to find, measure and map food deserts."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    from .plugin.plugin import FoodAccessPlugin

    return FoodAccessPlugin(iface)
