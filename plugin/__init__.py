"""The QGIS GUI side of Food Access: plugin class, menus, dock widgets."""
