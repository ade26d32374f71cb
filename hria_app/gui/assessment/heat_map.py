"""The summary's risk heat map: severity across, likelihood up, a chip per section in its cell."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

from hria_app.gui.assessment.charts import (
    STEPS,
    ChartItem,
    InteractiveChart,
    MatrixCell,
    readable_text_colour,
    tint,
)
from hria_app.gui.assessment.heat_map_chips import (
    ChipMetrics,
    PlacedChip,
    cell_height_for,
    place_chips,
    rows_needed,
)


class RiskHeatMap(InteractiveChart):
    """Severity (across) by likelihood (up); each cell tinted by the rating the matrix gives it, each section a
    chip in its cell. Only the rights-matrix method has severity and likelihood."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cells: dict[tuple[int, int], MatrixCell] = {}
        self._crowding: tuple[int, ...] = ()  # sections per cell, which decides the height the cells need
        self.overflow_menu: QMenu | None = None
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
        crowding = tuple(sorted(len(indices) for indices in self._by_cell().values()))
        if crowding != self._crowding:
            self._crowding = crowding
            self.updateGeometry()

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
        usual = max(line * 14, min(int(width * 0.7), line * 22))
        # A crowded cell makes its row taller, so that each section keeps a chip of its own.
        usual_row = (usual - line * 3.3) / len(STEPS)
        extra = sum(max(0.0, need - usual_row) for need in self._row_needs(width).values())
        return int(usual + extra + 1)

    def _row_needs(self, width: float) -> dict[int, float]:
        """likelihood -> the height its row needs for the chips of its most crowded cell."""
        cell_width = (width - self.fontMetrics().height() * 3.1) / len(STEPS)
        metrics, chip_width = self._chip_metrics(), self._chip_width()
        needs = dict.fromkeys(STEPS, 0.0)
        for (likelihood, _severity), indices in self._by_cell().items():
            rows = rows_needed(len(indices), cell_width, chip_width, metrics)
            needs[likelihood] = max(needs[likelihood], cell_height_for(rows, metrics))
        return needs

    def _row_heights(self) -> dict[int, float]:
        """likelihood -> its row's height: what its chips need, the rows without a crowded cell sharing the rest."""
        total = self._grid().height()
        needs = self._row_needs(self.width())
        heights: dict[int, float] = {}
        while len(heights) < len(STEPS):
            rest = [step for step in STEPS if step not in heights]
            share = (total - sum(heights.values())) / len(rest)
            crowded = [step for step in rest if needs[step] > share]
            if not crowded:
                heights.update(dict.fromkeys(rest, share))
                break
            heights.update({step: needs[step] for step in crowded})
        return heights

    def _grid(self) -> QRectF:
        line = self.fontMetrics().height()
        left, bottom = line * 2.6, line * 2.8
        return QRectF(left, line * 0.5, self.width() - left - line * 0.5, self.height() - bottom - line * 0.5)

    def _small_font(self) -> QFont:
        """For the cells' ratings and the chips: smaller than the text around, still legible."""
        small = self.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        return small

    def _chip_metrics(self) -> ChipMetrics:
        height = QFontMetricsF(self._small_font()).height()
        return ChipMetrics(height=height * 1.3, gap=max(2.0, height * 0.15), label=height)

    def _chip_width(self) -> float:
        metrics = QFontMetricsF(self._small_font())
        widest = max((metrics.horizontalAdvance(item.short) for item in self._items), default=0.0)
        return max(widest, metrics.horizontalAdvance("+99")) + metrics.height() * 0.6

    def _by_cell(self) -> dict[tuple[int, int], list[int]]:
        by_cell: dict[tuple[int, int], list[int]] = {}
        for index, item in enumerate(self._items):
            by_cell.setdefault((item.likelihood or 1, item.severity or 1), []).append(index)
        return by_cell

    def _cell_rect(self, likelihood: int, severity: int, heights: dict[int, float] | None = None) -> QRectF:
        grid = self._grid()
        heights = heights or self._row_heights()
        cell_w = grid.width() / len(STEPS)
        top = grid.bottom() - sum(heights[step] for step in STEPS if step <= likelihood)
        return QRectF(grid.left() + (severity - 1) * cell_w, top, cell_w, heights[likelihood])

    def chip_layout(self) -> dict[tuple[int, int], list[PlacedChip]]:
        """(likelihood, severity) -> the chips drawn in that cell, as laid out at the current size."""
        metrics, chip_width, heights = self._chip_metrics(), self._chip_width(), self._row_heights()
        return {
            key: place_chips(self._cell_rect(*key, heights), indices, chip_width, metrics)
            for key, indices in self._by_cell().items()
        }

    def cell_rect(self, likelihood: int, severity: int) -> QRectF:
        return self._cell_rect(likelihood, severity)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        grid, heights = self._grid(), self._row_heights()
        text_colour = self.palette().windowText().color()
        small = self._small_font()
        for likelihood in STEPS:
            for severity in STEPS:
                rect = self._cell_rect(likelihood, severity, heights)
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
        self._draw_axes(painter, grid, heights, text_colour)
        painter.setFont(small)
        self._draw_chips(painter)
        painter.end()

    def _draw_axes(self, painter: QPainter, grid: QRectF, heights: dict[int, float], colour: QColor) -> None:
        line = self.fontMetrics().height()
        cell_w = grid.width() / len(STEPS)
        painter.setPen(colour)
        painter.setFont(self.font())
        for step in STEPS:
            x = grid.left() + (step - 0.5) * cell_w
            painter.drawText(
                QRectF(x - line, grid.bottom() + 2, line * 2, line), Qt.AlignmentFlag.AlignCenter, str(step)
            )
            y = self._cell_rect(step, 1, heights).center().y()
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
        chips = (chip for cell in self.chip_layout().values() for chip in cell)
        return [(chip.rect, chip.indices[0]) for chip in chips if not chip.overflow]

    def _overflow_at(self, point: QPointF) -> PlacedChip | None:
        chips = (chip for chips in self.chip_layout().values() for chip in chips if chip.overflow)
        return next((chip for chip in chips if chip.rect.contains(point)), None)

    def item_rect(self, key: str) -> QRectF:
        """Where an item is drawn: its own chip, or the "+N" chip that stands for it."""
        for chips in self.chip_layout().values():
            for chip in chips:
                if any(self._items[index].key == key for index in chip.indices):
                    return chip.rect
        return QRectF()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        chip = self._overflow_at(event.position())
        if chip is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        # The sections behind "+N", one click away; popup() does not block.
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Sections in this cell"))
        for index in chip.indices:
            item = self._items[index]
            action = menu.addAction(f"{item.short} · {item.title}")
            action.triggered.connect(lambda _checked=False, key=item.key: self.section_clicked.emit(key))
        self.overflow_menu = menu
        menu.popup(self.mapToGlobal(chip.rect.bottomLeft().toPoint()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        chip = self._overflow_at(event.position())
        if chip is None:
            super().mouseMoveEvent(event)
            return
        self.setToolTip("\n".join(self._describe(self._items[index]) for index in chip.indices))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def _draw_chips(self, painter: QPainter) -> None:
        metrics = painter.fontMetrics()
        for chips in self.chip_layout().values():
            for chip in chips:
                rect, first = chip.rect, self._items[chip.indices[0]]
                label = f"+{len(chip.indices)}" if chip.overflow else first.short
                text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(rect.width() - 2))
                painter.setPen(QPen(first.colour.darker(160), 1.5))
                painter.setBrush(QColor("#ffffff"))
                painter.drawRoundedRect(rect, rect.height() / 3, rect.height() / 3)
                painter.setPen(QColor("#000000"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
                if self.hasFocus() and self._current in chip.indices:
                    self._draw_focus(painter, rect)
