"""Dependency guard: which optional Python packages are missing, and how to install them.

The plugin must load without them; the algorithms that need one say so
instead of raising an ImportError.
"""

import importlib.util

from qgis.core import QgsApplication

# What the algorithms import beyond QGIS (numpy and GDAL come with it), as in requirements.txt:
# import name -> (pip name, Debian package). requests: Overpass, the geocoder and data portals;
# scipy: KD-trees and sparse shortest paths (the walking algorithms fall back on networkx without
# it, more slowly; merging outlets needs it). No code uses geopandas: nothing asks for it.
OPTIONAL_PACKAGES = {
    "requests": ("requests", "python3-requests"),
    "scipy": ("scipy", "python3-scipy"),
}


def _importable(name):
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def missing_packages(requirements=None):
    """Import names to install for ``requirements`` (default: all optional packages), each an
    import name or a tuple of alternatives, any of which will do (the first is the one to install)."""
    missing = []
    for requirement in requirements or OPTIONAL_PACKAGES:
        alternatives = (requirement,) if isinstance(requirement, str) else tuple(requirement)
        if not any(_importable(name) for name in alternatives):
            missing.append(alternatives[0])
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
