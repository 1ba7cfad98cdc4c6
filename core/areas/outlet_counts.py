"""The outlets of each area: counts by taxonomy category and group inside the area, and CDC's modified
Retail Food Environment Index (mRFEI) over the area and a buffer around it.

Source: CDC, Census Tract Level State Maps of the Modified Retail Food Environment Index (mRFEI), 2011.
The caller finds which outlets lie in each area and its buffer; this module counts them.
"""

from dataclasses import dataclass

from ..errors import InputError
from ..outlets.refresh import STALE_YEARS
from ..outlets.taxonomy import GROUPS
from .classify import METRES_PER_MILE

HEALTHY, LESS_HEALTHY = GROUPS
# Half a mile: CDC computed the mRFEI over census tracts and a 1/2-mile buffer around them.
MRFEI_BUFFER_M = METRES_PER_MILE / 2


def mrfei(healthy, less_healthy):
    """CDC's modified Retail Food Environment Index: 100 × healthy / (healthy + less healthy); None for 0/0."""
    total = healthy + less_healthy
    return None if total == 0 else 100.0 * healthy / total


def check_outlet_fields(names):
    """Refuse an OUTLETS layer (its field ``names``) without the category the counts need."""
    if "category" not in names:
        raise InputError("The OUTLETS layer has no field 'category': use a Food Access outlet layer.")


@dataclass(frozen=True)
class AreaOutlets:
    """Outlets per category and per group inside an area, and per group inside the area or its buffer; of the
    outlets inside with a date of last OpenStreetMap edit (``dated``), those edited more than STALE_YEARS ago."""

    by_category: dict
    by_group: dict
    around_by_group: dict
    dated: int = 0
    stale: int = 0

    @property
    def mrfei(self):
        return mrfei(self.around_by_group[HEALTHY], self.around_by_group[LESS_HEALTHY])

    @property
    def stale_share(self):
        """Percent of the dated outlets inside the area not edited for more than STALE_YEARS; None when none
        is dated (no OpenStreetMap outlet, or a layer without edit dates)."""
        return None if self.dated == 0 else 100.0 * self.stale / self.dated


def area_outlets(inside, around, taxonomy, ages=()):
    """The counts of an area from the categories of the outlets ``inside`` it and ``around`` it (inside the
    area or its buffer); every category of ``taxonomy`` and every group has its count, 0 included. ``ages``:
    the years since the last OpenStreetMap edit of each outlet inside (None: not known)."""
    by_category = dict.fromkeys(taxonomy.ids, 0)
    by_group = dict.fromkeys(GROUPS, 0)
    for category in inside:
        by_category[category] += 1
        by_group[taxonomy.category(category).group] += 1
    around_by_group = dict.fromkeys(GROUPS, 0)
    for category in around:
        around_by_group[taxonomy.category(category).group] += 1
    known = [age for age in ages if age is not None]
    return AreaOutlets(by_category, by_group, around_by_group, len(known), sum(age > STALE_YEARS for age in known))
