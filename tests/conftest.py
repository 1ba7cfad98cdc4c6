"""Shared fixtures. QGIS itself comes from pytest-qgis (qgis_app, qgis_iface, qgis_processing, ...)."""

import gc
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

# The QGIS profile is pytest-qgis's <repo>/.qgis-settings (git-ignored; `make test` starts
# each run with a fresh one), never the user's own.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"
ARTIFACTS = REPO_ROOT / "tests" / "artifacts"

try:
    import foodaccess  # noqa: F401
except ImportError as error:  # pragma: no cover - a set-up problem, not a test result
    raise pytest.UsageError(
        "The package 'foodaccess' is not importable: run the tests with 'make test', which links the "
        f"repository into .venv as 'foodaccess' ({error})."
    ) from error


@pytest.fixture(scope="session")
def shared_data():
    """The real data of ../shared/data (read-only)."""
    if not SHARED_DATA.is_dir():
        pytest.fail(f"The shared test data is missing: expected {SHARED_DATA} beside the repository.")
    return SHARED_DATA


@pytest.fixture(scope="session")
def monaco_pbf(shared_data):
    return str(shared_data / "monaco" / "monaco.osm.pbf")


@pytest.fixture(scope="session")
def artifacts():
    """A folder for files a person looks at after the run (screenshots, maps)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session", autouse=True)
def release_frames_before_qgis_exits(qgis_app):
    """QGIS keeps the exception of a failed processAlgorithm (its Python-to-C++ error handler never
    releases it), and its traceback keeps the callers' frames: a test that expects a failure would
    keep its layers alive until Python's final teardown, after pytest-qgis's exitQgis has unloaded
    the GDAL drivers, and the run would end in a segmentation fault although every test passed.
    Torn down before qgis_app: the finished frames of every live traceback are cleared first."""
    yield
    for leftover in [item for item in gc.get_objects() if isinstance(item, types.TracebackType)]:
        frame = leftover.tb_frame
        while frame is not None:
            try:
                frame.clear()
            except RuntimeError:  # still running (pytest itself) or suspended: not ours to clear
                pass
            frame = frame.f_back
    gc.collect()


@pytest.fixture(scope="session")
def qgis_iface(qgis_iface):
    """pytest-qgis's stand-in QGIS interface, with a real layer tree view of the project. Its
    layerTreeView() is otherwise a MagicMock, which QGIS 3.44's Processing passes on to C++
    (QgsProcessingGuiUtils.addResultLayers) when it loads an algorithm's results: a TypeError."""
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    view = QgsLayerTreeView(qgis_iface.mainWindow())
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
    qgis_iface.layerTreeView = lambda: view
    return qgis_iface


# A Python provider must stay referenced from Python, or its algorithms lose their ids.
_REGISTERED_PROVIDERS = []


def _registered_provider():
    from qgis.core import QgsApplication

    from foodaccess.processing.provider import FoodAccessProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("foodaccess")
    if existing is not None:
        return existing
    provider = FoodAccessProvider()
    assert registry.addProvider(provider)
    _REGISTERED_PROVIDERS.append(provider)
    return provider


@pytest.fixture
def provider(qgis_processing):
    """The Food Access provider, registered in the Processing registry (again, if a plugin
    lifecycle test removed it)."""
    return _registered_provider()


@pytest.fixture
def unregistered_provider(qgis_processing):
    """No Food Access provider registered while the test runs (plugin lifecycle tests register
    their own); one is registered again afterwards for the tests that follow."""
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("foodaccess")
    if existing is not None:
        registry.removeProvider(existing)
    yield
    _registered_provider()


@pytest.fixture
def buffer_model(qgis_processing):
    """Makes a model in code: one step "buffer", native:buffer of the model input "areas" by 10 map units,
    whose OUTPUT is the model output "buffered", described as the description given."""
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterVectorLayer,
    )

    def make(description):
        model = QgsProcessingModelAlgorithm("buffer", "tests")
        model.addModelParameter(
            QgsProcessingParameterVectorLayer("areas", "areas"), QgsProcessingModelParameter("areas")
        )
        step = QgsProcessingModelChildAlgorithm("native:buffer")
        step.setChildId("buffer")
        step.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("areas")])
        step.addParameterSources("DISTANCE", [QgsProcessingModelChildParameterSource.fromStaticValue(10)])
        output = QgsProcessingModelOutput("buffered", description)
        output.setChildOutputName("OUTPUT")
        step.setModelOutputs({"buffered": output})
        model.addChildAlgorithm(step)
        return model

    return make


@pytest.fixture
def run_algorithm(provider):
    """Run ``foodaccess:<name>`` with Processing and return its results."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    import processing

    def run(name, parameters, feedback=None, context=None):
        return processing.run(
            f"foodaccess:{name}",
            parameters,
            feedback=feedback or QgsProcessingFeedback(),
            context=context or QgsProcessingContext(),
        )

    return run


@pytest.fixture
def french_user(qgis_app):
    """QGIS in French, with the plugin's compiled French translation installed (as the plugin does)."""
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    repo = Path(__file__).resolve().parents[1]
    compiled = subprocess.run(
        [sys.executable, str(repo / "dev" / "translations.py"), "compile"], cwd=repo, capture_output=True, text=True
    )
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    translator = QTranslator()
    assert translator.load(str(repo / "resources" / "i18n" / "foodaccess_fr.qm"))
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
    settings.remove("locale/overrideFlag")
    settings.remove("locale/userLocale")
