"""The summary's risk heat map: severity across, likelihood up, a chip per section in its cell."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from hria_app.gui.assessment.charts import (
    STEPS,
    ChartItem,
    InteractiveChart,
    MatrixCell,
    readable_text_colour,
    tint,
)


class RiskHeatMap(InteractiveChart):
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
                fill = tint(cell.colour, 0.55) if cell else self.palette().base().color()
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
