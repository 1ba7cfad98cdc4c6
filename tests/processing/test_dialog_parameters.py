"""What the algorithm dialogs show of the parameters: numbers with the decimals they need (4.8, not
4.800000), the travel mode named as such, the public-transport-only parameters out of the way of
walking users."""

import pytest
from qgis.core import QgsProcessingParameterNumber

from foodaccess.processing.base import decimals_of
from foodaccess.processing.provider import ALGORITHM_CLASSES
from foodaccess.qgis_compat import ADVANCED_PARAMETER

TRANSIT_ONLY = ("GTFS", "DATE", "DEPARTURE", "WINDOW", "PERCENTILE", "MAX_WALK_MIN", "MAX_TRANSFERS", "STRICT")


def food_access_algorithms(provider):
    """The provider's algorithms (its models aside)."""
    return [provider.algorithm(algorithm_class.NAME) for algorithm_class in ALGORITHM_CLASSES]


@pytest.mark.parametrize(("value", "decimals"), [(4.8, 1), (500.0, 0), (804.672, 3), (0.85, 2), (33, 0), (None, 1)])
def test_decimals_of(value, decimals):
    assert decimals_of(value) == decimals


def test_decimal_numbers_show_their_default_without_trailing_zeros(provider):
    checked = 0
    for algorithm in food_access_algorithms(provider):
        for parameter in algorithm.parameterDefinitions():
            if not isinstance(parameter, QgsProcessingParameterNumber):
                continue
            if parameter.dataType() != QgsProcessingParameterNumber.Type.Double:
                continue
            decimals = parameter.metadata().get("widget_wrapper", {}).get("decimals")
            where = f"{algorithm.name()} {parameter.name()}"
            assert decimals is not None and decimals < 6, where
            default = parameter.defaultValue()
            if default is not None:
                assert round(float(default), decimals) == float(default), where
            checked += 1
    assert checked >= 15


def test_travel_mode_and_public_transport_parameters(provider):
    for name in ("accesstimes", "serviceareas"):
        algorithm = provider.algorithm(name)
        assert algorithm.parameterDefinition("MODE").description() == "Travel mode"
        for code in TRANSIT_ONLY:
            parameter = algorithm.parameterDefinition(code)
            advanced = bool(parameter.flags() & ADVANCED_PARAMETER)
            assert advanced or parameter.description().startswith("Walk + public transport"), (name, code)


def test_styleareas_is_named_for_any_layer_it_styles(provider):
    assert provider.algorithm("styleareas").displayName() == "Apply a Food Access style to a layer"
