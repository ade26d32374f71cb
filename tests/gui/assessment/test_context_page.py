"""The deployment's facts: typed, checked as typed, and undone a field at a time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hria_app.gui.shell.main_window import MainWindow
from tests.gui.helpers import type_text


def context_of(window: MainWindow):
    assert window.document is not None
    return window.document.assessment.context


def test_a_new_assessment_opens_on_its_context(window: MainWindow, mini_assessment) -> None:
    window.files.new_from_rubric(mini_assessment.rubric)
    assert window.workspace.current_key == "context"
    assert window.workspace.context_page.isEnabled()


def test_typing_a_fact_is_one_undo_step(qtbot: QtBot, open_window: MainWindow) -> None:
    page = open_window.workspace.context_page
    open_window.workspace.show_page("context")
    qtbot.keyClicks(page.editors["vendor"], "Example Vision Co.")
    assert context_of(open_window).vendor.get("en") == "Example Vision Co."
    qtbot.keyClicks(page.editors["deployment"], "Live facial recognition at 40 junctions")
    stack = open_window.document.undo_stack
    assert stack.count() == 2
    stack.undo()
    assert page.editors["deployment"].toPlainText() == ""
    assert page.editors["vendor"].text() == "Example Vision Co."


def test_the_title_names_an_untitled_window(qtbot: QtBot, open_window: MainWindow) -> None:
    page = open_window.workspace.context_page
    open_window.workspace.show_page("context")
    page.editors["title"].clear()
    qtbot.keyClicks(page.editors["title"], "Nakhon Thani cameras")
    assert open_window.windowTitle() == "Nakhon Thani cameras[*] — HRIA [Draft]"


def test_dates_are_checked_as_typed(qtbot: QtBot, open_window: MainWindow) -> None:
    page = open_window.workspace.context_page
    open_window.workspace.show_page("context")
    started = page.editors["started"]
    today = context_of(open_window).started  # a new assessment starts today
    started.clear()
    qtbot.keyClicks(started, "2025-3-1")
    assert page.date_messages["started"].isVisible()
    assert context_of(open_window).started == today  # never stored while invalid
    started.clear()
    qtbot.keyClicks(started, "2025-03-01")
    assert not page.date_messages["started"].isVisible()
    assert context_of(open_window).started == "2025-03-01"
    qtbot.keyClicks(page.editors["updated"], "2025-02-30")
    assert page.date_messages["updated"].isVisible()
    assert context_of(open_window).updated == ""


def test_half_typed_text_is_not_rewritten_by_other_edits(qtbot: QtBot, open_window: MainWindow) -> None:
    page = open_window.workspace.context_page
    open_window.workspace.show_page("context")
    qtbot.keyClicks(page.editors["assessors"], "Somchai P., ")
    assert context_of(open_window).assessors == ("Somchai P.",)
    assert page.editors["assessors"].text() == "Somchai P., "
    qtbot.keyClicks(page.editors["assessors"], "Anna K.")
    assert context_of(open_window).assessors == ("Somchai P.", "Anna K.")


def test_scope_takes_several_lines_in_thai(qtbot: QtBot, open_window: MainWindow) -> None:
    page = open_window.workspace.context_page
    open_window.workspace.show_page("context")
    scope = page.editors["scope"]
    type_text(scope, "กล้องในเขตเทศบาล")
    qtbot.keyClick(scope, Qt.Key.Key_Return)
    type_text(scope, "ไม่รวมกล้องของเอกชน")
    assert context_of(open_window).scope.get("en") == "กล้องในเขตเทศบาล\nไม่รวมกล้องของเอกชน"
