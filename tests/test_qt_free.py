"""The core, the report and the command line work without Qt. `make test-qt-free` runs their tests in an
environment where PySide6 is not installed at all; here each layer is also imported with Qt made unimportable,
so the rule holds in the main environment too."""

from __future__ import annotations

import importlib.util
import os
import pkgutil
import subprocess
import sys

import pytest

import hria_app
from tests.conftest import ROOT

BLOCK_QT = """
import importlib, pkgutil, sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"{name} imported by a layer that must work without Qt")
sys.meta_path.insert(0, NoQt())
import hria_app
names = [m.name for m in pkgutil.walk_packages(hria_app.__path__, "hria_app.")]
for name in names:
    if name.startswith(("hria_app.core", "hria_app.report", "hria_app.cli")):
        importlib.import_module(name)
print(len(names))
"""


def test_the_qt_free_layers_import_with_qt_blocked() -> None:
    done = subprocess.run(
        [sys.executable, "-c", BLOCK_QT],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 50


def test_this_environment_says_whether_qt_is_here() -> None:
    """In the Qt-free environment PySide6 must really be absent, or that run proves nothing."""
    if os.environ.get("VIRTUAL_ENV", sys.prefix).endswith(".venv-qt-free") or ".venv-qt-free" in sys.prefix:
        assert importlib.util.find_spec("PySide6") is None
    else:
        pytest.importorskip("PySide6")
    assert any(m.name == "hria_app.core" for m in pkgutil.iter_modules(hria_app.__path__, "hria_app."))
