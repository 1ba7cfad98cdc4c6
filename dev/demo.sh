#!/usr/bin/env bash
# The whole analysis on the embedded Monaco sample, headless (`make demo` runs the set-up first):
# the model "Food access analysis" (foodaccess:foodaccessanalysis) through qgis_process, then the map, the
# report and the summary. Writes out/food_access_demo.gpkg (outlets, access, service_areas, classified_areas),
# out/food_access_demo.png, out/food_access_report.pdf (foodaccess:report) and out/summary.csv, and prints the
# classified areas.
# FOODACCESS_DEMO_OUT sets another output folder (the tests use it).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SAMPLE=$ROOT/resources/sample
OUT=${FOODACCESS_DEMO_OUT:-$ROOT/out}
GPKG=$OUT/food_access_demo.gpkg
PYTHON=$ROOT/.venv/bin/python
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}

# The demo's choices (the model's defaults are every healthy-food outlet and 15 minutes):
# low access is judged against supermarkets, as the USDA does, within a 10-minute walk (800 m).
OUTLET_FILTER="\"category\" = 'supermarket'"
THRESHOLD_MIN=10
SERVICE_AREAS_MIN="5,10,15"

mkdir -p "$OUT"
REPORT=$OUT/food_access_report.pdf
rm -f "$GPKG" "$GPKG-wal" "$GPKG-shm" "$OUT/food_access_demo.png" "$REPORT" "$OUT/summary.csv"
# Each output in its own GeoPackage first: with several outputs of one model in one GeoPackage,
# QGIS 3.22's OGR connections trip over each other's WAL files ("unable to open database file").
STEPS=$(mktemp -d)
trap 'rm -rf "$STEPS"' EXIT

echo "demo: running the model 'Food access analysis' on the Monaco sample (qgis_process)"
start=$(date +%s)
dev/qgis_process run foodaccess:foodaccessanalysis -- \
    AREAS="$SAMPLE/monaco_sample.gpkg|layername=areas" \
    ORIGINS="$SAMPLE/monaco_sample.gpkg|layername=origins" \
    POPULATION_FIELD=population \
    OSM_FILE="$SAMPLE/monaco.osm.pbf" \
    OUTLET_FILTER="$OUTLET_FILTER" \
    MODE=1 WALK_SPEED=4.8 THRESHOLD=$THRESHOLD_MIN SERVICE_AREA_THRESHOLDS=$SERVICE_AREAS_MIN \
    fetch_outlets:OUTLETS="$STEPS/outlets.gpkg" \
    access_times:ACCESS="$STEPS/access.gpkg" \
    service_areas:SERVICE_AREAS="$STEPS/service_areas.gpkg" \
    classify_areas:CLASSIFIED_AREAS="$STEPS/classified_areas.gpkg" \
    > "$STEPS/model.log" 2>&1 || { cat "$STEPS/model.log" >&2; echo "demo: the model failed (log above)" >&2; exit 1; }
grep -oE "[0-9]+ outlets: .*|Origins by status.*|Areas: .*|Executed .*" "$STEPS/model.log" | sed 's/^/  /'

# Gathered into one GeoPackage by QGIS's "Package layers" (the layers keep their file names).
dev/qgis_process run native:package -- \
    LAYERS="$STEPS/outlets.gpkg" LAYERS="$STEPS/access.gpkg" LAYERS="$STEPS/service_areas.gpkg" \
    LAYERS="$STEPS/classified_areas.gpkg" OVERWRITE=true SAVE_STYLES=false OUTPUT="$GPKG" \
    > "$STEPS/package.log" 2>&1 || { cat "$STEPS/package.log" >&2; echo "demo: packaging failed" >&2; exit 1; }
echo "demo: wrote $GPKG"

"$PYTHON" dev/render_map.py "$GPKG" "$OUT/food_access_demo.png" --osm "$SAMPLE/monaco.osm.pbf" \
    --title "Food access in Monaco: walking to the nearest supermarket" \
    --subtitle "Low access: at least 500 people or 33 % of an area beyond a ${THRESHOLD_MIN}-minute walk (USDA rule); service areas ${SERVICE_AREAS_MIN//,/, } min at 4.8 km/h" \
    --sources "Homes: OSM residential buildings, residents estimated from floor area (resources/sample/README.md)"
dev/qgis_process run foodaccess:report -- \
    AREAS="$GPKG|layername=classified_areas" OUTLETS="$GPKG|layername=outlets" \
    ACCESS="$GPKG|layername=access" SERVICE_AREAS="$GPKG|layername=service_areas" \
    TITLE="Food access in Monaco: walking to the nearest supermarket" \
    SOURCES="Homes: OSM residential buildings, residents estimated from floor area" OUTPUT_PDF="$REPORT" \
    > "$STEPS/report.log" 2>&1 || { cat "$STEPS/report.log" >&2; echo "demo: the report failed" >&2; exit 1; }
"$PYTHON" dev/demo_summary.py "$GPKG" "$OUT/summary.csv"
echo
echo "demo: wrote $OUT/food_access_demo.png, $REPORT and $OUT/summary.csv in $(( $(date +%s) - start )) s"
