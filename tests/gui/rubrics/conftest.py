"""The rubric library, editor and upgrade tests: the shared GUI fixtures, with dialogs that also answer the rubric
questions at once, and a library holding both a bundled folder and the user's own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from hria_app.core.library import RubricLibrary
from hria_app.gui.rubric_questions import DuplicateChoice
from tests.conftest import DATA
from tests.gui.conftest import OFFSCREEN_NOISE, FakeDialogs

HERE = Path(__file__).parent
# The manager, the editor and "Try it" bring their window to the front; the offscreen platform says it cannot.
OFFSCREEN_RAISE = r"This plugin does not support raise\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, OFFSCREEN_RAISE))


class RubricDialogs(FakeDialogs):
    def __init__(self) -> None:
        super().__init__()
        self.rubric_path: Path | None = None
        self.confirm_delete = True
        self.confirm_replace = True
        self.confirm_save_invalid = False
        self.reload = True
        self.duplicate: DuplicateChoice | None = None  # None: accept the suggested id and restart at 1.0.0

    def ask_rubric_path(self, parent: QWidget | None, folder: Path | None) -> Path | None:
        self.asked.append(("rubric path", folder))
        return self.rubric_path

    def confirm_delete_rubric(self, parent: QWidget | None, name: str) -> bool:
        self.asked.append(("delete", name))
        return self.confirm_delete

    def confirm_replace_rubric(self, parent: QWidget | None, name: str) -> bool:
        self.asked.append(("replace", name))
        return self.confirm_replace

    def confirm_save_invalid_rubric(self, parent: QWidget | None, name: str, errors: int) -> bool:
        self.asked.append(("save invalid", (name, errors)))
        return self.confirm_save_invalid

    def ask_reload_rubric(self, parent: QWidget | None, name: str) -> bool:
        self.asked.append(("reload", name))
        return self.reload

    def ask_duplicate_rubric(
        self, parent: QWidget | None, rubric_id: str, version: str, suggested: str, taken: set[str]
    ) -> DuplicateChoice | None:
        self.asked.append(("duplicate", (rubric_id, suggested)))
        return self.duplicate or DuplicateChoice(suggested, True)


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


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def has_focus(window: QWidget, field: QWidget) -> bool:
    """Whether the window's keyboard focus is in `field` (the window need not be the active one)."""
    focused = window.focusWidget()
    return focused is not None and (focused is field or field.isAncestorOf(focused))
