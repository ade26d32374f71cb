"""Answering a criterion the way an assessor does: by mouse and by keyboard, with flags, notes and sources."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hria_app.gui.assessment.navigator_model import STATUS_COLUMN
from hria_app.gui.shell.main_window import MainWindow


def status_mark(window: MainWindow, criterion_id: str) -> str:
    model = window.workspace.navigator.model
    return model.index_of(criterion_id).siblingAtColumn(STATUS_COLUMN).data()


def answer(window: MainWindow, criterion_id: str = "LEG-1"):
    assert window.document is not None
    return window.document.assessment.answer(criterion_id)


def test_clicking_an_anchor_scores_the_criterion(qtbot: QtBot, open_window: MainWindow) -> None:
    page = open_window.workspace.criterion_page
    choice = page.choices.score_choices[2]
    qtbot.mouseClick(choice.button, Qt.MouseButton.LeftButton)
    assert answer(open_window).status == "scored"
    assert answer(open_window).score == 2
    assert choice.button.isChecked()
    assert status_mark(open_window, "LEG-1") == "2"
    assert open_window.isWindowModified()


def test_clicking_the_anchor_text_also_scores(qtbot: QtBot, open_window: MainWindow) -> None:
    choice = open_window.workspace.criterion_page.choices.score_choices[4]
    assert choice.detail.text() == "Used against the law"
    assert choice.heading.text() == "Violation documented"
    qtbot.mouseClick(choice.detail, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert answer(open_window).score == 4


def test_keys_score_and_mark_unknown_or_not_applicable(qtbot: QtBot, open_window: MainWindow) -> None:
    page = open_window.workspace.criterion_page
    page.choices.score_choices[0].button.setFocus()
    qtbot.keyClick(page.choices.score_choices[0].button, "3")
    assert (answer(open_window).status, answer(open_window).score) == ("scored", 3)
    assert page.choices.score_choices[3].button.isChecked()

    qtbot.keyClick(open_window, "u")
    assert answer(open_window).status == "unknown"
    assert page.choices.unknown.button.isChecked()
    assert status_mark(open_window, "LEG-1") == "?"

    qtbot.keyClick(open_window, "n")
    assert answer(open_window).status == "not_applicable"
    # Not applicable asks for a reason at once, and says so until one is given.
    assert page.choices.reason.isVisible()
    assert page.choices.reason.hasFocus()
    assert page.choices.reason_hint.isVisible()
    qtbot.keyClicks(page.choices.reason, "No cameras in this district")
    assert answer(open_window).na_reason.get("en") == "No cameras in this district"
    assert not page.choices.reason_hint.isVisible()
    # Typing a digit into the reason is text, not a score.
    qtbot.keyClicks(page.choices.reason, " 3")
    assert answer(open_window).status == "not_applicable"
    assert answer(open_window).na_reason.get("en") == "No cameras in this district 3"


def test_a_score_key_outside_the_scale_does_nothing(qtbot: QtBot, open_window: MainWindow) -> None:
    qtbot.keyClick(open_window, "7")
    assert answer(open_window).status == "unanswered"


def test_answer_keys_only_work_on_a_criterion(qtbot: QtBot, open_window: MainWindow) -> None:
    open_window.workspace.show_page("context")
    qtbot.keyClick(open_window, "3")
    assert answer(open_window).status == "unanswered"


def test_clear_answer_returns_to_unanswered(open_window: MainWindow) -> None:
    page = open_window.workspace.criterion_page
    page.choose_score(1)
    clear = next(a for a in page.answer_actions if a.data() == "unanswered")
    clear.trigger()
    assert answer(open_window).status == "unanswered"
    assert not any(c.button.isChecked() for c in page.choices.score_choices.values())


def test_red_flags_are_the_criterions_own(qtbot: QtBot, open_window: MainWindow) -> None:
    page = open_window.workspace.criterion_page
    assert [box.accessibleName() for box in page.flags.boxes] == ["RF1: Live identification without a law"]
    box = page.flags.boxes[0]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.height() // 2, box.height() // 2))
    assert answer(open_window).red_flags == ("RF1",)
    open_window.undo_action.trigger()
    assert not box.isChecked()
    row = box.parentWidget()
    qtbot.mouseClick(row.heading, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))  # the flag's title ticks it too
    assert answer(open_window).red_flags == ("RF1",)
    assert status_mark(open_window, "LEG-1").startswith("⚑")
    open_window.workspace.show_criterion("LEG-2")
    assert page.flags.boxes == []
    assert not page.flags_heading.isVisible()


def test_typing_notes_is_one_undo_step(qtbot: QtBot, open_window: MainWindow) -> None:
    page = open_window.workspace.criterion_page
    stack = open_window.document.undo_stack
    qtbot.keyClicks(page.notes, "Budget line found")
    assert answer(open_window).notes.get("en") == "Budget line found"
    assert stack.count() == 1
    page.notes_confidential.click()
    assert answer(open_window).notes_confidential
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert page.notes.toPlainText() == ""
    assert not page.notes_confidential.isChecked()


def test_confidence_is_recorded(open_window: MainWindow) -> None:
    combo = open_window.workspace.criterion_page.confidence
    row = combo.findData("documented")
    combo.setCurrentIndex(row)
    combo.activated.emit(row)
    assert answer(open_window).confidence == "documented"


def test_evidence_rows_are_added_edited_and_removed(qtbot: QtBot, open_window: MainWindow) -> None:
    table = open_window.workspace.criterion_page.evidence
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Procurement notice 2023/41")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits the editor's text once control returns to it
    qtbot.waitUntil(lambda: [e.title.get("en") for e in answer(open_window).evidence] == ["Procurement notice 2023/41"])

    model = table.model
    assert model.setData(model.index(0, 2), "2025-02-30") is False  # not a real date
    assert model.setData(model.index(0, 2), "2025-02-14")
    assert model.setData(model.index(0, 3), "probable")
    assert model.setData(model.index(0, 4), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    evidence = answer(open_window).evidence[0]
    assert (evidence.accessed, evidence.reliability, evidence.confidential) == ("2025-02-14", "probable", True)
    assert model.index(0, 3).data() == "Probable"

    table.view.selectRow(0)
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert answer(open_window).evidence == ()


def test_mitigation_measures_and_residual_score(qtbot: QtBot, open_window: MainWindow) -> None:
    editor = open_window.workspace.criterion_page.mitigation
    editor.measures.add_record()
    model = editor.measures.model
    assert model.setData(model.index(0, 0), "Publish a legal basis")
    assert model.setData(model.index(0, 1), "vendor")
    assert model.setData(model.index(0, 2), "implemented")
    row = editor.residual.findData(1)
    editor.residual.setCurrentIndex(row)
    editor.residual.activated.emit(row)
    measure = answer(open_window).mitigation[0]
    assert (measure.text.get("en"), measure.to, measure.status) == ("Publish a legal basis", "vendor", "implemented")
    assert answer(open_window).residual_score == 1


def test_undo_and_redo_show_through_the_page(qtbot: QtBot, open_window: MainWindow) -> None:
    page = open_window.workspace.criterion_page
    qtbot.mouseClick(page.choices.score_choices[3].button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(open_window, "z", Qt.KeyboardModifier.ControlModifier)
    assert answer(open_window).status == "unanswered"
    assert not page.choices.score_choices[3].button.isChecked()
    assert not open_window.isWindowModified()
    qtbot.keyClick(open_window, "z", Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert answer(open_window).score == 3
    assert page.choices.score_choices[3].button.isChecked()
    assert open_window.isWindowModified()
    assert open_window.undo_action.text().replace("&", "") == "Undo Score 3 (LEG-1)"


def test_undo_of_another_criterion_does_not_disturb_the_page(open_window: MainWindow) -> None:
    page = open_window.workspace.criterion_page
    page.choose_score(1)
    open_window.workspace.show_criterion("LEG-2")
    page.choose_score(4)
    open_window.undo_action.trigger()
    open_window.undo_action.trigger()
    assert answer(open_window, "LEG-1").status == "unanswered"
    assert page.criterion_id == "LEG-2"
    assert not any(c.button.isChecked() for c in page.choices.score_choices.values())


def test_thai_rubric_text_applies_everywhere(open_window: MainWindow) -> None:
    page = open_window.workspace.criterion_page
    open_window.set_language("th")
    assert page.title.text() == "กฎหมายเฉพาะ"
    assert page.choices.score_choices[3].detail.text() == "ไม่พบกฎหมาย"
    assert page.choices.score_choices[3].heading.text() == "ไม่มีหรือไม่ทราบ"
    model = open_window.workspace.navigator.model
    assert "กฎหมายเฉพาะ" in model.index_of("LEG-1").data()
    assert open_window.settings.rubric_language == "th"
    open_window.set_language("en")
    assert page.title.text() == "Specific law"
