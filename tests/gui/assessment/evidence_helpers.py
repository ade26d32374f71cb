"""Shared steps of the evidence tests: a saved assessment open in the window, files to attach, a small PDF."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from hria_app.gui.assessment.evidence_files import EvidenceFiles
from hria_app.gui.shell.main_window import MainWindow


def png_file(path: Path) -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    assert image.save(str(path), "PNG")
    return path


def pdf_file(path: Path, text: str = "Procurement notice") -> Path:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    path.write_bytes(out.getvalue())
    return path


def open_saved(window: MainWindow, path: Path) -> EvidenceFiles:
    """Open `path` in the window, on LEG-1, and wait for the check of its evidence to finish."""
    assert window.files.open_path(path)
    assert window.document is not None
    window.workspace.show_criterion("LEG-1")
    files = EvidenceFiles.of(window.document)
    files.wait()
    QApplication.processEvents()
    return files


def attach_and_wait(qtbot: QtBot, window: MainWindow, start: object) -> None:
    """Run `start` (a click, a drop) and wait until the copied files are on an item."""
    assert window.document is not None
    files = EvidenceFiles.of(window.document)
    with qtbot.waitSignal(files.attached, timeout=10000):
        start()  # type: ignore[operator]


def drop_files(widget: object, paths: list[Path]) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(10, 10)
    actions = Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions, data, buttons, modifiers)
    QApplication.sendEvent(widget, enter)  # type: ignore[arg-type]
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(point, actions, data, buttons, modifiers))  # type: ignore[arg-type]
