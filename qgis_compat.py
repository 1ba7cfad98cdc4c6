"""What differs between the supported QGIS and Qt versions (3.22 to QGIS 4 on Qt 6), in one place.

Field types: QGIS 3.38 moved QgsField from QVariant.Type to QMetaType.Type, the only one PyQt6 (QGIS 4) has;
QGIS 3.22 to 3.36 accept only QVariant.Type. ``FieldType.String`` (Int, LongLong, Double, Bool,
DateTime) is the right one for the running QGIS, for QgsField(...) and for comparing with
``field.type()``.

Invalid geometries: ``NO_GEOMETRY_CHECK`` turns off Processing's own check on a source. On QGIS 3.22 that check
throws a C++ exception from inside the feature iterator, which the Python bindings do not catch: it unwinds
through the interpreter's frames, the algorithm's Python code never sees it, and the next run in the same
process crashes. Algorithms read with it off and check validity themselves (QGIS 3.36 moved the enum to Qgis).
"""

from qgis.core import Qgis, QgsFeatureRequest

if Qgis.QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    class FieldType:
        String = QMetaType.Type.QString
        Int = QMetaType.Type.Int
        LongLong = QMetaType.Type.LongLong
        Double = QMetaType.Type.Double
        Bool = QMetaType.Type.Bool
        DateTime = QMetaType.Type.QDateTime

else:  # Qt 5 only: never reached on QGIS 4
    from qgis.PyQt.QtCore import QVariant

    class FieldType:
        String = QVariant.String
        Int = QVariant.Int
        LongLong = QVariant.LongLong
        Double = QVariant.Double
        Bool = QVariant.Bool
        DateTime = QVariant.DateTime


if Qgis.QGIS_VERSION_INT >= 33600:
    NO_GEOMETRY_CHECK = Qgis.InvalidGeometryCheck.NoCheck
else:  # never reached on QGIS 4
    NO_GEOMETRY_CHECK = QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck
