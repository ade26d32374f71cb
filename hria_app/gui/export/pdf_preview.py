"""A PDF shown inside the app, so the user reads the brief before it leaves their computer.

QtPdf is imported when a preview is built, not when the app starts: most sessions never export.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

ZOOM_STEP = 1.25


class PdfPreview(QWidget):
    loaded = Signal(int)  # page count, once the document is ready to draw
    load_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self._buffer: QBuffer | None = None
        self.document: QPdfDocument = QPdfDocument(self)
        self.document.statusChanged.connect(self._on_status)
        self.view: QPdfView = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Preview of the PDF brief"))
        self.view.setAccessibleDescription(self.tr("Scroll with the arrow and Page keys."))

        self.page_label = QLabel(self)
        self.zoom_out_button = QPushButton(self.tr("Zoom out"), self)
        self.zoom_in_button = QPushButton(self.tr("Zoom in"), self)
        self.fit_button = QPushButton(self.tr("Fit width"), self)
        self.zoom_out_button.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        self.fit_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        tools = QHBoxLayout()
        tools.addWidget(self.page_label, 1)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            tools.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        self._set_tools_enabled(False)

    @property
    def page_count(self) -> int:
        from PySide6.QtPdf import QPdfDocument

        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def show_pdf(self, data: bytes) -> None:
        self.clear()
        # The document reads from the buffer for as long as it is open, so the buffer lives beside it.
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self.page_label.setText("")
        self._set_tools_enabled(False)

    def _on_status(self, status: QPdfDocument.Status) -> None:
        from PySide6.QtPdf import QPdfDocument

        if status == QPdfDocument.Status.Ready:
            pages = self.document.pageCount()
            self.page_label.setText(self.tr("%n page(s)", "", pages))
            self._set_tools_enabled(True)
            self.loaded.emit(pages)
        elif status == QPdfDocument.Status.Error:
            message = self.tr("The preview cannot show this PDF ({error}).").format(error=self.document.error().name)
            self.page_label.setText(message)
            self.load_failed.emit(message)

    def _zoom(self, factor: float) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        current = self._shown_zoom()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(6.0, current * factor)))

    def _shown_zoom(self) -> float:
        """The zoom on screen. In fit-to-width mode zoomFactor() stays at its last custom value, so the first
        press of Zoom in would shrink the page; work the fitted zoom out from the page and viewport widths."""
        from PySide6.QtPdfWidgets import QPdfView

        page = self.document.pagePointSize(0)
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or page.width() <= 0:
            return self.view.zoomFactor()
        margins = self.view.documentMargins()
        available = self.view.viewport().width() - margins.left() - margins.right()
        return available / (page.width() * self.view.logicalDpiX() / 72)

    def _set_tools_enabled(self, enabled: bool) -> None:
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            button.setEnabled(enabled)
