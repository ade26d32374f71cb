"""The sources behind one answer: title, link, date accessed, reliability, whether it is confidential, a note,
and the files attached to each (the panel below the table; files dropped on the table are attached)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QWidget

from hria_app.core.assessment import Evidence
from hria_app.core.text import Text
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.assessment.evidence_panel import EvidencePanel
from hria_app.gui.widgets.i18n import follow_language
from hria_app.gui.widgets.record_table import Column, RecordEditor

translate = QCoreApplication.translate


def evidence_columns() -> list[Column]:
    reliability = (
        ("", translate("EvidenceTable", "Not rated")),
        ("confirmed", translate("EvidenceTable", "Confirmed")),
        ("probable", translate("EvidenceTable", "Probable")),
        ("possible", translate("EvidenceTable", "Possible")),
        ("doubtful", translate("EvidenceTable", "Doubtful")),
        ("unknown", translate("EvidenceTable", "Cannot be judged")),
    )
    return [
        Column("title", translate("EvidenceTable", "Source"), "text"),
        Column("link", translate("EvidenceTable", "Link or reference"), "plain"),
        Column("accessed", translate("EvidenceTable", "Accessed"), "date"),
        Column("reliability", translate("EvidenceTable", "Reliability"), "choice", reliability),
        Column("confidential", translate("EvidenceTable", "Confidential"), "check"),
        Column("note", translate("EvidenceTable", "Note"), "text"),
    ]


def evidence_names() -> dict[str, str]:
    return {
        "table": translate("EvidenceTable", "Evidence"),
        "add": translate("EvidenceTable", "Add source"),
        "remove": translate("EvidenceTable", "Remove source"),
        "edit": translate("EvidenceTable", "Edit evidence"),
        "add_step": translate("EvidenceTable", "Add evidence"),
        "remove_step": translate("EvidenceTable", "Remove evidence"),
    }


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    data = event.mimeData()
    urls = data.urls() if data.hasUrls() else []
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]


LINK, RELIABILITY = 1, 3  # columns whose width is set here rather than by their content


class EvidenceTable(RecordEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(evidence_columns(), lambda: Evidence(title=Text()), evidence_names(), parent)
        self.panel = EvidencePanel()
        layout = self.layout()
        assert layout is not None  # RecordEditor lays out the table and its buttons
        layout.addWidget(self.panel)
        self._document: AssessmentDocument | None = None
        self._criterion_id: str | None = None
        self.view.selectionModel().selectionChanged.connect(self._follow_selection)
        self.model.modelReset.connect(self._follow_selection)
        self.panel.item_wanted.connect(self._select_last)
        self.setAcceptDrops(True)
        self._fit_columns()

    def show_files_of(self, document: AssessmentDocument | None, criterion_id: str | None) -> None:
        """Which assessment and criterion the attached files belong to; the panel follows the selected row."""
        self._document, self._criterion_id = document, criterion_id
        self._follow_selection()

    def selected_item(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _select_last(self) -> None:
        if self.model.records:
            self.view.selectRow(len(self.model.records) - 1)

    def _follow_selection(self) -> None:
        self.panel.show_item(self._document, self._criterion_id, self.selected_item())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._criterion_id is not None and dropped_files(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if self._criterion_id is not None and dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event)
        if self._criterion_id is None or not paths:
            return
        event.acceptProposedAction()
        self.panel.attach(paths)

    def changeEvent(self, event: QEvent) -> None:
        follow_language(event, self._retranslate)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.set_texts(evidence_columns(), evidence_names())
        self.panel.retranslate()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """A long URL must not squeeze the source's title, nor the reliability drop-down to "Not rat": the link
        gets a fixed share (the whole of it is in its tooltip, and the user may widen it), the reliability the
        width of its longest choice with the drop-down's arrow."""
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        header.setSectionResizeMode(LINK, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(LINK, metrics.averageCharWidth() * 24)
        header.setSectionResizeMode(RELIABILITY, QHeaderView.ResizeMode.Fixed)
        choices = evidence_columns()[RELIABILITY].choices
        widest = max(metrics.horizontalAdvance(label) for _value, label in choices)
        arrow = self.view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        header.resizeSection(RELIABILITY, widest + arrow + metrics.averageCharWidth() * 4)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a cut link keeps its start and its end
