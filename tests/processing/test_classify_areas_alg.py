"""foodaccess:classifyareas on small hand-computed layouts (Lambert-93 metres, and WGS 84)."""

import pytest
from area_layers import (
    ACCESS_FIELDS,
    L93,
    X0,
    Y0,
    access_points,
    areas_layer,
    box,
    classify_run,
    memory_layer,
    point,
)
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from foodaccess.core.areas.classify import METRES_PER_MILE
from foodaccess.core.outlets.taxonomy import load_taxonomy


def test_usda_share_and_count_on_points(run_algorithm):
    access = access_points(
        [
            # A: 1,000 people, 330 beyond 1 mile -> 33 %: low access.
            (point(100, 100), 330, 2000, 25, "ok", "supermarket"),
            (point(900, 900), 670, 300, 4, "ok", "supermarket"),
            # B: 10,000 people, 499 beyond -> 5 %: served.
            (point(1100, 100), 499, 1700, 21, "ok", "supermarket"),
            (point(1900, 900), 9501, 100, 1, "ok", "supermarket"),
        ]
    )
    areas, layer = classify_run(run_algorithm, {"AREAS": areas_layer(), "ACCESS": access, "POPULATION_FIELD": "Ind"})
    a, b, c = areas["A"], areas["B"], areas["C"]
    assert (a["pop_total"], a["pop_low_access"]) == (1000, 330)
    assert a["share_low_access"] == pytest.approx(33.0)
    assert a["low_access"] and a["class"] == "low_access" and a["low_income"] == NULL
    assert (b["pop_total"], b["pop_low_access"]) == (10000, 499)
    assert not b["low_access"] and b["class"] == "served"
    assert c["pop_total"] == 0 and c["class"] == "no_population" and c["share_low_access"] == NULL
    assert a["threshold"] == pytest.approx(METRES_PER_MILE) and a["unit"] == "m" and a["urban"]
    assert a["median_distance_m"] == 300 and a["median_time_min"] == 4  # 670 of 1,000 people at 300 m
    assert "330 of 1,000 people (33.0 %) live beyond 1,609 m (urban threshold)" in a["reason"]
    assert "at least 500 people or 33 %: low access" in a["reason"]
    assert "income not assessed" in a["reason"]
    assert a["mrfei"] == NULL and a["n_healthy"] == NULL
    # The areas keep their own fields, in order, before the classification's.
    assert layer.fields().names()[:4] == ["name", "Men_pauv", "Men", "DENS"]


def test_reason_is_in_french_with_french_numbers_for_french_users(run_algorithm, french_user):
    access = access_points(
        [
            (point(100, 100), 330, 2000, 25, "ok", "supermarket"),
            (point(900, 900), 670, 300, 4, "ok", "supermarket"),
            (point(1100, 100), 499, 1700, 21, "ok", "supermarket"),
            (point(1900, 900), 9501, 100, 1, "ok", "supermarket"),
        ]
    )
    areas, _ = classify_run(
        run_algorithm,
        {
            "AREAS": areas_layer(),
            "ACCESS": access,
            "POPULATION_FIELD": "Ind",
            "LOW_INCOME": '"Men_pauv" / "Men" >= 0.2',
        },
    )

    def reason(name):  # French groups thousands with a (narrow) no-break space
        return areas[name]["reason"].replace("\u202f", " ").replace("\u00a0", " ")

    assert reason("A") == (
        "Désert alimentaire (revenus faibles et accès faible) : 330 habitants sur 1 000 (33,0 %) vivent au-delà "
        "de 1 609 m (seuil urbain) ; au moins 500 habitants ou 33 % : accès faible ; bas revenus (expression "
        "LOW_INCOME)."
    )
    assert reason("B") == (
        "Desservi : 499 habitants sur 10 000 (5,0 %) vivent au-delà de 1 609 m (seuil urbain) ; moins de 500 "
        "habitants et moins de 33 % : accès non faible ; pas à bas revenus."
    )
    assert areas["A"]["class"] == "food_desert"  # the class stays a code: the styles and filters use it


def test_unmeasured_people_are_told_in_french(run_algorithm, french_user):
    too_far = "too far from network"
    access = access_points(
        [
            (point(100, 100), 1500, None, None, too_far, None),
            (point(200, 100), 500, 100, 1, "ok", "supermarket"),
            (point(1100, 100), 100, None, None, too_far, None),
            (point(1200, 100), 900, 100, 1, "ok", "supermarket"),
        ]
    )
    feedback = QgsProcessingFeedback()
    areas, _ = classify_run(
        run_algorithm, {"AREAS": areas_layer(), "ACCESS": access, "POPULATION_FIELD": "Ind"}, feedback=feedback
    )

    def reason(name):
        return areas[name]["reason"].replace("\u202f", " ").replace("\u00a0", " ")

    assert reason("A") == (
        "Non évalué (accès non mesuré) : 1 500 habitants sur 2 000 (75,0 %) n'ont pas de mesure d'accès (leur "
        "origine est trop loin des rues, ou n'a pas de géométrie ou de valeur), plus de 50 % ; relancez « Accès au "
        "commerce le plus proche » avec un réseau de rues qui couvre cette zone."
    )
    assert reason("B").startswith(
        "Desservi : 0 habitants sur 900 (0,0 %) vivent au-delà de 1 609 m (seuil urbain), sans compter 100 habitants "
        "sur 1 000 (10,0 %) sans mesure d'accès"
    )
    log = feedback.textLog().replace("\u202f", " ").replace("\u00a0", " ")
    assert "2 des 4 origines situées dans les zones (53,3 % de leurs habitants) n'ont pas de mesure d'accès" in log
    assert "1 zones dont plus de 50 % des habitants sont sans mesure sont « non évaluées »" in log


def test_count_of_500_and_one_per_origin_without_population_field(run_algorithm):
    rows = [(point(10 + i, 10), 1, 5000, None, "ok", "supermarket") for i in range(500)]
    rows += [(point(500, 500), 1, 100, None, "ok", "supermarket") for _ in range(1100)]
    areas, _ = classify_run(run_algorithm, {"AREAS": areas_layer(), "ACCESS": access_points(rows)})
    a = areas["A"]
    assert (a["pop_total"], a["pop_low_access"]) == (1600, 500)
    assert a["share_low_access"] == pytest.approx(31.25) and a["low_access"]
    rows = rows[1:]
    areas, _ = classify_run(run_algorithm, {"AREAS": areas_layer(), "ACCESS": access_points(rows)})
    assert areas["A"]["pop_low_access"] == 499 and not areas["A"]["low_access"]


def test_urban_expression_low_income_expression_and_priority_areas(run_algorithm):
    access = access_points(
        [
            (point(500, 500), 600, 5 * METRES_PER_MILE, 80, "ok", "supermarket"),
            (point(1500, 500), 600, 5 * METRES_PER_MILE, 80, "ok", "supermarket"),
        ]
    )
    parameters = {"AREAS": areas_layer(), "ACCESS": access, "POPULATION_FIELD": "Ind"}
    # Both urban: 5 miles is beyond 1 mile.
    areas, _ = classify_run(run_algorithm, parameters)
    assert areas["A"]["class"] == areas["B"]["class"] == "low_access"
    # B rural: 5 miles is within 10 miles.
    areas, _ = classify_run(run_algorithm, {**parameters, "URBAN": "\"name\" = 'A'"})
    assert areas["B"]["urban"] == 0 and areas["B"]["threshold"] == pytest.approx(10 * METRES_PER_MILE)
    assert areas["B"]["class"] == "served" and "rural threshold" in areas["B"]["reason"]
    # Low income from Filosofi: A has 30 % poor households.
    areas, _ = classify_run(run_algorithm, {**parameters, "LOW_INCOME": '"Men_pauv" / "Men" >= 0.2'})
    assert areas["A"]["class"] == "food_desert" and areas["A"]["low_income"]
    assert "low income (LOW_INCOME expression)" in areas["A"]["reason"]
    assert areas["B"]["class"] == "low_access" and areas["B"]["low_income"] == 0
    # A QPV covering all of B and 40 % of A: B is a priority area, A is not.
    qpv = memory_layer("Polygon", ["code_qp:string"], [(box(600, 0, 1400, 1000), "QN01301M")])
    areas, _ = classify_run(run_algorithm, {**parameters, "PRIORITY_AREAS": qpv})
    assert areas["B"]["priority_area"] and areas["B"]["class"] == "food_desert"
    assert "low income (priority area)" in areas["B"]["reason"]
    assert areas["A"]["priority_area"] == 0 and areas["A"]["class"] == "low_access"
    assert areas["C"]["priority_area"] == 0


def test_exactly_half_inside_a_priority_area_is_a_member(run_algorithm):
    access = access_points([(point(500, 500), 600, 5000, 80, "ok", "supermarket")])
    qpv = memory_layer("Polygon", ["code_qp:string"], [(box(500, 0, 500, 1000), "QN01301M")])
    areas, _ = classify_run(
        run_algorithm, {"AREAS": areas_layer(), "ACCESS": access, "POPULATION_FIELD": "Ind", "PRIORITY_AREAS": qpv}
    )
    assert areas["A"]["priority_area"] and areas["A"]["class"] == "food_desert"


def test_population_polygons_are_apportioned_by_overlap(run_algorithm):
    cells = memory_layer(
        "Polygon",
        ACCESS_FIELDS,
        [
            # 200 m cell across the A/B border, 1/4 in A and 3/4 in B, far from food.
            (box(950, 400, 200, 200), 400, 3000, 40, "ok", "supermarket"),
            # Wholly in A, near food.
            (box(200, 200, 200, 200), 200, 100, 1, "ok", "supermarket"),
            # Half outside every area: only the inside half counts.
            (box(1900, 600, 200, 200), 100, 100, 1, "too far from network", ""),
        ],
    )
    areas, _ = classify_run(run_algorithm, {"AREAS": areas_layer(), "ACCESS": cells, "POPULATION_FIELD": "Ind"})
    a, b = areas["A"], areas["B"]
    assert a["pop_total"] == pytest.approx(300) and a["pop_low_access"] == pytest.approx(100)
    # B: 300 people measured beyond the threshold, and 50 without a measure, left out of the count and the share.
    assert b["pop_total"] == pytest.approx(350) and b["pop_low_access"] == pytest.approx(300)
    assert b["share_low_access"] == pytest.approx(100.0) and b["class"] == "low_access"
    assert "300 of 300 people (100.0 %) live beyond" in b["reason"]
    assert "not counting 50 of 350 people (14.3 %) without a measure" in b["reason"]


def test_apportioning_matches_qgis_intersection(run_algorithm, provider):
    import processing

    # Irregular cells over both areas; population apportioned by QGIS's own overlay as the reference.
    cells = memory_layer(
        "Polygon",
        ACCESS_FIELDS,
        [
            (
                QgsGeometry.fromWkt(
                    f"POLYGON(({X0 + 700} {Y0 + 100},{X0 + 1450} {Y0 + 250},{X0 + 1200} {Y0 + 900},"
                    f"{X0 + 800} {Y0 + 700},{X0 + 700} {Y0 + 100}))"
                ),
                1000,
                5000,
                50,
                "ok",
                "",
            ),
            (box(-100, -100, 400, 300), 300, 5000, 50, "ok", ""),
            (
                QgsGeometry.fromWkt(
                    f"POLYGON(({X0 + 1800} {Y0 + 900},{X0 + 2300} {Y0 + 1000},{X0 + 1900} {Y0 + 1300},"
                    f"{X0 + 1800} {Y0 + 900}))"
                ),
                50,
                5000,
                50,
                "ok",
                "",
            ),
        ],
    )
    areas, _ = classify_run(run_algorithm, {"AREAS": areas_layer(), "ACCESS": cells, "POPULATION_FIELD": "Ind"})
    overlay = processing.run("native:intersection", {"INPUT": cells, "OVERLAY": areas_layer(), "OUTPUT": "memory:"})
    expected = {"A": 0.0, "B": 0.0}
    cell_area = {feature["Ind"]: feature.geometry().area() for feature in cells.getFeatures()}
    for piece in overlay["OUTPUT"].getFeatures():
        expected[piece["name"]] += piece["Ind"] * piece.geometry().area() / cell_area[piece["Ind"]]
    for name in ("A", "B"):
        assert areas[name]["pop_total"] == pytest.approx(expected[name], rel=1e-9)
        assert areas[name]["pop_low_access"] == pytest.approx(expected[name], rel=1e-9)


def outlets_layer(rows, crs=L93):
    return memory_layer("Point", ["name:string", "category:string", "organic:boolean", "local:boolean"], rows, crs)


def test_outlet_counts_and_mrfei(run_algorithm):
    access = access_points(
        [(point(500, 500), 10, 100, 1, "ok", "supermarket"), (point(1500, 500), 10, 100, 1, "ok", "supermarket")]
    )
    outlets = outlets_layer(
        [
            (point(100, 100), "s1", "supermarket", False, False),
            (point(200, 100), "b1", "bakery", True, False),
            (point(300, 100), "f1", "fast_food", False, False),
            # Outside A, 500 m from it: in A's mRFEI buffer (804.672 m), not in its counts.
            (point(-500, 500), "f2", "fast_food", False, False),
            # 900 m from A: beyond the buffer.
            (point(-900, 500), "f3", "fast_food", False, False),
            (point(100, 200), "x", "shoe_shop", False, False),
        ]
    )
    parameters = {"AREAS": areas_layer(), "ACCESS": access, "POPULATION_FIELD": "Ind", "OUTLETS": outlets}
    feedback = QgsProcessingFeedback()
    result = run_algorithm("classifyareas", {**parameters, "OUTPUT": "memory:"}, feedback=feedback)
    areas = {feature["name"]: feature for feature in result["OUTPUT"].getFeatures()}
    a, b, c = areas["A"], areas["B"], areas["C"]
    assert (a["n_healthy"], a["n_less_healthy"]) == (2, 1)
    assert (a["n_supermarket"], a["n_bakery"], a["n_fast_food"], a["n_convenience"]) == (1, 1, 1, 0)
    assert a["mrfei"] == pytest.approx(100 * 2 / (2 + 2))
    # B (x from 1,000 m) buffered by 804.672 m reaches the bakery (x 200) and fast food (x 300), not the
    # supermarket (x 100): 1 healthy / 1 less healthy.
    assert (b["n_healthy"], b["n_less_healthy"]) == (0, 0) and b["mrfei"] == pytest.approx(50.0)
    # C: no outlet within the area or the buffer: 0 / 0 has no index.
    assert c["mrfei"] == NULL and c["n_healthy"] == 0
    assert "shoe_shop" in feedback.textLog()
    # Every taxonomy category has its count field.
    for category_id in load_taxonomy().ids:
        assert f"n_{category_id}" in result["OUTPUT"].fields().names()
    # BUFFER 0: the mRFEI of A uses its own outlets only.
    result = run_algorithm("classifyareas", {**parameters, "BUFFER": 0, "OUTPUT": "memory:"})
    areas = {feature["name"]: feature for feature in result["OUTPUT"].getFeatures()}
    assert areas["A"]["mrfei"] == pytest.approx(100 * 2 / 3) and areas["B"]["mrfei"] == NULL


def test_geographic_layers_buffer_in_metres(run_algorithm):
    to_wgs84 = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(L93), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
    )

    def wgs84(geometry):
        geometry = QgsGeometry(geometry)
        geometry.transform(to_wgs84)
        return geometry

    areas = memory_layer("Polygon", ["name:string"], [(wgs84(box(0, 0, 1000)), "A")], "EPSG:4326")
    access = memory_layer("Point", ACCESS_FIELDS, [(wgs84(point(500, 500)), 10, 100, 1, "ok", "")], "EPSG:4326")
    outlets = outlets_layer(
        [
            (wgs84(point(-700, 500)), "near", "supermarket", False, False),
            (wgs84(point(-950, 500)), "far", "fast_food", False, False),
        ],
        "EPSG:4326",
    )
    result = run_algorithm(
        "classifyareas",
        {"AREAS": areas, "ACCESS": access, "POPULATION_FIELD": "Ind", "OUTLETS": outlets, "OUTPUT": "memory:"},
    )
    area = next(result["OUTPUT"].getFeatures())
    assert area["mrfei"] == 100.0  # the supermarket 700 m away counts, the fast food 950 m away does not
    assert result["OUTPUT"].crs().authid() == "EPSG:4326"


def test_presets_thresholds_and_units(run_algorithm):
    access = access_points([(point(500, 500), 600, 2600, 16, "ok", "supermarket")])
    parameters = {"AREAS": areas_layer(), "ACCESS": access, "POPULATION_FIELD": "Ind"}

    def class_of(**extra):
        areas, _ = classify_run(run_algorithm, {**parameters, **extra})
        return areas["A"]["class"], areas["A"]["threshold"], areas["A"]["unit"]

    assert class_of(PRESET=3) == ("low_access", 2500, "m")  # Marseille 2.5 km
    assert class_of(PRESET=3, THRESHOLD=3000) == ("served", 3000, "m")
    assert class_of(PRESET=4) == ("low_access", 15, "min")  # walk 15 min
    assert class_of(PRESET=4, THRESHOLD=20) == ("served", 20, "min")
    assert class_of(PRESET=0, THRESHOLD=20, UNIT=1) == ("served", 20, "min")
    assert class_of(PRESET=6, THRESHOLD=2000, UNIT=0) == ("low_access", 2000, "m")
    assert class_of(PRESET=1)[1] == pytest.approx(METRES_PER_MILE / 2)
    assert class_of(PRESET=0, COUNT=1000, SHARE=100)[0] == "low_access"  # 100 % beyond
    # A rural area 15 miles from food: beyond the USDA's 10 miles, within its 20 miles; the Marseille pilot's
    # 2.5 km hold in the country too; RURAL_THRESHOLD replaces the preset's rural distance only.
    rural = {
        "ACCESS": access_points([(point(500, 500), 600, 15 * METRES_PER_MILE, 300, "ok", "supermarket")]),
        "URBAN": "false",
    }
    assert class_of(PRESET=0, **rural) == ("low_access", pytest.approx(10 * METRES_PER_MILE), "m")
    assert class_of(PRESET=1, **rural) == ("low_access", pytest.approx(10 * METRES_PER_MILE), "m")
    assert class_of(PRESET=2, **rural) == ("served", pytest.approx(20 * METRES_PER_MILE), "m")
    assert class_of(PRESET=3, **rural) == ("low_access", 2500, "m")
    assert class_of(PRESET=2, RURAL_THRESHOLD=5 * METRES_PER_MILE, **rural)[0] == "low_access"
    assert class_of(PRESET=0, THRESHOLD=100, **rural)[1] == pytest.approx(10 * METRES_PER_MILE)
    with pytest.raises(QgsProcessingException, match="custom preset needs a THRESHOLD"):
        class_of(PRESET=6)
    # Walk + transit needs an access layer computed with public transport.
    with pytest.raises(QgsProcessingException, match="transit_share"):
        class_of(PRESET=5)
    transit = memory_layer(
        "Point", ACCESS_FIELDS + ["transit_share:double"], [(point(500, 500), 600, 2600, 31, "ok", "supermarket", 0.8)]
    )
    areas, _ = classify_run(run_algorithm, {**parameters, "ACCESS": transit, "PRESET": 5})
    assert areas["A"]["class"] == "low_access" and areas["A"]["threshold"] == 30


def test_bad_inputs_are_explained(run_algorithm):
    no_measure = memory_layer("Point", ["Ind:double"], [(point(500, 500), 10)])
    with pytest.raises(QgsProcessingException, match="no field distance_m"):
        classify_run(run_algorithm, {"AREAS": areas_layer(), "ACCESS": no_measure})
    access = access_points([(point(500, 500), 10, 100, 1, "ok", "supermarket")])
    with pytest.raises(QgsProcessingException, match="URBAN expression is not valid"):
        classify_run(run_algorithm, {"AREAS": areas_layer(), "ACCESS": access, "URBAN": '"name" = = 1'})
    with pytest.raises(QgsProcessingException, match="no field 'category'"):
        classify_run(
            run_algorithm,
            {
                "AREAS": areas_layer(),
                "ACCESS": access,
                "OUTLETS": memory_layer("Point", ["name:string"], [(point(1, 1), "x")]),
            },
        )
    negative = access_points([(point(500, 500), -5, 100, 1, "ok", "supermarket")])
    with pytest.raises(QgsProcessingException, match="negative"):
        classify_run(run_algorithm, {"AREAS": areas_layer(), "ACCESS": negative, "POPULATION_FIELD": "Ind"})


def test_usda_presets_warn_when_the_nearest_outlet_is_not_a_supermarket(run_algorithm):
    access = access_points([(point(500, 500), 10, 100, 1, "ok", "bakery")])
    feedback = QgsProcessingFeedback()
    run_algorithm("classifyareas", {"AREAS": areas_layer(), "ACCESS": access, "OUTPUT": "memory:"}, feedback=feedback)
    assert "nearest supermarket" in feedback.textLog() and "bakery" in feedback.textLog()


def test_rerunning_on_a_classified_layer_replaces_the_fields(run_algorithm):
    access = access_points([(point(500, 500), 10, 100, 1, "ok", "supermarket")])
    first, layer = classify_run(run_algorithm, {"AREAS": areas_layer(), "ACCESS": access})
    second, again = classify_run(run_algorithm, {"AREAS": layer, "ACCESS": access, "PRESET": 3})
    assert again.fields().names() == layer.fields().names()
    assert second["A"]["threshold"] == 2500


def test_output_file(run_algorithm, tmp_path):
    access = access_points([(point(500, 500), 10, 100, 1, "ok", "supermarket")])
    output = tmp_path / "classified.gpkg"
    run_algorithm("classifyareas", {"AREAS": areas_layer(), "ACCESS": access, "OUTPUT": str(output)})
    layer = QgsVectorLayer(str(output), "classified", "ogr")
    assert layer.featureCount() == 3
    assert {feature["class"] for feature in layer.getFeatures()} == {"served", "no_population"}


def test_summary_table_has_the_figures_per_area_without_geometry(run_algorithm, tmp_path):
    access = access_points([(point(500, 500), 10, 100, 1, "ok", "supermarket")])
    output, summary = tmp_path / "classified.gpkg", tmp_path / "summary.csv"
    results = run_algorithm(
        "classifyareas", {"AREAS": areas_layer(), "ACCESS": access, "OUTPUT": str(output), "SUMMARY": str(summary)}
    )
    assert results["SUMMARY"] == str(summary)
    table = QgsVectorLayer(str(summary), "summary", "ogr")
    classified = QgsVectorLayer(str(output), "classified", "ogr")
    assert table.isValid() and not table.isSpatial()
    rows = {feature["name"]: feature for feature in table.getFeatures()}
    assert sorted(rows) == ["A", "B", "C"]
    for area in classified.getFeatures():
        for field in ("pop_total", "pop_low_access", "share_low_access", "median_time_min", "class", "reason"):
            expected, written = area[field], rows[area["name"]][field]  # the CSV holds text
            if expected == NULL:
                assert written in (NULL, ""), f"{area['name']}: {field}"
            elif isinstance(expected, (int, float)):
                assert float(written) == pytest.approx(expected), f"{area['name']}: {field}"
            else:
                assert written == expected, f"{area['name']}: {field}"


def test_no_summary_table_unless_asked(run_algorithm):
    access = access_points([(point(500, 500), 10, 100, 1, "ok", "supermarket")])
    results = run_algorithm("classifyareas", {"AREAS": areas_layer(), "ACCESS": access, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "SUMMARY" not in results


def test_cancel_writes_nothing(run_algorithm, tmp_path):
    # Its own test: a layer on a GeoPackage kept alive by the exception's traceback would outlive QGIS.
    access = access_points([(point(500, 500), 10, 100, 1, "ok", "supermarket")])
    cancelled = tmp_path / "cancelled.gpkg"
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_algorithm(
            "classifyareas", {"AREAS": areas_layer(), "ACCESS": access, "OUTPUT": str(cancelled)}, feedback=feedback
        )
    assert not cancelled.exists()


def test_freshness_share_per_area_from_edit_ages(run_algorithm):
    """stale_share: of an area's outlets with a date of last OpenStreetMap edit, the percent edited more than
    3 years ago (updateoutlets writes edit_age_years); NULL where none is dated."""
    outlets = memory_layer(
        "Point",
        ["name:string", "category:string", "edit_age_years:double"],
        [
            (point(100, 100), "old", "supermarket", 5.2),
            (point(200, 100), "recent", "bakery", 1.0),
            (point(300, 100), "from a directory", "bakery", NULL),
            (point(1500, 100), "undated", "bakery", NULL),
        ],
    )
    access = memory_layer("Point", ACCESS_FIELDS, [(point(500, 500), 10, 100, 1, "ok", "")])
    parameters = {"AREAS": areas_layer(), "ACCESS": access, "POPULATION_FIELD": "Ind", "OUTLETS": outlets}
    areas, layer = classify_run(run_algorithm, parameters)
    assert "stale_share" in layer.fields().names()
    assert areas["A"]["stale_share"] == pytest.approx(50.0)
    assert areas["B"]["stale_share"] == NULL and areas["C"]["stale_share"] == NULL


def test_freshness_share_per_area_from_edit_dates(run_algorithm):
    """A fetchoutlets layer has osm_timestamp only: ages count from the layer's newest edit."""
    outlets = memory_layer(
        "Point",
        ["name:string", "category:string", "osm_timestamp:datetime"],
        [
            (point(100, 100), "newest", "supermarket", QDateTime(QDate(2024, 6, 1), QTime(12, 0))),
            (point(200, 100), "two years", "bakery", QDateTime(QDate(2022, 6, 1), QTime(12, 0))),
            (point(300, 100), "four years", "bakery", QDateTime(QDate(2020, 5, 1), QTime(12, 0))),
            (point(1200, 100), "ten years", "bakery", QDateTime(QDate(2014, 6, 1), QTime(12, 0))),
        ],
    )
    access = memory_layer("Point", ACCESS_FIELDS, [(point(500, 500), 10, 100, 1, "ok", "")])
    parameters = {"AREAS": areas_layer(), "ACCESS": access, "POPULATION_FIELD": "Ind", "OUTLETS": outlets}
    areas, _ = classify_run(run_algorithm, parameters)
    assert areas["A"]["stale_share"] == pytest.approx(100 / 3)
    assert areas["B"]["stale_share"] == pytest.approx(100.0)
