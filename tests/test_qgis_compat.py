"""qgis_compat: each name works on the running QGIS, the same way on every supported version."""

from qgis.core import QgsProcessingParameterNumber
from qgis.PyQt.QtCore import QObject, Qt

from foodaccess.processing.style_areas import StyleAreas
from foodaccess.qgis_compat import (
    ADVANCED_PARAMETER,
    NO_THREADING,
    QAction,
    enum_value,
)


def test_enum_value_is_the_int_of_a_qt_enum_member():
    assert enum_value(Qt.AlignmentFlag.AlignCenter) == 0x0084
    assert enum_value(Qt.Key.Key_L) == ord("L")
    assert type(enum_value(Qt.ItemDataRole.UserRole)) is int


def test_qaction_comes_from_the_running_qt():
    action = QAction("Tag")
    assert isinstance(action, QObject) and action.text() == "Tag"


def test_advanced_parameter_and_no_threading_flags():
    parameter = QgsProcessingParameterNumber("SPEED", "Speed")
    assert not parameter.flags() & ADVANCED_PARAMETER
    parameter.setFlags(parameter.flags() | ADVANCED_PARAMETER)
    assert parameter.flags() & ADVANCED_PARAMETER
    assert StyleAreas().flags() & NO_THREADING
