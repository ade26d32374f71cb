"""Attaching files in the app (button and drop), the check on open, previews, the confirmation before another
program opens a file, and the custody log."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hria_app.core.assessment_file import load_assessment
from hria_app.core.evidence_store import EvidenceStore, store_folder
from hria_app.gui.assessment.evidence_files import EvidenceFiles
from hria_app.gui.assessment.evidence_viewer import CustodyLogDialog, FilePreview
from hria_app.gui.assessment.navigator_model import EVIDENCE_PROBLEM_ROLE
from hria_app.gui.shell.main_window import MainWindow
from tests.gui.assessment.evidence_helpers import attach_and_wait, drop_files, open_saved, pdf_file, png_file
from tests.gui.fakes import FakeDialogs


def test_attach_with_the_button_copies_the_file_and_is_one_undo_step(
    qtbot: QtBot, window: MainWindow, saved_file: Path, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    open_saved(window, saved_file)
    source = png_file(tmp_path / "camera at the mosque road.png")
    dialogs.evidence_files = [source]
    panel = window.workspace.criterion_page.evidence.panel
    attach_and_wait(qtbot, window, panel.attach_button.click)
    assert window.document is not None
    item = window.document.assessment.answer("LEG-1").evidence[0]
    assert [a.name for a in item.files] == ["camera at the mosque road.png"]
    stored = store_folder(saved_file) / item.files[0].stored
    assert stored.read_bytes() == source.read_bytes()
    assert [e.action for e in window.document.assessment.custody] == ["attached"]
    qtbot.waitUntil(lambda: panel.files.count() == 1)
    assert "camera at the mosque road.png" in panel.files.item(0).text()
    window.undo_action.trigger()
    assert window.document.assessment.answer("LEG-1").evidence == ()
    assert [e.action for e in window.document.assessment.custody] == ["attached", "detached"]
    assert stored.exists()  # detaching keeps the stored copy


def test_a_drop_on_the_table_attaches_to_the_selected_item(
    qtbot: QtBot, window: MainWindow, saved_file: Path, tmp_path: Path
) -> None:
    open_saved(window, saved_file)
    table = window.workspace.criterion_page.evidence
    first, second = png_file(tmp_path / "รูปถ่าย 1.png"), pdf_file(tmp_path / "reply.pdf")
    attach_and_wait(qtbot, window, lambda: drop_files(table, [first]))
    qtbot.waitUntil(lambda: table.selected_item() == 0)
    attach_and_wait(qtbot, window, lambda: drop_files(table, [second]))
    assert window.document is not None
    items = window.document.assessment.answer("LEG-1").evidence
    assert len(items) == 1 and [a.name for a in items[0].files] == ["รูปถ่าย 1.png", "reply.pdf"]
    window.files.save()
    assert [a.name for a in load_assessment(saved_file).answer("LEG-1").evidence[0].files] == [
        "รูปถ่าย 1.png",
        "reply.pdf",
    ]


def test_a_file_that_cannot_be_attached_is_named_in_an_error(
    qtbot: QtBot, window: MainWindow, saved_file: Path, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    open_saved(window, saved_file)
    folder = tmp_path / "a folder"
    folder.mkdir()
    assert window.document is not None
    files = EvidenceFiles.of(window.document)
    with qtbot.waitSignal(files.attach_failed, timeout=10000):
        window.workspace.criterion_page.evidence.panel.attach([folder])
    qtbot.waitUntil(lambda: bool(dialogs.errors))
    assert "a folder" in dialogs.errors[0][1] and "folder" in dialogs.errors[0][1]
    assert window.document.assessment.answer("LEG-1").evidence == ()


def test_an_unsaved_assessment_asks_to_be_saved_first(
    qtbot: QtBot, open_window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    open_window.workspace.criterion_page.evidence.panel.attach([png_file(tmp_path / "a.png")])
    qtbot.waitUntil(lambda: bool(dialogs.errors))
    assert "Save the assessment first" in dialogs.errors[0][1]


def test_an_altered_or_missing_file_is_flagged_on_open_everywhere(
    qtbot: QtBot, window: MainWindow, saved_file: Path, tmp_path: Path, make_window: object
) -> None:
    open_saved(window, saved_file)
    table = window.workspace.criterion_page.evidence
    sources = [png_file(tmp_path / "photo.png"), pdf_file(tmp_path / "notice.pdf")]
    attach_and_wait(qtbot, window, lambda: drop_files(table, sources))
    assert window.files.save()
    assert window.document is not None
    photo, notice = window.document.assessment.answer("LEG-1").evidence[0].files
    (store_folder(saved_file) / photo.stored).write_bytes(b"replaced by hand")
    (store_folder(saved_file) / notice.stored).unlink()
    window.files.close_document()

    files = open_saved(window, saved_file)
    qtbot.waitUntil(lambda: files.report is not None)
    assert files.report is not None
    assert {(c.where.attachment.name, c.state) for c in files.report.problems} == {
        ("photo.png", "altered"),
        ("notice.pdf", "missing"),
    }
    panel = window.workspace.criterion_page.evidence.panel
    assert panel.alert.isVisible()
    assert "photo.png" in panel.alert.text() and "notice.pdf" in panel.alert.text()
    model = window.workspace.navigator.model
    assert model.index_of("LEG-1").data(EVIDENCE_PROBLEM_ROLE) is True
    assert "missing or altered" in model.index_of("LEG-1").data(0x03)  # the tooltip
    window.workspace.show_page("summary")
    alert = window.evidence_links.summary_alert
    assert alert.isVisible() and "LEG-1" in alert.text() and "altered" in alert.text()


def test_an_intact_store_raises_no_flag(qtbot: QtBot, window: MainWindow, saved_file: Path, tmp_path: Path) -> None:
    open_saved(window, saved_file)
    table = window.workspace.criterion_page.evidence
    attach_and_wait(qtbot, window, lambda: drop_files(table, [png_file(tmp_path / "photo.png")]))
    assert window.files.save()
    window.files.close_document()
    files = open_saved(window, saved_file)
    qtbot.waitUntil(lambda: files.report is not None)
    assert files.report is not None and files.report.ok and len(files.report.checks) == 1
    assert not window.evidence_links.summary_alert.isVisible()
    assert not window.workspace.criterion_page.evidence.panel.alert.isVisible()


@pytest.mark.parametrize("make", [png_file, pdf_file])
def test_images_and_pdfs_are_shown_in_the_app(
    qtbot: QtBot, window: MainWindow, saved_file: Path, tmp_path: Path, make: object, dialogs: FakeDialogs
) -> None:
    open_saved(window, saved_file)
    source = make(tmp_path / ("shown.png" if make is png_file else "shown.pdf"))  # type: ignore[operator]
    table = window.workspace.criterion_page.evidence
    attach_and_wait(qtbot, window, lambda: drop_files(table, [source]))
    panel = table.panel
    qtbot.waitUntil(lambda: panel.files.count() == 1)
    panel.view_button.click()
    previews = [w for w in QApplication.topLevelWidgets() if isinstance(w, FilePreview) and w.isVisible()]
    assert len(previews) == 1 and dialogs.questions("open externally") == []
    preview = previews[0]
    if make is png_file:
        assert preview.image is not None and preview.image.pixmap().width() == 40
    else:
        assert preview.pdf is not None
        qtbot.waitUntil(lambda: preview.pdf is not None and preview.pdf.pageCount() == 1)
    preview.close()


def test_an_altered_copy_is_not_shown(
    qtbot: QtBot, window: MainWindow, saved_file: Path, tmp_path: Path, dialogs: FakeDialogs
) -> None:
    open_saved(window, saved_file)
    table = window.workspace.criterion_page.evidence
    attach_and_wait(qtbot, window, lambda: drop_files(table, [png_file(tmp_path / "photo.png")]))
    assert window.document is not None
    stored = window.document.assessment.answer("LEG-1").evidence[0].files[0].stored
    (store_folder(saved_file) / stored).write_bytes(b"not the photo")
    qtbot.waitUntil(lambda: table.panel.files.count() == 1)
    table.panel.view_button.click()
    assert dialogs.errors and "changed since it was attached" in dialogs.errors[-1][1]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, FilePreview) and w.isVisible()]


@pytest.mark.parametrize("agree", [False, True])
def test_other_types_open_elsewhere_only_after_a_confirmation(
    qtbot: QtBot,
    window: MainWindow,
    saved_file: Path,
    tmp_path: Path,
    dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
    agree: bool,
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    open_saved(window, saved_file)
    script = tmp_path / "statement.docx"
    script.write_bytes(b"witness statement")
    table = window.workspace.criterion_page.evidence
    attach_and_wait(qtbot, window, lambda: drop_files(table, [script]))
    qtbot.waitUntil(lambda: table.panel.files.count() == 1)
    dialogs.open_externally = agree
    table.panel.view_button.click()
    assert [name for name, _type in dialogs.questions("open externally")] == ["statement.docx"]
    if not agree:
        assert opened == []
        return
    assert len(opened) == 1
    copy = Path(opened[0].toLocalFile())
    assert copy.name == "statement.docx" and copy.read_bytes() == b"witness statement"
    assert store_folder(saved_file) not in copy.parents  # a copy, never the stored file itself


def test_the_custody_log_of_an_item_lists_its_events(
    qtbot: QtBot, window: MainWindow, saved_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HRIA_AUTHOR", "Assessor Kanya")
    open_saved(window, saved_file)
    table = window.workspace.criterion_page.evidence
    attach_and_wait(qtbot, window, lambda: drop_files(table, [png_file(tmp_path / "photo.png")]))
    qtbot.waitUntil(lambda: table.selected_item() == 0)
    assert table.model.setData(table.model.index(0, 0), "Camera photo")
    table.panel.log_button.click()
    logs = [w for w in QApplication.topLevelWidgets() if isinstance(w, CustodyLogDialog) and w.isVisible()]
    assert len(logs) == 1
    rows = [
        [logs[0].table.item(r, c).text() for c in range(logs[0].table.columnCount())]
        for r in range(logs[0].table.rowCount())
    ]
    assert [r[2] for r in rows] == ["attached", "retitled"]
    assert all(r[1] == "Assessor Kanya" for r in rows)
    assert rows[1][4] == "Camera photo"
    logs[0].close()


def test_a_large_copy_shows_progress_and_cancel_keeps_nothing(
    qtbot: QtBot,
    window: MainWindow,
    saved_file: Path,
    dialogs: FakeDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_saved(window, saved_file)
    big = tmp_path / "video.mp4"
    big.write_bytes(b"\x00" * (5 * 1024 * 1024))
    assert window.document is not None
    files = EvidenceFiles.of(window.document)
    panel = window.workspace.criterion_page.evidence.panel
    # The copy waits after its first piece until the test has pressed Cancel: no race with a quick disk.
    reached, gate = threading.Event(), threading.Event()
    add_file = EvidenceStore.add_file

    def held(
        self: EvidenceStore, source: Path, by: str, at: str, known: Any = None, progress: Any = None, cancel: Any = None
    ) -> Any:
        def first_piece(done: int, total: int) -> None:
            progress(done, total)
            reached.set()
            gate.wait(10)

        return add_file(self, source, by, at, known, first_piece, cancel)

    monkeypatch.setattr(EvidenceStore, "add_file", held)
    seen: list[tuple[int, int]] = []
    files.attach_progressed.connect(lambda done, total: seen.append((done, total)))
    panel.attach([big])
    assert panel.progress.isVisible() and panel.cancel_button.isVisible()
    qtbot.waitUntil(reached.is_set)
    with qtbot.waitSignal(files.busy_changed, check_params_cb=lambda busy: not busy, timeout=10000):
        panel.cancel_button.click()
        gate.set()
    assert seen and seen[0][1] == big.stat().st_size
    assert not panel.progress.isVisible()
    assert window.document.assessment.answer("LEG-1").evidence == ()
    assert list(store_folder(saved_file).iterdir()) == []  # no stored copy, no half-written one
    assert dialogs.errors == []  # cancelling is not an error


def test_the_check_on_open_reports_its_progress(
    qtbot: QtBot, window: MainWindow, saved_file: Path, tmp_path: Path
) -> None:
    open_saved(window, saved_file)
    table = window.workspace.criterion_page.evidence
    big = tmp_path / "recording.wav"
    big.write_bytes(b"\x01" * (3 * 1024 * 1024))
    attach_and_wait(qtbot, window, lambda: drop_files(table, [big]))
    assert window.files.save()
    window.files.close_document()
    assert window.files.open_path(saved_file)
    assert window.document is not None
    files = EvidenceFiles.of(window.document)
    seen: list[tuple[int, int]] = []
    files.verify_progressed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(files.verified, timeout=10000):
        pass
    assert seen and seen[-1] == (big.stat().st_size, big.stat().st_size)
    assert not window.evidence_links.progress.isVisible()
