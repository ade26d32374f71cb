"""Opening, saving and closing assessments for one window, with the questions that go with them."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QWidget

from hria_app.core.assessment import new_assessment
from hria_app.core.assessment_file import SUFFIX, load_assessment
from hria_app.core.crypto import EncryptionError, PassphraseRequired, WrongPassphraseError
from hria_app.core.errors import LoadError, SaveError
from hria_app.core.file_names import backup_path
from hria_app.core.rubric import Rubric
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.files.file_dialogs import ConflictChoice, ConflictReason, FileDialogs, RecentFiles
from hria_app.gui.files.file_guard import FileGuard
from hria_app.gui.widgets.choices import UnsavedChoice
from hria_app.gui.widgets.i18n import interface_language

log = logging.getLogger(__name__)
SHOWN_ISSUES = 8


class DocumentHost(Protocol):
    document: AssessmentDocument | None

    def set_document(self, document: AssessmentDocument | None) -> None: ...


def file_name_for(title: str) -> str:
    """A file name from the assessment's title, keeping letters of any script (Thai titles stay Thai)."""
    name = re.sub(r"[^\w\s-]", "", title).strip()
    name = re.sub(r"\s+", "-", name)[:80]
    return (name or "assessment") + SUFFIX


class FileActions(QObject):
    message_posted = Signal(str)
    saved = Signal(Path)

    def __init__(
        self,
        window: QWidget,
        host: DocumentHost,
        settings: RecentFiles,
        dialogs: FileDialogs,
        sample: Path | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.settings = settings
        self.dialogs = dialogs
        self.sample = sample
        self.guard = FileGuard(window, dialogs)

    # Starting and opening.
    def new_from_rubric(self, rubric: Rubric) -> bool:
        if not self.confirm_close():
            return False
        self.host.set_document(AssessmentDocument(new_assessment(rubric), None, self.window))
        return True

    def open_dialog(self) -> bool:
        path = self.dialogs.ask_open_path(self.window, self.settings.last_folder)
        return self.open_path(path) if path else False

    def open_path(self, path: Path) -> bool:
        """Open a file; when it cannot be read, say why and keep everything as it was."""
        current = self.host.document
        if current is not None and current.path is not None and current.path.resolve() == path.resolve():
            return True
        read_only = self.guard.ask_access(path)
        if read_only is None:
            return False
        try:
            document = self._open_document(path)
        except LoadError as exc:
            self._report_load_error(path, exc)
            if not path.exists():
                self.settings.remove_recent(path.resolve())
            return False
        except EncryptionError as exc:
            self.dialogs.show_error(
                self.window,
                self.tr("Cannot open the file"),
                self.tr("“{name}” cannot be opened.").format(name=path.name),
                exc.text(interface_language()),
            )
            return False
        if document is None:  # the person cancelled the passphrase
            return False
        document.read_only = read_only
        if not self.confirm_close():
            document.deleteLater()
            return False
        self.host.set_document(document)
        self.settings.add_recent(path)
        return True

    def _open_document(self, path: Path, passphrase: str | None = None) -> AssessmentDocument | None:
        """Asks for the passphrase of an encrypted file, again after a wrong one; None when cancelled."""
        while True:
            try:
                return AssessmentDocument.open(path, self.window, passphrase)
            except (PassphraseRequired, WrongPassphraseError) as exc:
                passphrase = self.dialogs.ask_passphrase(
                    self.window, path.name, wrong=isinstance(exc, WrongPassphraseError)
                )
                if passphrase is None:
                    return None

    def open_sample(self) -> bool:
        """The sample opens as a new, untitled copy: the bundled file itself is never written to."""
        if self.sample is None:
            return False
        try:
            assessment = load_assessment(self.sample)
        except LoadError as exc:
            self._report_load_error(self.sample, exc)
            return False
        if not self.confirm_close():
            return False
        self.host.set_document(AssessmentDocument(assessment, None, self.window))
        return True

    # Saving.
    def save(self) -> bool:
        document = self.host.document
        if document is None:
            return False
        if document.path is None:
            return self.save_as()
        if document.read_only:
            return self.save_copy()
        return self._save_to(document, document.path)

    def save_as(self) -> bool:
        document = self.host.document
        if document is None:
            return False
        folder = document.path.parent if document.path else (self.settings.last_folder or Path.home())
        # The name of an encrypted file is not encrypted: never suggest one made from its title.
        title = "" if document.passphrase else document.assessment.context.title.get("en")
        suggested = folder / (document.path.name if document.path else file_name_for(title))
        path = self.dialogs.ask_save_path(self.window, suggested)
        return self._save_to(document, path) if path else False

    def save_copy(self) -> bool:
        """Save under a new name beside the file; the window then works on the copy."""
        document = self.host.document
        if document is None or document.path is None:
            return self.save_as()
        stem = self.tr("{name} (copy)").format(name=document.path.stem)
        path = self.dialogs.ask_save_path(self.window, document.path.with_name(stem + SUFFIX))
        return self._save_to(document, path) if path else False

    def _save_to(self, document: AssessmentDocument, path: Path) -> bool:
        choice = self.guard.check_before_save(document, path)
        if choice is ConflictChoice.CANCEL:
            return False
        if choice is ConflictChoice.SAVE_COPY:
            return self.save_copy()
        try:
            document.save(path)
        except (SaveError, EncryptionError) as exc:
            self.dialogs.show_error(
                self.window,
                self.tr("Not saved"),
                self.tr("“{name}” could not be saved. The previous version of the file is unchanged.").format(
                    name=path.name
                ),
                exc.text(interface_language()),
            )
            return False
        self.guard.saved(document)
        self.settings.add_recent(path)
        self.message_posted.emit(self.tr("Saved {path}").format(path=path))
        self.saved.emit(path)
        return True

    # Versions on disk: changed by another program, or kept as the backup.
    def check_disk(self) -> None:
        """Notice a change made to the open file behind the app's back (called when the window is activated)."""
        document = self.host.document
        reason = self.guard.unnoticed_change(document)
        if document is None or reason is None:
            return
        name = document.display_name
        if reason is ConflictReason.CHANGED and not document.modified:
            if self.dialogs.ask_reload(self.window, name):
                self.reload()
            return
        if reason is ConflictReason.DELETED:
            message = self.tr("“{name}” was moved or deleted. Saving writes it again where it was.")
        else:
            message = self.tr("“{name}” was changed by another program. Saving asks whether to overwrite it.")
        self.message_posted.emit(message.format(name=name))

    def reload(self) -> bool:
        """Read the open file again, keeping how it was opened (its passphrase, read-only or not)."""
        current = self.host.document
        if current is None or current.path is None:
            return False
        try:
            document = self._open_document(current.path, current.passphrase)
        except (LoadError, EncryptionError) as exc:
            self._report_unreadable(current.path, exc)
            return False
        if document is None:
            return False
        document.read_only = current.read_only
        self.host.set_document(document)
        self.message_posted.emit(self.tr("Reloaded {name}").format(name=current.path.name))
        return True

    def revert_to_backup(self) -> bool:
        """Bring back the version saved before the last save, as unsaved changes. Saving it makes it current and
        keeps the version it replaces as the backup, so a revert can itself be reverted."""
        current = self.host.document
        if current is None or current.path is None:
            return False
        backup = backup_path(current.path)
        if not backup.is_file():
            self.dialogs.show_information(
                self.window,
                self.tr("No previous version"),
                self.tr("There is no previous version of “{name}” yet: one is kept from the second save on.").format(
                    name=current.path.name
                ),
            )
            return False
        try:
            previous = self._open_document(backup, current.passphrase)
        except (LoadError, EncryptionError) as exc:
            self._report_unreadable(backup, exc)
            return False
        if previous is None:
            return False
        if not self.confirm_close():
            previous.deleteLater()
            return False
        document = AssessmentDocument(previous.assessment, current.path, self.window, current.passphrase)
        previous.deleteLater()
        document.disk_stamp = current.disk_stamp
        document.read_only = current.read_only
        document.undo_stack.resetClean()  # the file on disk still holds the newer version
        self.host.set_document(document)
        self.message_posted.emit(
            self.tr("Showing the previous version of {name}. Save to keep it; Close without saving to go back.").format(
                name=backup.stem
            )
        )
        return True

    def _report_unreadable(self, path: Path, exc: LoadError | EncryptionError) -> None:
        if isinstance(exc, LoadError):
            self._report_load_error(path, exc)
            return
        self.dialogs.show_error(
            self.window,
            self.tr("Cannot open the file"),
            self.tr("“{name}” cannot be opened.").format(name=path.name),
            exc.text(interface_language()),
        )

    # Closing.
    def confirm_close(self) -> bool:
        """True when the current document may go: saved, discarded, or never changed."""
        document = self.host.document
        if document is None or not document.modified:
            return True
        choice = self.dialogs.ask_unsaved_changes(self.window, document.display_name)
        if choice is UnsavedChoice.SAVE:
            return self.save()
        return choice is UnsavedChoice.DISCARD

    def close_document(self) -> bool:
        if not self.confirm_close():
            return False
        self.host.set_document(None)
        return True

    # Recent files.
    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.settings.recent_files
        for number, path in enumerate(recent, start=1):
            label = f"&{number}  {path.name}" if number < 10 else path.name
            action = menu.addAction(label)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if recent:
            menu.addSeparator()
            menu.addAction(self.tr("Clear the list"), self.settings.clear_recent)
        else:
            menu.addAction(self.tr("No recent assessments")).setEnabled(False)

    def _report_load_error(self, path: Path, exc: LoadError) -> None:
        lang = interface_language()  # each problem in the interface language (core/issue_messages.py)
        issues = [issue.describe(lang) for issue in exc.issues] or [exc.text(lang)]
        log.info("cannot open %s: %d problem(s)", path, len(issues))
        shown = "\n".join(f"• {issue}" for issue in issues[:SHOWN_ISSUES])
        more = len(issues) - SHOWN_ISSUES
        if more > 0:
            shown += "\n" + self.tr("…and {count} more (see the details).").format(count=more)
        message = self.tr("“{name}” cannot be opened. The problems found:").format(name=path.name)
        detail = "\n".join(issues)
        if lang != "en":  # the English too, to search for or to quote when asking for help
            detail += "\n\n" + "\n".join(str(issue) for issue in exc.issues)
        self.dialogs.show_error(self.window, self.tr("Cannot open the file"), f"{message}\n\n{shown}", detail)
