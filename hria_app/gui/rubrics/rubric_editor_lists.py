"""Editors for the repeated parts of a criterion: anchors (one per score), evidence prompts, recommendations, and
the red flags and references it can raise or cite."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hria_app.core.rubric import ADDRESSEES
from hria_app.core.yaml_source import PathKey
from hria_app.gui.rubrics.rubric_draft import MISSING
from hria_app.gui.rubrics.rubric_editor_fields import Field, TextField, text_parts
from hria_app.gui.widgets import look


class AnchorsField(Field):
    """What each score means for this criterion: one bilingual text per score on the rubric's scale."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.rows: dict[Any, TextField] = {}
        self._shape: list[tuple[Any, str]] = []
        self.scale: dict[int, str] = {}

    def set_scale(self, scale: dict[int, str]) -> None:
        self.scale = scale

    def show_value(self, value: Any) -> None:
        anchors = value if isinstance(value, dict) else {}
        keys = sorted(set(self.scale) | {k for k in anchors if isinstance(k, int)}, key=int)
        keys += [k for k in anchors if not isinstance(k, int)]
        shape = [(k, self._caption(k)) for k in keys]
        if shape != self._shape:
            self._rebuild(shape)
        for key, field in self.rows.items():
            field.show_value(anchors.get(key, MISSING))

    def _caption(self, score: Any) -> str:
        if score in self.scale:
            return f"{score} · {self.scale[score]}"
        return self.tr("{score} · not on the scale").format(score=score)

    def _rebuild(self, shape: list[tuple[Any, str]]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = {}
        for row, (key, caption) in enumerate(shape):
            label = QLabel(caption)
            label.setWordWrap(True)
            label.setMaximumWidth(self.fontMetrics().averageCharWidth() * 18)
            field = TextField(self.tr("Anchor {score}").format(score=key), multiline=True, lines=2)
            field.value_edited.connect(lambda _sub, value, merge, key=key: self.value_edited.emit((key,), value, merge))
            label.setBuddy(field)
            self.grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(field, row, 1)
            if key not in self.scale:
                remove = QPushButton(self.tr("Remove"))
                remove.setAccessibleName(self.tr("Remove anchor {score}").format(score=key))
                remove.clicked.connect(lambda _c=False, key=key: self.value_edited.emit((key,), MISSING, ""))
                self.grid.addWidget(remove, row, 2, Qt.AlignmentFlag.AlignTop)
            self.rows[key] = field
        self._shape = shape

    def focus_part(self, rest: PathKey) -> None:
        if rest and rest[0] in self.rows:
            self.rows[rest[0]].focus_part(rest[1:])
        elif self.rows:
            next(iter(self.rows.values())).focus_part(())


class TextListField(Field):
    """A list of bilingual texts (evidence prompts), or of {to, text} (recommendations) with `addressees`."""

    def __init__(self, name: str, add_label: str, addressees: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.addressees = addressees
        self.items: list[Any] = []
        self.rows: list[TextField] = []
        self.combos: list[QComboBox] = []
        self.row_box = QVBoxLayout()
        self.row_box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_label)
        self.add_button.setAccessibleName(add_label)
        self.add_button.clicked.connect(self._add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.row_box)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.labels = {
            "state": self.tr("The State"),
            "vendor": self.tr("The vendor"),
            "investors": self.tr("Investors and partners"),
            "all": self.tr("Everyone"),
        }

    def show_value(self, value: Any) -> None:
        items = value if isinstance(value, list) else []
        if len(items) != len(self.rows):
            self._rebuild(len(items))
        self.items = copy.deepcopy(items)
        for i, item in enumerate(items):
            text = item.get("text", MISSING) if self.addressees and isinstance(item, dict) else item
            self.rows[i].show_value(text)
            if self.addressees:
                to = item.get("to") if isinstance(item, dict) else None
                blocker = QSignalBlocker(self.combos[i])
                self.combos[i].setCurrentIndex(ADDRESSEES.index(to) if to in ADDRESSEES else -1)
                del blocker

    def _rebuild(self, count: int) -> None:
        while self.row_box.count():
            item = self.row_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows, self.combos = [], []
        for i in range(count):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            if self.addressees:
                combo = QComboBox()
                combo.addItems([self.labels[a] for a in ADDRESSEES])
                combo.setAccessibleName(self.tr("{field} {number}: addressed to").format(field=self.name, number=i + 1))
                combo.activated.connect(lambda index, i=i: self._set_to(i, ADDRESSEES[index]))
                line.addWidget(combo, 0, Qt.AlignmentFlag.AlignTop)
                self.combos.append(combo)
            field = TextField(
                self.tr("{field} {number}").format(field=self.name, number=i + 1), multiline=True, lines=2
            )
            field.value_edited.connect(lambda _sub, value, merge, i=i: self._set_text(i, value, merge))
            line.addWidget(field, 1)
            for text, tip, slot in (
                ("↑", self.tr("Move up"), lambda _c=False, i=i: self._move(i, -1)),
                ("↓", self.tr("Move down"), lambda _c=False, i=i: self._move(i, 1)),
                ("✕", self.tr("Remove"), lambda _c=False, i=i: self._remove(i)),
            ):
                button = QToolButton()
                button.setText(text)
                button.setToolTip(tip)
                button.setAccessibleName(
                    self.tr("{action} {field} {number}").format(action=tip, field=self.name, number=i + 1)
                )
                button.clicked.connect(slot)
                line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.row_box.addWidget(row)
            self.rows.append(field)

    def _set_text(self, i: int, value: Any, merge: str) -> None:
        if self.addressees:
            item = dict(self.items[i]) if isinstance(self.items[i], dict) else {"to": "state"}
            item["text"] = "" if value is MISSING else value
            self.value_edited.emit((i,), item, merge)
        else:
            self.value_edited.emit((i,), "" if value is MISSING else value, merge)

    def _set_to(self, i: int, to: str) -> None:
        item = dict(self.items[i]) if isinstance(self.items[i], dict) else {"text": ""}
        item["to"] = to
        self.announce(item, (i,))

    def _add(self) -> None:
        empty: Any = {"en": "", "th": ""}
        items = [*self.items, {"to": "state", "text": empty} if self.addressees else empty]
        self.announce(items)
        self.focus_part((len(items) - 1,))

    def _remove(self, i: int) -> None:
        items = [item for n, item in enumerate(self.items) if n != i]
        self.announce(items if items else MISSING)

    def _move(self, i: int, step: int) -> None:
        j = i + step
        if 0 <= j < len(self.items):
            items = list(self.items)
            items[i], items[j] = items[j], items[i]
            self.announce(items)
            self.focus_part((j,))

    def focus_part(self, rest: PathKey) -> None:
        if rest and isinstance(rest[0], int) and 0 <= rest[0] < len(self.rows):
            tail = rest[2:] if len(rest) > 1 and rest[1] == "text" else rest[1:]
            if len(rest) > 1 and rest[1] == "to" and self.combos:
                self.combos[rest[0]].setFocus(Qt.FocusReason.OtherFocusReason)
                return
            self.rows[rest[0]].focus_part(tail)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)


class IdChecklist(Field):
    """Which of the rubric's red flags (or references) a criterion lists: a checkable list of the defined ones."""

    def __init__(
        self,
        name: str,
        empty_text: str,
        default: list[str] | None = None,
        empty: Any = MISSING,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(name, parent)
        self.default = default  # what an absent key means, shown ticked
        self.empty_value = empty  # what unticking everything writes
        self.list = QListWidget()
        self.list.setAccessibleName(name)
        self.list.itemChanged.connect(self._toggled)
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        look.set_secondary(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        self.setFocusProxy(self.list)
        self.options: list[tuple[str, str]] = []
        self.value: list[Any] = []

    def set_options(self, options: list[tuple[str, str]]) -> None:
        self.options = options

    def show_value(self, value: Any) -> None:
        if value is MISSING and self.default is not None:
            value = self.default
        self.value = list(value) if isinstance(value, list) else []
        entries = list(self.options)
        entries += [
            (str(v), self.tr("{id} (not defined in this rubric)").format(id=v))
            for v in self.value
            if v not in dict(self.options)
        ]
        blocker = QSignalBlocker(self.list)
        self.list.clear()
        for item_id, label in entries:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if item_id in self.value else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        del blocker
        rows = max(1, min(len(entries), 6))
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() if entries else 0)
        self.list.setVisible(bool(entries))
        self.empty.setVisible(not entries)

    def _toggled(self, item: QListWidgetItem) -> None:
        item_id = item.data(Qt.ItemDataRole.UserRole)
        checked = item.checkState() == Qt.CheckState.Checked
        # Keep the file's order for ids already listed; a newly ticked one follows the rubric's order.
        order = [option for option, _label in self.options]
        chosen = [v for v in self.value if v != item_id]
        if checked:
            chosen.append(item_id)
            chosen.sort(key=lambda v: order.index(v) if v in order else len(order))
        self.announce(chosen if chosen else self.empty_value)


def short_text(value: Any, lang: str = "en") -> str:
    parts = text_parts(value)
    return parts.get(lang) or parts.get("en") or next(iter(parts.values()), "")
