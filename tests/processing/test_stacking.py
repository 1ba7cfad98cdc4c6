"""Loaded results stacked by geometry (styling.place_by_geometry): also when several arrive at once on top of the
Layers panel, as QGIS 3.40 adds a model's outputs before post-processing them; base maps (below the first raster
or group) stay below."""

from qgis.core import QgsProject, QgsVectorLayer

from foodaccess.processing.styling import place_by_geometry


def layer(geometry, name):
    return QgsVectorLayer(f"{geometry}?crs=EPSG:32632", name, "memory")


def names(project):
    return [node.name() for node in project.layerTreeRoot().children()]


def test_a_block_of_results_on_top_is_stacked_whatever_the_order_they_are_placed_in():
    for order in ([0, 1, 2], [2, 1, 0], [1, 2, 0]):
        project = QgsProject()
        project.addMapLayers([layer("Point", "homes"), layer("Polygon", "areas")])
        block = [layer("Polygon", "service areas"), layer("Point", "access"), layer("Polygon", "classes")]
        project.addMapLayers(block)  # the Layers panel shows the first of the list on top
        for index in order:
            place_by_geometry(block[index], project)
        top = names(project)
        assert top.index("access") < top.index("homes") < min(top.index("service areas"), top.index("classes")), top
        project.clear()


def test_base_maps_under_a_group_stay_below():
    project = QgsProject()
    project.addMapLayers([layer("Point", "wells")])
    project.layerTreeRoot().addGroup("Base maps")
    project.layerTreeRoot().findGroup("Base maps").addLayer(layer("Point", "inside the group"))
    results = layer("Polygon", "classes")
    project.addMapLayers([results])
    place_by_geometry(results, project)
    assert names(project) == ["wells", "classes", "Base maps"]
    project.clear()
