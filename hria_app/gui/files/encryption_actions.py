"""Encrypting an assessment, changing its passphrase, or removing the encryption: File menu actions.

Each one is a save with the new protection. The backup beside the file (`NAME.hria.bak`) gets the same protection
at once: a backup in the clear, or one readable with a passphrase just given up, would defeat the change. The
recovery copy needs nothing here: a save removes it, and later copies use the document's passphrase.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from hria_app.core.crypto import EncryptionError, decrypt, encrypt, is_encrypted
from hria_app.core.errors import HriaError, SaveError
from hria_app.core.evidence_upkeep import remove_replaced, reseal_store
from hria_app.core.file_identity import backup_for
from hria_app.core.storage import atomic_write
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.assessment.evidence_files import EvidenceFiles
from hria_app.gui.files.file_actions import DocumentHost, FileActions
from hria_app.gui.files.file_dialogs import FileDialogs

log = logging.getLogger(__name__)


def backup_of(path: Path) -> Path:
    """The backup a save of `path` keeps: beside the real file when `path` is a link."""
    return backup_for(path)


def reprotect_backup(path: Path, old: str | None, new: str | None) -> bool:
    """Give the backup of `path` the protection of `path`: encrypted with `new`, or plain when `new` is None.

    A backup encrypted with a passphrase other than `old` is left alone: it reveals nothing to anyone without that
    passphrase. False only when the backup should have changed and could not."""
    backup = backup_for(path)
    try:
        raw = backup.read_bytes()
    except FileNotFoundError:
        return True
    except OSError as exc:
        log.warning("cannot read the backup %s: %s", backup.name, exc)
        return False
    if is_encrypted(raw):
        if old is None:
            return True
        try:
            plain = decrypt(raw, old)
        except EncryptionError:
            log.info("the backup %s is encrypted with another passphrase; left as it is", backup.name)
            return True
    elif new is None:
        return True
    else:
        plain = raw
    try:
        atomic_write(backup, encrypt(plain, new) if new is not None else plain)
    except (SaveError, EncryptionError) as exc:
        log.warning("cannot rewrite the backup %s: %s", backup.name, exc)
        return False
    return True


class EncryptionActions(QObject):
    protection_changed = Signal()  # the open document was saved encrypted, with a new passphrase, or in the clear

    def __init__(self, window: QWidget, host: DocumentHost, files: FileActions, dialogs: FileDialogs) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.files = files
        self.dialogs = dialogs

    def save_encrypted(self) -> bool:
        """Encrypt the document with a new passphrase (or replace its passphrase) and save it."""
        document = self.host.document
        if document is None:
            return False
        changing = document.passphrase is not None
        passphrase = self.dialogs.ask_new_passphrase(self.window, document.display_name, changing)
        if not passphrase:
            return False
        if not self._save_with(document, passphrase):
            return False
        message = self.tr("Saved with the new passphrase") if changing else self.tr("Saved encrypted")
        self.files.message_posted.emit(message)
        return True

    def remove_encryption(self) -> bool:
        document = self.host.document
        if document is None or document.passphrase is None:
            return False
        if not self.dialogs.confirm_remove_encryption(self.window, document.display_name):
            return False
        if not self._save_with(document, None):
            return False
        self.files.message_posted.emit(self.tr("Saved without encryption"))
        return True

    def _save_with(self, document: AssessmentDocument, passphrase: str | None) -> bool:
        old = document.passphrase
        old_store = EvidenceFiles.of(document).store()
        document.passphrase = passphrase
        # The evidence takes the new protection too: written anew beside the old copies, which go once saved.
        replaced: list[str] = []
        if old_store is not None and old_store.stored_names():
            try:
                replaced = reseal_store(document.assessment, old_store, document.sealing_key)
            except HriaError as exc:
                document.passphrase = old
                reason = self.tr("The evidence files could not be re-encrypted.")
                self.dialogs.show_error(self.window, self.tr("Not saved"), reason, str(exc))
                return False
        if not self.files.save() or document.path is None:
            document.passphrase = old  # not saved: the file on disk keeps its protection, and so does the window
            return False
        if old_store is not None and replaced:
            remove_replaced(old_store, replaced)
            # Earlier steps name the old copies, now gone: undoing one would point an item at nothing.
            document.undo_stack.clear()
        if not reprotect_backup(document.path, old, passphrase):
            self.dialogs.show_error(
                self.window,
                self.tr("Backup not updated"),
                self.tr(
                    "“{name}” was saved, but its backup “{backup}” still has the old protection. Delete the backup "
                    "if it must not be readable that way."
                ).format(name=document.path.name, backup=backup_for(document.path).name),
            )
        self.protection_changed.emit()
        return True
