"""Mitigation for one criterion: the measures asked of whom and how far they got, and the residual score
the assessor expects once credited measures are in place.

A measure's status is the one source of truth for how far it got: the Action plan page shows and edits the same
value (planned is an open action, implemented and verified are done), so the two can never disagree. Owners, due
dates and reasons for dropping a measure are kept on the Action plan page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from hria_app.core.assessment import Measure
from hria_app.core.rubric import Rubric
from hria_app.core.text import Text
from hria_app.gui.widgets.i18n import follow_language
from hria_app.gui.widgets.record_table import Column, RecordEditor

translate = QCoreApplication.translate


def measure_columns() -> list[Column]:
    addressees = (
        ("state", translate("MitigationEditor", "State")),
        ("vendor", translate("MitigationEditor", "Vendor")),
        ("investors", translate("MitigationEditor", "Investors")),
        ("all", translate("MitigationEditor", "All")),
    )
    statuses = (
        ("planned", translate("MitigationEditor", "Planned")),
        ("in_progress", translate("MitigationEditor", "In progress")),
        ("implemented", translate("MitigationEditor", "Implemented")),
        ("verified", translate("MitigationEditor", "Verified")),
        ("dropped", translate("MitigationEditor", "Dropped")),
    )
    return [
        Column("text", translate("MitigationEditor", "Measure"), "text"),
        Column("to", translate("MitigationEditor", "Addressed to"), "choice", addressees),
        Column("status", translate("MitigationEditor", "Status"), "choice", statuses),
        Column("confidential", translate("MitigationEditor", "Confidential"), "check"),
    ]


class MitigationEditor(QWidget):
    measures_edited = Signal(tuple, str)
    residual_chosen = Signal(object)  # int, or None for "not judged"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measures = RecordEditor(measure_columns(), lambda: Measure(text=Text()), self._names())
        self.measures.records_edited.connect(self.measures_edited)
        self.residual = QComboBox()
        self.residual.activated.connect(lambda _row: self.residual_chosen.emit(self.residual.currentData()))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.residual_label = QLabel()
        self.residual_label.setBuddy(self.residual)
        form.addRow(self.residual_label, self.residual)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.measures)
        layout.addLayout(form)
        self.retranslate()

    def retranslate(self) -> None:
        self.measures.set_texts(measure_columns(), self._names())
        self.residual.setAccessibleName(translate("MitigationEditor", "Residual score"))
        self.residual_label.setText(translate("MitigationEditor", "&Residual score, once the measures are in place:"))
        if self.residual.count():
            self.residual.setItemText(0, translate("MitigationEditor", "Not judged"))

    def changeEvent(self, event: QEvent) -> None:
        follow_language(event, self.retranslate)
        super().changeEvent(event)

    @staticmethod
    def _names() -> dict[str, str]:
        return {
            "table": translate("MitigationEditor", "Mitigation measures"),
            "add": translate("MitigationEditor", "Add measure"),
            "remove": translate("MitigationEditor", "Remove measure"),
            "edit": translate("MitigationEditor", "Edit mitigation"),
            "add_step": translate("MitigationEditor", "Add mitigation measure"),
            "remove_step": translate("MitigationEditor", "Remove mitigation measure"),
        }

    def set_scale(self, rubric: Rubric, lang: str) -> None:
        blocker = QSignalBlocker(self.residual)
        current = self.residual.currentData()
        self.residual.clear()
        self.residual.addItem(translate("MitigationEditor", "Not judged"), None)
        for score, label in sorted(rubric.scoring.scale.items()):
            self.residual.addItem(f"{score}  ·  {label.get(lang)}", score)
        self.residual.setCurrentIndex(max(0, self.residual.findData(current)))
        del blocker

    def show_mitigation(self, measures: tuple[Measure, ...], residual: int | None) -> None:
        self.measures.set_records(measures)
        blocker = QSignalBlocker(self.residual)
        self.residual.setCurrentIndex(max(0, self.residual.findData(residual)))
        del blocker

    def set_language(self, lang: str) -> None:
        self.measures.set_language(lang)
