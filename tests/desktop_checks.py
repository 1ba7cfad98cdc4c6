"""Run inside the QGIS desktop by tests/test_desktop.py (QGIS's --code): what a user sees, recorded as JSON.

Loads the Monaco sample as the plugin's menu does, runs the analysis model and each algorithm as their dialogs do
(``processing.runAndLoadResults`` with temporary outputs), and records the loaded layers (name, renderer, geometry,
order in the Layers panel), the message log, the model's texts and validity, and screenshots (the map after the
model, the report's first page). Writes $FOODACCESS_DESKTOP_OUT/result.json, then leaves QGIS (the test ends it).
"""

import json
import os
import traceback

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsLayoutExporter,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QEventLoop, QSize, QTimer
from qgis.utils import iface

OUT = os.environ["FOODACCESS_DESKTOP_OUT"]
MODEL = "foodaccess:foodaccessanalysis"
MESSAGES = []


def record_message(message, tag, level):
    MESSAGES.append({"tag": tag, "critical": level == Qgis.MessageLevel.Critical, "text": message})


def wait(milliseconds):
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def describe(layer):
    geometry = QgsWkbTypes.geometryType(layer.wkbType()) if isinstance(layer, QgsVectorLayer) else None
    return {
        "name": layer.name(),
        "renderer": layer.renderer().type() if isinstance(layer, QgsVectorLayer) and layer.renderer() else None,
        "geometry": QgsWkbTypes.geometryDisplayString(geometry) if geometry is not None else None,
    }


def tree_layers():
    """The layers of the Layers panel, top first."""
    return [node.layer() for node in QgsProject.instance().layerTreeRoot().findLayers() if node.layer()]


def run_as_dialog(algorithm, parameters):
    """processing.runAndLoadResults, as the algorithm's dialog runs it: the layers it loaded, the log meanwhile."""
    import processing

    before = {layer.id() for layer in tree_layers()}
    first_message = len(MESSAGES)
    results = processing.runAndLoadResults(algorithm, parameters)
    wait(800)
    loaded = [layer for layer in tree_layers() if layer.id() not in before]
    return results, {
        "layers": [describe(layer) for layer in loaded],
        "messages": MESSAGES[first_message:],
    }


def model_texts():
    model = QgsApplication.processingRegistry().algorithmById(MODEL)
    return {
        "id": model.id(),
        "name": model.displayName(),
        "group": model.group(),
        "inputs": [definition.description() for definition in model.parameterDefinitions()],
        "help": model.shortHelpString(),
        "invalid_steps": {
            child_id: model.validateChildAlgorithm(child_id)[1]
            for child_id in model.childAlgorithms()
            if not model.validateChildAlgorithm(child_id)[0]
        },
    }


def save_report(layout_name):
    layout = QgsProject.instance().layoutManager().layoutByName(layout_name)
    exporter = QgsLayoutExporter(layout)
    pdf = os.path.join(OUT, "report.pdf")
    exporter.exportToPdf(pdf, QgsLayoutExporter.PdfExportSettings())
    exporter.renderPageToImage(0, QSize(), 80).save(os.path.join(OUT, "report_page1.png"))
    return {"pdf": pdf, "pages": layout.pageCollection().pageCount()}


def checks():
    from qgis.utils import plugins

    result = {"model": model_texts()}
    # The menu action: the sample into the project, the model's dialog filled in; the run takes the dialog's values.
    plugin = plugins["foodaccess"]
    plugin.load_sample()
    wait(800)  # the Layers panel sets the map up for the first layers
    dialog = plugin.model_dialog
    parameters = dialog.createProcessingParameters()
    result["sample"] = {
        "crs": [layer.crs().authid() for layer in QgsProject.instance().mapLayers().values()],
        "project_crs": QgsProject.instance().crs().authid(),
        "dialog_shown": dialog.isVisible(),
        "dialog_values": {name: str(value) for name, value in parameters.items() if not name.count(":")},
    }
    dialog.close()
    sample = {name: parameters[name] for name in ("AREAS", "ORIGINS", "POPULATION_FIELD", "OSM_FILE")}
    outputs = ("fetch_outlets:OUTLETS", "access_times:ACCESS", "service_areas:SERVICE_AREAS")
    for output in outputs + ("classify_areas:CLASSIFIED_AREAS",):
        parameters[output] = "TEMPORARY_OUTPUT"
    layouts_before = {layout.name() for layout in QgsProject.instance().layoutManager().layouts()}
    model_results, result["model_run"] = run_as_dialog(MODEL, parameters)
    result["model_run"]["order"] = [describe(layer) for layer in tree_layers()]
    areas = QgsProject.instance().mapLayer(model_results["classify_areas:CLASSIFIED_AREAS"])
    result["model_run"]["classes"] = {feature["name"]: feature["class"] for feature in areas.getFeatures()}
    new_layouts = [
        layout.name()
        for layout in QgsProject.instance().layoutManager().layouts()
        if layout.name() not in layouts_before
    ]
    result["model_run"]["layouts"] = new_layouts
    iface.mapCanvas().zoomToFullExtent()
    wait(1500)
    iface.mainWindow().grab().save(os.path.join(OUT, "model_map.png"))
    if new_layouts:
        result["report"] = save_report(new_layouts[0])

    # Each algorithm alone, as its dialog runs it, on the sample.
    runs = result["algorithms"] = {}
    fetched, runs["fetchoutlets"] = run_as_dialog(
        "foodaccess:fetchoutlets", {"OSM_FILE": sample["OSM_FILE"], "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    outlets = fetched["OUTPUT"]
    network = {"OSM_FILE": sample["OSM_FILE"], "MODE": 1, "UNIT": 1}
    access, runs["accesstimes"] = run_as_dialog(
        "foodaccess:accesstimes",
        dict(network, ORIGINS=sample["ORIGINS"], OUTLETS=outlets, THRESHOLD=10, OUTPUT="TEMPORARY_OUTPUT"),
    )
    bands, runs["serviceareas"] = run_as_dialog(
        "foodaccess:serviceareas", dict(network, OUTLETS=outlets, THRESHOLDS="5,10,15", OUTPUT="TEMPORARY_OUTPUT")
    )
    classified, runs["classifyareas"] = run_as_dialog(
        "foodaccess:classifyareas",
        {
            "AREAS": sample["AREAS"],
            "ACCESS": access["OUTPUT"],
            "POPULATION_FIELD": sample["POPULATION_FIELD"],
            "PRESET": 6,
            "THRESHOLD": 10,
            "UNIT": 1,
            "OUTLETS": outlets,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
    )
    _, runs["mergeoutlets"] = run_as_dialog(
        "foodaccess:mergeoutlets",
        {
            "LAYERS": [outlets, model_results["fetch_outlets:OUTLETS"]],
            "OUTPUT": "TEMPORARY_OUTPUT",
            "MERGE_REPORT": "TEMPORARY_OUTPUT",
        },
    )
    _, runs["report"] = run_as_dialog(
        "foodaccess:report",
        {
            "AREAS": classified["OUTPUT"],
            "OUTLETS": outlets,
            "ACCESS": access["OUTPUT"],
            "SERVICE_AREAS": bands["OUTPUT"],
            "OUTPUT_PDF": os.path.join(OUT, "report_alone.pdf"),
        },
    )
    runs["report"]["pdf_written"] = os.path.exists(os.path.join(OUT, "report_alone.pdf"))
    result["final_order"] = [describe(layer) for layer in tree_layers()]
    return result


def main():
    try:
        result = checks()
    except Exception:  # reported to the test, which fails with it
        result = {"error": traceback.format_exc()}
    result["messages"] = MESSAGES
    write_result(result)


def write_result(result):
    partial = os.path.join(OUT, "result.json.part")
    with open(partial, "w", encoding="utf-8") as stream:
        json.dump(result, stream, ensure_ascii=False, indent=1)
    os.replace(partial, os.path.join(OUT, "result.json"))


def start_when_ready():
    """Once QGIS has finished starting (the plugin loaded, its provider registered): this script runs before."""
    from qgis.utils import plugins

    global _POLLS
    _POLLS += 1
    if "foodaccess" in plugins and QgsApplication.processingRegistry().algorithmById(MODEL) is not None:
        _POLL.stop()
        main()
    elif _POLLS > 120:  # a minute
        _POLL.stop()
        write_result({"error": f"The plugin did not load in a minute (plugins: {sorted(plugins)})."})


QgsApplication.messageLog().messageReceived.connect(record_message)
_POLLS = 0
_POLL = QTimer()
_POLL.timeout.connect(start_when_ready)
_POLL.start(500)
