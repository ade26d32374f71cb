"""Screenshots for the documentation, grabbed offscreen: `make screenshots` writes docs/images/*.png.

Each shot is a function that takes the window and returns the widget to grab; add a page by adding a function
to SHOTS. The window runs with a throw-away settings file, data folder and user rubric folder, so the pictures
never show anyone's own files.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from hria_app.core.assessment import Answer, Assessment, Evidence, Measure, new_assessment  # noqa: E402
from hria_app.core.assessment_file import load_assessment  # noqa: E402
from hria_app.core.library import RubricLibrary  # noqa: E402
from hria_app.core.text import Text  # noqa: E402
from hria_app.gui.assessment.document import AssessmentDocument  # noqa: E402
from hria_app.gui.assessment.workspace import SUMMARY  # noqa: E402
from hria_app.gui.shell.app import build_window, create_application, sample_path  # noqa: E402
from hria_app.gui.shell.main_window import MainWindow  # noqa: E402
from hria_app.gui.shell.settings import Settings  # noqa: E402

OUT = ROOT / "docs" / "images"
SIZE = (1280, 820)
RUBRIC = "facial-recognition-surveillance"
CRITERION = "LEG-1"


def example_assessment(library: RubricLibrary) -> Assessment:
    """The sample when it exists; otherwise a few answers written here, so the pages are not empty."""
    if sample_path().is_file():
        return load_assessment(sample_path())
    rubric = library.find(RUBRIC) or library.rubrics()[0]
    assessment = new_assessment(rubric, "Nakhon Thani safe city cameras")
    ids = [c.id for c in rubric.criteria()]
    for criterion_id, score in zip(ids[1:6], (3, 2, 4, 3, 1), strict=True):
        assessment.set_answer(criterion_id, Answer().scored(score))
    assessment.set_answer(ids[6], Answer().marked("unknown"))
    assessment.set_answer(
        ids[0],
        Answer(
            notes=Text.of(
                "The municipality cites a 2019 council resolution and the procurement contract; no Act "
                "or ministerial regulation mentions facial recognition."
            ),
            confidence="documented",
            evidence=(
                Evidence(
                    Text.of("Council resolution on the safe city project"),
                    "council-minutes-2019-14.pdf",
                    "2025-02-11",
                    "confirmed",
                ),
                Evidence(Text.of("Reply to an Official Information Act request"), "", "2025-03-04", "confirmed", True),
            ),
            mitigation=(Measure(Text.of("Suspend live identification until a specific law is enacted"), "state"),),
        ).scored(3),
    )
    return assessment


def start_page(window: MainWindow) -> QWidget:
    window.set_document(None)
    return window


def criterion_page(window: MainWindow) -> QWidget:
    window.set_language("en")
    show_example(window)
    return window


def criterion_page_thai(window: MainWindow) -> QWidget:
    window.set_language("th")
    show_example(window)
    return window


def start_page_thai_ui(window: MainWindow) -> QWidget:
    """The start page with the interface in Thai (View > Interface language); rubric text follows it."""
    window.set_interface_language("th")
    window.set_document(None)
    return window


def criterion_page_thai_ui(window: MainWindow) -> QWidget:
    """The Thai interface on a criterion, scrolled to the notes: the answers stay in the language they were
    written in (the Thai version beneath), and evidence dates read in the Buddhist Era."""
    window.set_interface_language("th")
    show_example(window)
    page = window.workspace.criterion_page
    settle(QApplication.instance())  # type: ignore[arg-type]
    top = page.notes_heading.mapTo(page.scroll_area.widget(), page.notes_heading.rect().topLeft()).y()
    page.scroll_area.verticalScrollBar().setValue(top - page.fontMetrics().height() * 8)
    return window


def show_example(window: MainWindow) -> None:
    if window.document is None:
        document = AssessmentDocument(example_assessment(window.library), None, window)
        window.set_document(document)
    assert window.document is not None
    first = next(window.document.assessment.rubric.criteria()).id
    window.workspace.show_criterion(CRITERION if window.document.assessment.rubric.has_criterion(CRITERION) else first)
    # Folded, as an assessor keeps it after the first pass: the picture shows the whole page.
    window.workspace.criterion_page.guidance.set_expanded(False)


def criterion_page_small_screen(window: MainWindow) -> QWidget:
    """A first-time user's new assessment on a 1366×768 screen, 4 pressed: every choice is in view, and the chosen
    score is named at the top."""
    window.set_language("en")
    rubric = window.library.find(RUBRIC) or window.library.rubrics()[0]
    window.set_document(AssessmentDocument(new_assessment(rubric, "First try"), None, window))
    window.workspace.show_criterion(next(rubric.criteria()).id)
    window.workspace.criterion_page.guidance.set_expanded(False)
    window.resize(1366, 768)
    window.workspace.criterion_page.choose_score(4)
    return window


def summary_page(window: MainWindow) -> QWidget:
    window.resize(*SIZE)
    window.set_language("en")
    if window.document is not None:
        window.document.undo_stack.setClean()
        window.set_document(None)
    show_example(window)
    window.workspace.show_page(SUMMARY)
    return window


def action_plan_page(window: MainWindow) -> QWidget:
    """The action plan of the example, with a few owners and due dates (one overdue), filtered to the vendor."""
    import datetime as dt

    from hria_app.core.actions import action_plan
    from hria_app.core.tracking import Tracking
    from hria_app.gui.assessment.action_plan_page import ACTION_PLAN

    window.set_language("en")
    show_example(window)
    document = window.document
    assert document is not None
    today = dt.date.today()
    vendor = [a for a in action_plan(document.assessment) if a.to == "vendor" and a.kind != "rubric"]
    plans = (
        Tracking("NtechLab account manager", (today - dt.timedelta(days=20)).isoformat(), "in_progress"),
        Tracking("Integrator's legal team", (today + dt.timedelta(days=45)).isoformat()),
        Tracking("Procurement office", (today + dt.timedelta(days=90)).isoformat(), "done"),
    )
    for action, tracking in zip(vendor, plans, strict=False):
        document.edit_tracking(action.key, tracking, "plan")
    window.workspace.show_page(ACTION_PLAN)
    page = window.workspace.page(ACTION_PLAN)
    page.set_filters(addressee="vendor")  # type: ignore[attr-defined]
    return window


def export_dialog(window: MainWindow) -> QWidget:
    """The dialog once the preview shows the brief's first page (rendering takes a few seconds)."""
    from PySide6.QtGui import QImage

    from hria_app.gui.export.export_dialog import ExportDialog

    window.set_language("en")
    show_example(window)
    window.export_pdf()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None

    def page_drawn() -> bool:
        image = dialog.preview.view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        return min(bytes(image.constBits())) < 60

    deadline = time.monotonic() + 120
    while not (dialog.pdf is not None and page_drawn()) and time.monotonic() < deadline:
        QApplication.processEvents()
    return dialog


def evidence_page(window: MainWindow) -> QWidget:
    """Files attached to an evidence item, one of them changed on disk since: the check on open flags it."""
    from hria_app.core.assessment_file import save_assessment
    from hria_app.core.evidence_store import store_folder
    from hria_app.gui.assessment.evidence_files import EvidenceFiles
    from tools.screenshot_files import notice_pdf, photo_png

    window.set_language("en")
    folder = Path(tempfile.mkdtemp(prefix="hria-shot-"))
    path = folder / "nakhon-thani-cameras.hria"
    save_assessment(path, example_assessment(window.library))
    window.files.open_path(path)
    assert window.document is not None
    window.workspace.show_criterion(CRITERION)
    window.workspace.criterion_page.guidance.set_expanded(False)
    table = window.workspace.criterion_page.evidence
    table.view.selectRow(0)
    files = EvidenceFiles.of(window.document)
    sources = [photo_png(folder / "camera at the mosque road.png"), notice_pdf(folder / "procurement notice.pdf")]
    files.attach(CRITERION, 0, sources)
    while files.busy or not window.document.assessment.answer(CRITERION).evidence[0].files:
        QApplication.processEvents()
    window.files.save()
    changed = window.document.assessment.answer(CRITERION).evidence[0].files[1]
    (store_folder(path) / changed.stored).write_bytes(b"replaced by hand")
    window.files.close_document()
    window.files.open_path(path)
    window.workspace.show_criterion(CRITERION)
    window.workspace.criterion_page.guidance.set_expanded(False)
    assert window.document is not None
    files = EvidenceFiles.of(window.document)
    while files.report is None:
        QApplication.processEvents()
    table.view.selectRow(0)
    page = window.workspace.criterion_page
    settle(QApplication.instance())  # type: ignore[arg-type]
    top = page.evidence_heading.mapTo(page.scroll_area.widget(), page.evidence_heading.rect().topLeft()).y()
    page.scroll_area.verticalScrollBar().setValue(top - page.fontMetrics().height() * 2)
    return window


SHOTS: dict[str, Callable[[MainWindow], QWidget]] = {
    "start-page.png": start_page,
    "criterion-page.png": criterion_page,
    "criterion-page-thai.png": criterion_page_thai,
    "criterion-page-1366x768.png": criterion_page_small_screen,
    "summary-page.png": summary_page,
    "export-dialog.png": export_dialog,
    "action-plan.png": action_plan_page,
    "evidence.png": evidence_page,
    # Last: the interface stays in Thai from here on.
    "start-page-thai.png": start_page_thai_ui,
    "criterion-page-thai-ui.png": criterion_page_thai_ui,
}


def settle(app: QApplication) -> None:
    """Let layouts finish: a layout pass can post the next one (wrapped text changes its height)."""
    for _ in range(5):
        app.sendPostedEvents()
        app.processEvents()


def main() -> int:
    app = create_application([])
    with tempfile.TemporaryDirectory() as scratch:
        scratch_dir = Path(scratch)
        os.environ["HRIA_RUBRIC_DIR"] = str(scratch_dir / "rubrics")
        settings = Settings(scratch_dir / "settings.ini")
        window = build_window(settings=settings, data_folder=scratch_dir / "data")
        window.resize(*SIZE)
        window.show()
        OUT.mkdir(parents=True, exist_ok=True)
        for name, shot in SHOTS.items():
            widget = shot(window)
            settle(app)
            widget.grab().save(str(OUT / name))
            print(f"wrote {OUT / name}")
        if window.document is not None:
            window.document.undo_stack.setClean()  # nothing to ask about on the way out
        window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
