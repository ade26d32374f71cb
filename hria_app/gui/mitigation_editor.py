"""Mitigation for one criterion: the measures asked of whom and how far they got, and the residual score
the assessor expects once credited measures are in place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWidget

from hria_app.core.assessment import Measure
from hria_app.core.rubric import Rubric
from hria_app.core.text import Text
from hria_app.gui.record_table import Column, RecordEditor


def _tr(text: str) -> str:
    return QCoreApplication.translate("MitigationEditor", text)


def measure_columns() -> list[Column]:
    addressees = (
        ("state", _tr("State")),
        ("vendor", _tr("Vendor")),
        ("investors", _tr("Investors")),
        ("all", _tr("All")),
    )
    statuses = (
        ("planned", _tr("Planned")),
        ("implemented", _tr("Implemented")),
        ("verified", _tr("Verified")),
    )
    return [
        Column("text", _tr("Measure"), "text"),
        Column("to", _tr("Addressed to"), "choice", addressees),
        Column("status", _tr("Status"), "choice", statuses),
        Column("confidential", _tr("Confidential"), "check"),
    ]


class MitigationEditor(QWidget):
    measures_edited = Signal(tuple, str)
    residual_chosen = Signal(object)  # int, or None for "not judged"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = {
            "table": _tr("Mitigation measures"),
            "add": _tr("Add measure"),
            "remove": _tr("Remove measure"),
            "edit": _tr("Edit mitigation"),
            "add_step": _tr("Add mitigation measure"),
            "remove_step": _tr("Remove mitigation measure"),
        }
        self.measures = RecordEditor(measure_columns(), lambda: Measure(text=Text()), names)
        self.measures.records_edited.connect(self.measures_edited)
        self.residual = QComboBox()
        self.residual.setAccessibleName(_tr("Residual score"))
        self.residual.activated.connect(lambda _row: self.residual_chosen.emit(self.residual.currentData()))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(_tr("&Residual score, once the measures are in place:"), self.residual)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.measures)
        layout.addLayout(form)

    def set_scale(self, rubric: Rubric, lang: str) -> None:
        blocker = QSignalBlocker(self.residual)
        current = self.residual.currentData()
        self.residual.clear()
        self.residual.addItem(_tr("Not judged"), None)
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
