"""The parameters of a low-access rule that classifyareas and scenario share (same names, labels, defaults and help),
declared once: the threshold and its unit, the USDA criteria (people and share beyond it), low income."""

from qgis.core import QgsProcessingParameterEnum, QgsProcessingParameterExpression, QgsProcessingParameterNumber

from ..i18n import tr


def add_threshold_parameters(algorithm):
    """THRESHOLD and UNIT: they override the preset's."""
    algorithm.add_parameter(
        QgsProcessingParameterNumber(
            "THRESHOLD",
            tr("Threshold (overrides the preset)"),
            QgsProcessingParameterNumber.Type.Double,
            optional=True,
            minValue=0,
        ),
        tr("Distance (metres) or time (minutes) beyond which people have low access. Empty: the preset's."),
    )
    algorithm.add_parameter(
        QgsProcessingParameterEnum("UNIT", tr("Unit of the threshold"), [tr("metres"), tr("minutes")], optional=True),
        tr("metres: compares distance_m; minutes: compares time_min. Empty: the preset's unit."),
    )


def add_criteria_parameters(algorithm):
    """COUNT and SHARE: the USDA's 500 people or 33 % of the area's population beyond the threshold."""
    algorithm.add_parameter(
        QgsProcessingParameterNumber(
            "COUNT", tr("Low access: at least this many people"), defaultValue=500, minValue=0
        ),
        tr("USDA: 500 people beyond the threshold make an area low access."),
    )
    algorithm.add_parameter(
        QgsProcessingParameterNumber(
            "SHARE",
            tr("Low access: or at least this share of the population (%)"),
            QgsProcessingParameterNumber.Type.Double,
            defaultValue=33,
            minValue=0,
            maxValue=100,
        ),
        tr("USDA: 33 % of the area's population beyond the threshold make it low access."),
    )


def add_low_income_parameter(algorithm):
    """LOW_INCOME: an expression on AREAS."""
    algorithm.add_parameter(
        QgsProcessingParameterExpression(
            "LOW_INCOME", tr("Low income (expression)"), parentLayerParameterName="AREAS", optional=True
        ),
        tr(
            'True for low-income areas, e.g. "Men_pauv" / "Men" >= 0.2 (Filosofi: 20 % of households poor; USDA: '
            "poverty rate of 20 % or more): low access there makes a food desert."
        ),
    )
