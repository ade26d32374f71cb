"""File > Export evidence bundle…: the brief, the assessment file, the attached files and SHA256SUMS in one zip.

The person picks the public or the full bundle and a file name; the brief is rendered and the bundle written off
the GUI thread, with progress and Cancel. A missing or altered file stops the bundle with a message naming it,
and nothing is written. The assessment file goes in as it is on disk, so unsaved changes are saved first.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from hria_app.core.evidence_bundle import BundleSummary, write_bundle
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.assessment.evidence_files import EvidenceFiles, snapshot
from hria_app.gui.assessment.evidence_questions import BundleKind
from hria_app.gui.export.export_worker import Renderer, default_renderer
from hria_app.gui.widgets.background_task import BackgroundTask

RENDER_SHARE = 10  # of 100 steps of progress: the brief; the rest is copying files


class BundleDialogs(Protocol):
    def ask_bundle_kind(self, parent: QWidget | None, name: str) -> BundleKind: ...

    def ask_save_path(
        self, parent: QWidget | None, suggested: Path, file_filter: str = "", suffix: str = ".hria"
    ) -> Path | None: ...

    def show_error(self, parent: QWidget | None, title: str, message: str, detail: str = "") -> None: ...


class BundleExport(QObject):
    written = Signal(object)  # BundleSummary
    message_posted = Signal(str)

    def __init__(
        self,
        window: QWidget,
        dialogs: BundleDialogs,
        save: Callable[[], bool],
        lang: Callable[[], str],
        renderer: Renderer | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs = dialogs
        self.save = save  # the window's Save: the bundle carries the file as it is on disk
        self.lang = lang
        self.renderer: Renderer = renderer or default_renderer
        self.task = BackgroundTask(self)
        self.task.succeeded.connect(self._on_written)
        self.task.failed.connect(self._on_failed)
        self.task.finished.connect(self._on_finished)
        self.task.progressed.connect(self._on_progressed)
        self.progress: QProgressDialog | None = None
        self._encrypted = False

    def export(self, document: AssessmentDocument | None) -> bool:
        if document is None or self.task.busy:
            return False
        kind = self.dialogs.ask_bundle_kind(self.window, document.display_name)
        if kind is BundleKind.CANCEL:
            return False
        if (document.modified or document.path is None) and not self.save():
            return False
        store = EvidenceFiles.of(document).store()
        if document.path is None or store is None:
            return False
        public = kind is BundleKind.PUBLIC
        stem = document.path.name.removesuffix(".hria")
        suggested = document.path.with_name(f"{stem}-evidence{'-public' if public else ''}.zip")
        out = self.dialogs.ask_save_path(self.window, suggested, self.tr("Zip files (*.zip)"), ".zip")
        if out is None:
            return False
        assessment, raw, name = snapshot(document.assessment), document.path.read_bytes(), document.path.name
        renderer, lang = self.renderer, self.lang()

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> BundleSummary:
            def rendered(done: int, total: int) -> None:
                progress(done * RENDER_SHARE // max(total, 1), 100)

            brief = renderer(
                assessment, lang=lang, public=public, date=None, author=None, progress=rendered, scores=None
            )

            def copied(done: int, total: int) -> None:
                progress(RENDER_SHARE + done * (100 - RENDER_SHARE) // max(total, 1), 100)

            file = None if public else (name, raw)
            return write_bundle(out, assessment, store, brief, file, public, copied, cancel)

        self.task.start(work)
        self.progress = QProgressDialog(self.tr("Writing the evidence bundle…"), self.tr("Cancel"), 0, 100, self.window)
        self.progress.setWindowModality(Qt.WindowModality.NonModal)
        self.progress.setMinimumDuration(500)
        self.progress.canceled.connect(self.task.cancel)
        self._encrypted = document.passphrase is not None and not public
        return True

    def wait(self) -> None:
        self.task.wait()

    def _on_progressed(self, done: int, _total: int) -> None:
        if self.progress is not None:
            self.progress.setValue(done)

    def _on_written(self, summary: object) -> None:
        assert isinstance(summary, BundleSummary)
        text = self.tr("Wrote {name}: {count} attached files").format(name=summary.path.name, count=summary.files)
        if self._encrypted:
            text += " " + self.tr("(not encrypted: keep it as safe as the files themselves)")
        self.message_posted.emit(text)
        self.written.emit(summary)

    def _on_failed(self, message: str) -> None:
        self.dialogs.show_error(
            self.window, self.tr("Bundle not written"), self.tr("The evidence bundle was not written.") + " " + message
        )

    def _on_finished(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
