"""Answering a real modal dialog from a test: a timer waits for the dialog to open and acts on it (clicks a
button, types, closes), so the code under test runs its own `exec()` and nothing blocks.

If the dialog never opens, or the button is not there, the helper closes whatever modal is open and records why,
so a wrong expectation fails the test instead of hanging it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

POLL_MS = 10
ATTEMPTS = 500  # five seconds


@dataclass
class Seen:
    """What the helper found: the dialog's title and text, its buttons, and any problem."""

    title: str = ""
    text: str = ""
    buttons: list[str] = field(default_factory=list)
    problem: str = ""


def plain(label: str) -> str:
    return label.replace("&", "")


def act_on_modal(action: Callable[[QWidget], None]) -> Seen:
    seen = Seen()
    attempts = [0]

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            attempts[0] += 1
            if attempts[0] < ATTEMPTS:
                QTimer.singleShot(POLL_MS, attempt)
            else:
                seen.problem = "no modal dialog opened"
            return
        seen.title = dialog.windowTitle()
        if isinstance(dialog, QMessageBox):
            seen.text = dialog.text() + "\n" + dialog.informativeText()
            seen.buttons = [plain(button.text()) for button in dialog.buttons()]
        try:
            action(dialog)
        except Exception as exc:  # never leave the dialog open: the test would hang
            seen.problem = f"{type(exc).__name__}: {exc}"
            if isinstance(dialog, QDialog):
                dialog.done(0)
            else:
                dialog.close()

    QTimer.singleShot(0, attempt)
    return seen


def click(label: str | QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    """Click the message box's button with this label (mnemonic marks ignored) or this standard button."""

    def action(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox), type(dialog).__name__
        if isinstance(label, QMessageBox.StandardButton):
            button = dialog.button(label)
        else:
            button = next((b for b in dialog.buttons() if plain(b.text()) == plain(label)), None)
        if button is None:
            raise LookupError(f"no button {label!r} in {[plain(b.text()) for b in dialog.buttons()]}")
        button.click()

    return action


def escape(dialog: QWidget) -> None:
    """Press Escape in the dialog, as a person backing out does."""
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
