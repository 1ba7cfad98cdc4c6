"""Write the classified areas of the analysis GeoPackage as a CSV summary and print them as a table.

.venv/bin/python dev/demo_summary.py out/food_access_demo.gpkg out/summary.csv
"""

import csv
import sys

from osgeo import gdal, ogr

LAYER = "classified_areas"
# (field, CSV header, table header, table width, decimals or None for text)
COLUMNS = (
    ("name", "area", "Area", 14, None),
    ("class", "class", "Class", 13, None),
    ("pop_total", "population", "People", 8, 0),
    ("pop_low_access", "population_low_access", "Beyond", 8, 0),
    ("share_low_access", "share_low_access_pct", "Share %", 8, 1),
    ("median_time_min", "median_time_min", "Median min", 10, 1),
    ("median_distance_m", "median_distance_m", "Median m", 9, 0),
    ("n_healthy", "healthy_outlets", "Outlets", 7, 0),
    ("stale_share", "stale_outlets_pct", "Stale %", 7, 0),
    ("threshold", "threshold", "Threshold", 9, 1),
    ("unit", "unit", "Unit", 4, None),
    ("reason", "reason", None, 0, None),
)


def read_areas(gpkg):
    """The classified areas' rows, as {field: value}, sorted by name."""
    gdal.UseExceptions()
    dataset = ogr.Open(gpkg)
    layer = dataset.GetLayerByName(LAYER) if dataset else None
    if layer is None:
        raise SystemExit(f"demo_summary: {gpkg} has no layer '{LAYER}'. Run the analysis model first.")
    rows = [{field: feature[field] for field, *_ in COLUMNS} for feature in layer]
    return sorted(rows, key=lambda row: row["name"] or "")


def rounded(value, decimals):
    if value is None or decimals is None:
        return value
    return round(float(value), decimals) if decimals else int(round(float(value)))


def write_csv(rows, path):
    with open(path, "w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow([header for _, header, *_ in COLUMNS])
        for row in rows:
            writer.writerow(
                ["" if row[field] is None else rounded(row[field], decimals) for field, _, _, _, decimals in COLUMNS]
            )


def table(rows):
    shown = [column for column in COLUMNS if column[2]]
    lines = [
        "  ".join(
            f"{title:<{width}}" if decimals is None else f"{title:>{width}}" for _, _, title, width, decimals in shown
        )
    ]
    for row in rows:
        cells = []
        for field, _, _, width, decimals in shown:
            value = row[field]
            if value is None:
                cells.append(f"{'':<{width}}")
            elif decimals is None:
                cells.append(f"{str(value)[:width]:<{width}}")
            else:
                cells.append(f"{float(value):>{width},.{decimals}f}")
        lines.append("  ".join(cells))
    return "\n".join(lines)


def main(gpkg, csv_path):
    rows = read_areas(gpkg)
    write_csv(rows, csv_path)
    print(table(rows))
    print(f"\nWhy each class (the 'reason' field, also in {csv_path}):")
    for row in rows:
        print(f"- {row['name']}: {row['reason']}")


if __name__ == "__main__":
    main(*sys.argv[1:])
