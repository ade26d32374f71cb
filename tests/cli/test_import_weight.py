"""The command line stays light: `--version`, `validate` and `score` load neither the GUI toolkit nor the PDF
library, so a script or a CI job that checks files does not pay for them (or need a display)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hria_app.core.paths import bundled_rubric_dir, resource
from tests.conftest import ROOT

HEAVY = ("PySide6", "shiboken6", "reportlab", "pythainlp", "uharfbuzz")
# Runs the real entry point, then reports which top-level packages were imported by the time it exited.
WRAPPER = """
import atexit, json, sys
atexit.register(lambda: print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})), file=sys.stderr))
from hria_app.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _imported(*args: str) -> tuple[int, set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", WRAPPER, *args], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    last = done.stderr.strip().splitlines()[-1]
    return done.returncode, set(json.loads(last))


@pytest.mark.parametrize(
    "args",
    [
        ["--version"],
        ["validate", str(bundled_rubric_dir() / "facial-recognition-surveillance.yaml")],
        ["validate", str(resource("samples", "nakhon-thani-findface.hria"))],
        ["score", str(resource("samples", "nakhon-thani-findface.hria"))],
        ["score", "--json", str(resource("samples", "nakhon-thani-findface.hria"))],
    ],
    ids=["version", "validate-rubric", "validate-assessment", "score", "score-json"],
)
def test_command_line_imports_no_gui_and_no_pdf_library(args: list[str]) -> None:
    code, modules = _imported(*args)
    assert code == 0
    assert "hria_app" in modules  # the wrapper did see the app's own imports
    assert not modules & set(HEAVY), f"hria {' '.join(args)} imported {sorted(modules & set(HEAVY))}"


def test_the_check_sees_a_heavy_import(tmp_path: Path) -> None:
    """The same wrapper does notice reportlab when a command needs it, so the test above can fail."""
    pdf = tmp_path / "brief.pdf"
    code, modules = _imported("export", str(resource("samples", "nakhon-thani-findface.hria")), "-o", str(pdf))
    assert code == 0 and pdf.is_file()
    assert "reportlab" in modules
