"""Choosing the passphrase that encrypts an assessment: typed twice, never shown unless asked, with the warning
that nobody can recover a lost one.

The passphrase is the only key. There is no reset and no back door, so a typing mistake made once would lock the
owner out for good; hence the second field, and OK stays disabled until both agree.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

MIN_LENGTH = 10  # scrypt slows each guess, but a short passphrase still falls to a patient attacker
SUGGESTED_LENGTH = 20


class NewPassphraseDialog(QDialog):
    def __init__(self, name: str, changing: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Change the passphrase") if changing else self.tr("Save encrypted")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        intro = QLabel(
            self.tr("Choose a new passphrase for “{name}”.").format(name=name)
            if changing
            else self.tr("“{name}” will be encrypted with a passphrase of your choice.").format(name=name)
        )
        intro.setWordWrap(True)
        self.warning = QLabel(
            self.tr(
                "If you lose the passphrase, nobody can open the file: not you, not your colleagues, not the people "
                "who made this app. There is no reset. Keep it somewhere safe, such as your organisation's "
                "password manager."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Warning"))
        self.warning.setStyleSheet("QLabel { font-weight: bold; }")
        self.passphrase = self._field(self.tr("Passphrase"))
        self.confirmation = self._field(self.tr("Passphrase again"))
        self.show_box = QCheckBox(self.tr("&Show the passphrase"))
        self.show_box.setAccessibleName(self.tr("Show the passphrase"))
        self.show_box.toggled.connect(self._show_text)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Passphrase check"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Encrypt and save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Again:"), self.confirmation)
        form.addRow("", self.show_box)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(self._check)
        self.confirmation.textChanged.connect(self._check)
        self._check()

    def chosen(self) -> str:
        return self.passphrase.text()

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        # Password echo already blocks copying; these keep input methods from learning or suggesting it.
        field.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        return field

    def _show_text(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirmation.setEchoMode(mode)

    def _check(self) -> None:
        first, second = self.passphrase.text(), self.confirmation.text()
        acceptable = len(first) >= MIN_LENGTH and first == second
        self.ok_button.setEnabled(acceptable)
        if len(first) < MIN_LENGTH:
            message = self.tr("At least {count} characters. Several unrelated words are easy to remember.").format(
                count=MIN_LENGTH
            )
        elif first != second:
            message = self.tr("The two passphrases differ.")
        elif len(first) < SUGGESTED_LENGTH:
            message = self.tr("The passphrases match. A longer one is harder to guess.")
        else:
            message = self.tr("The passphrases match.")
        self.hint.setText(message)


def ask_new_passphrase(parent: QWidget | None, name: str, changing: bool = False) -> str | None:
    dialog = NewPassphraseDialog(name, changing, parent)
    try:
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
