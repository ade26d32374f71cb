"""Every export format from the export dialog: Word and Excel opened back by their own libraries, the public
choice kept, and the file dialog asked with the format's own filter and suffix."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hria_app.core.assessment import Answer, Assessment, Measure
from hria_app.core.text import Text
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.export.export_dialog import ExportDialog
from hria_app.gui.export.export_formats import EXPORT_FORMATS
from hria_app.gui.shell.main_window import MainWindow
from tests.gui.fakes import FakeDialogs
from tests.gui.helpers import SavePathStub

SECRET = "SECRET-MEASURE-7Q"


@pytest.fixture
def document(mini_assessment: Assessment) -> AssessmentDocument:
    mini_assessment.set_answer(
        "LEG-1",
        Answer(
            status="scored",
            score=3,
            mitigation=(
                Measure(Text({"en": "Publish the register", "th": "เผยแพร่ทะเบียนกล้อง"}), due="2026-03-01"),
                Measure(Text({"en": SECRET}), confidential=True),
            ),
        ),
    )
    return AssessmentDocument(mini_assessment)


def _export(qtbot: QtBot, document: AssessmentDocument, key: str, path: Path, public: bool) -> Path:
    stub = SavePathStub(path)
    dialog = ExportDialog(document, ask_save_path=stub)
    qtbot.addWidget(dialog)
    dialog.choose_format(key)
    (dialog.public_button if public else dialog.full_button).setChecked(True)
    with qtbot.waitSignal(dialog.ready, timeout=30_000) as ready:
        dialog.start_render()
    assert ready.args == [key]
    assert dialog.save_button.isEnabled()
    dialog.save()
    dialog.done(0)
    assert stub.suggested[0].suffix == dict((f.key, f.suffix) for f in EXPORT_FORMATS)[key]
    return path


def test_a_word_brief_from_the_dialog(qtbot: QtBot, document: AssessmentDocument, tmp_path: Path) -> None:
    import docx

    _export(qtbot, document, "docx", tmp_path / "brief", public=True)
    word = docx.Document(str(tmp_path / "brief.docx"))  # the suffix was added
    text = "\n".join(p.text for p in word.paragraphs) + "\n".join(
        cell.text for table in word.tables for row in table.rows for cell in row.cells
    )
    assert "LEG-1" in text
    assert SECRET not in text
    assert any(p.style.name.startswith("Heading") for p in word.paragraphs)


def test_an_excel_workbook_from_the_dialog(qtbot: QtBot, document: AssessmentDocument, tmp_path: Path) -> None:
    import openpyxl

    _export(qtbot, document, "xlsx", tmp_path / "tables.xlsx", public=False)
    book = openpyxl.load_workbook(tmp_path / "tables.xlsx")
    cells = [cell.value for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert "LEG-1" in cells and SECRET in cells  # the full version keeps what is confidential
    assert any(isinstance(value, dt.datetime) and value.date() == dt.date(2026, 3, 1) for value in cells)


def test_the_csv_of_the_action_plan_opens_in_excel_with_thai(
    qtbot: QtBot, document: AssessmentDocument, tmp_path: Path
) -> None:
    data = _export(qtbot, document, "csv-actions", tmp_path / "actions.csv", public=True).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert SECRET.encode() not in data


def test_the_window_asks_for_a_path_with_the_format_s_filter(
    qtbot: QtBot, open_window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filters: list[tuple[str, str]] = []

    def ask(parent: object, suggested: Path, file_filter: str = "", suffix: str = ".hria") -> Path | None:
        filters.append((file_filter, suffix))
        return tmp_path / f"out{suffix}"

    monkeypatch.setattr(dialogs, "ask_save_path", ask)
    open_window.export_pdf()
    dialog = open_window.findChild(ExportDialog)
    assert dialog is not None
    dialog.choose_format("xlsx")
    with qtbot.waitSignal(dialog.ready, timeout=30_000):
        dialog.start_render()
    dialog.save()
    assert filters == [("Excel workbooks (*.xlsx)", ".xlsx")]
    assert (tmp_path / "out.xlsx").is_file()
    dialog.done(0)
