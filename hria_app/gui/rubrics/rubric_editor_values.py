"""Editors for single values of a rubric's data that are not text: a choice from a list, a number, a checkbox.

Like the text fields (rubric_editor_fields.py), each shows the value it is given and announces an edit as
(sub-path, new value, merge key), never echoing a shown value back as an edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QSpinBox,
    QWidget,
)

from hria_app.gui.rubrics.rubric_draft import MISSING
from hria_app.gui.rubrics.rubric_editor_fields import Field


class ChoiceField(Field):
    """One of a few values; with `default_label`, a first entry that removes the key (the method's default)."""

    def __init__(self, name: str, default_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.default_label = default_label
        self.combo = QComboBox()
        self.combo.setAccessibleName(name)
        self.combo.activated.connect(self._chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)
        self.options: list[tuple[Any, str]] = []
        self.value: Any = MISSING

    def set_options(self, options: list[tuple[Any, str]]) -> None:
        self.options = list(options)
        self.show_value(self.value)

    def show_value(self, value: Any) -> None:
        self.value = value
        entries: list[tuple[Any, str]] = [(MISSING, self.default_label)] if self.default_label else []
        entries += self.options
        if value is not MISSING and all(v != value for v, _label in entries):
            entries.append((value, self.tr("{value} (not valid here)").format(value=value)))
        blocker = QSignalBlocker(self.combo)
        if [self.combo.itemText(i) for i in range(self.combo.count())] != [label for _v, label in entries]:
            self.combo.clear()
            for _value, label in entries:
                self.combo.addItem(label)
        self._entries = entries
        self.combo.setCurrentIndex(next((i for i, (v, _l) in enumerate(entries) if v is value or v == value), 0))
        del blocker

    def _chosen(self, index: int) -> None:
        value = self._entries[index][0]
        self.value = value
        self.announce(value)


class NumberField(Field):
    """A number with a range; its lowest position, shown as `default_label`, removes the key."""

    def __init__(
        self,
        name: str,
        low: float,
        high: float,
        decimals: int = 0,
        default_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(name, parent)
        self.decimals = decimals
        step = 10**-decimals if decimals else 1
        self.spin: QSpinBox | QDoubleSpinBox
        if decimals:
            self.spin = QDoubleSpinBox()
            self.spin.setDecimals(decimals)
            self.spin.setSingleStep(step)
        else:
            self.spin = QSpinBox()
        self.has_default = bool(default_label)
        self.spin.setRange(low - step if self.has_default else low, high)  # type: ignore[arg-type]
        if self.has_default:
            self.spin.setSpecialValueText(default_label)
        self.spin.setAccessibleName(name)
        self.spin.lineEdit().setAccessibleName(name)  # takes the focus itself, and is what a screen reader names
        self.spin.valueChanged.connect(self._changed)
        self.spin.setMinimumWidth(self.fontMetrics().averageCharWidth() * 22)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        layout.addStretch(1)
        self.setFocusProxy(self.spin)

    def show_value(self, value: Any) -> None:
        blocker = QSignalBlocker(self.spin)
        number = value if isinstance(value, (int, float)) and not isinstance(value, bool) else self.spin.minimum()
        if isinstance(self.spin, QDoubleSpinBox):
            self.spin.setValue(float(number))
        else:
            self.spin.setValue(int(number))
        del blocker

    def _changed(self, number: float) -> None:
        if self.has_default and number <= self.spin.minimum():
            self.announce(MISSING, merge="spin")
            return
        value: Any = round(float(number), self.decimals) if self.decimals else int(number)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        self.announce(value, merge="spin")


class CheckField(Field):
    """true or false; the key is written only when it differs from the default."""

    def __init__(self, name: str, text: str, default: bool, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.default = default
        self.box = QCheckBox(text)
        self.box.setAccessibleName(name)
        self.box.toggled.connect(lambda on: self.announce(MISSING if on == self.default else on))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.setFocusProxy(self.box)

    def show_value(self, value: Any) -> None:
        blocker = QSignalBlocker(self.box)
        self.box.setChecked(value if isinstance(value, bool) else self.default)
        del blocker
