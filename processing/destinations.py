"""The promise that an output never destroys an input: every algorithm's destinations are checked here, before
anything is written.

A plain file path as a Processing output means "replace this file": for a GeoPackage that holds the run's
ORIGINS and other layers, the run would succeed and the ORIGINS and every other layer would be gone. Such an
output is refused with the file named and the two ways out (a new file, or a new layer written into the file
with ``ogr:dbname='…' table="…"``, which QGIS adds beside the others). The plugin does not pick a layer name
itself: the analyst would not know where the result went, and a second run would overwrite it silently.
"""

import os
import re

from qgis.core import (
    QgsDataSourceUri,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProviderRegistry,
)

from ..core.errors import InputError

OGR_DESTINATION = "ogr:"
PROVIDER_PREFIX = re.compile(r"^[A-Za-z]{2,}:")  # memory:, postgres:, spatialite:… (C: is a Windows drive)


def check_destinations(algorithm, parameters, context):
    """Raise an InputError when an output of ``algorithm`` would replace a file holding one of its inputs or
    other layers, overwrite an input layer, or replace the file another output of the same run writes."""
    inputs = list(_input_files(algorithm, parameters, context))
    replaced = {}  # file -> the output written as a plain path there
    layers = {}  # (file, layer) -> the output written as a layer there
    for definition in algorithm.destinationParameterDefinitions():
        name = definition.name()
        destination = algorithm.output_destination(parameters, name, context)
        if destination.startswith(OGR_DESTINATION):
            uri = QgsDataSourceUri(destination[len(OGR_DESTINATION) :])
            path, table = _file_key(uri.database()), uri.table()
            for input_name, input_path, input_layer in inputs:
                if input_path == path and input_layer == table:
                    raise InputError(
                        "{output} would overwrite the layer {layer} of {path}, which is the input {input}: give the "
                        'new layer another name (table="…").',
                        output=name,
                        layer=table,
                        path=uri.database(),
                        input=input_name,
                    )
            if (path, table) in layers:
                raise _same_destination(name, layers[(path, table)], uri.database())
            layers[(path, table)] = name
            continue
        path = replaced_file(destination)
        if not path:
            continue
        key = _file_key(path)
        if key in replaced:
            raise _same_destination(name, replaced[key], path)
        replaced[key] = name
        if not os.path.isfile(path):
            continue
        for input_name, input_path, _ in inputs:
            if input_path == key:
                raise InputError(
                    "{output} is the file {path}, which holds the input {input}: writing there would replace the whole "
                    "file and destroy the input. Choose a new file, or write a new layer into that file with "
                    "ogr:dbname='{path}' table=\"new_layer\".",
                    output=name,
                    path=path,
                    input=input_name,
                )
        names = _layer_names(path)
        if len(names) > 1:
            raise InputError(
                "{output} is the file {path}, which holds {count} layers ({layers}): writing there would replace "
                "the whole file and destroy them. Choose a new file, or write a new layer into that file with "
                "ogr:dbname='{path}' table=\"new_layer\".",
                output=name,
                path=path,
                count=len(names),
                layers=", ".join(names),
            )
    for (path, _table), name in layers.items():
        if path in replaced:
            raise _same_destination(replaced[path], name, path)


def replaced_file(destination):
    """The file a destination replaces: a plain path; "" for memory:, postgres:…, or an ogr:dbname=… layer
    (written into its file beside the others)."""
    if not destination or PROVIDER_PREFIX.match(destination):
        return ""
    return os.path.abspath(destination.split("|")[0])


def _same_destination(output, other, path):
    return InputError(
        "{output} and {other} are both written to {path}: one would replace the other. Give each output its own "
        "file or its own layer (ogr:dbname='…' table=\"…\").",
        output=output,
        other=other,
        path=path,
    )


def _file_key(path):
    return os.path.normcase(os.path.realpath(path)) if path else ""


def _layer_names(path):
    return [details.name() for details in QgsProviderRegistry.instance().querySublayers(path)]


def _input_files(algorithm, parameters, context):
    """(parameter name, file key, layer name) of each input of the run read from a file; the layer name is
    None for a plain file (OSM extract, GTFS, CSV) and that of the first layer when the source names none."""
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        value = parameters.get(name)
        if definition.isDestination() or value is None:
            continue
        if isinstance(definition, QgsProcessingParameterFile):
            path = algorithm.parameterAsFile(parameters, name, context)
            if path and os.path.isfile(path):
                yield name, _file_key(path), None
            continue
        if isinstance(definition, QgsProcessingParameterMultipleLayers):
            layers = algorithm.parameterAsLayerList(parameters, name, context)
        elif definition.type() in ("source", "vector", "layer", "raster"):
            if isinstance(value, QgsProcessingFeatureSourceDefinition):
                value = value.source.staticValue()
            layer = algorithm.parameterAsLayer({name: value}, name, context)
            if layer is None:  # a file QGIS cannot open (a UTF-16 CSV): still the run's input
                path = value.split("|")[0] if isinstance(value, str) else ""
                if os.path.isfile(path):
                    yield name, _file_key(path), None
                continue
            layers = [layer]
        else:
            continue
        for layer in layers:
            parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
            path = parts.get("path") or ""
            if os.path.isfile(path):
                layer_name = parts.get("layerName") or next(iter(_layer_names(path)), None)
                yield name, _file_key(path), layer_name
