#!/usr/bin/env bash
# Set-up for development, tests and the demo on Debian 12 / 13. Idempotent and quick when done:
# installs the Debian packages that are missing, makes .venv from /usr/bin/python3 (the Python
# PyQGIS is built for) with the system site-packages, pip-installs what Debian lacks, and links
# the package as `foodaccess` into the venv (the repo root itself is never put on sys.path).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

APT_PACKAGES="qgis python3-qgis qgis-providers python3-numpy python3-scipy python3-pandas \
python3-geopandas python3-networkx python3-requests python3-pytest python3-venv python3-pip \
xvfb qttools5-dev-tools e2fsprogs"

if command -v dpkg-query >/dev/null 2>&1; then
    missing=()
    for package in $APT_PACKAGES; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            echo "setup: installing Debian packages: ${missing[*]}"
            apt-get update -qq
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
        else
            echo "setup: Food Access needs these Debian packages, which are missing: ${missing[*]}" >&2
            echo "setup: install them as root, then run make again:" >&2
            echo "    sudo apt-get install ${missing[*]}" >&2
            exit 1
        fi
    fi
elif ! /usr/bin/python3 -c "import qgis.core" 2>/dev/null || ! command -v qgis_process.bin >/dev/null 2>&1; then
    echo "setup: this is not a Debian system and QGIS's Python or qgis_process.bin is missing." >&2
    echo "setup: install QGIS (>= 3.22) with its Python bindings so that '/usr/bin/python3 -c \"import qgis.core\"'" >&2
    echo "setup: works, plus numpy, scipy, pandas, geopandas, networkx, requests and pytest for that Python." >&2
    exit 1
fi

# A venv made for another Python (the machine went from Debian 12 to 13) cannot import PyQGIS: remake it.
PYTHON_VERSION=$(/usr/bin/python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ -d .venv ] && [ ! -d ".venv/lib/python$PYTHON_VERSION/site-packages" ]; then
    echo "setup: .venv was made for another Python than /usr/bin/python3 ($PYTHON_VERSION): remaking it"
    rm -rf .venv
fi
if [ ! -x .venv/bin/python ]; then
    echo "setup: creating .venv from /usr/bin/python3 (with the system site-packages, for PyQGIS)"
    /usr/bin/python3 -m venv --system-site-packages .venv
fi
if [ ! -f .venv/.dev-installed ] || [ requirements-dev.txt -nt .venv/.dev-installed ]; then
    echo "setup: pip-installing the test tools Debian lacks (requirements-dev.txt)"
    .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
    touch .venv/.dev-installed
fi
SITE=$(.venv/bin/python -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")
ln -sfn "$ROOT" "$SITE/foodaccess"

# Qt's runtime folder for the offscreen runs (the Makefile points XDG_RUNTIME_DIR there).
mkdir -p -m 700 "/tmp/runtime-$(id -u)"

# A throwaway QGIS profile for qgis_process, with the plugin linked and enabled.
PROFILE="$ROOT/build/qgis-profile"
PLUGINS="$PROFILE/profiles/default/python/plugins"
mkdir -p "$PLUGINS"
ln -sfn "$ROOT" "$PLUGINS/foodaccess"
if ! grep -qs "^foodaccess=true" "$PROFILE/profiles/default/QGIS/QGIS3.ini"; then
    dev/qgis_process plugins enable foodaccess >/dev/null 2>&1 \
        || echo "setup: warning: qgis_process could not enable the plugin yet (see 'dev/qgis_process plugins')"
fi
