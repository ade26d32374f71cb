"""The start page: rubrics to start from, with what a person needs to choose one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hria_app.core import rubric_cache
from hria_app.core.library import RubricLibrary
from hria_app.gui.rubrics.rubric_list import DESCRIPTION_ROLE, FACTS_ROLE
from hria_app.gui.shell.main_window import MainWindow


def test_each_rubric_shows_title_version_size_languages_and_description(window: MainWindow) -> None:
    model = window.start_page.rubrics_model
    index = model.index(0)
    assert index.data() == "Mini CCTV check"
    facts = index.data(FACTS_ROLE)
    assert "version 1.0.0" in facts
    assert "2 criteria" in facts
    assert "English" in facts and "Thai" in facts
    assert index.data(DESCRIPTION_ROLE).startswith("A two-criterion rubric")


def test_double_click_starts_an_assessment(qtbot: QtBot, window: MainWindow) -> None:
    view = window.start_page.rubrics
    rect = view.visualRect(window.start_page.rubrics_model.index(0))
    # A real double-click starts with a press; QTest's double-click event alone leaves the view no pressed item.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.document is not None
    assert window.document.assessment.rubric.id == "mini-cctv"
    assert window.pages.currentWidget() is window.workspace


def test_enter_starts_an_assessment(qtbot: QtBot, window: MainWindow) -> None:
    view = window.start_page.rubrics
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.document is not None


def test_an_invalid_rubric_is_listed_with_its_problem_but_cannot_start(
    qtbot: QtBot, window: MainWindow, library: RubricLibrary
) -> None:
    (library.user_dir / "broken.yaml").write_text("schema_version: 1\nid: Not An Id\n", encoding="utf-8")
    window.start_page.refresh()
    model = window.start_page.rubrics_model
    broken = next(model.index(row) for row in range(model.rowCount()) if model.index(row).data() == "broken.yaml")
    assert "broken.yaml:" in broken.data(FACTS_ROLE)
    assert not broken.flags() & Qt.ItemFlag.ItemIsEnabled
    view = window.start_page.rubrics
    center = view.visualRect(broken).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert window.document is None


def test_an_empty_library_says_where_rubrics_go(make_window, library: RubricLibrary) -> None:
    for path in library.user_dir.iterdir():
        path.unlink()
    window = make_window()
    assert window.start_page.no_rubrics.isVisible()
    assert str(library.user_dir) in window.start_page.no_rubrics.text()


def test_recent_assessments_are_listed_and_open(qtbot: QtBot, window: MainWindow, saved_file: Path) -> None:
    window.open_path(saved_file)
    window.close_action.trigger()
    recent = window.start_page.recent
    assert recent.count() == 1
    assert recent.item(0).text().startswith("city.hria")
    recent.itemActivated.emit(recent.item(0))
    assert window.document is not None and window.document.path == saved_file


def test_new_from_rubric_returns_to_the_start_page(qtbot: QtBot, open_window: MainWindow) -> None:
    qtbot.keyClick(open_window, "n", Qt.KeyboardModifier.ControlModifier)
    assert open_window.document is None
    assert open_window.pages.currentWidget() is open_window.start_page
    assert open_window.start_page.rubrics.hasFocus()


def test_the_list_builds_no_rubric_until_one_is_started(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Shown again with the cache warm, the page lists the rubrics from their summaries; the one started is built.
    built: list[str] = []
    real_check = rubric_cache.check_rubric_document

    def counting_check(doc: Any, *args: Any) -> Any:
        built.append(doc.file)
        return real_check(doc, *args)

    monkeypatch.setattr(rubric_cache, "check_rubric_document", counting_check)
    window.start_page.refresh()
    assert built == []
    assert window.start_page.rubrics_model.index(0).data() == "Mini CCTV check"
    window.start_page.start_button.click()
    assert [Path(name).name for name in built] == ["mini-rubric.yaml"]
    assert window.document is not None and window.document.assessment.rubric.id == "mini-cctv"
