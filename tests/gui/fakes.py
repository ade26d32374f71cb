"""Fakes the GUI tests share: dialogs that answer every question at once and remember what was asked, and a PDF
renderer that makes a small real PDF quickly."""

from __future__ import annotations

import io
import threading
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from hria_app.core.assessment import Assessment
from hria_app.core.locking import LockInfo
from hria_app.core.save_target import HardLinkChoice
from hria_app.gui.assessment.evidence_questions import BundleKind
from hria_app.gui.files.autosave import RecoveryInfo
from hria_app.gui.files.file_dialogs import ConflictChoice, ConflictReason, LockChoice, RecoverChoice
from hria_app.gui.rubrics.rubric_questions import DuplicateChoice
from hria_app.gui.shell.dialogs import Dialogs
from hria_app.gui.widgets.choices import UnsavedChoice


class FakeDialogs(Dialogs):
    """Answers every question at once (file choices, unsaved work, recovery, passphrases, locks, conflicts on
    disk, encryption, full exports) and remembers what was asked."""

    def __init__(self) -> None:
        super().__init__()
        self.open_path: Path | None = None
        self.save_path: Path | None = None
        self.unsaved = UnsavedChoice.DISCARD
        self.recover = RecoverChoice.RECOVER
        self.passphrases: list[str | None] = []  # answered in turn; None is "cancel"
        self.asked: list[tuple[str, Any]] = []
        self.errors: list[tuple[str, str, str]] = []
        self.lock_choice = LockChoice.READ_ONLY
        self.conflict_choice = ConflictChoice.CANCEL
        self.reload = True
        self.new_passphrases: list[str | None] = []  # answered in turn; None is "cancel"
        self.remove_encryption = True
        self.full_export = False
        self.merge_copy = True
        self.your_name: str | None = None  # the answer when asked for the user's name
        self.approval_reason: str | None = None  # the reason given to approve with comments open
        self.evidence_files: list[Path] = []
        self.open_externally = False
        self.bundle_kind = BundleKind.FULL
        self.hard_link_choice: HardLinkChoice | None = None  # None is "cancel"
        self.save_elsewhere = True
        self.incomplete_export = True

    def ask_open_path(self, parent: QWidget | None, folder: Path | None) -> Path | None:
        self.asked.append(("open", folder))
        return self.open_path

    def ask_save_path(
        self, parent: QWidget | None, suggested: Path, file_filter: str = "", suffix: str = ".hria"
    ) -> Path | None:
        self.asked.append(("save", suggested))
        return self.save_path

    def ask_unsaved_changes(self, parent: QWidget | None, name: str) -> UnsavedChoice:
        self.asked.append(("unsaved", name))
        return self.unsaved

    def show_error(self, parent: QWidget | None, title: str, message: str, detail: str = "") -> None:
        self.asked.append(("error", title))
        self.errors.append((title, message, detail))

    def show_information(self, parent: QWidget | None, title: str, message: str) -> None:
        self.asked.append(("information", title))

    def ask_passphrase(self, parent: QWidget | None, name: str, wrong: bool = False) -> str | None:
        self.asked.append(("passphrase", (name, wrong)))
        return self.passphrases.pop(0) if self.passphrases else None

    def ask_recover(self, parent: QWidget | None, info: RecoveryInfo) -> RecoverChoice:
        self.asked.append(("recover", info))
        return self.recover

    def ask_lock_conflict(self, parent: QWidget | None, name: str, holder: LockInfo) -> LockChoice:
        self.asked.append(("lock", (name, holder)))
        return self.lock_choice

    def ask_save_conflict(
        self, parent: QWidget | None, name: str, reason: ConflictReason, holder: LockInfo | None = None
    ) -> ConflictChoice:
        self.asked.append(("conflict", (name, reason, holder)))
        return self.conflict_choice

    def ask_reload(self, parent: QWidget | None, name: str) -> bool:
        self.asked.append(("reload", name))
        return self.reload

    def ask_hard_links(self, parent: QWidget | None, name: str, others: int) -> HardLinkChoice | None:
        self.asked.append(("hard links", (name, others)))
        return self.hard_link_choice

    def ask_save_elsewhere(self, parent: QWidget | None, name: str, reason: str) -> bool:
        self.asked.append(("save elsewhere", (name, reason)))
        return self.save_elsewhere

    def ask_new_passphrase(self, parent: QWidget | None, name: str, changing: bool = False) -> str | None:
        self.asked.append(("new passphrase", (name, changing)))
        return self.new_passphrases.pop(0) if self.new_passphrases else None

    def confirm_remove_encryption(self, parent: QWidget | None, name: str) -> bool:
        self.asked.append(("remove encryption", name))
        return self.remove_encryption

    def confirm_full_export(self, parent: QWidget | None, name: str) -> bool:
        self.asked.append(("full export", name))
        return self.full_export

    def ask_merge_copy(self, parent: QWidget | None, copy: str, original: str) -> bool:
        self.asked.append(("merge copy", (copy, original)))
        return self.merge_copy

    def ask_your_name(self, parent: QWidget | None, current: str) -> str | None:
        self.asked.append(("your name", current))
        return self.your_name

    def ask_approval_reason(self, parent: QWidget | None, problem: str) -> str | None:
        self.asked.append(("approval reason", problem))
        return self.approval_reason

    def ask_evidence_files(self, parent: QWidget | None, folder: Path | None) -> list[Path]:
        self.asked.append(("evidence files", folder))
        return list(self.evidence_files)

    def confirm_open_externally(self, parent: QWidget | None, name: str, media_type: str) -> bool:
        self.asked.append(("open externally", (name, media_type)))
        return self.open_externally

    def ask_bundle_kind(self, parent: QWidget | None, name: str) -> BundleKind:
        self.asked.append(("bundle kind", name))
        return self.bundle_kind

    def confirm_incomplete_export(self, parent: QWidget | None, answered: int, total: int) -> bool:
        self.asked.append(("incomplete export", (answered, total)))
        return self.incomplete_export

    def questions(self, kind: str) -> list[Any]:
        return [value for asked_kind, value in self.asked if asked_kind == kind]


class RubricDialogs(FakeDialogs):
    def __init__(self) -> None:
        super().__init__()
        self.rubric_path: Path | None = None
        self.confirm_delete = True
        self.confirm_replace = True
        self.confirm_save_invalid = False
        self.reload = True
        self.duplicate: DuplicateChoice | None = None  # None: accept the suggested id and restart at 1.0.0

    def ask_rubric_path(self, parent: QWidget | None, folder: Path | None) -> Path | None:
        self.asked.append(("rubric path", folder))
        return self.rubric_path

    def confirm_delete_rubric(self, parent: QWidget | None, name: str) -> bool:
        self.asked.append(("delete", name))
        return self.confirm_delete

    def confirm_replace_rubric(self, parent: QWidget | None, name: str) -> bool:
        self.asked.append(("replace", name))
        return self.confirm_replace

    def confirm_save_invalid_rubric(self, parent: QWidget | None, name: str, errors: int) -> bool:
        self.asked.append(("save invalid", (name, errors)))
        return self.confirm_save_invalid

    def ask_reload_rubric(self, parent: QWidget | None, name: str) -> bool:
        self.asked.append(("reload", name))
        return self.reload

    def ask_duplicate_rubric(
        self, parent: QWidget | None, rubric_id: str, version: str, suggested: str, taken: set[str]
    ) -> DuplicateChoice | None:
        self.asked.append(("duplicate", (rubric_id, suggested)))
        return self.duplicate or DuplicateChoice(suggested, True)


class FakeRenderer:
    """Renders a small real PDF (page 1 carries a black block, so a preview can be checked for ink)."""

    def __init__(self, pages: int = 2, error: Exception | None = None, gate: threading.Event | None = None):
        self.pages = pages
        self.error = error
        self.gate = gate
        self.calls: list[dict[str, Any]] = []

    def __call__(
        self,
        assessment: Assessment,
        *,
        lang: str,
        public: bool,
        date: Any,
        author: Any,
        progress: Any,
        scores: Any = None,
    ) -> bytes:
        from reportlab.pdfgen import canvas

        self.calls.append({"assessment": assessment, "lang": lang, "public": public, "scores": scores})
        if self.gate is not None:
            self.gate.wait(10)
        progress(0, self.pages)
        if self.error is not None:
            raise self.error
        out = io.BytesIO()
        pdf = canvas.Canvas(out, invariant=True, pageCompression=0)
        for page in range(self.pages):
            if page == 0:
                pdf.rect(72, 500, 450, 250, stroke=0, fill=1)
            pdf.drawString(72, 72, f"page {page + 1} {lang} {'public' if public else 'full'}")
            pdf.showPage()
            progress(page + 1, self.pages)
        pdf.save()
        return out.getvalue()
