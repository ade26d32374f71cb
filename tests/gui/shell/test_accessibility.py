"""Usable without a mouse and with a screen reader: names on every control, Tab in reading order."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hria_app.gui.shell.main_window import MainWindow
from tests.gui.helpers import focusable, spoken_name


def test_every_control_of_the_start_page_has_a_name(window: MainWindow) -> None:
    unnamed = [type(w).__name__ for w in focusable(window.start_page) if not spoken_name(w)]
    assert unnamed == []


def test_every_control_of_the_workspace_has_a_name(open_window: MainWindow) -> None:
    page = open_window.workspace.criterion_page
    page.choose_status("not_applicable")  # shows the reason field too
    page.evidence.add_record()
    for root in (open_window.workspace.navigator, page):
        unnamed = [(type(w).__name__, w.objectName()) for w in focusable(root) if not spoken_name(w)]
        assert unnamed == [], root
    open_window.workspace.show_page("context")
    unnamed = [type(w).__name__ for w in focusable(open_window.workspace.context_page) if not spoken_name(w)]
    assert unnamed == []


def test_tab_walks_the_criterion_page_top_to_bottom(qtbot: QtBot, open_window: MainWindow) -> None:
    page = open_window.workspace.criterion_page
    page.choose_score(2)
    page.guidance.toggle.setFocus(Qt.FocusReason.TabFocusReason)
    content = page.scroll_area.widget()
    visited: list[QWidget] = []
    for _ in range(30):
        widget = QApplication.focusWidget()
        if widget is None or widget is page.next_button:
            break
        visited.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    in_page = [w for w in visited if content.isAncestorOf(w)]
    heights = [w.mapTo(content, QPoint(0, 0)).y() for w in in_page]
    assert heights == sorted(heights), [spoken_name(w) for w in in_page]
    reached = {spoken_name(w) for w in visited}
    for name in (
        "2: Significant gaps",
        "Confidence in the answer",
        "RF1: Live identification without a law",
        "Notes",
        "Evidence",
        "Add source",
        "Mitigation measures",
        "Residual score",
        "Next criterion",
    ):
        assert name in reached | {spoken_name(QApplication.focusWidget())}, name
    assert QApplication.focusWidget() is page.next_button


def test_tab_enters_the_answers_at_the_first_choice_when_unanswered(qtbot: QtBot, open_window: MainWindow) -> None:
    page = open_window.workspace.criterion_page
    page.guidance.toggle.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.guidance.toggle, Qt.Key.Key_Tab)
    assert spoken_name(QApplication.focusWidget()) == "0: Safeguard in law and practice"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert open_window.document.assessment.answer("LEG-1").score == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # once one is chosen, arrows move the choice
    assert open_window.document.assessment.answer("LEG-1").score == 2


def test_menus_name_every_keyboard_shortcut(open_window: MainWindow) -> None:
    shortcuts = {
        action.text().replace("&", "").split("  ")[0]: action.shortcut().toString()
        for menu in open_window.menuBar().findChildren(type(open_window.go_menu))
        for action in menu.actions()
        if not action.shortcut().isEmpty()
    }
    assert shortcuts["Next criterion"] == "Ctrl+Down"
    assert shortcuts["Previous criterion"] == "Ctrl+Up"
    assert shortcuts["Next unanswered"] == "Ctrl+U"
    assert shortcuts["Score 3"] == "3"
    assert shortcuts["Unknown"] == "U"
    assert shortcuts["Not applicable"] == "N"
    assert shortcuts["Save"] == "Ctrl+S"
    assert shortcuts["Redo"] == "Ctrl+Shift+Z"
