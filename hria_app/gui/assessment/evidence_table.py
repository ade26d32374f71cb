"""The sources behind one answer: title, link, date accessed, reliability, whether it is confidential, and a note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

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


class EvidenceTable(RecordEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(evidence_columns(), lambda: Evidence(title=Text()), evidence_names(), parent)

    def changeEvent(self, event: QEvent) -> None:
        follow_language(event, lambda: self.set_texts(evidence_columns(), evidence_names()))
        super().changeEvent(event)
