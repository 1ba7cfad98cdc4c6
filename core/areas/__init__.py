"""Areas: the food access of the people living in each area, and the priority areas (QPV). The top layer
of ``core``: may import every other part.

- ``classify``: the rules (USDA presets, Marseille's 2.5 km, custom) and the classification itself;
- ``access_layer``: the ACCESS layer as the classification reads it (fields, origins, who lives where);
- ``area_status``: each area's urban and low-income status (expressions, priority-area membership);
- ``outlet_counts``: the outlets of each area by category and group, and the mRFEI;
- ``table``: the classified areas' fields, values, the facts of their reason, and the summary;
- ``priority_areas``: the priority areas (QPV) fetched from data.gouv.fr.
"""
