"""The summary's bar chart: one bar per section, its length the section's rating."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from hria_app.gui.assessment.charts import ChartItem, InteractiveChart, tint


class SectionBarChart(InteractiveChart):
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
            title=item.title, rating=item.rating, percent=item.percent_label
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
        return f"{item.rating} {item.percent_label}%" if item.rating else self.tr("not rated")

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
            painter.fillRect(QRectF(track.left(), bar_top, track.width(), bar_h), tint(item.colour, 0.18))
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
