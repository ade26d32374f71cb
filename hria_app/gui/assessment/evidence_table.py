"""The sources behind one answer: title, link, date accessed, reliability, whether it is confidential, and a note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QWidget

from hria_app.core.assessment import Evidence
from hria_app.core.text import Text
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


LINK, RELIABILITY = 1, 3  # columns whose width is set here rather than by their content


class EvidenceTable(RecordEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(evidence_columns(), lambda: Evidence(title=Text()), evidence_names(), parent)
        self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            follow_language(event, lambda: self.set_texts(evidence_columns(), evidence_names()))
            self._fit_columns()
        super().changeEvent(event)

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
