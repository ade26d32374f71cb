"""Crowded cells of the heat map: every section keeps a chip of its own inside its cell, none over another, and
each can be clicked; past what a cell can grow to, a "+N" chip lists the rest."""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from hria_app.core.assessment_file import load_assessment
from hria_app.gui.assessment.charts import ChartItem, MatrixCell
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.assessment.heat_map import RiskHeatMap
from hria_app.gui.assessment.heat_map_chips import MAX_ROWS
from hria_app.gui.assessment.workspace import SUMMARY
from hria_app.gui.shell.app import sample_path
from hria_app.gui.shell.main_window import MainWindow

RED = QColor("#c62828")
CELLS = {(lk, sv): MatrixCell("Critical", RED) for lk in range(1, 5) for sv in range(1, 5)}


def _items(count: int, likelihood: int = 4, severity: int = 4) -> list[ChartItem]:
    codes = [f"S{n:02d}" for n in range(count)]
    return [ChartItem(c, c, f"Section {c}", "Critical", RED, 3, 80.0, severity, likelihood) for c in codes]


def _assert_apart_and_inside(chart: RiskHeatMap) -> int:
    """The chips' count, after checking that no two overlap and each lies inside its own cell."""
    chips = []
    for (likelihood, severity), placed in chart.chip_layout().items():
        cell = chart.cell_rect(likelihood, severity)
        for chip in placed:
            assert cell.contains(chip.rect), (chip.rect, cell)
            chips.append(chip.rect)
    for first, second in combinations(chips, 2):
        assert not first.intersects(second), (first, second)
    return len(chips)


def _laid_out(qtbot: QtBot, items: list[ChartItem]) -> RiskHeatMap:
    chart = RiskHeatMap()
    qtbot.addWidget(chart)
    chart.set_data(CELLS, items)
    width = chart.sizeHint().width()
    chart.resize(width, chart.heightForWidth(width))
    return chart


def test_four_sections_in_one_cell_each_get_a_chip_apart_inside_the_cell(qtbot: QtBot) -> None:
    chart = _laid_out(qtbot, [*_items(4), *_items(2, likelihood=3)[:1]])
    assert _assert_apart_and_inside(chart) == 5
    for item in chart.items:
        rect = chart.item_rect(item.key)
        with qtbot.waitSignal(chart.section_clicked) as clicked:
            qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
        assert clicked.args == [item.key]


def test_a_crowded_cell_makes_its_row_taller_and_leaves_the_others(qtbot: QtBot) -> None:
    chart = _laid_out(qtbot, _items(9))
    crowded, quiet = chart.cell_rect(4, 4), chart.cell_rect(1, 4)
    assert crowded.height() > quiet.height()
    assert chart.height() > RiskHeatMap().heightForWidth(chart.width())


# A popup menu offscreen: the platform cannot raise it nor grab the keyboard for it, and says so.
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|grabbing the (keyboard|mouse))")
def test_past_the_cells_growth_a_plus_chip_lists_the_rest(qtbot: QtBot) -> None:
    items = _items(MAX_ROWS * 3 + 5)
    chart = _laid_out(qtbot, items)
    assert _assert_apart_and_inside(chart) < len(items)
    (placed,) = chart.chip_layout().values()
    overflow = placed[-1]
    assert overflow.overflow and all(not chip.overflow for chip in placed[:-1])
    hidden = [items[index].key for index in overflow.indices]
    assert chart.item_rect(hidden[-1]) == overflow.rect
    chart.show()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=overflow.rect.center().toPoint())
    menu = chart.overflow_menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    assert [action.text().split(" · ")[0] for action in menu.actions()] == hidden
    with qtbot.waitSignal(chart.section_clicked) as clicked:
        menu.actions()[-1].trigger()
    assert clicked.args == [hidden[-1]]
    menu.close()


def test_the_samples_crowded_cell_is_whole_at_the_default_window_size(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    # The sample puts four sections (LEG, ASM, EQL, DAT) in severity 4 x likelihood 4. The window as it first
    # opens on a 1366x768 screen: 90% of the width, 42 lines high (the offscreen screen is smaller).
    window = make_window()
    window.resize(1229, window.fontMetrics().lineSpacing() * 42)
    window.set_document(AssessmentDocument(load_assessment(sample_path()), None, window))
    window.workspace.show_page(SUMMARY)
    chart = window.summary_page.heat_map
    qtbot.waitUntil(lambda: chart.height() >= chart.heightForWidth(chart.width()))
    assert max(len(chips) for chips in chart.chip_layout().values()) >= 4
    assert _assert_apart_and_inside(chart) == len(chart.items)
    visible = QRectF(chart.visibleRegion().boundingRect())
    for item in chart.items:
        rect = chart.item_rect(item.key)
        assert visible.contains(rect), item.key
        assert chart.childAt(rect.center().toPoint()) is None
        with qtbot.waitSignal(chart.section_clicked) as clicked:
            qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
        assert clicked.args == [item.key]
