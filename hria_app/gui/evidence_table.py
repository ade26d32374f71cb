"""The sources behind one answer: title, link, date accessed, reliability, and whether it is confidential."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hria_app.core.assessment import Evidence
from hria_app.core.text import Text
from hria_app.gui.record_table import Column, RecordEditor


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvidenceTable", text)


def evidence_columns() -> list[Column]:
    reliability = (
        ("", _tr("Not rated")),
        ("confirmed", _tr("Confirmed")),
        ("probable", _tr("Probable")),
        ("possible", _tr("Possible")),
        ("doubtful", _tr("Doubtful")),
        ("unknown", _tr("Cannot be judged")),
    )
    return [
        Column("title", _tr("Source"), "text"),
        Column("link", _tr("Link or reference"), "plain"),
        Column("accessed", _tr("Accessed"), "date"),
        Column("reliability", _tr("Reliability"), "choice", reliability),
        Column("confidential", _tr("Confidential"), "check"),
    ]


class EvidenceTable(RecordEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        names = {
            "table": _tr("Evidence"),
            "add": _tr("Add source"),
            "remove": _tr("Remove source"),
            "edit": _tr("Edit evidence"),
            "add_step": _tr("Add evidence"),
            "remove_step": _tr("Remove evidence"),
        }
        super().__init__(evidence_columns(), lambda: Evidence(title=Text()), names, parent)
