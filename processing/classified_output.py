"""The output of classifyareas, the classified areas: their QGIS fields and features, the ``reason`` worded in the
user's language (core/areas/table.py says what it states), and the summary in the log."""

from qgis.core import QgsFeature, QgsFeatureSink, QgsField, QgsFields
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QLocale

from ..core.areas import table
from ..core.areas.access_layer import MEASURE_FIELDS, OK_STATUSES
from ..core.areas.classify import METRES, NOT_ASSESSED, NOT_ASSESSED_UNMEASURED_SHARE
from ..core.areas.table import INCOME_NOT_ASSESSED, LOW_INCOME_EXPRESSION, LOW_INCOME_PRIORITY_AREA, NOT_LOW_INCOME
from ..i18n import plural, tr, user_language
from ..qgis_compat import FieldType
from .styling import CLASSIFIED_AREAS, legend_labels

# The QGIS type of each kind of field of table.added_fields.
FIELD_TYPES = {float: FieldType.Double, int: FieldType.Int, bool: FieldType.Bool, str: FieldType.String}


def output_fields(area_fields, taxonomy, feedback):
    """The areas' fields (minus those the classification rewrites) followed by the classification fields,
    and the positions of the areas' fields kept."""
    kept, replaced = table.kept_fields(area_fields.names(), taxonomy.ids)
    if replaced:
        feedback.pushInfo(
            tr("Fields of AREAS replaced by the classification: {names}.").format(names=", ".join(replaced))
        )
    fields = QgsFields()
    for position in kept:
        fields.append(area_fields.at(position))
    for name, kind in table.added_fields(taxonomy.ids):
        fields.append(QgsField(name, FIELD_TYPES[kind]))
    return fields, kept


def write_areas(sink, fields, kept, areas, rows, progress, with_geometry=True):
    """One feature per area: its geometry (unless ``with_geometry`` is False: the summary table), its ``kept``
    attributes, then its table.AreaRow with the reason worded."""
    texts = ReasonTexts(legend_labels(CLASSIFIED_AREAS))
    for index, row in enumerate(rows):
        progress.step(index, len(rows))
        feature = QgsFeature(fields)
        if with_geometry:
            feature.setGeometry(areas.output_geometry(index))
        feature.setAttributes(
            [areas.attributes[index][position] for position in kept] + row.values + [texts.reason(row.reason)]
        )
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)


def summarize(results, feedback):
    """The number of areas of each class, in the log."""
    feedback.pushInfo(
        tr(
            "Areas: {food_desert} food deserts, {low_access} low access, {served} served, {not_assessed} not "
            "assessed, {no_population} without population."
        ).format(**table.class_counts(results))
    )


def report_coverage(covered, origin_count, results, unit, feedback):
    """Say how many origins lie in no area, and warn, with figures and what to do, when origins in the areas have no
    measure of access (access_layer.Coverage ``covered``): they are left out, and may leave areas not assessed."""
    outside = origin_count - covered.origins
    if outside:
        feedback.pushInfo(
            plural(
                outside,
                tr("{count} of {total} origins of the ACCESS layer lies in no area (or has no geometry): not counted."),
                tr("{count} of {total} origins of the ACCESS layer lie in no area (or have no geometry): not counted."),
            ).format(count=outside, total=origin_count)
        )
    if not covered.unmeasured_origins:
        return
    locale = reason_locale()
    statuses = ", ".join(
        f"{unmeasured_status(status, unit)} {count}" for status, count in covered.unmeasured_by_status.items()
    )
    feedback.pushWarning(
        tr(
            "{count} of the {total} origins in the areas ({share} % of their people) have no measure of access "
            "({statuses}): they are left out of the low-access counts, and {not_assessed} areas with more than "
            "{limit} % of their people unmeasured are 'not assessed'. Origins 'too far from network' lie farther "
            "than MAX_SNAP from the streets: run 'Access to the nearest outlet' again with a street extract that "
            "covers all the areas (or a larger MAX_SNAP)."
        ).format(
            count=covered.unmeasured_origins,
            total=covered.origins,
            share=locale.toString(covered.unmeasured_share, "f", 1),
            statuses=statuses,
            not_assessed=sum(result.class_ == NOT_ASSESSED for result in results),
            limit=locale.toString(NOT_ASSESSED_UNMEASURED_SHARE, "g", 6),
        )
    )


def unmeasured_status(status, unit):
    """How the log names the status of origins without a measure: as accesstimes wrote it, or, for an "ok" origin
    without a value, the missing field."""
    if status.lower() in OK_STATUSES:
        return tr("no {field}").format(field=MEASURE_FIELDS[unit])
    return status


# The sentence of the reason whose translation tells which language (and number conventions) the reason is in.
PEOPLE_BEYOND = QT_TRANSLATE_NOOP(
    "FoodAccess", "{low} of {total} people ({share} %) live beyond {threshold} ({setting} threshold)"
)


def reason_locale():
    """Number conventions of the reason: the user's language when the plugin's texts are translated into it
    (French: "1 609 m", "20,6 %"), English otherwise (a German user reads English text with English numbers)."""
    if tr(PEOPLE_BEYOND) != PEOPLE_BEYOND:
        return QLocale(user_language())
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


class ReasonTexts:
    """Words why an area got its class (a table.Reason), with the legend's ``class_labels``."""

    def __init__(self, class_labels):
        self.class_labels = class_labels
        self.locale = reason_locale()
        self.incomes = {
            INCOME_NOT_ASSESSED: tr("income not assessed"),
            NOT_LOW_INCOME: tr("not low income"),
            LOW_INCOME_PRIORITY_AREA: tr("low income (priority area)"),
            LOW_INCOME_EXPRESSION: tr("low income (LOW_INCOME expression)"),
        }

    def reason(self, reason):
        label = self.class_labels.get(reason.class_, reason.class_)
        if not reason.populated:
            return tr("{label}: no origin of the ACCESS layer with people lies in this area.").format(label=label)
        unmeasured = {
            "count": self.people(reason.people_unmeasured),
            "total": self.people(reason.people),
            "share": self.locale.toString(reason.unmeasured_share, "f", 1),
            "limit": self.locale.toString(NOT_ASSESSED_UNMEASURED_SHARE, "g", 6),
        }
        if not reason.assessed:
            return tr(
                "{label}: {count} of {total} people ({share} %) have no measure of access (their origin lies too "
                "far from the street network, or has no geometry or no value), more than {limit} %; run 'Access to "
                "the nearest outlet' again with a street network that covers this area."
            ).format(label=label, **unmeasured)
        beyond = tr(PEOPLE_BEYOND).format(
            low=self.people(reason.people_beyond),
            total=self.people(reason.people_measured),
            share=self.locale.toString(reason.share_beyond, "f", 1),
            threshold=self.threshold(reason.threshold, reason.unit),
            setting=tr("urban") if reason.urban else tr("rural"),
        )
        if reason.people_unmeasured > 0:
            beyond += tr(
                ", not counting {count} of {total} people ({share} %) without a measure of access (origin too far "
                "from the street network, or without geometry or value)"
            ).format(**unmeasured)
        numbers = {"count": self.people(reason.count), "share": self.locale.toString(reason.share, "g", 6)}
        if reason.low_access:
            criterion = tr("at least {count} people or {share} %: low access").format(**numbers)
        else:
            criterion = tr("fewer than {count} people and under {share} %: not low access").format(**numbers)
        return tr("{label}: {beyond}; {criterion}; {income}.").format(
            label=label, beyond=beyond, criterion=criterion, income=self.incomes[reason.income]
        )

    def people(self, value):
        """Whole people when the value is (nearly) whole, else one decimal (apportioned populations)."""
        return self.locale.toString(value, "f", 0 if abs(value - round(value)) < 0.05 else 1)

    def threshold(self, value, unit):
        if unit == METRES:
            return self.locale.toString(value, "f", 0) + " m"
        return self.locale.toString(value, "g", 6) + " min"
