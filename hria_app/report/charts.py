"""The brief's charts, drawn straight on the canvas so that every label goes through the shaper.

reportlab's chart library draws its labels unshaped (Thai tone marks vanish there); these flowables draw shapes
with the canvas and text with `rich.draw_text`.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from hria_app.report.fonts import BOLD, REGULAR
from hria_app.report.model import HeatMap, Rating
from hria_app.report.rich import draw_text, fit
from hria_app.report.styles import INK, MUTED, RULE, level_colour, text_on, tint

_AXIS = 4  # severity and likelihood run 1-4


class HeatMapPanel(Flowable):  # type: ignore[misc]
    """One severity x likelihood matrix with the rights placed in their cells."""

    def __init__(
        self,
        heat_map: HeatMap,
        placed: tuple[tuple[str, int, int], ...],
        title: str,
        x_title: str,
        y_title: str,
        width: float,
    ) -> None:
        super().__init__()
        self.heat_map = heat_map
        self.placed = placed
        self.title = title
        self.x_title = x_title
        self.y_title = y_title
        self.width = width
        self.axis_space = 30.0
        self.cell = min(38.0, (width - self.axis_space - 4) / _AXIS)
        self.height = self.cell * _AXIS + 52

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        cell = self.cell
        left = self.axis_space
        bottom = 30.0
        draw_text(canvas, 0, self.height - 11, fit(self.title, BOLD, 9, self.width), BOLD, 9)
        by_cell: dict[tuple[int, int], list[str]] = {}
        for right_id, severity, likelihood in self.placed:
            by_cell.setdefault((severity, likelihood), []).append(right_id)
        for row in range(_AXIS):
            for column in range(_AXIS):
                x = left + column * cell
                y = bottom + row * cell
                rank = self.heat_map.cell_ranks[row][column]
                colour = level_colour(self.heat_map.cell_colours[row][column], rank, self.heat_map.max_rank)
                ids = by_cell.get((column + 1, row + 1), [])
                canvas.setFillColor(colour if ids else tint(colour, 0.72))
                canvas.setStrokeColor(colors.white)
                canvas.setLineWidth(1.5)
                canvas.rect(x, y, cell, cell, stroke=1, fill=1)
                self._draw_ids(ids, x, y, colour)
        canvas.setFillColor(MUTED)
        for step in range(_AXIS):
            draw_text(canvas, left + (step + 0.5) * cell, bottom - 11, str(step + 1), REGULAR, 8, "middle")
            draw_text(canvas, left - 8, bottom + (step + 0.5) * cell - 3, str(step + 1), REGULAR, 8, "middle")
        draw_text(canvas, left + _AXIS * cell / 2, 4, fit(self.x_title, REGULAR, 8, _AXIS * cell), REGULAR, 8, "middle")
        canvas.saveState()
        canvas.translate(10, bottom + _AXIS * cell / 2)
        canvas.rotate(90)
        draw_text(canvas, 0, 0, fit(self.y_title, REGULAR, 8, _AXIS * cell), REGULAR, 8, "middle")
        canvas.restoreState()

    def _draw_ids(self, ids: list[str], x: float, y: float, colour: colors.Color) -> None:
        if not ids:
            return
        canvas = self.canv
        rows_fit = max(1, int((self.cell - 6) // 9.5))
        columns = 1 if len(ids) <= rows_fit else 2  # a crowded cell lists its rights in two columns
        size = 7.5 if columns == 1 else 6.5
        line = size + 2
        capacity = rows_fit * columns
        shown = ids if len(ids) <= capacity else [*ids[: capacity - 1], f"+{len(ids) - capacity + 1}"]
        canvas.setFillColor(text_on(colour))
        rows = -(-len(shown) // columns)
        top = y + self.cell / 2 + rows * line / 2 - size
        width = self.cell / columns
        for index, right_id in enumerate(shown):
            row, column = divmod(index, columns)
            centre = x + width * (column + 0.5)
            draw_text(canvas, centre, top - row * line, fit(right_id, BOLD, size, width - 2), BOLD, size, "middle")


class ShareBars(Flowable):  # type: ignore[misc]
    """Per right, the criterion total as a share of its maximum: inherent bar above, residual below."""

    ROW = 24.0

    def __init__(self, rows: list[tuple[str, Rating, Rating]], legend: tuple[str, str], width: float) -> None:
        super().__init__()
        self.rows = rows
        self.legend = legend
        self.width = width
        self.label_width = min(170.0, width * 0.36)
        self.height = self.ROW * len(rows) + 34

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        left = self.label_width + 8
        span = self.width - left - 34
        top = self.height - 22
        self._draw_legend(left)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.setFillColor(MUTED)
        for share in (0, 25, 50, 75, 100):
            x = left + span * share / 100
            canvas.line(x, 12, x, top)
            draw_text(canvas, x, 3, f"{share}%", REGULAR, 7, "middle")
        for index, (label, inherent, residual) in enumerate(self.rows):
            y = top - (index + 1) * self.ROW + 6
            canvas.setFillColor(INK)
            draw_text(canvas, 0, y + 5, fit(label, REGULAR, 8, self.label_width), REGULAR, 8)
            self._bar(left, y + 7, span, 8, inherent, 0.0)
            self._bar(left, y, span, 5, residual, 0.45)

    def _bar(self, x: float, y: float, span: float, height: float, rating: Rating, lighten: float) -> None:
        canvas = self.canv
        colour = tint(level_colour(rating.colour, rating.rank, rating.max_rank), lighten)
        length = span * max(0.0, min(100.0, rating.percent)) / 100
        canvas.setFillColor(colour)
        canvas.rect(x, y, max(length, 0.8), height, stroke=0, fill=1)
        canvas.setFillColor(MUTED if height >= 8 else tint(MUTED, 0.3))
        size = 7 if height >= 8 else 6
        draw_text(canvas, x + max(length, 0.8) + 3, y + height / 2 - size / 3, f"{rating.percent:.0f}%", REGULAR, size)

    def _draw_legend(self, left: float) -> None:
        canvas = self.canv
        y = self.height - 9
        x = left
        for text, lighten, height in ((self.legend[0], 0.0, 8), (self.legend[1], 0.45, 5)):
            canvas.setFillColor(tint(MUTED, lighten))
            canvas.rect(x, y - 1, 14, height, stroke=0, fill=1)
            canvas.setFillColor(INK)
            x += 18 + draw_text(canvas, x + 18, y - 1, text, REGULAR, 7.5) + 14
