"""The rubric library, editor and upgrade tests: the shared GUI fixtures, with dialogs that also answer the rubric
questions at once, and a library holding both a bundled folder and the user's own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hria_app.core.library import RubricLibrary
from tests.gui.fakes import RubricDialogs
from tests.gui.helpers import DATA, OFFSCREEN_NOISE

HERE = Path(__file__).parent
# The manager, the editor and "Try it" bring their window to the front; the offscreen platform says it cannot.
OFFSCREEN_RAISE = r"This plugin does not support raise\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, OFFSCREEN_RAISE))


@pytest.fixture
def dialogs() -> RubricDialogs:
    return RubricDialogs()


@pytest.fixture
def bundled_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "bundled"
    folder.mkdir()
    shutil.copy(DATA / "mini-rubric.yaml", folder / "mini-rubric.yaml")
    return folder


@pytest.fixture
def library(tmp_path: Path, bundled_dir: Path) -> RubricLibrary:
    user_dir = tmp_path / "rubrics"
    user_dir.mkdir()
    return RubricLibrary(bundled_dir=bundled_dir, user_dir=user_dir)
