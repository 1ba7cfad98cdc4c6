"""Bad inputs and missing data of classifyareas, fetchpriorityareas and styleareas end in clear words: a
QgsProcessingException naming the cause and the fix, or a warning with figures; never a traceback, a crash or a
silently wrong map (issue 14)."""

import io
import json
import re
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from area_layers import X0, Y0, access_points, areas_layer, box, classify_run, memory_layer, point
from feedback import RecordingFeedback
from qgis.core import (
    NULL,
    Qgis,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsWkbTypes,
)
from qpv_replay import FEATURES, collection, zip_reply
from servers import LoopbackServer, Reply

NOT_A_TAXONOMY = Path(__file__).resolve().parents[2] / "resources" / "styles" / "legend.json"
# Processing's default in QGIS (Settings ▸ Options ▸ Processing ▸ Invalid features filtering): stop on invalid.
if Qgis.QGIS_VERSION_INT >= 33600:
    ABORT_ON_INVALID = Qgis.InvalidGeometryCheck.AbortOnInvalid
else:
    ABORT_ON_INVALID = QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid


def bow_tie(x, y, size=1000):
    """A self-intersecting square (its ring crosses itself at the centre)."""
    x, y = X0 + x, Y0 + y
    return QgsGeometry.fromWkt(f"POLYGON(({x} {y},{x + size} {y + size},{x + size} {y},{x} {y + size},{x} {y}))")


def bow_tie_areas():
    return memory_layer("Polygon", ["name:string"], [(box(0, 0, 1000), "A"), (bow_tie(1000, 0), "B")])


def near_food(x, y, people=100):
    return (point(x, y), people, 100, 1, "ok", "supermarket")


def abort_context():
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(ABORT_ON_INVALID)
    return context


# --- the cases ------------------------------------------------------------------------------------------
def test_a_text_population_field_holding_words_is_refused_by_name(run_algorithm):
    access = memory_layer(
        "Point",
        ["people:string", "distance_m:double", "time_min:double", "status:string"],
        [(point(100, 100), "12", 100, 1, "ok"), (point(200, 100), "abc", 100, 1, "ok")],
    )
    with pytest.raises(QgsProcessingException, match=r"field people of the ACCESS layer holds 'abc' \(origin 2\)"):
        classify_run(run_algorithm, {"AREAS": areas_layer(), "ACCESS": access, "POPULATION_FIELD": "people"})
    # Text holding numbers is read as numbers.
    access.dataProvider().changeAttributeValues({2: {0: "30"}})
    areas, _ = classify_run(run_algorithm, {"AREAS": areas_layer(), "ACCESS": access, "POPULATION_FIELD": "people"})
    assert areas["A"]["pop_total"] == 42


def test_a_bow_tie_area_is_named_run_after_run_then_repaired(run_algorithm):
    """QGIS's own check (the default 'stop on invalid') threw a C++ exception through the Python frames of the
    first run, and the next run in the same process crashed. The plugin checks validity itself."""
    access = access_points([near_food(500, 500), near_food(1250, 500)])
    for _ in range(2):
        with pytest.raises(QgsProcessingException) as refused:
            classify_run(run_algorithm, {"AREAS": bow_tie_areas(), "ACCESS": access}, context=abort_context())
        message = str(refused.value)
        assert "The AREAS layer has invalid geometries (1; feature id and reason: 2 (Self-intersection))" in message
        assert "FIX_INVALID" in message
    feedback = RecordingFeedback()
    areas, layer = classify_run(
        run_algorithm,
        {"AREAS": bow_tie_areas(), "ACCESS": access, "FIX_INVALID": True},
        context=abort_context(),
        feedback=feedback,
    )
    assert any(
        "Invalid geometries of AREAS repaired with makeValid (1; feature id and reason: 2" in text
        for text in feedback.warnings
    )
    # makeValid splits the bow tie into its two triangles: the output is multi-polygons, all valid.
    assert QgsWkbTypes.isMultiType(layer.wkbType())
    assert all(feature.geometry().isGeosValid() for feature in layer.getFeatures())
    assert areas["B"].geometry().constGet().numGeometries() == 2
    assert areas["B"].geometry().area() == pytest.approx(500_000)
    assert areas["B"]["pop_total"] == 1 and areas["B"]["class"] == "served"  # (1250, 500) is in the lower triangle
    # The process is sound: an ordinary run follows.
    areas, _ = classify_run(run_algorithm, {"AREAS": areas_layer(), "ACCESS": access})
    assert areas["A"]["class"] == "served"


def test_invalid_population_cells_and_priority_areas_are_named_too(run_algorithm):
    cells = memory_layer(
        "Polygon",
        ["Ind:double", "distance_m:double", "time_min:double", "status:string"],
        [(box(100, 100, 200), 10, 100, 1, "ok"), (bow_tie(400, 400, 200), 10, 100, 1, "ok")],
    )
    parameters = {"AREAS": areas_layer(), "ACCESS": cells, "POPULATION_FIELD": "Ind"}
    with pytest.raises(QgsProcessingException, match=r"The ACCESS layer has invalid geometries \(1; feature id"):
        classify_run(run_algorithm, parameters, context=abort_context())
    areas, _ = classify_run(run_algorithm, {**parameters, "FIX_INVALID": True})
    assert areas["A"]["pop_total"] == pytest.approx(20)
    qpv = memory_layer("Polygon", ["code_qp:string"], [(bow_tie(0, 0), "QN01301M")])
    access = access_points([near_food(500, 500)])
    with pytest.raises(QgsProcessingException, match=r"The PRIORITY_AREAS layer has invalid geometries"):
        classify_run(run_algorithm, {"AREAS": areas_layer(), "ACCESS": access, "PRIORITY_AREAS": qpv})
    areas, _ = classify_run(
        run_algorithm, {"AREAS": areas_layer(), "ACCESS": access, "PRIORITY_AREAS": qpv, "FIX_INVALID": True}
    )
    assert areas["A"]["priority_area"]  # the two triangles cover half of A


def test_a_population_field_naming_no_field_is_refused(run_algorithm):
    access = access_points([near_food(500, 500)])
    with pytest.raises(QgsProcessingException, match=r"The ACCESS layer has no field Population \(POPULATION_FIELD\)"):
        classify_run(run_algorithm, {"AREAS": areas_layer(), "ACCESS": access, "POPULATION_FIELD": "Population"})
    # The field's name in another case is the field.
    areas, _ = classify_run(run_algorithm, {"AREAS": areas_layer(), "ACCESS": access, "POPULATION_FIELD": "IND"})
    assert areas["A"]["pop_total"] == 100


def test_a_low_income_expression_naming_missing_fields_is_refused(run_algorithm):
    access = access_points([near_food(500, 500)])
    with pytest.raises(
        QgsProcessingException,
        match=r"The LOW_INCOME expression uses fields that the AREAS layer does not have: Men_pauvres, Menages",
    ):
        classify_run(
            run_algorithm,
            {"AREAS": areas_layer(), "ACCESS": access, "LOW_INCOME": '"Men_pauvres" / "Menages" >= 0.2'},
        )


def test_areas_with_only_null_geometries_are_refused_and_some_are_named(run_algorithm):
    access = access_points([near_food(500, 500)])
    empty = memory_layer("Polygon", ["name:string"], [(QgsGeometry(), "A"), (QgsGeometry(), "B")])
    with pytest.raises(QgsProcessingException, match="None of the 2 features of the AREAS layer has a geometry"):
        classify_run(run_algorithm, {"AREAS": empty, "ACCESS": access})
    some = memory_layer("Polygon", ["name:string"], [(box(0, 0, 1000), "A"), (QgsGeometry(), "B")])
    feedback = RecordingFeedback()
    areas, _ = classify_run(run_algorithm, {"AREAS": some, "ACCESS": access}, feedback=feedback)
    assert areas["B"]["class"] == "no_population"
    assert "1 area has no geometry (feature ids 2)" in " ".join(feedback.warnings)


def test_access_points_nowhere_near_the_areas_are_refused(run_algorithm):
    far = access_points([near_food(50_000, 50_000), near_food(60_000, 50_000)])
    with pytest.raises(QgsProcessingException, match="None of the 2 origins of the ACCESS layer lies in an area"):
        classify_run(run_algorithm, {"AREAS": areas_layer(), "ACCESS": far})
    # Some outside: said, not refused.
    feedback = RecordingFeedback()
    classify_run(
        run_algorithm,
        {"AREAS": areas_layer(), "ACCESS": access_points([near_food(500, 500), near_food(50_000, 0)])},
        feedback=feedback,
    )
    assert "1 of 2 origins of the ACCESS layer lies in no area" in " ".join(feedback.infos)


def test_priority_areas_without_crs_are_refused(run_algorithm):
    qpv = memory_layer("Polygon", ["code_qp:string"], [(box(0, 0, 1000), "QN01301M")], crs=None)
    assert not qpv.crs().isValid()
    with pytest.raises(QgsProcessingException, match=r"The PRIORITY_AREAS layer has no CRS"):
        classify_run(
            run_algorithm, {"AREAS": areas_layer(), "ACCESS": access_points([near_food(5, 5)]), "PRIORITY_AREAS": qpv}
        )


def test_unmeasured_people_are_kept_apart_from_low_access_and_warned_about(run_algorithm):
    too_far = "too far from network"
    access = access_points(
        [
            # A: 600 people too far from the network, 400 measured far from food: not assessed.
            (point(100, 100), 600, None, None, too_far, None),
            (point(200, 100), 400, 5000, 60, "ok", "supermarket"),
            # B: 100 unmeasured, 900 measured near food: served, the 100 left out.
            (point(1100, 100), 100, None, None, too_far, None),
            (point(1200, 100), 900, 100, 1, "ok", "supermarket"),
        ]
    )
    feedback = RecordingFeedback()
    areas, _ = classify_run(
        run_algorithm, {"AREAS": areas_layer(), "ACCESS": access, "POPULATION_FIELD": "Ind"}, feedback=feedback
    )
    a, b = areas["A"], areas["B"]
    assert a["class"] == "not_assessed" and a["low_access"] == NULL and a["share_low_access"] == NULL
    assert (a["pop_total"], a["pop_low_access"]) == (1000, 400)
    assert a["reason"].startswith("Not assessed (access not measured): 600 of 1,000 people (60.0 %) have no measure")
    assert b["class"] == "served" and (b["pop_low_access"], b["share_low_access"]) == (0, 0)
    assert "not counting 100 of 1,000 people (10.0 %) without a measure" in b["reason"]
    warning = " ".join(feedback.warnings)
    assert "2 of the 4 origins in the areas (35.0 % of their people) have no measure of access" in warning
    assert "(too far from network 2)" in warning and "1 areas with more than 50 % of their people" in warning
    assert "street extract that covers all the areas" in warning
    assert "1 not assessed" in " ".join(feedback.infos)


# --- more bad inputs, for classifyareas, fetchpriorityareas and styleareas ----------------------------------------
@dataclass
class Case:
    """A run of ``algorithm`` with the parameters ``build(server)`` makes (server: the QPV replay's URL), expected to
    stop with a message matching ``message`` or, with ``warning``, to warn so."""

    algorithm: str
    build: object
    message: str
    warning: bool = False


def classify(overrides=dict):
    """classifyareas on the three areas with one origin near food in A, overridden by the parameters
    ``overrides()`` makes (layers are made when the case runs)."""
    return lambda server: {"AREAS": areas_layer(), "ACCESS": access_points([near_food(500, 500)]), **overrides()}


def with_origins(*rows):
    """classify with an ACCESS layer of ``rows`` (ORIGIN fields), people in Ind."""
    return classify(lambda: {"ACCESS": access_with(ORIGIN, *rows), "POPULATION_FIELD": "Ind"})


def access_with(fields, *rows):
    return memory_layer("Point", fields, rows)


def outlets(crs="EPSG:2154", x=100, y=100):
    return memory_layer("Point", ["name:string", "category:string"], [(point(x, y), "s", "supermarket")], crs)


def qpv(kind, **parameters):
    """fetchpriorityareas on the replay's resource ``kind`` (a fresh URL: nothing cached)."""
    return lambda server: {"URL": f"{server}/{kind}/{uuid.uuid4().hex}", **parameters}


def qpv_reply(request):
    kind = request.path.split("/")[1]
    if kind == "zip-without-geojson":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("LISEZMOI.txt", "Quartiers prioritaires 2024")
        return Reply(200, buffer.getvalue(), content_type="application/zip")
    if kind == "single-feature":
        return Reply(200, json.dumps(FEATURES[0]).encode())
    if kind == "other-schema":
        features = [{**feature, "properties": {"nom": feature["properties"]["lib_qp"]}} for feature in FEATURES]
        return Reply(200, json.dumps(collection(features)).encode())
    return zip_reply(request)


def style(layer, **parameters):
    return lambda server: {"INPUT": layer(), **parameters}


def classified(fields=("name:string", "class:string", "share_low_access:double")):
    return lambda: memory_layer("Polygon", list(fields), [(box(0, 0, 100), "A", "served", 10.0)])


def points(fields=("name:string",)):
    return lambda: memory_layer("Point", list(fields), [(point(0, 0), "x")])


ORIGIN = ["Ind:double", "distance_m:double", "time_min:double", "status:string"]
CASES = {
    # classifyareas
    "access without CRS": Case(
        "classifyareas",
        classify(lambda: dict(ACCESS=memory_layer("Point", ORIGIN, [(point(5, 5), 1, 100, 1, "ok")], None))),
        r"The ACCESS layer has no CRS",
    ),
    "areas without CRS": Case(
        "classifyareas",
        classify(lambda: dict(AREAS=memory_layer("Polygon", ["name:string"], [(box(0, 0, 1000), "A")], None))),
        r"The AREAS layer has no CRS",
    ),
    "outlets without CRS": Case(
        "classifyareas", classify(lambda: dict(OUTLETS=outlets(crs=None))), r"The OUTLETS layer has no CRS"
    ),
    "areas whose coordinates do not fit their CRS": Case(
        "classifyareas",
        classify(lambda: dict(AREAS=memory_layer("Polygon", ["name:string"], [(box(0, 0, 1000), "A")], "EPSG:4326"))),
        r"The AREAS layer's coordinates do not fit its CRS EPSG:4326",
    ),
    "URBAN naming a missing field": Case(
        "classifyareas",
        classify(lambda: dict(URBAN='"DENSITE" <= 2')),
        r"URBAN expression uses fields .* DENSITE \(its fields: name",
    ),
    "distance_m holding words": Case(
        "classifyareas",
        classify(lambda: dict(ACCESS=access_with(["distance_m:string", "status:string"], (point(5, 5), "far", "ok")))),
        r"The field distance_m of the ACCESS layer holds 'far' \(origin 1\), which is not a number",
    ),
    "infinite population": Case(
        "classifyareas",
        with_origins((point(5, 5), float("inf"), 100, 1, "ok")),
        r"population field Ind holds inf \(origin 1\): populations must be finite",
    ),
    "nobody in the areas": Case(
        "classifyareas",
        with_origins((point(5, 5), 0, 100, 1, "ok"), (point(9, 5), None, 9, 1, "ok")),
        r"The 2 origins lying in the areas hold nobody: Ind is 0 or NULL for all of them",
    ),
    "empty access layer": Case(
        "classifyareas",
        with_origins(),
        r"The ACCESS layer has no feature: run 'Access",
    ),
    "JSON file that is not a taxonomy": Case(
        "classifyareas",
        classify(lambda: {"TAXONOMY": str(NOT_A_TAXONOMY)}),
        r"legend.json: expected an object with a \"categories\" list",
    ),
    "priority areas elsewhere": Case(
        "classifyareas",
        classify(
            lambda: dict(PRIORITY_AREAS=memory_layer("Polygon", ["code_qp:string"], [(box(90_000, 0, 500), "QN")]))
        ),
        r"None of the 1 polygons of PRIORITY_AREAS overlaps an area",
        warning=True,
    ),
    "outlets elsewhere": Case(
        "classifyareas",
        classify(lambda: dict(OUTLETS=outlets(x=90_000))),
        r"None of the 1 outlets of OUTLETS lies in an area",
        warning=True,
    ),
    "LOW_INCOME NULL everywhere": Case(
        "classifyareas",
        classify(lambda: dict(LOW_INCOME="NULL")),
        r"LOW_INCOME expression gives NULL for 3 of 3 areas",
        warning=True,
    ),
    "origins with an unknown status": Case(
        "classifyareas",
        with_origins((point(5, 5), 1, 100, 1, "ok"), (point(9, 5), 1, 100, 1, "error")),
        r"1 of the 2 origins in the areas \(50.0 % of their people\) have no measure of access \(error 1\)",
        warning=True,
    ),
    "origins ok without a value": Case(
        "classifyareas",
        with_origins((point(5, 5), 1, 100, 1, "ok"), (point(9, 5), 1, None, None, "ok")),
        r"have no measure of access \(no distance_m 1\)",
        warning=True,
    ),
    "some origins without population": Case(
        "classifyareas",
        with_origins((point(5, 5), 1, 100, 1, "ok"), (point(9, 5), None, 9, 1, "ok")),
        r"1 origin has no population \(NULL\): it counts as 0 people",
        warning=True,
    ),
    # fetchpriorityareas
    "QPV archive without GeoJSON": Case("fetchpriorityareas", qpv("zip-without-geojson"), r"holds no \.geojson file"),
    "QPV answer not a collection": Case(
        "fetchpriorityareas", qpv("single-feature"), r"is not a GeoJSON FeatureCollection"
    ),
    "QPV file in another schema": Case(
        "fetchpriorityareas", qpv("other-schema"), r"not in the QPV 2024 schema: it lacks code_qp, lib_qp, insee_com"
    ),
    "QPV URL that is not one": Case(
        "fetchpriorityareas", lambda server: {"URL": "data.gouv.fr/qpv"}, r"Cannot download the priority neighbourhoods"
    ),
    "QPV commune code with letters": Case(
        "fetchpriorityareas", qpv("zip", COMMUNES="13055, Marseille"), r"COMMUNES: MARSEILLE is not a valid code"
    ),
    "QPV extent at sea": Case(
        "fetchpriorityareas",
        qpv("zip", EXTENT="-30,-29,40,41 [EPSG:4326]"),
        r"No priority neighbourhood matches extent -30\.0000, 40\.0000, -29\.0000, 41\.0000 \(WGS 84\) among the 5",
    ),
    # styleareas
    "classified style without class": Case(
        "styleareas", style(classified(("name:string",)), STYLE=1), r"draws by the field class, which .* does not have"
    ),
    "outlets style without category": Case(
        "styleareas", style(points(), STYLE=3), r"draws by the field category, which .* does not have"
    ),
    "label field the layer lacks": Case(
        "styleareas", style(classified(), NAME_FIELD="lib_qp"), r"has no field lib_qp \(NAME_FIELD\): choose one of"
    ),
    "outlets style on polygons": Case(
        "styleareas", style(classified(), STYLE=3), r"The style 'outlets' is for point layers, and .* holds polygon"
    ),
    "area style on points": Case(
        "styleareas",
        style(points(), STYLE=1),
        r"The style 'classified_areas' is for polygon layers, and .* holds point",
    ),
    "automatic style on points without category": Case(
        "styleareas", style(points()), r"The style 'priority_areas' is for polygon layers"
    ),
}


@pytest.fixture(scope="module")
def qpv_server():
    with LoopbackServer(qpv_reply) as server:
        yield server.url


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_bad_input_ends_in_clear_words(run_algorithm, qgis_new_project, qpv_server, case):
    parameters = {"OUTPUT": "memory:", **case.build(qpv_server)}
    context = abort_context()
    if case.algorithm == "styleareas":  # styles a layer of the project
        del parameters["OUTPUT"]
        QgsProject.instance().addMapLayer(parameters["INPUT"])
        parameters["INPUT"] = parameters["INPUT"].id()
        context.setProject(QgsProject.instance())
    feedback = RecordingFeedback()
    if case.warning:
        run_algorithm(case.algorithm, parameters, feedback=feedback, context=context)
        assert any(re.search(case.message, text) for text in feedback.warnings), feedback.warnings
    else:
        with pytest.raises(QgsProcessingException, match=case.message):
            run_algorithm(case.algorithm, parameters, feedback=feedback, context=context)
        assert "Traceback" not in feedback.textLog()
