"""Helpers the GUI tests share: where the test data is, typing any text, what a screen reader hears, and building
an export dialog with a fake renderer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.export.export_dialog import ExportDialog

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
# The offscreen platform cannot pass size hints to a window system and says so whenever a window's size
# constraints change; that is a property of the test platform, not of the app.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one key event per character as a keyboard layout delivers it. (qtbot.keyClicks maps
    characters to Latin-1 key codes and aborts on Thai.)"""
    for character in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, character, Qt.KeyboardModifier.NoModifier)


def focusable(root: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in root.findChildren(QWidget)
        if widget.isVisibleTo(root) and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def spoken_name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    return ""


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def has_focus(window: QWidget, field: QWidget) -> bool:
    """Whether the window's keyboard focus is in `field` (the window need not be the active one)."""
    focused = window.focusWidget()
    return focused is not None and (focused is field or field.isAncestorOf(focused))


class SavePathStub:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.suggested: list[Path] = []

    def __call__(self, parent: object, suggested: Path) -> Path | None:
        self.suggested.append(suggested)
        return self.path


def open_export_dialog(
    qtbot: QtBot,
    document: AssessmentDocument,
    renderer: Any,
    save_to: Path | None = None,
    opened: list[QUrl] | None = None,
) -> ExportDialog:
    dialog = ExportDialog(
        document,
        renderer=renderer,
        ask_save_path=SavePathStub(save_to),
        open_url=(opened if opened is not None else []).append,
    )
    qtbot.addWidget(dialog)
    return dialog
