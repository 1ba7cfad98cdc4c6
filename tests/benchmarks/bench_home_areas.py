"""The default service areas (as access times) against access times: on the Monaco sample and on
Porto Alegre (hexagon centroids and scattered points), the homes within each threshold that lie
outside its area (must be 0) and the homes beyond it by more than 300 m that lie inside
(``walk_data.home_area_consistency``, which the tests assert on)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for walk_data


def run(bench):
    from walk_data import BEYOND_M, home_area_consistency

    for place in ("monaco", "porto_alegre"):
        for check in home_area_consistency(bench.shared_data, place):
            share = check.beyond_inside / check.beyond if check.beyond else 0.0
            bench.note(
                f"consistency {check.place}, {check.threshold:g} m: {check.outside} of {check.within} homes within "
                f"it outside the area (goal 0: {'met' if check.outside == 0 else 'MISSED'}); {check.beyond_inside} "
                f"of {check.beyond} homes more than {BEYOND_M:g} m beyond it inside ({share:.1%})"
            )
