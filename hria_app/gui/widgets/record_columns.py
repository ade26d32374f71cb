"""A record table's columns (the record's field each shows, its title, how it is edited) and the editors of their
cells: a list of choices, a date checked as typed, or a line of text that shows the other language's version while
its translation is typed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from hria_app.gui.widgets.i18n import interface_language

Kind = Literal["text", "plain", "date", "choice", "check"]
AnyIndex = QModelIndex | QPersistentModelIndex
OTHER_VERSION_ROLE = Qt.ItemDataRole.UserRole + 1  # a text cell's version in the other language
# What may stand in the editor while an ISO date is typed; the model checks the whole date on the calendar.
PARTIAL_DATE = QRegularExpression(r"^\d{0,4}(-\d{0,2}(-\d{0,2})?)?$")


@dataclass(frozen=True)
class Column:
    field: str
    title: str
    kind: Kind = "plain"
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, label shown)

    def label_of(self, value: str) -> str:
        return next((label for stored, label in self.choices if stored == value), value)


class RecordDelegate(QStyledItemDelegate):
    """Editors by column kind: a list of choices, a date checked as typed, or a line of text."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        column = self.columns[index.column()]
        if column.kind == "choice":
            combo = QComboBox(parent)
            combo.setAccessibleName(column.title)
            for stored, label in column.choices:
                combo.addItem(label, stored)
            return combo
        editor = QLineEdit(parent)
        editor.setAccessibleName(column.title)
        if column.kind == "date":
            editor.setPlaceholderText(self.tr("YYYY-MM-DD"))
            if interface_language() == "en":  # Thai dates are typed in several forms (26 พ.ย. 2569, 26/11/2569)
                editor.setValidator(QRegularExpressionValidator(PARTIAL_DATE, editor))
        elif column.kind == "text":
            # The other language's version, in sight while its translation is typed.
            editor.setPlaceholderText(str(index.data(OTHER_VERSION_ROLE) or ""))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(value or "")

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
