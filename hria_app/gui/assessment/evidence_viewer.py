"""Showing an attached file, and the custody log of an item.

Images (QPixmap) and PDFs (QtPdf) are shown in a window of the app, read from the store and checked against the
hash recorded at attachment first: an altered copy is refused, not shown. Any other type is handed to the program
the system chooses, as a temporary copy and only after the person agrees; HRIA never runs a file.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from hria_app.core.assessment import Assessment, Evidence
from hria_app.core.errors import HriaError
from hria_app.core.evidence import Attachment
from hria_app.core.evidence_bundle import safe_name
from hria_app.core.evidence_store import EvidenceStore
from hria_app.gui.assessment.evidence_questions import EvidenceDialogs
from hria_app.gui.widgets.i18n import shown_date

translate = QCoreApplication.translate
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp")
PDF_TYPE = "application/pdf"


def read_checked(store: EvidenceStore, attachment: Attachment) -> bytes:
    """The stored file's content, decrypted; raises HriaError when it is gone or no longer what was attached."""
    digest = hashlib.sha256()
    parts: list[bytes] = []
    try:
        with store.open_plain(attachment.stored) as pieces:
            for piece in pieces:
                digest.update(piece)
                parts.append(bytes(piece))
    except FileNotFoundError:
        raise HriaError(translate("EvidenceViewer", "The stored copy is missing from the evidence folder.")) from None
    except OSError as exc:
        raise HriaError(exc.strerror or str(exc)) from None
    if digest.hexdigest() != attachment.sha256:
        raise HriaError(translate("EvidenceViewer", "The stored copy has changed since it was attached."))
    return b"".join(parts)


class FilePreview(QDialog):
    """An image or a PDF, in a window of its own that does not block the assessment."""

    def __init__(self, attachment: Attachment, content: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(attachment.name)
        layout = QVBoxLayout(self)
        self.image: QLabel | None = None
        self.pdf = None
        if attachment.media_type == PDF_TYPE:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(content))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf = QPdfDocument(self)
            self.pdf.load(self._buffer)
            view = QPdfView(self)
            view.setDocument(self.pdf)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            view.setAccessibleName(attachment.name)
            layout.addWidget(view)
        else:
            pixmap = QPixmap()
            pixmap.loadFromData(content)
            self.image = QLabel()
            self.image.setPixmap(pixmap)
            self.image.setAccessibleName(attachment.name)
            scroll = QScrollArea()
            scroll.setWidget(self.image)
            layout.addWidget(scroll)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.lineSpacing() * 36)


def shown_in_app(attachment: Attachment) -> bool:
    return attachment.media_type in IMAGE_TYPES or attachment.media_type == PDF_TYPE


def view_file(
    store: EvidenceStore, attachment: Attachment, dialogs: EvidenceDialogs, parent: QWidget | None
) -> QWidget | None:
    """A preview window (not yet shown) for an image or PDF; other files go to the system's program after a
    confirmation. Problems are reported through `dialogs`."""
    title = translate("EvidenceViewer", "Cannot show the file")
    inside = shown_in_app(attachment)
    if not inside and not dialogs.confirm_open_externally(parent, attachment.name, attachment.media_type):
        return None
    try:
        content = read_checked(store, attachment)
    except HriaError as exc:
        dialogs.show_error(parent, title, f"{attachment.name}: {exc}")
        return None
    if inside:
        return FilePreview(attachment, content, parent)
    copy = Path(tempfile.mkdtemp(prefix="hria-view-")) / safe_name(attachment.name)
    copy.write_bytes(content)
    copy.chmod(0o400)  # read-only: the other program cannot change what it is shown
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
        dialogs.show_error(parent, title, translate("EvidenceViewer", "No program on this computer opens this file."))
    return None


class CustodyLogDialog(QDialog):
    """Every custody event of one evidence item: its files' events and the item's own, oldest first."""

    def __init__(self, assessment: Assessment, criterion_id: str, item: Evidence, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("EvidenceViewer", "Custody log: {title}").format(title=str(item.title)))
        hashes = {a.sha256 for a in item.files}
        mine = [e for e in assessment.custody if e.criterion == criterion_id]
        # The item is known by its files, and by every title it had: a retitle names the old and the new one.
        titles = {str(item.title)} | {e.item for e in mine if e.sha256 in hashes}
        for e in mine:
            if e.action == "retitled" and (e.item in titles or e.detail in titles):
                titles |= {e.item, e.detail}
        events = [e for e in mine if e.sha256 in hashes or (not e.sha256 and e.item in titles)]
        actions = {
            "attached": translate("EvidenceViewer", "attached"),
            "retitled": translate("EvidenceViewer", "retitled"),
            "marked_confidential": translate("EvidenceViewer", "marked confidential"),
            "marked_public": translate("EvidenceViewer", "marked not confidential"),
            "detached": translate("EvidenceViewer", "detached"),
            "purged": translate("EvidenceViewer", "purged"),
        }
        self.table = QTableWidget(len(events), 5)
        self.table.setHorizontalHeaderLabels(
            [
                translate("EvidenceViewer", "When (UTC)"),
                translate("EvidenceViewer", "Who"),
                translate("EvidenceViewer", "What"),
                translate("EvidenceViewer", "File"),
                translate("EvidenceViewer", "Detail"),
            ]
        )
        self.table.setAccessibleName(translate("EvidenceViewer", "Custody log"))
        self.table.verticalHeader().hide()
        for row, e in enumerate(events):
            when = f"{shown_date(e.at[:10])} {e.at[11:19]}"
            short = f"{e.file} ({e.sha256[:16]})" if e.sha256 else e.file
            for column, text in enumerate((when, e.by, actions.get(e.action, e.action), short, e.detail)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 110, metrics.lineSpacing() * 18)
