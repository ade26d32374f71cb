"""The assessor's text in English and Thai: one answer language at a time, the other version in sight, a missing
translation visible, and every editor named with its language for screen readers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from hria_app.core.text import Text
from hria_app.gui.shell.main_window import MainWindow
from hria_app.gui.widgets import look
from tests.gui.helpers import type_text


def notes(window: MainWindow, criterion: str = "LEG-1") -> Text:
    assert window.document is not None
    return window.document.assessment.answer(criterion).notes


def test_a_note_gets_its_thai_version_beside_the_english(qtbot: QtBot, open_window: MainWindow) -> None:
    page = open_window.workspace.criterion_page
    type_text(page.notes, "Cameras at 40 junctions")
    # Writing in one language adds no line under the field: nothing below it moves while typing.
    assert not page.notes_other.isVisibleTo(page)
    assert page.notes.accessibleName() == "Notes"

    qtbot.keyClick(open_window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert open_window.answer_language == "th"
    assert open_window.settings.answer_language == "th"
    # The missing translation shows: an empty editor that says so, and the English beneath it in the warning colour.
    assert page.notes.toPlainText() == ""
    assert page.notes.placeholderText() == "Not yet written in Thai: type the translation here"
    assert page.notes_other.isVisibleTo(page)
    assert page.notes_other.text() == "Not yet written in Thai. English version: Cameras at 40 junctions"
    assert page.notes.accessibleName() == "Notes (Thai)"  # the language is named when it is not the interface's
    assert "English version: Cameras at 40 junctions" in page.notes.accessibleDescription()
    assert "Answers in Thai" in open_window.language_menus.answer_indicator.text()

    page.notes.setFocus()
    type_text(page.notes, "กล้องที่ทางแยก 40 แห่ง")
    assert notes(open_window) == Text({"en": "Cameras at 40 junctions", "th": "กล้องที่ทางแยก 40 แห่ง"})
    assert page.notes_other.text() == "English version: Cameras at 40 junctions"

    open_window.set_answer_language("en")
    assert page.notes.toPlainText() == "Cameras at 40 junctions"
    assert page.notes_other.text() == "Thai version: กล้องที่ทางแยก 40 แห่ง"
    assert page.notes.accessibleName() == "Notes"

    # Undo takes back the Thai typing only.
    assert open_window.document is not None
    open_window.document.undo_stack.undo()
    assert notes(open_window) == Text({"en": "Cameras at 40 junctions"})


def test_the_rubric_language_does_not_move_the_answers(open_window: MainWindow) -> None:
    page = open_window.workspace.criterion_page
    type_text(page.notes, "Budget line found")
    open_window.set_language("th")  # the rubric in Thai
    assert page.title.text() == "กฎหมายเฉพาะ"
    assert page.notes.toPlainText() == "Budget line found"
    assert notes(open_window) == Text({"en": "Budget line found"})


def test_the_reason_and_the_facts_are_bilingual_too(qtbot: QtBot, open_window: MainWindow) -> None:
    page = open_window.workspace.criterion_page
    page.choose_status("not_applicable")
    type_text(page.choices.reason, "No cameras in this district")
    open_window.set_answer_language("th")
    assert page.choices.reason.text() == ""
    assert page.reason_other.text().startswith("Not yet written in Thai.")
    assert page.choices.reason.accessibleName() == "Reason it does not apply (Thai)"
    type_text(page.choices.reason, "ไม่มีกล้องในเขตนี้")
    assert open_window.document is not None
    reason = open_window.document.assessment.answer("LEG-1").na_reason
    assert reason == Text({"en": "No cameras in this district", "th": "ไม่มีกล้องในเขตนี้"})

    context = open_window.workspace.context_page
    open_window.workspace.show_page("context")
    type_text(context.editors["location"], "นครธานี")
    assert open_window.document.assessment.context.location == Text({"th": "นครธานี"})
    assert not context.other_versions["location"].isVisibleTo(context)
    open_window.set_answer_language("en")
    assert context.editors["location"].text() == ""
    assert context.other_versions["location"].text() == "Not yet written in English. Thai version: นครธานี"
    assert context.editors["location"].accessibleName() == "Location"


def test_a_table_shows_a_missing_translation(qtbot: QtBot, open_window: MainWindow) -> None:
    table = open_window.workspace.criterion_page.evidence
    table.add_record()
    model = table.model
    QApplication.focusWidget().clearFocus()
    assert model.setData(model.index(0, 0), "Council resolution")
    assert model.setData(model.index(0, 5), "Page 14")  # the evidence note
    open_window.set_answer_language("th")
    title = model.index(0, 0)
    assert title.data() == "[not in Thai] Council resolution"
    assert title.data(Qt.ItemDataRole.EditRole) == ""
    assert title.data(Qt.ItemDataRole.ForegroundRole) == look.WARNING_COLOUR  # the missing version stands out
    assert model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole) == look.WARNING_COLOUR
    assert "Not yet written in Thai" in title.data(Qt.ItemDataRole.ToolTipRole)
    # The editor shows the English as its placeholder while the Thai is typed.
    table.view.setCurrentIndex(title)
    table.view.edit(title)
    editor = table.view.indexWidget(title)
    assert isinstance(editor, QLineEdit)
    assert editor.placeholderText() == "Council resolution"
    table.view.closeEditor(editor, table.view.itemDelegate().EndEditHint.NoHint)
    assert model.setData(title, "มติสภาเทศบาล")
    assert open_window.document is not None
    evidence = open_window.document.assessment.answer("LEG-1").evidence[0]
    assert evidence.title == Text({"en": "Council resolution", "th": "มติสภาเทศบาล"})
    assert evidence.note == Text({"en": "Page 14"})
    assert model.index(0, 0).data() == "มติสภาเทศบาล"


def test_measures_are_bilingual(open_window: MainWindow) -> None:
    editor = open_window.workspace.criterion_page.mitigation
    editor.measures.add_record()
    QApplication.focusWidget().clearFocus()
    model = editor.measures.model
    open_window.set_answer_language("th")
    assert model.setData(model.index(0, 0), "ระงับการระบุตัวตนแบบเรียลไทม์")
    open_window.set_answer_language("en")
    assert model.index(0, 0).data() == "[not in English] ระงับการระบุตัวตนแบบเรียลไทม์"
    assert model.setData(model.index(0, 0), "Suspend live identification")
    assert open_window.document is not None
    measure = open_window.document.assessment.answer("LEG-1").mitigation[0]
    assert measure.text == Text({"th": "ระงับการระบุตัวตนแบบเรียลไทม์", "en": "Suspend live identification"})
