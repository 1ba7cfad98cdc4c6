"""foodaccess:report: a print layout of classified areas in the run's project, its PDF, and what it refuses."""

import pytest
from area_layers import access_points, areas_layer, classify_run, point
from osgeo import gdal
from qgis.core import QgsLayoutItemAttributeTable, QgsProcessingContext, QgsProcessingException, QgsProject


@pytest.fixture
def classified(run_algorithm):
    access = access_points(
        [(point(100, 100), 330, 2000, 25, "ok", "supermarket"), (point(900, 900), 670, 300, 4, "ok", "supermarket")]
    )
    _, layer = classify_run(run_algorithm, {"AREAS": areas_layer(), "ACCESS": access, "POPULATION_FIELD": "Ind"})
    return layer


@pytest.fixture
def project():
    project = QgsProject()
    yield project
    project.clear()


def run_report(run_algorithm, project, parameters):
    context = QgsProcessingContext()
    context.setProject(project)
    return run_algorithm("report", parameters, context=context)


def test_the_layout_lands_in_the_project_with_its_table_and_pdf(run_algorithm, classified, project, tmp_path):
    pdf = tmp_path / "report.pdf"
    results = run_report(run_algorithm, project, {"AREAS": classified, "TITLE": "Marseille", "OUTPUT_PDF": str(pdf)})
    assert results["LAYOUT"] == "Marseille" and results["OUTPUT_PDF"] == str(pdf)
    layout = project.layoutManager().layoutByName("Marseille")
    assert layout is not None and layout.pageCollection().pageCount() == 2
    table = next(frame for frame in layout.multiFrames() if isinstance(frame, QgsLayoutItemAttributeTable))
    assert [column.heading() for column in table.columns()][:2] == ["Area", "Class"]
    texts = [item.text() for item in layout.items() if hasattr(item, "text") and callable(item.text)]
    assert any("1,609 metres" in text or "1609 metres" in text for text in texts), texts
    assert any("OpenStreetMap contributors" in text for text in texts)
    assert len(gdal.Open(str(pdf)).GetSubDatasets()) == 2


def test_a_layout_of_the_same_name_is_never_replaced(run_algorithm, classified, project):
    for _ in range(2):
        run_report(run_algorithm, project, {"AREAS": classified})
    assert sorted(layout.name() for layout in project.layoutManager().layouts()) == ["Food access", "Food access (2)"]


def test_areas_that_are_not_classified_are_refused(run_algorithm, project):
    with pytest.raises(QgsProcessingException, match="has no field class"):
        run_report(run_algorithm, project, {"AREAS": areas_layer()})
    assert project.layoutManager().layouts() == []
