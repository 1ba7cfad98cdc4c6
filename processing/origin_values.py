"""Values per origin that the planning algorithms (``suggestsites``, ``scenario``) read from the ORIGINS layer:
the people living at each origin (POPULATION_FIELD) and an optional weight (an expression, e.g. low income)."""

import numpy as np
from qgis.core import QgsExpression

from ..core.errors import InputError
from ..i18n import plural, tr
from .attributes import attribute_value


def population_values(features, field, feedback):
    """People at each origin feature: the numeric ``field`` (None: 1 each); NULL counts 0 (with a warning), text or
    a negative or infinite number is refused naming the origin."""
    if not field:
        return np.ones(len(features))
    values, missing = np.zeros(len(features)), 0
    for index, feature in enumerate(features):
        raw = attribute_value(feature[field])
        if raw is None:
            missing += 1
            continue
        number = non_negative(raw)
        if number is None:
            raise InputError(
                "The population field {field} holds '{value}' at origin {origin}: populations must be numbers ≥ 0.",
                field=field,
                value=raw,
                origin=feature.id(),
            )
        values[index] = number
    if missing:
        warn_missing_population(feedback, missing)
    return values


def warn_missing_population(feedback, count):
    """The log's warning for ``count`` origins whose population is NULL."""
    feedback.pushWarning(
        plural(
            count,
            tr("{count} origin has no population (NULL): it counts as 0 people."),
            tr("{count} origins have no population (NULL): they count as 0 people."),
        ).format(count=count)
    )


def expression_values(text, name, features, fields, expression_context):
    """The value of the expression ``text`` (parameter ``name``) for each origin feature as a number ≥ 0: true
    is 1, false and NULL are 0; an invalid expression, one naming missing fields, or a negative value is
    refused."""
    expression = QgsExpression(text)
    if expression.hasParserError():
        raise InputError("The {name} expression is not valid: {error}", name=name, error=expression.parserErrorString())
    missing = sorted(column for column in expression.referencedColumns() if fields.lookupField(column) < 0)
    missing = [column for column in missing if column != "*"]
    if missing:
        raise InputError(
            "The {name} expression uses fields that the ORIGINS layer does not have: {missing} (its fields: {fields}).",
            name=name,
            missing=", ".join(missing),
            fields=", ".join(fields.names()),
        )
    expression.prepare(expression_context)
    values = np.zeros(len(features))
    for index, feature in enumerate(features):
        expression_context.setFeature(feature)
        raw = attribute_value(expression.evaluate(expression_context))
        if expression.hasEvalError():
            raise InputError(
                "The {name} expression fails on origin {origin}: {error}",
                name=name,
                origin=feature.id(),
                error=expression.evalErrorString(),
            )
        number = 0.0 if raw is None else non_negative(raw)
        if number is None:
            raise InputError(
                "The {name} expression gives '{value}' at origin {origin}: it must give a number ≥ 0 (or true/false).",
                name=name,
                value=raw,
                origin=feature.id(),
            )
        values[index] = number
    return values


def non_negative(value):
    """``value`` (a number, or text or a boolean holding one) as a finite float ≥ 0; None when it is not one."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if np.isfinite(number) and number >= 0 else None
