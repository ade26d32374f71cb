"""An editable table over a tuple of frozen records (evidence items, mitigation measures).

The table never changes the records itself: an edit is announced as the whole new tuple, the owner pushes it to
the document as one undo step, and the document's change comes back through `set_records`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hria_app.core.dates import date_problem
from hria_app.core.issue_messages import Message, message
from hria_app.core.text import Text
from hria_app.gui.widgets import look, user_text
from hria_app.gui.widgets.bilingual_edit import language_name, missing_here, other_language
from hria_app.gui.widgets.i18n import interface_language, shown_date, typed_date
from hria_app.gui.widgets.record_columns import OTHER_VERSION_ROLE, Column, RecordDelegate

__all__ = ["Column", "RecordEditor", "RecordTableModel"]

AnyIndex = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    records_edited = Signal(tuple)
    edit_refused = Signal(str)  # why a typed value was not taken, naming the row and the column

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.records: tuple[Any, ...] = ()
        self.lang = "en"

    def set_records(self, records: tuple[Any, ...]) -> None:
        if records == self.records:
            return
        if len(records) == len(self.records):
            self.records = records
            self.dataChanged.emit(self.index(0, 0), self.index(len(records) - 1, len(self.columns) - 1))
        else:
            self.beginResetModel()
            self.records = records
            self.endResetModel()

    def set_language(self, lang: str) -> None:
        """Which version of the records' texts is shown and edited (the answer language)."""
        self.lang = lang
        if self.records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.records) - 1, len(self.columns) - 1))

    def set_columns(self, columns: Sequence[Column]) -> None:
        """The same columns with their titles and choices in another interface language."""
        self.columns = tuple(columns)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        self.set_language(self.lang)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].kind == "check":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = getattr(self.records[index.row()], column.field)
        if column.kind == "check":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                answer = self.tr("yes") if value else self.tr("no")
                return f"{column.title}: {answer}"
            return None
        if column.kind == "text":
            return self._text_data(value, role)
        shown = shown_date(str(value)) if column.kind == "date" else str(value)
        if role == Qt.ItemDataRole.EditRole:
            return shown
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.label_of(shown) if column.kind == "choice" else shown
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        record = self.records[index.row()]
        if column.kind == "check" and role == Qt.ItemDataRole.CheckStateRole:
            new_value: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column.kind == "text":
            new_value = user_text.edited(getattr(record, column.field), self.lang, str(value).strip())
        elif column.kind == "date":
            typed = str(value).strip()
            new_value = typed_date(typed) if typed else ""
            if new_value is None:
                self._refuse(index, date_problem(typed))
                return False
        elif column.kind == "choice":
            new_value = str(value)
            if new_value not in {stored for stored, _label in column.choices}:
                return False
        else:
            new_value = str(value).strip()
        if new_value == getattr(record, column.field):
            return True
        updated = list(self.records)
        updated[index.row()] = replace(record, **{column.field: new_value})
        self.records_edited.emit(tuple(updated))
        return True

    def _refuse(self, index: AnyIndex, problem: Message | None) -> None:
        # A typed date only fails the calendar check or the format; the core says which, in its words.
        why = problem or message("invalid_value", value="", hint=message("hint_iso_date"))
        self.edit_refused.emit(
            self.tr("Row {row}, {column}: {problem}").format(
                row=index.row() + 1, column=self.columns[index.column()].title, problem=why.text(interface_language())
            )
        )

    def _text_data(self, text: Text, role: int) -> Any:
        """A text cell: the answer language's version; when only the other exists, that one, marked missing."""
        mine = user_text.shown(text, self.lang)
        other = other_language(self.lang)
        theirs = text.get(other, fallback=False)
        missing = missing_here(text, self.lang)
        if role == Qt.ItemDataRole.EditRole:
            return mine
        if role == OTHER_VERSION_ROLE:
            return theirs
        if role == Qt.ItemDataRole.DisplayRole:
            if missing:
                return self.tr("[not in {language}] {text}").format(language=language_name(self.lang), text=theirs)
            return mine
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            versions = [f"{language_name(lang)}: {text.get(lang, fallback=False)}" for lang in (self.lang, other)]
            if missing:
                versions[0] = self.tr("Not yet written in {language}").format(language=language_name(self.lang))
            return "\n".join(versions) if text else ""
        if role == Qt.ItemDataRole.ForegroundRole and missing:
            return look.WARNING_COLOUR
        if role == Qt.ItemDataRole.FontRole and missing:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class RecordEditor(QWidget):
    """A table with Add and Remove buttons. `records_edited(records, label)` carries each change."""

    records_edited = Signal(tuple, str)

    def __init__(
        self,
        columns: Sequence[Column],
        new_record: Callable[[], Any],
        names: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = RecordTableModel(columns, self)
        self._new_record = new_record
        self._names = names
        self.model.records_edited.connect(self._on_records_edited)
        self.problem_label = QLabel()  # why the last typed value was refused, until the next edit is taken
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        look.set_warning(self.problem_label)
        self.problem_label.hide()
        self.model.edit_refused.connect(self._show_problem)
        self.model.modelReset.connect(self._fit_height)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(RecordDelegate(columns, self.view))
        self.view.setAccessibleName(names["table"])
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else on the page
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for number, column in enumerate(columns):
            if number == 0 or column.kind == "text":  # the free texts share the width; the rest fit their content
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)

        self.add_button = QPushButton(names["add"])
        self.add_button.setAccessibleName(names["add"])
        self.add_button.clicked.connect(self.add_record)
        self.remove_button = QPushButton(names["remove"])
        self.remove_button.setAccessibleName(names["remove"])
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)
        self._fit_height()
        self._update_buttons()

    def set_records(self, records: tuple[Any, ...]) -> None:
        self.model.set_records(records)

    def set_texts(self, columns: Sequence[Column], names: dict[str, str]) -> None:
        """Column titles, choices and button names in the interface language."""
        self._names = names
        self.model.set_columns(columns)
        delegate = self.view.itemDelegate()
        if isinstance(delegate, RecordDelegate):
            delegate.columns = tuple(columns)
        self.view.setAccessibleName(names["table"])
        current = self.view.currentIndex()
        editor = self.view.indexWidget(current) if current.isValid() else None
        if editor is not None:  # a cell being edited while the language changes
            editor.setAccessibleName(self.model.columns[current.column()].title)
        self.add_button.setText(names["add"])
        self.add_button.setAccessibleName(names["add"])
        self.remove_button.setText(names["remove"])
        self.remove_button.setAccessibleName(names["remove"])

    def set_language(self, lang: str) -> None:
        self.model.set_language(lang)

    def add_record(self) -> None:
        self.records_edited.emit((*self.model.records, self._new_record()), self._names["add_step"])
        row = len(self.model.records) - 1
        if row >= 0:
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.view.selectionModel().selectedRows()}
        if not rows:
            return
        kept = tuple(r for i, r in enumerate(self.model.records) if i not in rows)
        self.records_edited.emit(kept, self._names["remove_step"])

    def _on_records_edited(self, records: tuple[Any, ...]) -> None:
        self.problem_label.hide()
        self.records_edited.emit(records, self._names["edit"])

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setAccessibleName(text)
        self.problem_label.show()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    def _fit_height(self) -> None:
        # The table lives in a scrolling page: show every row instead of a second scroll bar.
        rows = max(3, len(self.model.records))
        row_height = self.view.verticalHeader().defaultSectionSize()
        height = self.view.horizontalHeader().sizeHint().height() + rows * row_height + 2 * self.view.frameWidth()
        self.view.setFixedHeight(height)
