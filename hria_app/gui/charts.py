"""Charts drawn with QPainter: a severity x likelihood heat map and a bar per section.

Both take plain ChartItem values (built by the summary page from a scoring Result), size themselves from the font
so they stay legible at any display scaling, can be driven from the keyboard, and describe themselves in text
for screen readers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# Used when a rubric gives a level no colour: green to red across the levels, as in the default section levels.
_FALLBACK_COLOURS = ("#4caf50", "#fbc02d", "#f57c00", "#c62828")
NO_RATING_COLOUR = "#9e9e9e"
STEPS = (1, 2, 3, 4)  # severity and likelihood both run 1-4


def level_colour(colour: str, rank: int | None, max_rank: int) -> QColor:
    """The level's own colour, or one picked by its rank so that higher concern always looks hotter."""
    if colour:
        return QColor(colour)
    if rank is None:
        return QColor(NO_RATING_COLOUR)
    index = round(rank * (len(_FALLBACK_COLOURS) - 1) / max_rank) if max_rank else 0
    return QColor(_FALLBACK_COLOURS[index])


def readable_text_colour(background: QColor) -> QColor:
    """Black or white, whichever contrasts more with the background (WCAG relative luminance)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    luminance = (
        0.2126 * channel(background.redF())
        + 0.7152 * channel(background.greenF())
        + 0.0722 * channel(background.blueF())
    )
    return QColor("#000000") if luminance > 0.179 else QColor("#ffffff")


def _tint(colour: QColor, strength: float) -> QColor:
    """The colour mixed with white, so that markers drawn on top stay readable."""
    return QColor(
        round(255 - (255 - colour.red()) * strength),
        round(255 - (255 - colour.green()) * strength),
        round(255 - (255 - colour.blue()) * strength),
    )


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


@dataclass(frozen=True)
class MatrixCell:
    label: str
    colour: QColor


class _InteractiveChart(QWidget):
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


class RiskHeatMap(_InteractiveChart):
    """Severity (across) by likelihood (up); each cell tinted by the rating the matrix gives it, each section a
    chip in its cell. Only the rights-matrix method has severity and likelihood."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cells: dict[tuple[int, int], MatrixCell] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Risk heat map: severity by likelihood"))
        self.setAccessibleDescription(self.text_alternative())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_data(self, cells: Mapping[tuple[int, int], MatrixCell], items: Sequence[ChartItem]) -> None:
        """`cells` maps (likelihood, severity) to the matrix rating; `items` are the rated sections."""
        if cells != self._cells:
            self._cells = dict(cells)
            self.update()
        self._set_items([item for item in items if item.severity is not None and item.likelihood is not None])

    def text_alternative(self) -> str:
        if not self._items:
            return self.tr("No section is rated yet.")
        lines = [self._describe(item) for item in self._items]
        return "\n".join(lines)

    def _describe(self, item: ChartItem) -> str:
        return self.tr("{title}: severity {severity}, likelihood {likelihood}, rated {rating}").format(
            title=item.title, severity=item.severity, likelihood=item.likelihood, rating=item.rating
        )

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 26, line * 20)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 16, line * 14)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        line = self.fontMetrics().height()
        return max(line * 14, min(int(width * 0.7), line * 22))

    def _grid(self) -> QRectF:
        line = self.fontMetrics().height()
        left, bottom = line * 2.6, line * 2.8
        return QRectF(left, line * 0.5, self.width() - left - line * 0.5, self.height() - bottom - line * 0.5)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        grid = self._grid()
        cell_w, cell_h = grid.width() / len(STEPS), grid.height() / len(STEPS)
        text_colour = self.palette().windowText().color()
        small = self.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        for likelihood in STEPS:
            for severity in STEPS:
                rect = QRectF(
                    grid.left() + (severity - 1) * cell_w, grid.bottom() - likelihood * cell_h, cell_w, cell_h
                )
                cell = self._cells.get((likelihood, severity))
                fill = _tint(cell.colour, 0.55) if cell else self.palette().base().color()
                painter.fillRect(rect, fill)
                painter.setPen(QPen(self.palette().window().color(), 2))
                painter.drawRect(rect)
                if cell:
                    painter.setFont(small)
                    painter.setPen(readable_text_colour(fill))
                    painter.drawText(
                        rect.adjusted(4, 2, -4, -2),
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                        cell.label,
                    )
        self._draw_axes(painter, grid, cell_w, cell_h, text_colour)
        painter.setFont(self.font())
        self._draw_chips(painter)
        painter.end()

    def _draw_axes(self, painter: QPainter, grid: QRectF, cell_w: float, cell_h: float, colour: QColor) -> None:
        line = self.fontMetrics().height()
        painter.setPen(colour)
        painter.setFont(self.font())
        for step in STEPS:
            x = grid.left() + (step - 0.5) * cell_w
            painter.drawText(
                QRectF(x - line, grid.bottom() + 2, line * 2, line), Qt.AlignmentFlag.AlignCenter, str(step)
            )
            y = grid.bottom() - (step - 0.5) * cell_h
            painter.drawText(
                QRectF(grid.left() - line * 1.2, y - line / 2, line, line), Qt.AlignmentFlag.AlignCenter, str(step)
            )
        painter.drawText(
            QRectF(grid.left(), grid.bottom() + line * 1.2, grid.width(), line * 1.4),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Severity →"),
        )
        painter.save()
        painter.translate(line * 0.2, grid.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-grid.height() / 2, 0, grid.height(), line * 1.3),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Likelihood →"),
        )
        painter.restore()

    def _item_rects(self) -> list[tuple[QRectF, int]]:
        grid = self._grid()
        cell_w, cell_h = grid.width() / len(STEPS), grid.height() / len(STEPS)
        metrics = self.fontMetrics()
        pad = metrics.height() * 0.3
        chip_h = metrics.height() + pad
        by_cell: dict[tuple[int, int], list[int]] = {}
        for index, item in enumerate(self._items):
            by_cell.setdefault((item.likelihood or 1, item.severity or 1), []).append(index)
        rects = []
        for (likelihood, severity), indices in by_cell.items():
            cell = QRectF(grid.left() + (severity - 1) * cell_w, grid.bottom() - likelihood * cell_h, cell_w, cell_h)
            x, y = cell.left() + pad, cell.top() + pad
            for index in indices:
                chip_w = min(metrics.horizontalAdvance(self._items[index].short) + 2 * pad, cell_w - 2 * pad)
                if x + chip_w > cell.right() - pad and x > cell.left() + pad:
                    x, y = cell.left() + pad, y + chip_h + pad / 2
                rects.append((QRectF(x, y, chip_w, chip_h), index))
                x += chip_w + pad / 2
        return rects

    def _draw_chips(self, painter: QPainter) -> None:
        metrics = self.fontMetrics()
        for rect, index in self._item_rects():
            item = self._items[index]
            text = metrics.elidedText(item.short, Qt.TextElideMode.ElideRight, int(rect.width() - 4))
            painter.setPen(QPen(item.colour.darker(160), 1.5))
            painter.setBrush(QColor("#ffffff"))
            painter.drawRoundedRect(rect, rect.height() / 3, rect.height() / 3)
            painter.setPen(QColor("#000000"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            if self.hasFocus() and index == self._current:
                self._draw_focus(painter, rect)


class SectionBarChart(_InteractiveChart):
    """One bar per section, worst first: the bar's length is the share of the section's maximum score, its colour
    the section's rating."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Sections by rating, worst first"))
        self.setAccessibleDescription(self.text_alternative())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_items(self, items: Sequence[ChartItem]) -> None:
        ordered = sorted(items, key=lambda i: (-(i.rank if i.rank is not None else -1), -i.percent))
        self._set_items(ordered)

    def text_alternative(self) -> str:
        if not self._items:
            return self.tr("No sections.")
        return "\n".join(self._describe(item) for item in self._items)

    def _describe(self, item: ChartItem) -> str:
        if not item.rating:
            return self.tr("{title}: not rated (nothing applicable)").format(title=item.title)
        return self.tr("{title}: {rating}, {percent}% of the maximum score").format(
            title=item.title, rating=item.rating, percent=round(item.percent)
        )

    def _row_height(self) -> float:
        return self.fontMetrics().height() * 1.7

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 30, int(self._row_height() * max(1, len(self._items)) + line))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().height() * 18, self.sizeHint().height())

    def _geometry(self) -> tuple[float, QRectF, float]:
        """The label column's width, the bar track (left and width), and the value column's width."""
        metrics = self.fontMetrics()
        line = metrics.height()
        widest = max((metrics.horizontalAdvance(item.title) for item in self._items), default=0)
        label_w = min(self.width() * 0.5, widest + line * 0.5)
        value_w = max((metrics.horizontalAdvance(self._value_text(i)) for i in self._items), default=0) + line
        track = QRectF(label_w + line * 0.5, 0, max(line, self.width() - label_w - value_w - line), 0)
        return label_w, track, value_w

    def _value_text(self, item: ChartItem) -> str:
        return f"{item.rating} {round(item.percent)}%" if item.rating else self.tr("not rated")

    def _item_rects(self) -> list[tuple[QRectF, int]]:
        line = self.fontMetrics().height()
        row_h = self._row_height()
        return [(QRectF(0, line * 0.5 + row * row_h, self.width(), row_h), row) for row in range(len(self._items))]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        label_w, track, value_w = self._geometry()
        text_colour = self.palette().windowText().color()
        for row_rect, row in self._item_rects():
            item = self._items[row]
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, row_rect.top(), label_w, row_rect.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(item.title, Qt.TextElideMode.ElideRight, int(label_w)),
            )
            bar_h = row_rect.height() * 0.62
            bar_top = row_rect.top() + (row_rect.height() - bar_h) / 2
            painter.fillRect(QRectF(track.left(), bar_top, track.width(), bar_h), _tint(item.colour, 0.18))
            painter.fillRect(
                QRectF(track.left(), bar_top, max(2.0, track.width() * item.percent / 100), bar_h), item.colour
            )
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(track.right() + line * 0.4, row_rect.top(), value_w, row_rect.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._value_text(item),
            )
            if self.hasFocus() and row == self._current:
                self._draw_focus(painter, row_rect.adjusted(4, 1, -4, -1))
        painter.end()
