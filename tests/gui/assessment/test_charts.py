"""The QPainter charts: colours, ordering, keyboard use, text alternatives and scaling with the font."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from hria_app.core.level_colours import DARK_INK, FALLBACK_COLOURS, LIGHT_INK
from hria_app.gui.assessment.charts import (
    NO_RATING_COLOUR,
    ChartItem,
    MatrixCell,
    level_colour,
    readable_text_colour,
    tint,
)
from hria_app.gui.assessment.heat_map import RiskHeatMap
from hria_app.gui.assessment.section_bars import SectionBarChart

RED, AMBER = QColor("#c62828"), QColor("#fbc02d")


def _items() -> list[ChartItem]:
    return [
        ChartItem("LEG", "LEG", "Legality", "High", AMBER, 2, 50.0, severity=3, likelihood=2),
        ChartItem("ASM", "ASM", "เสรีภาพในการชุมนุม", "Critical", RED, 3, 80.0, severity=4, likelihood=4),
        ChartItem("OVS", "OVS", "Oversight", "", QColor(NO_RATING_COLOUR), None, 0.0),
        ChartItem("DAT", "DAT", "Data protection", "Critical", RED, 3, 90.0, severity=4, likelihood=4),
    ]


def _cells() -> dict[tuple[int, int], MatrixCell]:
    return {
        (lk, sv): MatrixCell("Critical" if lk + sv > 6 else "Low", RED if lk + sv > 6 else AMBER)
        for lk in range(1, 5)
        for sv in range(1, 5)
    }


def test_level_colours_fall_back_by_rank_and_text_stays_readable() -> None:
    assert level_colour("#123456", 0, 3) == QColor("#123456")
    assert level_colour("", 0, 3) == QColor(FALLBACK_COLOURS[0]) and level_colour("", 3, 3) == QColor("#c62828")
    assert level_colour("", None, 3) == QColor(NO_RATING_COLOUR)
    assert readable_text_colour(RED) == QColor(LIGHT_INK)
    assert readable_text_colour(AMBER) == QColor(DARK_INK)


def test_bars_run_worst_first_with_unrated_sections_last(qtbot: QtBot) -> None:
    chart = SectionBarChart()
    qtbot.addWidget(chart)
    chart.set_items(_items())
    assert [item.key for item in chart.items] == ["DAT", "ASM", "LEG", "OVS"]
    assert chart.accessibleDescription().splitlines() == [
        "Data protection: Critical, 90% of the maximum score",
        "เสรีภาพในการชุมนุม: Critical, 80% of the maximum score",
        "Legality: High, 50% of the maximum score",
        "Oversight: not rated (nothing applicable)",
    ]


def test_the_heat_map_places_only_rated_sections_and_is_keyboard_driven(qtbot: QtBot) -> None:
    chart = RiskHeatMap()
    qtbot.addWidget(chart)
    chart.resize(chart.sizeHint())
    chart.set_data(_cells(), _items())
    assert [item.key for item in chart.items] == ["LEG", "ASM", "DAT"]
    assert chart.item_rect("OVS").isEmpty()
    asm, dat = chart.item_rect("ASM"), chart.item_rect("DAT")
    assert not asm.intersects(dat)  # two chips of one cell, each whole
    assert chart.item_rect("LEG").center().y() > asm.center().y()  # lower likelihood sits lower
    chart.show()
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    with qtbot.waitSignal(chart.section_clicked) as blocker:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert blocker.args == ["ASM"]
    assert "severity 4, likelihood 4, rated Critical" in chart.accessibleDescription()


def test_an_empty_heat_map_says_so(qtbot: QtBot) -> None:
    chart = RiskHeatMap()
    qtbot.addWidget(chart)
    chart.resize(chart.sizeHint())
    chart.set_data(_cells(), [])
    assert chart.accessibleDescription() == "No section is rated yet."
    # The matrix is still drawn, each cell in the tint of the rating it gives.
    image = chart.grab().toImage()
    for (likelihood, severity), colour in (((1, 1), AMBER), ((4, 4), RED)):
        centre = chart.cell_rect(likelihood, severity).center().toPoint()
        assert image.pixelColor(centre).name() == tint(colour, 0.55).name()


@pytest.mark.parametrize("chart_type", [RiskHeatMap, SectionBarChart])
def test_charts_grow_with_the_font(qtbot: QtBot, chart_type: type) -> None:
    """What a user at 200% scaling or with large fonts sees: nothing is sized in fixed pixels."""
    chart = chart_type()
    qtbot.addWidget(chart)
    if isinstance(chart, RiskHeatMap):
        chart.set_data(_cells(), _items())
    else:
        chart.set_items(_items())
    normal = chart.sizeHint()
    font = chart.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    chart.setFont(font)
    large = chart.sizeHint()
    assert large.width() > normal.width() * 1.6 and large.height() > normal.height() * 1.6
