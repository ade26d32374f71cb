"""Exporting the brief: rendered off the GUI thread with progress, previewed, saved atomically, errors shown."""

from __future__ import annotations

import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from hria_app.core.assessment import Answer, ArchivedAnswer, Assessment, Evidence
from hria_app.core.confidential import confidential_items
from hria_app.core.errors import HriaError
from hria_app.core.text import Text
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.export.export_dialog import ExportDialog
from hria_app.gui.export.export_worker import PdfRenderJob, RenderRequest
from hria_app.gui.shell.main_window import MainWindow
from tests.gui.fakes import FakeDialogs, FakeRenderer
from tests.gui.helpers import ROOT, focusable, open_export_dialog, spoken_name


@pytest.fixture
def document(mini_assessment: Assessment) -> AssessmentDocument:
    return AssessmentDocument(mini_assessment)


def _has_ink(image: QImage) -> bool:
    """True once something dark is drawn: the black block of page 1 (the empty view is white and grey)."""
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return min(bytes(image.constBits())) < 40


def test_the_worker_reports_progress_and_renders_a_snapshot(qtbot: QtBot, mini_assessment: Assessment) -> None:
    renderer = FakeRenderer(pages=3)
    job = PdfRenderJob(renderer)
    steps: list[tuple[int, int]] = []
    job.progressed.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(job.rendered, timeout=10_000) as blocker:
        job.start(mini_assessment, RenderRequest("th", public=True))
    assert blocker.args[0].startswith(b"%PDF")
    assert steps[-1] == (3, 3)
    call = renderer.calls[0]
    assert (call["lang"], call["public"]) == ("th", True)
    assert call["assessment"] is not mini_assessment and call["assessment"].answers == mini_assessment.answers
    job.wait()


def test_a_superseded_render_is_dropped(qtbot: QtBot, mini_assessment: Assessment) -> None:
    gate = threading.Event()
    slow = FakeRenderer(gate=gate)
    job = PdfRenderJob(slow)
    results: list[bytes] = []
    job.rendered.connect(results.append)
    job.start(mini_assessment, RenderRequest("en"))
    job.start(mini_assessment, RenderRequest("th"))
    with qtbot.waitSignal(job.rendered, timeout=10_000):
        gate.set()
    assert job.wait(10_000)
    assert len(results) == 1 and b"page 1 th" in results[0]


def test_export_previews_page_one_and_saves_the_pdf(qtbot: QtBot, document: AssessmentDocument, tmp_path: Path) -> None:
    target = tmp_path / "brief"
    opened: list[QUrl] = []
    dialog = open_export_dialog(qtbot, document, FakeRenderer(), save_to=target, opened=opened)
    dialog.show()
    with qtbot.waitSignal(dialog.rendered, timeout=10_000) as blocker:
        pass
    assert blocker.args == [2]
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum()
    assert dialog.preview.page_count == 2
    qtbot.waitUntil(lambda: _has_ink(dialog.preview.view.viewport().grab().toImage()), timeout=10_000)
    assert dialog.save_button.isEnabled() and "full" in dialog.save_button.text()
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    path = tmp_path / "brief.pdf"
    assert saved.args == [path]
    assert path.read_bytes() == dialog.pdf and path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]  # no temporary file left behind
    assert dialog.open_folder_button.isVisible()
    dialog.open_folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_zooming_in_from_fit_to_width_enlarges_the_page(qtbot: QtBot, document: AssessmentDocument) -> None:
    dialog = open_export_dialog(qtbot, document, FakeRenderer())
    with qtbot.waitSignal(dialog.rendered, timeout=10_000):
        dialog.show()
    view = dialog.preview.view
    assert view.horizontalScrollBar().maximum() == 0  # the page fits the width
    dialog.preview.zoom_in_button.click()
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() > 0)
    dialog.preview.fit_button.click()
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0)


def test_a_render_failure_is_shown_and_writes_nothing(
    qtbot: QtBot, document: AssessmentDocument, tmp_path: Path
) -> None:
    renderer = FakeRenderer(error=HriaError("The Thai font is missing from this installation."))
    dialog = open_export_dialog(qtbot, document, renderer, save_to=tmp_path / "brief.pdf")
    dialog.show()
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as blocker:
        pass
    assert blocker.args == ["The Thai font is missing from this installation."]
    assert dialog.error_label.isVisible() and "Thai font" in dialog.error_label.text()
    assert not dialog.save_button.isEnabled()
    dialog.save()
    assert list(tmp_path.iterdir()) == []
    assert dialog.close_button.isEnabled()
    renderer.error = None  # whatever was wrong is fixed: trying again works
    with qtbot.waitSignal(dialog.rendered, timeout=10_000):
        dialog.retry_button.click()
    assert not dialog.error_label.isVisible() and dialog.save_button.isEnabled()


def test_a_save_failure_is_shown_and_leaves_no_file(qtbot: QtBot, document: AssessmentDocument, tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "brief.pdf"
    dialog = open_export_dialog(qtbot, document, FakeRenderer(), save_to=target)
    with qtbot.waitSignal(dialog.rendered, timeout=10_000):
        dialog.show()
    with qtbot.waitSignal(dialog.failed) as blocker:
        dialog.save_button.click()
    assert "cannot write to the folder" in blocker.args[0]
    assert dialog.error_label.isVisible()
    assert not target.exists() and list(tmp_path.iterdir()) == []
    assert not dialog.open_folder_button.isVisible()


def test_changing_an_option_renders_again(qtbot: QtBot, document: AssessmentDocument) -> None:
    renderer = FakeRenderer()
    dialog = open_export_dialog(qtbot, document, renderer)
    with qtbot.waitSignal(dialog.rendered, timeout=10_000):
        dialog.show()
    with qtbot.waitSignal(dialog.rendered, timeout=10_000):
        dialog.language_buttons["en+th"].click()
    assert renderer.calls[-1]["lang"] == "en+th"
    assert dialog.suggested_path().name == "assessment-brief-en+th-full.pdf"


def test_public_is_preselected_when_something_is_confidential(qtbot: QtBot, mini_assessment: Assessment) -> None:
    secret = Evidence(Text.of("Interview with a camera operator"), confidential=True)
    mini_assessment.set_answer("LEG-1", replace(Answer().scored(3), evidence=(secret,)))
    assert len(confidential_items(mini_assessment)) == 1
    renderer = FakeRenderer()
    dialog = open_export_dialog(qtbot, AssessmentDocument(mini_assessment), renderer)
    assert dialog.public and dialog.public_button.isChecked()
    assert "public" in dialog.save_button.text()
    assert "1 item in this assessment is marked confidential" in dialog.confidential_note.text()
    with qtbot.waitSignal(dialog.rendered, timeout=10_000):
        dialog.show()
    assert renderer.calls[-1]["public"] is True


def test_an_archived_confidential_note_counts_and_preselects_the_public_brief(
    qtbot: QtBot, mini_assessment: Assessment
) -> None:
    # The only confidential item is a note kept from a criterion a later rubric version removed: the full brief
    # prints it, so the dialog must not call the assessment free of confidential items.
    note = Answer(notes=Text.of("Witness W-7 lives above the depot"), notes_confidential=True).scored(2)
    mini_assessment.archive = (ArchivedAnswer("OLD-1", "0.9", Text.of("A removed question"), note),)
    renderer = FakeRenderer()
    dialog = open_export_dialog(qtbot, AssessmentDocument(mini_assessment), renderer)
    assert dialog.public and dialog.public_button.isChecked()
    assert "Nothing" not in dialog.confidential_note.text()
    assert "1 item in" in dialog.confidential_note.text()
    with qtbot.waitSignal(dialog.rendered, timeout=10_000):
        dialog.show()
    assert renderer.calls[-1]["public"] is True


def test_the_dialog_hands_the_documents_own_results_to_the_renderer(qtbot: QtBot, document: AssessmentDocument) -> None:
    renderer = FakeRenderer()
    dialog = open_export_dialog(qtbot, document, renderer)
    with qtbot.waitSignal(dialog.rendered, timeout=10_000):
        dialog.show()
    scores = renderer.calls[-1]["scores"]
    assert scores.inherent is document.result() and scores.residual is document.result(residual=True)


def test_full_is_preselected_when_nothing_is_confidential(qtbot: QtBot, document: AssessmentDocument) -> None:
    dialog = open_export_dialog(qtbot, document, FakeRenderer())
    assert not dialog.public and dialog.full_button.isChecked()
    with qtbot.waitSignal(dialog.rendered, timeout=10_000):
        dialog.show()


def test_qtpdf_is_loaded_only_when_the_dialog_opens() -> None:
    code = (
        "import sys; import hria_app.gui.export.export_dialog, hria_app.gui.assessment.summary_page; "
        "print(any(name.startswith('PySide6.QtPdf') for name in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


def test_closing_the_dialog_stops_its_render(qtbot: QtBot, document: AssessmentDocument) -> None:
    gate = threading.Event()
    renderer = FakeRenderer(gate=gate)
    dialog = open_export_dialog(qtbot, document, renderer)
    rendered: list[int] = []
    dialog.rendered.connect(rendered.append)
    dialog.show()
    qtbot.waitUntil(lambda: bool(renderer.calls))
    dialog.reject()
    gate.set()
    assert dialog._job.wait(10_000)
    qtbot.waitUntil(lambda: not dialog._job.busy)
    assert rendered == [] and dialog.pdf is None


def test_the_window_exports_with_the_real_renderer(
    qtbot: QtBot, open_window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    dialogs.save_path = tmp_path / "mini-brief.pdf"
    open_window.export_action.trigger()
    dialog = open_window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.rendered, timeout=60_000):
        pass
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum() > 0
    dialog.save_button.click()
    (suggested,) = dialogs.questions("save")
    assert suggested.suffix == ".pdf"
    text = "".join(page.extract_text() for page in PdfReader(dialogs.save_path).pages)
    assert "Mini CCTV check" in text and "Overall level" in text
    dialog.close_button.click()
    qtbot.waitUntil(lambda: open_window.findChild(ExportDialog) is None)  # deleted on close


def test_every_focusable_control_of_the_dialog_has_a_spoken_name(qtbot: QtBot, document: AssessmentDocument) -> None:
    dialog = open_export_dialog(qtbot, document, FakeRenderer())
    with qtbot.waitSignal(dialog.rendered, timeout=10_000):
        dialog.show()
    unnamed = [type(w).__name__ for w in focusable(dialog) if not spoken_name(w)]
    assert unnamed == []
