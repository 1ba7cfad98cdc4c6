"""Areas: the classification rules (USDA presets, Marseille's 2.5 km, low income, mRFEI) applied to
the access of the people living in each area (``classify``), and the priority areas (QPV) fetched
from data.gouv.fr (``priority_areas``). The top layer of ``core``: may import every other part."""
