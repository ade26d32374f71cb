"""The evidence store of the open document, attaching files to it and checking them, off the GUI thread.

One EvidenceFiles belongs to each AssessmentDocument (`EvidenceFiles.of(document)`). Copying a file in and
verifying the store run in the background with progress and can be cancelled; the edit that puts the copied
files on an item is one undo step, and the document logs it in the custody log (document.apply_answer).
For an encrypted assessment the store is sealed with the document's own key: no plain copy is written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from hria_app.core import custody
from hria_app.core.assessment import Answer, Assessment, Evidence
from hria_app.core.evidence import Attachment
from hria_app.core.evidence_store import EvidenceStore, store_folder
from hria_app.core.evidence_verify import FileCheck, VerifyProgress, VerifyReport, verify_evidence
from hria_app.core.sealed_files import KeyRing
from hria_app.core.text import Text
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.widgets.background_task import BackgroundTask


@dataclass(frozen=True)
class AttachRequest:
    criterion_id: str
    item_index: int | None  # None: a new item
    paths: tuple[Path, ...]


class EvidenceFiles(QObject):
    attach_progressed = Signal(int, int)  # bytes done, total
    attached = Signal(str, int)  # criterion, how many files
    attach_failed = Signal(str)  # a message naming the file and why
    verify_progressed = Signal(int, int)
    verified = Signal(object)  # VerifyReport
    verify_failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, document: AssessmentDocument) -> None:
        super().__init__(document)
        self.document = document
        self.report: VerifyReport | None = None
        self._attaching = BackgroundTask(self)
        self._attaching.progressed.connect(self.attach_progressed)
        self._attaching.succeeded.connect(self._on_copied)
        self._attaching.failed.connect(self.attach_failed)
        self._attaching.finished.connect(lambda: self.busy_changed.emit(self.busy))
        self._verifying = BackgroundTask(self)
        self._verifying.progressed.connect(self.verify_progressed)
        self._verifying.succeeded.connect(self._on_verified)
        self._verifying.failed.connect(self.verify_failed)
        self._request: AttachRequest | None = None

    @classmethod
    def of(cls, document: AssessmentDocument) -> EvidenceFiles:
        found = document.findChild(EvidenceFiles)
        return found if isinstance(found, EvidenceFiles) else cls(document)

    @property
    def busy(self) -> bool:
        return self._attaching.busy

    def store(self) -> EvidenceStore | None:
        """The store beside the file; None while the assessment has never been saved."""
        document = self.document
        if document.path is None:
            return None
        key = document.sealing_key
        return EvidenceStore(store_folder(document.path), key, KeyRing(document.passphrase))

    # Checking.
    def verify(self) -> bool:
        """Check every attached file in the background; `verified` carries the report."""
        store = self.store()
        if store is None or self._verifying.busy:
            return False
        assessment = snapshot(self.document.assessment)

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> VerifyReport:
            def moved(p: VerifyProgress) -> None:
                progress(p.bytes_done, p.bytes_total)

            return verify_evidence(assessment, store, moved, cancel)

        return self._verifying.start(work)

    def cancel_verify(self) -> None:
        self._verifying.cancel()

    def problems_of(self, criterion_id: str) -> tuple[FileCheck, ...]:
        if self.report is None:
            return ()
        return tuple(c for c in self.report.for_criterion(criterion_id) if not c.ok)

    def check_of(self, criterion_id: str, item: int, file: int) -> FileCheck | None:
        if self.report is None:
            return None
        for check in self.report.for_criterion(criterion_id):
            if (check.where.item_index, check.where.file_index) == (item, file):
                return check
        return None

    def _on_verified(self, report: object) -> None:
        assert isinstance(report, VerifyReport)
        self.report = report
        self.verified.emit(report)

    # Attaching.
    def attach(self, criterion_id: str, item_index: int | None, paths: list[Path]) -> bool:
        """Copy `paths` into the store in the background, then add them to the item as one undo step."""
        store = self.store()
        if store is None:
            self.attach_failed.emit(self.tr("Save the assessment first: attached files are kept beside its file."))
            return False
        if not paths or self._attaching.busy:
            return False
        known = custody.known_files(self.document.assessment)
        earlier = set(known)
        by, at = custody.default_author(), custody.now_utc()
        self._request = AttachRequest(criterion_id, item_index, tuple(paths))
        sizes = [_size(p) for p in paths]

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> list[Attachment]:
            done: list[Attachment] = []
            base, total = 0, sum(sizes)
            for path, size in zip(paths, sizes, strict=True):

                def moved(done_bytes: int, _total: int, before: int = base) -> None:
                    progress(before + done_bytes, total)

                attachment = store.add_file(path, by, at, known, moved, cancel)
                known[attachment.sha256] = attachment.stored
                done.append(attachment)
                base += size
                if cancel.is_set():  # stopped after a copy was complete: no item will refer to it
                    for a in done:
                        if a.sha256 not in earlier:
                            store.path_of(a.stored).unlink(missing_ok=True)
                    return []
            return done

        started = self._attaching.start(work)
        self.busy_changed.emit(True)
        return started

    def cancel_attach(self) -> None:
        self._attaching.cancel()

    def wait(self) -> None:
        """Until no copy or check is running; for closing and tests."""
        self._attaching.wait()
        self._verifying.wait()

    def _on_copied(self, files: object) -> None:
        request = self._request
        if request is None or not isinstance(files, list) or not files:
            return
        answer = self.document.assessment.answer(request.criterion_id)
        new = with_files(answer, request.item_index, files)
        label = self.tr("Attach files ({id})").format(id=request.criterion_id)
        self.document.edit_answer(request.criterion_id, new, label)
        self.attached.emit(request.criterion_id, len(files))


def with_files(answer: Answer, item_index: int | None, files: list[Attachment]) -> Answer:
    """The answer with `files` on item `item_index`, or on a new item named after the first file."""
    items = list(answer.evidence)
    if item_index is None or not 0 <= item_index < len(items):
        items.append(Evidence(title=Text.of(files[0].name), accessed=files[0].added[:10]))
        item_index = len(items) - 1
    item = items[item_index]
    held = {a.sha256 for a in item.files}
    fresh = []
    for f in files:
        if f.sha256 not in held:
            held.add(f.sha256)
            fresh.append(f)
    items[item_index] = replace(item, files=(*item.files, *fresh))
    return replace(answer, evidence=tuple(items))


def snapshot(assessment: Assessment) -> Assessment:
    """A copy a background job can read while the GUI edits the original (the values inside are immutable)."""
    return replace(assessment, answers=dict(assessment.answers), sections=dict(assessment.sections))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # add_file says what is wrong with it
