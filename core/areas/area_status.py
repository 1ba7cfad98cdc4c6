"""Each area's urban and low-income status, from the values of the URBAN and LOW_INCOME expressions
and from the share of its surface inside the priority areas (QPV). The caller evaluates the
expressions and measures the surfaces."""

from .classify import TOLERANCE

# An area belongs to the priority areas when at least this share of its surface lies inside them.
PRIORITY_MIN_SHARE = 0.5


def urban_flags(values):
    """Urban status per area from the URBAN expression's values (None: no expression, or NULL): None counts
    as urban, so that without an expression every area is urban."""
    return [True if value is None else value for value in values]


def is_priority_member(surface, inside):
    """Whether at least half of an area's ``surface`` lies inside the priority areas (``inside`` of it);
    None for an area without surface."""
    if surface <= 0:
        return None
    return inside >= PRIORITY_MIN_SHARE * surface * (1 - TOLERANCE)


def low_income(by_expression, by_priority):
    """Low income per area when the LOW_INCOME expression or the priority membership says so (``by_priority``:
    None without priority areas); None where neither is assessed."""
    combined = []
    for position, value in enumerate(by_expression):
        member = by_priority[position] if by_priority is not None else None
        if value is None and member is None:
            combined.append(None)
        else:
            combined.append(bool(value) or bool(member))
    return combined
