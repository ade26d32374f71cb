"""The modal questions of the rubric library and editor. Reached only through Dialogs, which tests replace."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from hria_app.core.rubric_loader import RUBRIC_ID
from hria_app.gui.widgets.choices import UnsavedChoice


@dataclass(frozen=True)
class DuplicateChoice:
    rubric_id: str
    reset_version: bool  # start the copy at 1.0.0 rather than keep the original's version


class RubricDialogs(Protocol):
    """What the rubric manager and editor ask the person; the app's Dialogs (and the tests' fakes) answer."""

    def ask_rubric_path(self, parent: QWidget | None, folder: Path | None) -> Path | None: ...

    def ask_save_path(
        self, parent: QWidget | None, suggested: Path, file_filter: str = "", suffix: str = ".hria"
    ) -> Path | None: ...

    def ask_unsaved_changes(self, parent: QWidget | None, name: str) -> UnsavedChoice: ...

    def show_error(self, parent: QWidget | None, title: str, message: str, detail: str = "") -> None: ...

    def confirm_delete_rubric(self, parent: QWidget | None, name: str) -> bool: ...

    def confirm_replace_rubric(self, parent: QWidget | None, name: str) -> bool: ...

    def confirm_save_invalid_rubric(self, parent: QWidget | None, name: str, errors: int) -> bool: ...

    def ask_reload_rubric(self, parent: QWidget | None, name: str) -> bool: ...

    def ask_duplicate_rubric(
        self, parent: QWidget | None, rubric_id: str, version: str, suggested: str, taken: set[str]
    ) -> DuplicateChoice | None: ...


class RubricQuestions(QObject):
    def rubric_filter(self) -> str:
        return self.tr("Rubrics (*.yaml *.yml)")

    def ask_rubric_path(self, parent: QWidget | None, folder: Path | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, self.tr("Import a rubric"), str(folder or Path.home()), self.rubric_filter()
        )
        return Path(name) if name else None

    def _confirm(self, parent: QWidget | None, title: str, text: str, detail: str, action: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        box.setInformativeText(detail)
        confirm = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is confirm

    def confirm_delete(self, parent: QWidget | None, name: str) -> bool:
        return self._confirm(
            parent,
            self.tr("Delete rubric"),
            self.tr("Delete the rubric “{name}” from your library?").format(name=name),
            self.tr("The file is deleted. Assessments made with it keep their own copy of the rubric."),
            self.tr("Delete"),
        )

    def confirm_replace(self, parent: QWidget | None, name: str) -> bool:
        return self._confirm(
            parent,
            self.tr("Replace rubric"),
            self.tr("Your library already has a file named “{name}”. Replace it?").format(name=name),
            self.tr("The file in your library is overwritten with the imported one."),
            self.tr("Replace"),
        )

    def confirm_save_invalid(self, parent: QWidget | None, name: str, errors: int) -> bool:
        return self._confirm(
            parent,
            self.tr("Save a rubric with errors"),
            self.tr("“{name}” has %n error(s). Save it anyway?", "", errors).format(name=name),
            self.tr(
                "The file is saved as it is, so you can come back to it. Until the errors are fixed the rubric is "
                "listed as invalid and no assessment can be started with it."
            ),
            self.tr("Save with errors"),
        )

    def ask_reload(self, parent: QWidget | None, name: str) -> bool:
        return self._confirm(
            parent,
            self.tr("Rubric changed on disk"),
            self.tr("“{name}” was changed by another program, and you have unsaved edits here.").format(name=name),
            self.tr("Reload to see the other version (your edits here are lost), or keep editing yours."),
            self.tr("Reload and lose my edits"),
        )

    def ask_duplicate(
        self, parent: QWidget | None, rubric_id: str, version: str, suggested: str, taken: set[str]
    ) -> DuplicateChoice | None:
        dialog = DuplicateDialog(rubric_id, version, suggested, taken, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return DuplicateChoice(dialog.id_edit.text().strip(), dialog.reset_version.isChecked())


class DuplicateDialog(QDialog):
    def __init__(
        self, rubric_id: str, version: str, suggested: str, taken: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.taken = taken
        self.setWindowTitle(self.tr("Duplicate rubric"))
        intro = QLabel(
            self.tr(
                "A copy of “{id}” goes into your rubric folder, where you can adapt it. It needs an id of its own."
            ).format(id=rubric_id)
        )
        intro.setWordWrap(True)
        self.id_edit = QLineEdit(suggested)
        self.id_edit.setAccessibleName(self.tr("Id of the copy"))
        self.id_edit.setValidator(QRegularExpressionValidator(r"[a-z0-9-]*", self.id_edit))
        self.id_edit.textChanged.connect(self._check)
        self.reset_version = QCheckBox(
            self.tr("Start the copy at version 1.0.0 (otherwise keep {version})").format(version=version)
        )
        self.reset_version.setChecked(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Id:"), self.id_edit)
        form.addRow("", self.reset_version)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._check(suggested)

    def _check(self, text: str) -> None:
        problem = ""
        if not RUBRIC_ID.match(text):
            problem = self.tr("Use lowercase letters, digits and single dashes.")
        elif text in self.taken:
            problem = self.tr("A rubric with this id is already in your library.")
        self.message.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)
