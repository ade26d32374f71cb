"""Offering, at start-up, the work a window left unsaved when it ended without closing (a crash, a kill).

It works through the window's file actions (their dialogs, guard and document host) and its autosave."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hria_app.core.crypto import EncryptionError, WrongPassphraseError
from hria_app.core.errors import Issue, LoadError
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.files.autosave import Autosave, RecoveryInfo, RecoveryStore
from hria_app.gui.files.file_actions import FileActions
from hria_app.gui.files.file_dialogs import RecoverChoice
from hria_app.gui.widgets.i18n import interface_language

translate = QCoreApplication.translate


def offer_recovery(files: FileActions, autosave: Autosave) -> bool:
    """Ask about each copy left behind, newest first; True when one was recovered into the files' window."""
    store = autosave.store
    for info in store.pending():
        choice = files.dialogs.ask_recover(files.window, info)
        if choice is RecoverChoice.DISCARD:
            store.forget(info)
        elif choice is RecoverChoice.RECOVER:
            # The original may be open in another running instance by now: ask as opening it would.
            read_only = files.guard.ask_access(info.original) if info.original else False
            if read_only is None:
                continue
            document = _load(files, store, info)
            if document is None:
                continue
            document.read_only = read_only
            if not files.confirm_close():
                document.deleteLater()
                return False
            document.undo_stack.resetClean()  # recovered work is unsaved work
            files.host.set_document(document)
            autosave.write_now()  # the window's own copy first; then the old one can go
            store.forget(info)
            files.message_posted.emit(
                translate("Recovery", "Recovered “{name}”. Save it to keep it.").format(name=info.name)
            )
            return True
    return False


def _load(files: FileActions, store: RecoveryStore, info: RecoveryInfo) -> AssessmentDocument | None:
    window = files.window
    passphrase = None
    if store.is_encrypted(info):
        passphrase = files.dialogs.ask_passphrase(window, info.name)
        if passphrase is None:
            return None
    try:
        assessment = store.load(info, passphrase)
    except WrongPassphraseError:
        files.dialogs.show_error(
            window,
            translate("Recovery", "Cannot recover"),
            translate(
                "Recovery", "That passphrase does not open the recovery copy. It is kept and offered again next time."
            ),
        )
        return None
    except (LoadError, EncryptionError) as exc:
        kept = store.set_aside(info)
        lang = interface_language()
        problems = exc.issues if isinstance(exc, LoadError) else [exc]
        files.dialogs.show_error(
            window,
            translate("Recovery", "Cannot recover"),
            translate("Recovery", "The recovery copy is damaged. It was kept as {path}.").format(path=kept),
            "\n".join(
                problem.describe(lang) if isinstance(problem, Issue) else problem.text(lang) for problem in problems
            ),
        )
        return None
    document = AssessmentDocument(assessment, info.original, window, passphrase)
    document.disk_stamp = info.original_stamp
    return document
