"""Start QGIS (headless) with Processing and the Food Access provider, for benchmarks."""

import os
import sys
import tempfile

_APP = None
# A Python provider must stay referenced from Python, or its algorithms lose their ids.
_PROVIDERS = []


def start_qgis():
    global _APP
    if _APP is not None:
        return _APP
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", tempfile.mkdtemp(prefix="foodaccess-bench-"))
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    _APP = QgsApplication([], False)
    _APP.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()
    from foodaccess.processing.provider import FoodAccessProvider

    _PROVIDERS.append(FoodAccessProvider())
    QgsApplication.processingRegistry().addProvider(_PROVIDERS[-1])
    return _APP
