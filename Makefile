# make run   - set everything up and open the app
# make test  - set everything up and run lint, the layer contract, type checks and the whole test suite, then the
#              core, report and command-line tests once more in an environment without PySide6 (test-qt-free)
# make bench - print speed and memory figures next to their baselines
# make stress - kill the app thousands of times while it saves and autosaves; every file must stay whole
# make translations - compile the interface translations (resources/i18n/*.ts -> .qm) that are newer
# make update-translations - collect new and changed interface strings into resources/i18n/hria_th.ts
# make man   - write the manual page, generated from the command line's parser, to build/man/hria.1
# make dist  - the standalone app in dist/hria (PyInstaller) and its .tar.gz, with a size summary
# make deb   - the Debian package of that bundle (dpkg-deb), in dist/
# make test-bundle - build the bundle and the package and check them as installed (CI runs it after `make test`)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# A second, small environment without PySide6: the core, the report and the command line must work without Qt.
QT_FREE := .venv-qt-free
QT_FREE_STAMP := $(QT_FREE)/.installed

.PHONY: run test test-qt-free lint bench screenshots stress clean translations update-translations man dist deb test-bundle

# The compiled translations are committed too, so an install ships them; a test checks they match their .ts.
TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Re-install only when the dependency list changes; the package itself is editable.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

DIST_STAMP := $(VENV)/.installed-dist
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' hria_app/__init__.py)
PLATFORM := $(shell uname -s | tr A-Z a-z)-$(shell uname -m)
TARBALL := dist/hria-$(VERSION)-$(PLATFORM).tar.gz

$(DIST_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

run: $(STAMP) translations
	$(BIN)/hria

translations: $(QM_FILES)

resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Strings the GUI marks with tr()/translate(); translate the new ones (type="unfinished") in the .ts, then
# `make translations`. qt_th.ts (Qt's own buttons and menus) is kept by hand.
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py hria_app/gui -ts resources/i18n/hria_th.ts -target-language th_TH \
		-locations none -no-obsolete
	$(BIN)/pyside6-lupdate -extensions py hria_app/gui -ts resources/i18n/hria_en.ts -source-language en \
		-target-language en -pluralonly -locations none -no-obsolete

lint: $(STAMP)
	$(BIN)/ruff check hria_app tests benchmarks main.py
	$(BIN)/ruff format --check hria_app tests benchmarks main.py
	$(BIN)/lint-imports
	$(BIN)/mypy

test: lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(MAKE) test-qt-free

# The project without its Qt dependencies (--no-deps, then everything else pyproject.toml lists); pip's cache
# supplies the wheels the first environment already fetched.
$(QT_FREE_STAMP): pyproject.toml tools/qt_free_requirements.py | $(STAMP)
	$(PYTHON) -m venv $(QT_FREE)
	$(BIN)/python tools/qt_free_requirements.py > $(QT_FREE)/requirements.txt
	$(QT_FREE)/bin/python -m pip install --quiet --disable-pip-version-check -r $(QT_FREE)/requirements.txt
	$(QT_FREE)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(QT_FREE_STAMP)

# Tests that need Qt are marked needs_qt and deselected; the first one proves PySide6 is absent here.
test-qt-free: $(QT_FREE_STAMP)
	$(QT_FREE)/bin/python -m pytest -q -p no:cacheprovider -m "not needs_qt" tests/test_qt_free.py tests/core tests/report tests/cli

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/team_screenshots.py
	$(BIN)/python tools/brief_pages.py

# The same kill tests as `make test`, at scale (HRIA_KILL_ROUNDS kills of saves and autosaves).
stress: $(STAMP)
	HRIA_KILL_ROUNDS=2000 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -s \
		tests/gui/files/test_kill_saves.py tests/core/test_kill_leftovers.py tests/core/test_storage.py

man: $(STAMP)
	$(BIN)/python tools/man_page.py build/man/hria.1

# PyInstaller's output replaces dist/hria whole; the archive is made from it with neutral owners.
dist: $(DIST_STAMP) translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/hria.spec
	$(BIN)/python packaging/clear_build_paths.py dist/hria
	rm -f dist/hria-*.tar.gz
	tar -C dist --owner=0 --group=0 --numeric-owner -czf $(TARBALL) hria
	$(BIN)/python benchmarks/bench_bundle.py --sizes dist/hria $(TARBALL)

deb: dist man
	rm -f dist/hria_*.deb
	packaging/build-deb.sh dist/hria $(VERSION) dist build/man/hria.1
	lintian --fail-on error dist/hria_$(VERSION)_*.deb
	$(BIN)/python benchmarks/bench_bundle.py --sizes dist/hria $(TARBALL) dist/hria_$(VERSION)_*.deb

# The slow test of the installed app, on the bundle and package just built (see tests/packaging).
test-bundle: deb
	HRIA_BUNDLE=dist/hria HRIA_DEB=$$(ls dist/hria_$(VERSION)_*.deb) $(BIN)/python -m pytest -p no:cacheprovider \
		tests/packaging

clean:
	rm -rf $(VENV) $(QT_FREE) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
