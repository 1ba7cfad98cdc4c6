"""People at each origin: NULL populations count 0 with one warning, whose words agree with the count."""

import numpy as np
import pytest
from feedback import RecordingFeedback
from qgis.core import QgsFeature, QgsField, QgsFields

from foodaccess.processing.origin_values import population_values
from foodaccess.qgis_compat import FieldType


def origins(populations):
    fields = QgsFields()
    fields.append(QgsField("population", FieldType.Double))
    features = []
    for value in populations:
        feature = QgsFeature(fields)
        feature.setAttributes([value])
        features.append(feature)
    return features


@pytest.mark.parametrize(
    ("populations", "warning"),
    [
        ([12.0, None, 3.0], "1 origin has no population (NULL): it counts as 0 people."),
        ([None, None, 3.0], "2 origins have no population (NULL): they count as 0 people."),
    ],
)
def test_null_populations_count_zero_with_a_warning_in_the_right_number(qgis_app, populations, warning):
    feedback = RecordingFeedback()
    values = population_values(origins(populations), "population", feedback)
    np.testing.assert_array_equal(values, [0.0 if value is None else value for value in populations])
    assert feedback.warnings == [warning]
