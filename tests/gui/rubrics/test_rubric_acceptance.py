"""From a bundled rubric to a brief: duplicate it, reword a criterion in English and Thai, add a criterion, save,
start an assessment with it and export the PDF, which asks the new question."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from hria_app.core.library import RubricLibrary
from hria_app.core.rubric_loader import check_rubric_file
from hria_app.gui.rubrics.rubric_editor import RubricEditor
from hria_app.gui.shell.main_window import MainWindow
from hria_app.report import export_pdf
from tests.gui.helpers import ROOT, type_text

REWORDED_EN = "Is the checklist's first principle written into a published law?"
REWORDED_TH = "หลักการข้อแรกถูกบัญญัติไว้ในกฎหมายที่ประกาศใช้แล้วหรือไม่"
NEW_QUESTION = "Has the municipal council published the camera locations?"


@pytest.fixture
def library(tmp_path: Path) -> RubricLibrary:
    user_dir = tmp_path / "rubrics"
    user_dir.mkdir()
    return RubricLibrary(bundled_dir=ROOT / "rubrics", user_dir=user_dir)


def type_into(editor: RubricEditor, field: object, lang: str, text: str) -> None:
    box = field.editors[lang]  # type: ignore[attr-defined]
    box.setFocus()
    box.selectAll()
    type_text(box, text)
    box.clearFocus()  # ends the typing session: the next field is its own undo step


def test_duplicate_edit_add_save_assess_and_export(
    qtbot: QtBot, window: MainWindow, library: RubricLibrary, tmp_path: Path
) -> None:
    manager = window.rubric_tools.show_manager()
    row = next(r for r, e in enumerate(manager.model.entries) if e.rubric and e.rubric.id == "necessary-proportionate")
    manager.table.selectRow(row)
    assert not manager.edit_button.isEnabled()  # bundled: read-only
    manager.duplicate_button.click()
    copy = library.user_dir / "necessary-proportionate-custom.yaml"
    assert manager.selected_entry().path == copy
    manager.edit_button.click()
    editor = window.rubric_tools.editors[copy.resolve()]

    first = ("sections", 0, "criteria", 0)
    editor.select_path(first)
    form = editor.current_form
    type_into(editor, form.fields[("question",)], "en", REWORDED_EN)
    type_into(editor, form.fields[("question",)], "th", REWORDED_TH)

    editor.items.add_criterion_action.trigger()
    form = editor.current_form
    added = editor.current_path()
    type_into(editor, form.fields[("title",)], "en", "Camera map")
    type_into(editor, form.fields[("title",)], "th", "แผนที่กล้อง")
    type_into(editor, form.fields[("question",)], "en", NEW_QUESTION)
    type_into(editor, form.fields[("question",)], "th", "สภาเทศบาลเผยแพร่ตำแหน่งกล้องหรือไม่")
    anchors = form.fields[("anchors",)]
    for score, (en, th) in enumerate((("Published", "เผยแพร่"), ("In part", "บางส่วน"), ("Secret", "เป็นความลับ"))):
        type_into(editor, anchors.rows[score], "en", en)
        type_into(editor, anchors.rows[score], "th", th)
    with qtbot.waitSignal(editor.draft.validated):
        pass
    assert editor.draft.errors == []

    editor.save_action.trigger()
    rubric, _issues = check_rubric_file(copy)
    assert rubric is not None and rubric.id == "necessary-proportionate-custom"
    assert rubric.criterion(rubric.sections[0].criteria[0].id).question.get("th") == REWORDED_TH
    new_id = editor.draft.get((*added, "id"))
    assert rubric.criterion(new_id).question.get("en") == NEW_QUESTION
    assert editor.bar.isVisible()  # a criterion was added: the bar suggests 1.1.0, nothing bumped by itself

    editor.try_action.trigger()
    document = window.document
    assert document is not None and document.path is None
    assert document.assessment.rubric.id == "necessary-proportionate-custom"
    assert document.assessment.rubric.has_criterion(new_id)

    pdf = tmp_path / "brief.pdf"
    export_pdf(document.assessment, pdf, date="2025-01-01")
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    flat = re.sub(r"\s+", " ", text)
    assert NEW_QUESTION in flat
    assert REWORDED_EN in flat
