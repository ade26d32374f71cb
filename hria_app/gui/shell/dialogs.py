"""Every question the app asks in a modal dialog, in one injectable object.

Windows receive a Dialogs and never open a modal themselves, so tests pass a fake that answers at once.
The Qt dialog classes are imported when first needed: PySide6 builds each class's Python type on first import,
and the file and message dialogs are large ones that start-up never uses. The questions about files and rubrics
live in their rooms (files/file_questions.py, rubrics/rubric_questions.py); Dialogs builds each once and passes
the questions on, so one object answers everything and tests replace it with one fake.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from hria_app.gui.files.file_questions import FileQuestions
    from hria_app.gui.rubrics.rubric_questions import DuplicateChoice, RubricQuestions

from hria_app.core.locking import LockInfo
from hria_app.core.save_target import HardLinkChoice
from hria_app.gui.assessment.evidence_questions import BundleKind, EvidenceQuestions
from hria_app.gui.export.export_questions import ExportQuestions
from hria_app.gui.files.autosave import RecoveryInfo
from hria_app.gui.files.file_dialogs import ConflictChoice, ConflictReason, LockChoice, RecoverChoice
from hria_app.gui.widgets.choices import UnsavedChoice, choose
from hria_app.gui.widgets.i18n import shown_datetime

ASSESSMENT_SUFFIX = ".hria"


class Dialogs(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.evidence_questions = EvidenceQuestions(self)
        self._file_questions: FileQuestions | None = None
        self._rubric_questions: RubricQuestions | None = None

    # Built with the first question they ask, as the Qt dialog classes are: start-up asks none.
    @property
    def file_questions(self) -> FileQuestions:
        if self._file_questions is None:
            from hria_app.gui.files.file_questions import FileQuestions

            self._file_questions = FileQuestions(self)
        return self._file_questions

    @property
    def rubric_questions(self) -> RubricQuestions:
        if self._rubric_questions is None:
            from hria_app.gui.rubrics.rubric_questions import RubricQuestions

            self._rubric_questions = RubricQuestions(self)
        return self._rubric_questions

    def assessment_filter(self) -> str:
        return self.tr("Assessments (*.hria)")

    def ask_open_path(self, parent: QWidget | None, folder: Path | None) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            parent, self.tr("Open assessment"), str(folder or Path.home()), self.assessment_filter()
        )
        return Path(name) if name else None

    def ask_save_path(
        self, parent: QWidget | None, suggested: Path, file_filter: str = "", suffix: str = ASSESSMENT_SUFFIX
    ) -> Path | None:
        """A path to write; the suffix is added when the person leaves it out."""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            parent, self.tr("Save as"), str(suggested), file_filter or self.assessment_filter()
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def ask_unsaved_changes(self, parent: QWidget | None, name: str) -> UnsavedChoice:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Save the changes to “{name}” before closing?").format(name=name))
        box.setInformativeText(self.tr("If you don't save, your changes since the last save are lost."))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        answer = box.exec()
        if answer == buttons.Save:
            return UnsavedChoice.SAVE
        if answer == buttons.Discard:
            return UnsavedChoice.DISCARD
        return UnsavedChoice.CANCEL

    def show_error(self, parent: QWidget | None, title: str, message: str, detail: str = "") -> None:
        """A message the person can read and copy, with the full detail one click away."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(title)
        box.setText(message)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if detail:
            box.setDetailedText(detail)
        box.exec()

    def show_information(self, parent: QWidget | None, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, message)

    def ask_passphrase(self, parent: QWidget | None, name: str, wrong: bool = False) -> str | None:
        """The passphrase of an encrypted file, or None when the person cancels."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        prompt = self.tr("“{name}” is encrypted. Passphrase:").format(name=name)
        if wrong:
            prompt = self.tr("That passphrase is not right. Try again.") + "\n\n" + prompt
        text, accepted = QInputDialog.getText(
            parent, self.tr("Encrypted assessment"), prompt, QLineEdit.EchoMode.Password
        )
        return text if accepted and text else None

    def ask_recover(self, parent: QWidget | None, info: RecoveryInfo) -> RecoverChoice:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Recover unsaved work"))
        written = shown_datetime(info.written.astimezone())  # the Buddhist Era year in a Thai interface
        box.setText(self.tr("“{name}” was not saved when the app last closed.").format(name=info.name))
        box.setInformativeText(
            self.tr("A copy was kept automatically on {written}. Recover it now?").format(written=written)
        )
        roles = QMessageBox.ButtonRole
        return choose(
            box,
            [
                (self.tr("Recover"), roles.AcceptRole, RecoverChoice.RECOVER),
                (self.tr("Discard the copy"), roles.DestructiveRole, RecoverChoice.DISCARD),
                (self.tr("Decide later"), roles.RejectRole, RecoverChoice.LATER),
            ],
            default=RecoverChoice.RECOVER,
            otherwise=RecoverChoice.LATER,
        )

    def ask_your_name(self, parent: QWidget | None, current: str) -> str | None:
        """The name comments and approvals are signed with; None when the person cancels."""
        from PySide6.QtWidgets import QInputDialog

        text, accepted = QInputDialog.getText(
            parent,
            self.tr("Your name"),
            self.tr("Your name, as your comments and approvals will show it (asked once, kept in the settings):"),
            text=current,
        )
        return text.strip() if accepted and text.strip() else None

    def ask_approval_reason(self, parent: QWidget | None, problem: str) -> str | None:
        """Approving was refused (comments still open): the reason to approve anyway, or None to leave it."""
        from PySide6.QtWidgets import QInputDialog

        text, accepted = QInputDialog.getMultiLineText(
            parent,
            self.tr("Approve with open comments"),
            self.tr(
                "The assessment cannot be approved yet: {problem}.\n\nTo approve anyway, say why (the reason "
                "is recorded with the approval):"
            ).format(problem=problem),
        )
        return text.strip() if accepted and text.strip() else None

    # Files shared with other people and programs, and encryption (see file_questions.py).
    def ask_lock_conflict(self, parent: QWidget | None, name: str, holder: LockInfo) -> LockChoice:

        return self.file_questions.ask_lock_conflict(parent, name, holder)

    def ask_save_conflict(
        self, parent: QWidget | None, name: str, reason: ConflictReason, holder: LockInfo | None = None
    ) -> ConflictChoice:

        return self.file_questions.ask_save_conflict(parent, name, reason, holder)

    def ask_reload(self, parent: QWidget | None, name: str) -> bool:
        """The file changed on disk and nothing here is unsaved: True to show the new version."""

        return self.file_questions.ask_reload(parent, name)

    def ask_hard_links(self, parent: QWidget | None, name: str, others: int) -> HardLinkChoice | None:
        """The file has other names: save in place or as a separate file; None when the person cancels."""
        return self.file_questions.ask_hard_links(parent, name, others)

    def ask_save_elsewhere(self, parent: QWidget | None, name: str, reason: str) -> bool:
        """The file or its folder cannot be written (`reason` says why): True to choose another name."""
        return self.file_questions.ask_save_elsewhere(parent, name, reason)

    def ask_new_passphrase(self, parent: QWidget | None, name: str, changing: bool = False) -> str | None:
        """A new passphrase, typed twice; None when the person cancels."""
        from hria_app.gui.files.passphrase_dialog import ask_new_passphrase  # its dialog class, on first use

        return ask_new_passphrase(parent, name, changing)

    def confirm_remove_encryption(self, parent: QWidget | None, name: str) -> bool:

        return self.file_questions.confirm_remove_encryption(parent, name)

    def confirm_full_export(self, parent: QWidget | None, name: str) -> bool:
        """The full brief of an encrypted assessment is about to be written unencrypted."""

        return self.file_questions.confirm_full_export(parent, name)

    def ask_merge_copy(self, parent: QWidget | None, copy: str, original: str) -> bool:
        """A sync tool's conflict copy of the open file: True to merge it into the original."""
        from hria_app.gui.files.team_files import ask_merge_copy

        return ask_merge_copy(parent, copy, original)

    def confirm_incomplete_export(self, parent: QWidget | None, answered: int, total: int) -> bool:
        """A public brief is about to be saved while criteria are unanswered (see export/export_questions.py)."""

        return ExportQuestions(self).confirm_incomplete_export(parent, answered, total)

    # The rubric library and editor (see rubric_questions.py).
    def ask_rubric_path(self, parent: QWidget | None, folder: Path | None) -> Path | None:
        """A rubric file to import."""

        return self.rubric_questions.ask_rubric_path(parent, folder)

    def confirm_delete_rubric(self, parent: QWidget | None, name: str) -> bool:

        return self.rubric_questions.confirm_delete(parent, name)

    def confirm_replace_rubric(self, parent: QWidget | None, name: str) -> bool:
        """An imported rubric has the file name of one already in the user's folder."""

        return self.rubric_questions.confirm_replace(parent, name)

    def confirm_save_invalid_rubric(self, parent: QWidget | None, name: str, errors: int) -> bool:

        return self.rubric_questions.confirm_save_invalid(parent, name, errors)

    def ask_reload_rubric(self, parent: QWidget | None, name: str) -> bool:
        """The rubric changed on disk while it has unsaved edits here: True to reload and lose them."""

        return self.rubric_questions.ask_reload(parent, name)

    def ask_duplicate_rubric(
        self, parent: QWidget | None, rubric_id: str, version: str, suggested: str, taken: set[str]
    ) -> DuplicateChoice | None:
        """The id (and whether to restart at 1.0.0) of a copy of a rubric; None when the person cancels."""

        return self.rubric_questions.ask_duplicate(parent, rubric_id, version, suggested, taken)

    # Evidence files (see assessment/evidence_questions.py).
    def ask_evidence_files(self, parent: QWidget | None, folder: Path | None) -> list[Path]:
        return self.evidence_questions.ask_evidence_files(parent, folder)

    def confirm_open_externally(self, parent: QWidget | None, name: str, media_type: str) -> bool:
        return self.evidence_questions.confirm_open_externally(parent, name, media_type)

    def ask_bundle_kind(self, parent: QWidget | None, name: str) -> BundleKind:
        return self.evidence_questions.ask_bundle_kind(parent, name)
