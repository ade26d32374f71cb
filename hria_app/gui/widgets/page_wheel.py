"""The mouse wheel scrolls the page, not whatever box happens to be under the pointer.

A text box or list inside a scrolling page takes every wheel turn, even when it has nothing left to scroll, so
the page stops and the user must move to the margin to reach what is below. A drop-down under the pointer is
worse: the turn changes its value. Here an inner box scrolls while it can; at its end, and for drop-downs and
number boxes that do not have the keyboard focus, the turn goes to the page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QScrollArea, QWidget


class PageWheel(QObject):
    """Installed on the boxes inside `page`; see the module's docstring."""

    def __init__(self, page: QScrollArea) -> None:
        super().__init__(page)
        self.page = page
        self._watched: set[int] = set()

    def watch(self, root: QWidget) -> None:
        """Every box now inside `root` (call again after rebuilding part of the page; boxes are watched once)."""
        boxes: list[QWidget] = [*root.findChildren(QAbstractScrollArea), *root.findChildren(QComboBox)]
        boxes += root.findChildren(QAbstractSpinBox)
        for box in boxes:
            target = box.viewport() if isinstance(box, QAbstractScrollArea) else box
            if id(target) not in self._watched:
                self._watched.add(id(target))
                target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(event, QWheelEvent):
            return False
        box = watched.parent() if not isinstance(watched, (QComboBox, QAbstractSpinBox)) else watched
        if isinstance(box, QAbstractScrollArea) and not isinstance(box, QComboBox):
            if _can_scroll(box, event.angleDelta().y()):
                return False
        elif isinstance(box, QWidget) and box.hasFocus():
            return False  # a focused drop-down or number box is being set on purpose
        QCoreApplication.sendEvent(self.page.verticalScrollBar(), event)
        return True


def _can_scroll(box: QAbstractScrollArea, delta: int) -> bool:
    bar = box.verticalScrollBar()
    if delta > 0:
        return bar.value() > bar.minimum()
    if delta < 0:
        return bar.value() < bar.maximum()
    return False
