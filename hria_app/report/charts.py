"""The brief's charts, drawn straight on the canvas so that every label goes through the shaper.

reportlab's chart library draws its labels unshaped (Thai tone marks vanish there); these flowables draw shapes
with the canvas and text with `rich.draw_text`.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from hria_app.core.level_colours import STEPS
from hria_app.report.fonts import BOLD, REGULAR
from hria_app.report.model import HeatMap, Rating
from hria_app.report.rich import draw_text, fit
from hria_app.report.styles import INK, MUTED, RULE, level_colour, text_on, tint


@dataclass(frozen=True)
class Chip:
    """A right's label in a heat-map cell: the text, its font size, the baseline it is drawn on, and the box it
    fills (x, y, width, height in the panel's coordinates): as wide as its column, as high as the font's ascent
    and descent. "+N" stands for the rights that do not fit."""

    text: str
    size: float
    baseline: float
    box: tuple[float, float, float, float]


CHIP_PAD = 2.0  # between chips, and between the chips and the cell's edge
CHIP_SIZES = (7.5, 6.5)  # one column, two columns


def font_extent(font: str) -> tuple[float, float]:
    """The font's ascent and descent (negative) per point of size."""
    face = pdfmetrics.getFont(font).face
    return face.ascent / 1000, face.descent / 1000


def layout_chips(ids: list[str], x: float, y: float, cell: float) -> list[Chip]:
    """Chips in rows and up to two columns, all inside the cell and none over another, however many share it.

    The text is cut with an ellipsis to its column; when even two columns are full the last chip says how many
    more rights the cell holds (the table above the maps lists every right with its rating)."""
    if not ids:
        return []
    ascent, descent = font_extent(BOLD)
    inner = cell - 2 * CHIP_PAD

    def rows_fitting(size: float) -> int:
        return max(1, int((inner + CHIP_PAD) // (size * (ascent - descent) + CHIP_PAD)))

    columns = 1 if len(ids) <= rows_fitting(CHIP_SIZES[0]) else 2
    size = CHIP_SIZES[columns - 1]
    height = size * (ascent - descent)
    capacity = rows_fitting(size) * columns
    shown = ids if len(ids) <= capacity else [*ids[: capacity - 1], f"+{len(ids) - capacity + 1}"]
    rows = -(-len(shown) // columns)
    width = (inner - CHIP_PAD * (columns - 1)) / columns
    top = y + cell / 2 + (rows * height + (rows - 1) * CHIP_PAD) / 2  # the chips sit in the middle of the cell
    chips = []
    for index, right_id in enumerate(shown):
        row, column = divmod(index, columns)
        left = x + CHIP_PAD + column * (width + CHIP_PAD)
        bottom = top - (row + 1) * height - row * CHIP_PAD
        text = fit(right_id, BOLD, size, width)
        chips.append(Chip(text, size, bottom - descent * size, (left, bottom, width, height)))
    return chips


class HeatMapPanel(Flowable):  # type: ignore[misc]
    """One severity x likelihood matrix with the rights placed in their cells."""

    AXIS_SPACE = 30.0
    BOTTOM = 30.0

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
        self.cell = min(38.0, (width - self.AXIS_SPACE - 4) / len(STEPS))
        self.height = self.cell * len(STEPS) + 52

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def cell_box(self, severity: int, likelihood: int) -> tuple[float, float, float, float]:
        """Where a cell is drawn (x, y, width, height)."""
        return (
            self.AXIS_SPACE + (severity - 1) * self.cell,
            self.BOTTOM + (likelihood - 1) * self.cell,
            self.cell,
            self.cell,
        )

    def chips(self) -> dict[tuple[int, int], list[Chip]]:
        """(severity, likelihood) -> the chips drawn in that cell."""
        by_cell: dict[tuple[int, int], list[str]] = {}
        for right_id, severity, likelihood in self.placed:
            by_cell.setdefault((severity, likelihood), []).append(right_id)
        return {key: layout_chips(ids, *self.cell_box(*key)[:2], self.cell) for key, ids in by_cell.items()}

    def draw(self) -> None:
        canvas = self.canv
        cell = self.cell
        left = self.AXIS_SPACE
        bottom = self.BOTTOM
        draw_text(canvas, 0, self.height - 11, fit(self.title, BOLD, 9, self.width), BOLD, 9)
        chips = self.chips()
        for likelihood in STEPS:
            for severity in STEPS:
                x, y, _, _ = self.cell_box(severity, likelihood)
                colour = colors.HexColor(self.heat_map.cell_colours[likelihood - 1][severity - 1])
                placed = chips.get((severity, likelihood), [])
                canvas.setFillColor(colour if placed else tint(colour, 0.72))
                canvas.setStrokeColor(colors.white)
                canvas.setLineWidth(1.5)
                canvas.rect(x, y, cell, cell, stroke=1, fill=1)
                canvas.setFillColor(text_on(colour))
                for chip in placed:
                    chip_x, _, chip_w, _ = chip.box
                    draw_text(canvas, chip_x + chip_w / 2, chip.baseline, chip.text, BOLD, chip.size, "middle")
        canvas.setFillColor(MUTED)
        for step in STEPS:
            draw_text(canvas, left + (step - 0.5) * cell, bottom - 11, str(step), REGULAR, 8, "middle")
            draw_text(canvas, left - 8, bottom + (step - 0.5) * cell - 3, str(step), REGULAR, 8, "middle")
        span = len(STEPS) * cell
        draw_text(canvas, left + span / 2, 4, fit(self.x_title, REGULAR, 8, span), REGULAR, 8, "middle")
        canvas.saveState()
        canvas.translate(10, bottom + span / 2)
        canvas.rotate(90)
        draw_text(canvas, 0, 0, fit(self.y_title, REGULAR, 8, span), REGULAR, 8, "middle")
        canvas.restoreState()


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
        draw_text(canvas, x + max(length, 0.8) + 3, y + height / 2 - size / 3, rating.percent_shown, REGULAR, size)

    def _draw_legend(self, left: float) -> None:
        canvas = self.canv
        y = self.height - 9
        x = left
        for text, lighten, height in ((self.legend[0], 0.0, 8), (self.legend[1], 0.45, 5)):
            canvas.setFillColor(tint(MUTED, lighten))
            canvas.rect(x, y - 1, 14, height, stroke=0, fill=1)
            canvas.setFillColor(INK)
            x += 18 + draw_text(canvas, x + 18, y - 1, text, REGULAR, 7.5) + 14
