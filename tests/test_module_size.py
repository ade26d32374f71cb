"""Modules stay small enough to read in one sitting: none of the app's passes 350 lines."""

from __future__ import annotations

from tests.conftest import ROOT

LIMIT = 350


def test_no_module_of_the_app_passes_350_lines() -> None:
    long = {
        str(path.relative_to(ROOT)): count
        for path in sorted((ROOT / "hria_app").rglob("*.py"))
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > LIMIT
    }
    assert not long, f"split these by role: {long}"
