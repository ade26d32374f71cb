"""The questions asked about evidence files: which files to attach, whether to hand a file to another program,
and which bundle to export. `EvidenceDialogs` is what the evidence widgets need from the shell's Dialogs;
`EvidenceQuestions` asks them with Qt dialogs. Tests answer through a fake Dialogs.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

from hria_app.gui.widgets.choices import choose

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class BundleKind(Enum):
    FULL = "full"
    PUBLIC = "public"
    CANCEL = "cancel"


class EvidenceDialogs(Protocol):
    def ask_evidence_files(self, parent: QWidget | None, folder: Path | None) -> list[Path]: ...

    def confirm_open_externally(self, parent: QWidget | None, name: str, media_type: str) -> bool: ...

    def show_error(self, parent: QWidget | None, title: str, message: str, detail: str = "") -> None: ...


class EvidenceQuestions(QObject):
    def ask_evidence_files(self, parent: QWidget | None, folder: Path | None) -> list[Path]:
        from PySide6.QtWidgets import QFileDialog

        names, _filter = QFileDialog.getOpenFileNames(parent, self.tr("Attach files"), str(folder or Path.home()))
        return [Path(name) for name in names]

    def confirm_open_externally(self, parent: QWidget | None, name: str, media_type: str) -> bool:
        """HRIA shows images and PDFs itself; anything else goes to the program the system chooses."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Open with another program"))
        box.setText(
            self.tr("“{name}” ({type}) cannot be shown here. Open a copy with the program your system uses?").format(
                name=name, type=media_type
            )
        )
        box.setInformativeText(
            self.tr(
                "A file from someone else can harm your computer when opened. HRIA never runs it; the other program "
                "reads a temporary copy."
            )
        )
        return choose(
            box,
            [
                (self.tr("&Open copy"), QMessageBox.ButtonRole.AcceptRole, True),
                (QMessageBox.StandardButton.Cancel, None, False),
            ],
            default=False,
            otherwise=False,
        )

    def ask_bundle_kind(self, parent: QWidget | None, name: str) -> BundleKind:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Export evidence bundle"))
        box.setText(self.tr("Which bundle of “{name}”?").format(name=name))
        box.setInformativeText(
            self.tr(
                "The full bundle holds the assessment file, every attached file and the custody log, in the clear. "
                "The public bundle holds the public brief and the files of items not marked confidential."
            )
        )
        return choose(
            box,
            [
                (self.tr("&Public"), QMessageBox.ButtonRole.AcceptRole, BundleKind.PUBLIC),
                (self.tr("&Full"), QMessageBox.ButtonRole.DestructiveRole, BundleKind.FULL),
                (QMessageBox.StandardButton.Cancel, None, BundleKind.CANCEL),
            ],
            default=BundleKind.PUBLIC,
            otherwise=BundleKind.CANCEL,
        )
