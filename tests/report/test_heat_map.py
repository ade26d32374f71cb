"""The brief's heat map: however many rights share a cell, each label is drawn inside its cell and over no other.

Checked on what the panel draws (every label's text, size and position as passed to the canvas, measured with the
font's own metrics), not on pixels."""

from __future__ import annotations

import io
from typing import Any

import pytest
from reportlab.pdfgen.canvas import Canvas

from hria_app.core.level_colours import FALLBACK_COLOURS
from hria_app.report import charts
from hria_app.report.charts import HeatMapPanel, font_extent
from hria_app.report.fonts import BOLD, register_fonts
from hria_app.report.model import HeatMap
from hria_app.report.shaping import shaped_width
from hria_app.report.styles import FRAME_WIDTH

Box = tuple[float, float, float, float]  # left, bottom, right, top
HEAT_MAP = HeatMap(cell_colours=tuple(FALLBACK_COLOURS[:4] for _ in range(4)), inherent=(), residual=())
WIDTH = (FRAME_WIDTH - 16) / 2  # as the brief lays the two maps side by side


def drawn_labels(
    placed: tuple[tuple[str, int, int], ...], monkeypatch: pytest.MonkeyPatch
) -> tuple[HeatMapPanel, list[tuple[str, Box]]]:
    """The rights' labels as drawn: text and the box its glyphs can fill, in the panel's coordinates."""
    register_fonts()
    ascent, descent = font_extent(BOLD)
    labels: list[tuple[str, Box]] = []
    real = charts.draw_text

    def recording(canvas: Any, x: float, y: float, text: str, font: str, size: float, anchor: str = "start") -> float:
        if font == BOLD and size < 9:  # the title is the only other bold text, at 9 points
            assert anchor == "middle"
            width = shaped_width(text, font, size)
            labels.append((text, (x - width / 2, y + descent * size, x + width / 2, y + ascent * size)))
        return real(canvas, x, y, text, font, size, anchor)

    monkeypatch.setattr(charts, "draw_text", recording)
    panel = HeatMapPanel(HEAT_MAP, placed, "Inherent risk", "Severity", "Likelihood", WIDTH)
    panel.wrap(WIDTH, 1000)
    panel.drawOn(Canvas(io.BytesIO()), 0, 0)
    return panel, labels


def cell_of(panel: HeatMapPanel, box: Box) -> Box:
    centre_x, centre_y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    severity = int((centre_x - panel.AXIS_SPACE) // panel.cell) + 1
    likelihood = int((centre_y - panel.BOTTOM) // panel.cell) + 1
    x, y, w, h = panel.cell_box(severity, likelihood)
    return x, y, x + w, y + h


def overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def assert_tidy(panel: HeatMapPanel, labels: list[tuple[str, Box]]) -> None:
    for text, box in labels:
        left, bottom, right, top = cell_of(panel, box)
        assert left <= box[0] and box[2] <= right and bottom <= box[1] and box[3] <= top, (text, box)
    for index, (text, box) in enumerate(labels):
        for other, other_box in labels[index + 1 :]:
            assert not overlap(box, other_box), (text, other)


def test_four_rights_in_one_cell_are_all_shown_inside_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # As in the sample: four rights at severity 4 x likelihood 4, two more in the cell beside them.
    placed = (("LEG", 4, 4), ("EQL", 4, 4), ("ASM", 4, 4), ("DAT", 4, 4), ("NEC", 3, 4), ("DUE", 3, 4))
    panel, labels = drawn_labels(placed, monkeypatch)
    assert sorted(text for text, _ in labels) == sorted(right for right, _, _ in placed)
    assert_tidy(panel, labels)


def test_a_crowded_cell_says_how_many_more_it_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    placed = (*((f"RIGHT-{n}", 2, 3) for n in range(11)), ("PRIVACY-AND-DATA", 3, 3))
    panel, labels = drawn_labels(placed, monkeypatch)
    assert_tidy(panel, labels)
    texts = [text for text, _ in labels]
    more = [text for text in texts if text.startswith("+")]
    assert len(more) == 1
    shown = len(texts) - 2  # the "+N" chip and the other cell's right
    assert shown + int(more[0][1:]) == 11
    assert any(text.endswith("…") for text in texts)  # a long id is cut to its column, not spilled
