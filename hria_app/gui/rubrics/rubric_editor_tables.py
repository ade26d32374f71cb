"""Small tables of the scoring block: the scale (score -> label) and the result levels (id, label, band, colour)."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hria_app.core.text import LANGUAGES
from hria_app.core.yaml_source import PathKey
from hria_app.gui.rubrics.rubric_draft import MISSING
from hria_app.gui.rubrics.rubric_editor_fields import Field, text_parts, with_part

# A column: (key in the item, caption, kind). kind "en"/"th": that language of the item's text at `key`.
Column = tuple[str, str, str]


class ItemTable(Field):
    """A table over a list of items; every committed cell is one edit of the whole list."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.columns = self.make_columns()
        self.items: list[Any] = []
        self.table = QTableWidget(0, len(self.columns))
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels([caption for _k, caption, _kind in self.columns])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in every other field of the form
        header = self.table.horizontalHeader()
        for column, (_key, _caption, kind) in enumerate(self.columns):
            mode = QHeaderView.ResizeMode.Stretch if kind in LANGUAGES else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        self.table.itemChanged.connect(self._cell_edited)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(self.buttons)
        self.setFocusProxy(self.table)

    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    def add_button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(f"{text} ({self.name})")
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    # Converting between the file's value and rows; subclasses for other shapes.
    def rows_of(self, value: Any) -> list[Any]:
        return list(value) if isinstance(value, list) else []

    def value_of(self, rows: list[Any]) -> Any:
        return rows

    def cell(self, item: Any, key: str, kind: str) -> str:
        value = item.get(key, MISSING) if isinstance(item, dict) else MISSING
        if kind in LANGUAGES:
            return text_parts(value).get(kind, "")
        return "" if value is MISSING else str(value)

    def with_cell(self, item: Any, key: str, kind: str, text: str) -> Any:
        item = dict(item) if isinstance(item, dict) else {}
        if kind in LANGUAGES:
            item[key] = with_part(item.get(key, MISSING), kind, text, required=True)
        elif not text.strip():
            item.pop(key, None)
        elif kind == "number":
            try:
                number = float(text)
                item[key] = int(number) if number.is_integer() else number
            except ValueError:
                item[key] = text
        else:
            item[key] = text.strip()
        return item

    def show_value(self, value: Any) -> None:
        self.items = copy.deepcopy(self.rows_of(value))
        blocker = QSignalBlocker(self.table)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            for column, (key, _caption, kind) in enumerate(self.columns):
                text = self.cell(item, key, kind)
                cell = self.table.item(row, column)
                if cell is None:
                    cell = QTableWidgetItem()
                    self.table.setItem(row, column, cell)
                if cell.text() != text:
                    cell.setText(text)
                if kind == "colour":
                    cell.setData(
                        Qt.ItemDataRole.DecorationRole, QColor(text) if QColor.isValidColorName(text) else None
                    )
        del blocker
        rows = max(len(self.items), 2)
        height = self.table.horizontalHeader().height() + self.table.verticalHeader().defaultSectionSize() * rows
        self.table.setFixedHeight(height + 2 * self.table.frameWidth())

    def _cell_edited(self, cell: QTableWidgetItem) -> None:
        row, column = cell.row(), cell.column()
        if not 0 <= row < len(self.items):
            return
        key, _caption, kind = self.columns[column]
        items = list(self.items)
        items[row] = self.with_cell(items[row], key, kind, cell.text())
        self.announce(self.value_of(items))

    def current_row(self) -> int:
        return self.table.currentRow()

    def focus_part(self, rest: PathKey) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        keys = [key for key, _c, _k in self.columns]
        if rest and isinstance(rest[0], int):
            row = [i for i, item in enumerate(self.items) if self._key_of(i, item) == rest[0]]
            column = keys.index(str(rest[1])) if len(rest) > 1 and rest[1] in keys else 0
            if len(rest) > 2 and rest[2] == "th" and column + 1 < len(keys):
                column += 1
            if row:
                self.table.setCurrentCell(row[0], column)

    def _key_of(self, index: int, item: Any) -> Any:
        return index


class ScaleTable(ItemTable):
    """The scale: scores from 0 up, each with a label."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.add_button(self.tr("Add a score"), self._add)
        self.add_button(self.tr("Remove the top score"), self._remove)
        self.buttons.addStretch(1)

    def make_columns(self) -> list[Column]:
        return [
            ("score", self.tr("Score"), "score"),
            ("label", self.tr("English"), "en"),
            ("label", self.tr("Thai"), "th"),
        ]

    def rows_of(self, value: Any) -> list[Any]:
        if not isinstance(value, dict):
            return []
        return [{"score": k, "label": v} for k, v in sorted(value.items(), key=lambda kv: str(kv[0]).zfill(4))]

    def value_of(self, rows: list[Any]) -> Any:
        return {row["score"]: row.get("label", "") for row in rows}

    def cell(self, item: Any, key: str, kind: str) -> str:
        return str(item["score"]) if kind == "score" else super().cell(item, key, kind)

    def with_cell(self, item: Any, key: str, kind: str, text: str) -> Any:
        if kind == "score":
            return item  # scores are positions: added and removed at the top, never renumbered by hand
        return super().with_cell(item, key, kind, text)

    def _add(self) -> None:
        scores = [row["score"] for row in self.items if isinstance(row["score"], int)]
        self.announce(self.value_of([*self.items, {"score": max(scores, default=-1) + 1, "label": ""}]))

    def _remove(self) -> None:
        if len(self.items) > 0:
            self.announce(self.value_of(self.items[:-1]))

    def _key_of(self, index: int, item: Any) -> Any:
        return item["score"]


class LevelsTable(ItemTable):
    """Result levels, lowest concern first: id, label, the top of the band (all but the last) and a colour."""

    def __init__(self, name: str, banded: bool = True, parent: QWidget | None = None) -> None:
        self.banded = banded  # read by make_columns, during the base class's construction
        super().__init__(name, parent)
        self.add_button(self.tr("Add a level"), self._add)
        self.add_button(self.tr("Remove"), self._remove)
        self.add_button(self.tr("Move up"), lambda: self._move(-1))
        self.add_button(self.tr("Move down"), lambda: self._move(1))
        self.buttons.addStretch(1)

    def make_columns(self) -> list[Column]:
        columns = [("id", self.tr("Id"), "str"), ("label", self.tr("English"), "en"), ("label", self.tr("Thai"), "th")]
        if self.banded:
            columns.append(("upto", self.tr("Up to"), "number"))
        return [*columns, ("colour", self.tr("Colour"), "colour")]

    def _add(self) -> None:
        taken = {item.get("id") for item in self.items if isinstance(item, dict)}
        number = len(self.items) + 1
        while f"L{number}" in taken:
            number += 1
        self.announce([*self.items, {"id": f"L{number}", "label": ""}])

    def _remove(self) -> None:
        row = self.current_row()
        if 0 <= row < len(self.items):
            self.announce([item for i, item in enumerate(self.items) if i != row])

    def _move(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if 0 <= row < len(self.items) and 0 <= target < len(self.items):
            items = list(self.items)
            items[row], items[target] = items[target], items[row]
            self.announce(items)
            self.table.setCurrentCell(target, max(self.table.currentColumn(), 0))
