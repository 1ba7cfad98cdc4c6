"""Dependency guard: which optional Python packages are missing, and how to install them.

The plugin must load without them; the algorithms that need one say so
instead of raising an ImportError.
"""

import importlib.util

from qgis.core import QgsApplication

# Import name -> (pip name, Debian package)
OPTIONAL_PACKAGES = {
    "requests": ("requests", "python3-requests"),
    "networkx": ("networkx", "python3-networkx"),
    "scipy": ("scipy", "python3-scipy"),
    "geopandas": ("geopandas", "python3-geopandas"),
}


def missing_packages(names=None):
    """Import names among ``names`` (default: all optional packages) that cannot be imported."""
    missing = []
    for name in names or OPTIONAL_PACKAGES:
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            missing.append(name)
    return missing


def install_instructions(names):
    """A translated text telling how to install ``names`` into QGIS's own Python."""
    # An algorithm may require a package not listed above: pip and Debian name it after its import name.
    packages = [OPTIONAL_PACKAGES.get(name, (name, f"python3-{name}")) for name in names]
    pip_names = " ".join(pip for pip, _debian in packages)
    debian_names = " ".join(debian for _pip, debian in packages)
    text = QgsApplication.translate(
        "FoodAccess",
        "Food Access needs the Python package(s) {names}, which QGIS's Python cannot import.\n"
        "Install them into QGIS's own Python, then restart QGIS:\n"
        "- Windows: open the OSGeo4W Shell and run: python -m pip install {pip}\n"
        "- macOS: /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {pip}\n"
        "- Debian/Ubuntu: sudo apt install {debian}\n"
        "- Any system: install the QPIP plugin, which reads the plugin's requirements.txt.",
    )
    return text.format(names=", ".join(names), pip=pip_names, debian=debian_names)
