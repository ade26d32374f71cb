"""A selectable row: a radio button or tick box with a short key, a heading and a longer text, both wrapping.

Buttons cannot wrap their text, and rubric texts run to several lines (longer still in Thai), so the button
carries only the key ("3", "U", "RF1") and the labels beside it carry the words. A click anywhere on the row
acts on the button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent, QPalette
from PySide6.QtWidgets import QAbstractButton, QFrame, QGridLayout, QLabel, QRadioButton, QSizePolicy, QWidget

from hria_app.gui.widgets import look


def _wrapping_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class ChoiceRow(QFrame):
    def __init__(self, button: QAbstractButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = button
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.heading = _wrapping_label()
        self.detail = _wrapping_label()
        layout = QGridLayout(self)
        layout.addWidget(button, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.heading, 0, 1)
        layout.addWidget(self.detail, 1, 1)
        layout.setColumnStretch(1, 1)
        layout.setVerticalSpacing(0)
        margin = self.fontMetrics().height() // 4
        layout.setContentsMargins(margin, margin, margin, margin)
        button.toggled.connect(self._on_toggled)
        for label in (self.heading, self.detail):
            label.installEventFilter(self)

    def set_texts(self, key: str, heading: str, detail: str = "") -> None:
        self.button.setText(key)
        self.button.setAccessibleName(f"{key}: {heading}" if heading else key)
        self.button.setAccessibleDescription(detail)
        self.heading.setText(heading)
        self.heading.setVisible(bool(heading))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

    def set_detail_secondary(self) -> None:
        look.set_secondary(self.detail)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._activate()
        super().mousePressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and watched in (self.heading, self.detail):
            self._activate()
            return True
        return False

    def _activate(self) -> None:
        # A radio button that is already chosen stays chosen; a tick box toggles.
        if not (isinstance(self.button, QRadioButton) and self.button.isChecked()):
            self.button.click()

    def _on_toggled(self, checked: bool) -> None:
        self.setBackgroundRole(look.SELECTED_ROLE if checked else QPalette.ColorRole.Window)
