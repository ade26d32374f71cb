"""Archived answers: what the assessor answered to criteria that a later rubric version removed.

Read-only. Nothing is dropped when a rubric is upgraded; this is where those answers stay visible (and the PDF
prints them in its annex).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from hria_app.core.assessment import Answer, ArchivedAnswer
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.widgets import look

AnyIndex = QModelIndex | QPersistentModelIndex
CRITERION, VERSION, QUESTION, ANSWER, NOTES = range(5)


class ArchiveModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: tuple[ArchivedAnswer, ...] = ()
        self.lang = "en"
        self.headers = [
            self.tr("Criterion"),
            self.tr("Rubric version"),
            self.tr("Question"),
            self.tr("Answer"),
            self.tr("Notes"),
        ]

    def set_items(self, items: tuple[ArchivedAnswer, ...]) -> None:
        if items == self.items:
            return
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, NOTES))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, index.column())
        return None

    def _text(self, item: ArchivedAnswer, column: int) -> str:
        if column == CRITERION:
            return item.criterion_id
        if column == VERSION:
            return item.rubric_version
        if column == QUESTION:
            return item.question.get(self.lang)
        if column == ANSWER:
            return self.describe(item.answer)
        return item.answer.notes.get(self.lang)

    def describe(self, answer: Answer) -> str:
        text = {
            "unanswered": self.tr("not answered"),
            "unknown": self.tr("unknown"),
            "not_applicable": self.tr("not applicable"),
            "scored": self.tr("score {score}").format(score=answer.score),
        }[answer.status]
        if answer.red_flags:
            text += self.tr(", red flags {flags}").format(flags=", ".join(answer.red_flags))
        if answer.evidence:
            text += self.tr(", %n evidence item(s)", "", len(answer.evidence))
        return text


class ArchiveView(QWidget):
    emptiness_changed = Signal(bool)  # True when there is nothing archived

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: AssessmentDocument | None = None
        self.model = ArchiveModel(self)
        intro = QLabel(
            self.tr(
                "Answers to criteria that a newer version of the rubric removed. They are kept with the assessment "
                "and printed in the brief's annex; they no longer count towards the result."
            )
        )
        intro.setWordWrap(True)
        look.set_secondary(intro)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Archived answers"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTES, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        self._empty = True

    @property
    def empty(self) -> bool:
        return not self.model.items

    def set_document(self, document: AssessmentDocument | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self.refresh)
        self.document = document
        if document is not None:
            document.changed.connect(self.refresh)
        self.refresh()

    def set_language(self, lang: str) -> None:
        self.model.set_language(lang)

    def refresh(self) -> None:
        self.model.set_items(self.document.assessment.archive if self.document is not None else ())
        self.table.resizeRowsToContents()
        if self.empty != self._empty:
            self._empty = self.empty
            self.emptiness_changed.emit(self._empty)
