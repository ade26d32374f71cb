"""Reading a second assessment (to compare with, or a sync tool's conflict copy to merge) and the question that
offers the merge. The question is a protocol the app's Dialogs (and the tests' fakes) fulfil."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from hria_app.core.assessment import Assessment
from hria_app.core.assessment_file import load_assessment
from hria_app.core.crypto import EncryptionError, PassphraseRequired, WrongPassphraseError
from hria_app.core.errors import LoadError
from hria_app.gui.files.file_dialogs import FileDialogs
from hria_app.gui.widgets.choices import choose
from hria_app.gui.widgets.i18n import interface_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

SHOWN_ISSUES = 8


class TeamDialogs(FileDialogs, Protocol):
    def ask_merge_copy(self, parent: QWidget | None, copy: str, original: str) -> bool: ...


translate = QCoreApplication.translate


def read_other(
    parent: QWidget, dialogs: FileDialogs, path: Path, passphrase: str | None = None
) -> tuple[Assessment, str | None] | None:
    """The assessment in `path` and the passphrase that opened it; None (after saying why) when it cannot be read
    or the person cancelled the passphrase. `passphrase` is tried first (the open file's, for its copies)."""
    asked = False
    while True:
        try:
            return load_assessment(path, passphrase), passphrase
        except (PassphraseRequired, WrongPassphraseError) as exc:
            wrong = asked or (passphrase is not None and isinstance(exc, WrongPassphraseError))
            passphrase = dialogs.ask_passphrase(parent, path.name, wrong=wrong)
            asked = True
            if passphrase is None:
                return None
        except LoadError as exc:
            lang = interface_language()
            issues = [issue.describe(lang) for issue in exc.issues] or [exc.text(lang)]
            shown = "\n".join(f"• {issue}" for issue in issues[:SHOWN_ISSUES])
            message = translate("TeamFiles", "“{name}” cannot be opened. The problems found:").format(name=path.name)
            dialogs.show_error(
                parent, translate("TeamFiles", "Cannot open the file"), f"{message}\n\n{shown}", "\n".join(issues)
            )
            return None
        except EncryptionError as exc:
            dialogs.show_error(
                parent,
                translate("TeamFiles", "Cannot open the file"),
                translate("TeamFiles", "“{name}” cannot be opened.").format(name=path.name),
                exc.text(interface_language()),
            )
            return None


def ask_merge_copy(parent: QWidget | None, copy: str, original: str) -> bool:
    """A sync tool's conflict copy was found: True to merge it into the original now."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    title = translate("TeamFiles", "Conflict copy found")
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setText(
        translate("TeamFiles", "“{copy}” is a conflict copy of “{original}”, written by a file-sync tool.").format(
            copy=copy, original=original
        )
    )
    box.setInformativeText(
        translate(
            "TeamFiles",
            "Merge it into “{original}”? Fields written on one side only are taken; fields both wrote differently "
            "become conflicts for you to resolve. Nothing is saved until you save, and the copy is never deleted.",
        ).format(original=original)
    )
    return choose(
        box,
        [
            (translate("TeamFiles", "&Merge"), QMessageBox.ButtonRole.AcceptRole, True),
            (translate("TeamFiles", "&Not now"), QMessageBox.ButtonRole.RejectRole, False),
        ],
        default=True,
        otherwise=False,
    )
