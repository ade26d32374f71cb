"""What the summary's charts share: level colours, the plain values they draw, and a chart whose items can be
clicked and reached from the keyboard. The charts themselves: heat_map.py (severity x likelihood) and
section_bars.py (a bar per section).

Both take plain ChartItem values (built by the summary page from a scoring Result), size themselves from the font
so they stay legible at any display scaling, can be driven from the keyboard, and describe themselves in text
for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QWidget

from hria_app.core import level_colours
from hria_app.core.scoring.display import percent_text

# The policy (colours by rank, the ink on them, tints) is core.level_colours, shared with the brief; here the hex
# colours become QColors.
NO_RATING_COLOUR = level_colours.NO_RATING_COLOUR
STEPS = level_colours.STEPS


def level_colour(colour: str, rank: int | None, max_rank: int) -> QColor:
    """The level's own colour, or one picked by its rank so that higher concern always looks hotter."""
    return QColor(level_colours.level_colour(colour, rank, max_rank))


def readable_text_colour(background: QColor) -> QColor:
    """The dark or the light ink, whichever contrasts more with the background."""
    return QColor(level_colours.ink_on(background.name()))


def tint(colour: QColor, strength: float) -> QColor:
    """The colour mixed with white (`strength` 1 keeps it, 0 is white), so that markers drawn on top stay
    readable."""
    return QColor(level_colours.mix_with_white(colour.name(), 1 - strength))


@dataclass(frozen=True)
class ChartItem:
    key: str  # section id, emitted when the item is activated
    short: str  # drawn on the chart
    title: str  # full name, for tooltips and the text alternative
    rating: str  # the level's label, "" when not rated
    colour: QColor
    rank: int | None
    percent: float
    severity: int | None = None
    likelihood: int | None = None
    edges: tuple[float, ...] = ()  # the band edges as percents, so that the percent shows as the brief shows it

    @property
    def percent_label(self) -> str:
        return percent_text(self.percent, self.edges)


@dataclass(frozen=True)
class MatrixCell:
    label: str
    colour: QColor


class InteractiveChart(QWidget):
    """Hit testing, keyboard navigation and focus drawing shared by both charts."""

    section_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[ChartItem] = []
        self._current = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)

    @property
    def items(self) -> list[ChartItem]:
        return list(self._items)

    def item_rect(self, key: str) -> QRectF:
        """Where an item is drawn, in widget coordinates (empty when it is not drawn)."""
        for rect, index in self._item_rects():
            if self._items[index].key == key:
                return rect
        return QRectF()

    def text_alternative(self) -> str:
        raise NotImplementedError

    def _item_rects(self) -> list[tuple[QRectF, int]]:
        """Each drawn item's clickable area with its index; computed from the current size and font."""
        raise NotImplementedError

    def _describe(self, item: ChartItem) -> str:
        raise NotImplementedError

    def _set_items(self, items: Sequence[ChartItem]) -> None:
        items = list(items)
        if items == self._items:
            return  # most edits leave a chart as it was: skip the repaint
        keep = self._items[self._current].key if self._items and self._current < len(self._items) else None
        resized = len(items) != len(self._items)
        self._items = items
        keys = [item.key for item in self._items]
        self._current = keys.index(keep) if keep in keys else 0
        self.setAccessibleDescription(self.text_alternative())
        if resized:
            self.updateGeometry()
        self.update()

    def _item_at(self, point: QPointF) -> int | None:
        for rect, index in self._item_rects():
            if rect.contains(point):
                return index
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._item_at(event.position())
        if index is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._current = index
        self.update()
        self.section_clicked.emit(self._items[index].key)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self._item_at(event.position())
        self.setToolTip(self._describe(self._items[index]) if index is not None else "")
        cursor = Qt.CursorShape.PointingHandCursor if index is not None else Qt.CursorShape.ArrowCursor
        self.setCursor(cursor)
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if not self._items:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._move(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._move(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.section_clicked.emit(self._items[self._current].key)
        else:
            super().keyPressEvent(event)

    def _move(self, step: int) -> None:
        self._current = (self._current + step) % len(self._items)
        self.setToolTip(self._describe(self._items[self._current]))
        self.setAccessibleDescription(self._describe(self._items[self._current]))
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.setAccessibleDescription(self.text_alternative())
        super().focusOutEvent(event)

    def _draw_focus(self, painter: QPainter, rect: QRectF) -> None:
        pen = QPen(self.palette().highlight().color(), max(2.0, self.fontMetrics().height() / 8))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 4, 4)
