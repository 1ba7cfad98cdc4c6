# Food Access — development tasks. Every target runs the set-up first (idempotent, quick when done).
# Run as root on a fresh Debian 12 / 13 machine, or install the packages dev/setup.sh names.
SHELL := /bin/bash
VENV_PYTHON := .venv/bin/python
QGIS_ENV := QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime-$(shell id -u)

.PHONY: setup test demo bench package lint format translations clean matrix

setup:
	@bash dev/setup.sh

# Refresh resources/i18n/*.ts from the code's tr() strings (keeping their translations), compile the .qm.
translations: setup
	@$(VENV_PYTHON) dev/translations.py update
	@$(VENV_PYTHON) dev/translations.py compile

# Each run starts from a fresh test profile (pytest-qgis keeps it in .qgis-settings): no cache
# or setting left by an earlier run can make a test pass or fail.
test: setup translations
	rm -rf .qgis-settings
	$(QGIS_ENV) $(VENV_PYTHON) -P -m pytest $(PYTEST_ARGS)

demo: setup translations
	@bash dev/demo.sh

bench: setup
	$(QGIS_ENV) $(VENV_PYTHON) tests/bench.py $(BENCH_ARGS)

package: setup translations
	@$(VENV_PYTHON) dev/package.py

# The same checks as .pre-commit-config.yaml and .ci/run: lint rules, then the formatting.
lint: setup
	$(VENV_PYTHON) -m ruff check .
	$(VENV_PYTHON) -m ruff format --check .

format: setup
	$(VENV_PYTHON) -m ruff check --fix .
	$(VENV_PYTHON) -m ruff format .

# The suite in Debian 13 chroots with QGIS 3.40 and 3.44 (root; chroots cached in /var/cache/foodaccess-matrix).
matrix:
	@bash dev/matrix.sh

clean:
	rm -rf build dist out .pytest_cache .ruff_cache resources/i18n/*.qm
