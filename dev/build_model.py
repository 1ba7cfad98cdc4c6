"""Write resources/models/food_access_analysis.model3, the analysis model as a file for the Model Designer.

    .venv/bin/python dev/build_model.py [path]

The provider builds the model in code (processing/model.py) and registers it as foodaccess:foodaccessanalysis;
this file is the same model, in English, for users to open in the Model Designer and adapt (the plugin's menu
writes one in the user's language). A test fails while the shipped file is stale.
"""

import os
import sys

from qgis.core import QgsApplication

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL_PATH = os.path.join(ROOT, "resources", "models", "food_access_analysis.model3")


def main(path=MODEL_PATH):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QgsApplication([], False)
    app.initQgis()
    from qgis.analysis import QgsNativeAlgorithms

    from foodaccess.processing.model import export_model
    from foodaccess.processing.provider import FoodAccessProvider

    # References: the registry does not keep the Python objects alive.
    providers = [QgsNativeAlgorithms(), FoodAccessProvider()]
    for provider in providers:
        QgsApplication.processingRegistry().addProvider(provider)
    if not export_model(path):
        raise SystemExit(f"build_model: cannot write {path}")
    print(f"build_model: wrote {path}")
    app.exitQgis()


if __name__ == "__main__":
    main(*sys.argv[1:])
