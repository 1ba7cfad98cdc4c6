"""Processing provider and algorithms: thin translators between QGIS layers and ``core``."""
