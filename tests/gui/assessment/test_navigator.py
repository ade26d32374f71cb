"""The tree of sections and criteria: a correct Qt model, honest status marks, and moving by keyboard."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from hria_app.core.assessment import Answer, Assessment
from hria_app.core.text import Text
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.assessment.navigator_model import CRITERION_ID_ROLE, STATUS_COLUMN, NavigatorModel
from hria_app.gui.shell.main_window import MainWindow


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester, mini_assessment: Assessment) -> None:
    mini_assessment.set_answer("LEG-1", Answer(red_flags=("RF1",)).scored(4))
    mini_assessment.set_answer("LEG-2", Answer().marked("not_applicable"))
    model = NavigatorModel()
    qtmodeltester.check(model)  # empty, before any assessment is open
    document = AssessmentDocument(mini_assessment)
    model.set_document(document)
    qtmodeltester.check(model)
    document.edit_answer("LEG-2", Answer().marked("unknown"), "mark unknown")
    model.set_language("th")
    qtmodeltester.check(model)


def test_marks_and_completion_follow_the_answers(mini_assessment: Assessment) -> None:
    document = AssessmentDocument(mini_assessment)
    model = NavigatorModel()
    model.set_document(document)
    section = model.index(0, 0)
    assert section.data() == "Legality"
    assert section.siblingAtColumn(STATUS_COLUMN).data() == "0/2"
    leg1 = model.index_of("LEG-1")
    assert leg1.data() == "LEG-1  Specific law"
    assert leg1.siblingAtColumn(STATUS_COLUMN).data() == "–"
    marks = []
    model.dataChanged.connect(lambda top, _bottom: marks.append(top.data(CRITERION_ID_ROLE)))
    document.edit_answer("LEG-1", Answer().scored(3), "score")
    assert leg1.siblingAtColumn(STATUS_COLUMN).data() == "3"
    assert section.siblingAtColumn(STATUS_COLUMN).data() == "1/2"
    assert "LEG-1" in marks
    document.edit_answer("LEG-1", Answer(red_flags=("RF1",)).marked("unknown"), "flag")
    assert leg1.siblingAtColumn(STATUS_COLUMN).data() == "⚑ ?"
    assert "red flag" in leg1.data(Qt.ItemDataRole.ToolTipRole)
    document.edit_answer("LEG-2", Answer().marked("not_applicable"), "n/a")
    assert model.index_of("LEG-2").siblingAtColumn(STATUS_COLUMN).data() == "n/a"
    assert section.siblingAtColumn(STATUS_COLUMN).data() == "2/2"


def test_the_filter_box_narrows_the_tree(qtbot: QtBot, open_window: MainWindow) -> None:
    navigator = open_window.workspace.navigator
    qtbot.keyClicks(navigator.filter_box, "oversight")
    proxy = navigator.proxy
    section = proxy.index(0, 0)
    assert proxy.rowCount(section) == 1
    assert proxy.index(0, 0, section).data(CRITERION_ID_ROLE) == "LEG-2"
    navigator.filter_box.clear()
    assert proxy.rowCount(proxy.index(0, 0)) == 2


def test_clicking_a_criterion_in_the_tree_shows_it(qtbot: QtBot, open_window: MainWindow) -> None:
    navigator = open_window.workspace.navigator
    index = navigator.proxy.mapFromSource(navigator.model.index_of("LEG-2"))
    rect = navigator.tree.visualRect(index)
    qtbot.mouseClick(navigator.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert open_window.workspace.criterion_page.criterion_id == "LEG-2"
    assert open_window.workspace.criterion_page.title.text() == "Oversight"


def test_next_previous_and_next_unanswered_by_keyboard(qtbot: QtBot, open_window: MainWindow) -> None:
    workspace = open_window.workspace
    assert workspace.current_criterion == "LEG-1"
    assert not workspace.previous_action.isEnabled()
    qtbot.keyClick(open_window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert workspace.current_criterion == "LEG-2"
    assert not workspace.next_action.isEnabled()  # the last criterion
    qtbot.keyClick(open_window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert workspace.current_criterion == "LEG-1"
    qtbot.keyClick(open_window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert workspace.current_criterion == "LEG-2"
    qtbot.keyClick(open_window, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert workspace.current_criterion == "LEG-1"

    qtbot.keyClick(open_window, "2")  # answer LEG-1; the next unanswered is LEG-2
    qtbot.keyClick(open_window, "u", Qt.KeyboardModifier.ControlModifier)
    assert workspace.current_criterion == "LEG-2"
    qtbot.keyClick(open_window, "n")
    qtbot.keyClick(open_window, "u", Qt.KeyboardModifier.ControlModifier)
    assert workspace.current_criterion == "LEG-2"
    assert "Every criterion has an answer" in open_window.statusBar().currentMessage()


def test_the_page_buttons_move_too(qtbot: QtBot, open_window: MainWindow) -> None:
    page = open_window.workspace.criterion_page
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.criterion_id == "LEG-2"
    assert not page.next_button.isEnabled()
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.criterion_id == "LEG-1"
    qtbot.mouseClick(page.next_unanswered_button, Qt.MouseButton.LeftButton)
    assert page.criterion_id == "LEG-2"


def test_the_context_page_is_listed_and_reachable(qtbot: QtBot, open_window: MainWindow) -> None:
    workspace = open_window.workspace
    qtbot.keyClick(open_window, "1", Qt.KeyboardModifier.ControlModifier)
    assert workspace.current_key == "context"
    assert workspace.navigator.pages.currentItem().text() == "Context"
    qtbot.keyClick(open_window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert workspace.current_key == "criterion"
    assert workspace.navigator.pages.currentItem() is None


def test_a_note_leaves_the_tree_alone_and_undo_of_a_score_updates_it(mini_assessment: Assessment) -> None:
    # Typing a note changes nothing the tree shows, so the views are not asked to repaint (and re-measure every
    # row) on each keystroke; a score, and undoing it, still shows at once.
    document = AssessmentDocument(mini_assessment)
    model = NavigatorModel()
    model.set_document(document)
    changed: list[str] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.data(CRITERION_ID_ROLE) or "section"))
    answer = document.assessment.answer("LEG-1")
    document.edit_answer("LEG-1", replace(answer, notes=Text.of("Seen at the depot")), "notes")
    assert changed == []
    document.edit_answer("LEG-1", document.assessment.answer("LEG-1").scored(2), "score")
    assert changed == ["LEG-1", "section"]
    leg1 = model.index_of("LEG-1")
    assert leg1.siblingAtColumn(STATUS_COLUMN).data() == "2"
    document.undo_stack.undo()
    assert leg1.siblingAtColumn(STATUS_COLUMN).data() == "–"
    assert changed == ["LEG-1", "section", "LEG-1", "section"]
