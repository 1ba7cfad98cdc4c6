"""Where the plugin's files are: its folder, the bundled resources, and the disk caches."""

import os

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))
RESOURCES_DIR = os.path.join(PLUGIN_DIR, "resources")
HELP_DIR = os.path.join(RESOURCES_DIR, "help")
ICON_PATH = os.path.join(RESOURCES_DIR, "icons", "foodaccess.svg")
TAGGING_ICON_PATH = os.path.join(RESOURCES_DIR, "icons", "tagging.svg")


def cache_directory(*parts):
    """Food Access's disk caches (Overpass answers, QPV downloads, networks), in the QGIS
    profile beside QGIS's own caches: removing the profile removes them."""
    from qgis.core import QgsApplication

    return os.path.join(QgsApplication.qgisSettingsDirPath(), "cache", "foodaccess", *parts)
