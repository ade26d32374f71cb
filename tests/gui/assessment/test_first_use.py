"""What a first-time user meets on a criterion page: the choices on screen without scrolling at 1366×768, the
answer shown at the top when chosen by key, and the mouse wheel scrolling the page over a text box."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hria_app.core.rubric_loader import load_rubric
from hria_app.gui.shell.main_window import MainWindow

ROOT = Path(__file__).parents[3]
SCREEN = (1366, 768)


@pytest.fixture
def facial_window(window: MainWindow) -> MainWindow:
    window.files.new_from_rubric(load_rubric(ROOT / "rubrics" / "facial-recognition-surveillance.yaml"))
    window.workspace.show_criterion(next(window.document.assessment.rubric.criteria()).id)
    return window


def _bottom_in(widget: QWidget, viewport: QWidget) -> int:
    return widget.mapTo(viewport, QPoint(0, widget.height())).y()


# A 1366×768 screen less a task bar and the window's title bar; and the width the window opens at there.
WINDOW_SIZES = [(1366, 700), (1230, 700)]


@pytest.mark.parametrize("size", WINDOW_SIZES)
def test_every_choice_is_on_screen_without_scrolling(
    qtbot: QtBot, facial_window: MainWindow, size: tuple[int, int]
) -> None:
    if True:
        facial_window.resize(*size)
        page = facial_window.workspace.criterion_page
        viewport = page.scroll_area.viewport()
        qtbot.waitUntil(lambda p=page: p.choices.isVisible())
        QApplication.processEvents()
        assert not page.guidance.expanded  # folded until the user opens it
        rows = [*page.choices.score_choices.values(), page.choices.unknown, page.choices.not_applicable]
        assert len(rows) == 7
        for row in rows:
            assert 0 <= _bottom_in(row, viewport) <= viewport.height(), (_bottom_in(row, viewport), viewport.height())
        assert page.scroll_area.verticalScrollBar().value() == 0


def test_a_score_chosen_by_key_shows_at_the_top_of_the_page(qtbot: QtBot, facial_window: MainWindow) -> None:
    page = facial_window.workspace.criterion_page
    assert page.answer_status.text().startswith("Not answered yet")
    qtbot.keyClick(facial_window, "4")
    assert page.answer_status.text().startswith("Your answer: 4")
    assert page.answer_status.isVisible()
    qtbot.keyClick(facial_window, "u")
    assert page.answer_status.text() == "Your answer: unknown"


def test_opening_the_guidance_is_remembered(qtbot: QtBot, facial_window: MainWindow) -> None:
    page = facial_window.workspace.criterion_page
    qtbot.mouseClick(page.guidance.toggle, Qt.MouseButton.LeftButton)
    assert page.guidance.expanded and page.guidance.body.isVisible()
    second = list(facial_window.document.assessment.rubric.criteria())[1].id
    facial_window.workspace.show_criterion(second)
    assert page.guidance.expanded


def _wheel(widget: QWidget, steps: int) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        widget.mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_a_notes_box_with_nothing_to_scroll_scrolls_the_page(
    qtbot: QtBot, facial_window: MainWindow
) -> None:
    page = facial_window.workspace.criterion_page
    facial_window.resize(*SCREEN)
    bar = page.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    page.scroll_area.ensureWidgetVisible(page.notes)
    start = bar.value()
    _wheel(page.notes.viewport(), -1)  # towards Evidence
    assert bar.value() > start
    # A box that can scroll further scrolls itself first.
    page.notes.setPlainText("\n".join(f"line {n}" for n in range(60)))
    inner = page.notes.verticalScrollBar()
    assert inner.maximum() > 0
    before = bar.value()
    _wheel(page.notes.viewport(), -1)
    assert inner.value() > 0 and bar.value() == before


def test_the_wheel_over_the_confidence_drop_down_does_not_change_it(qtbot: QtBot, facial_window: MainWindow) -> None:
    page = facial_window.workspace.criterion_page
    facial_window.resize(*SCREEN)
    chosen = page.confidence.currentIndex()
    page.notes.setFocus()
    _wheel(page.confidence, -1)
    assert page.confidence.currentIndex() == chosen


def test_the_evidence_table_keeps_its_columns_readable_after_a_long_url(
    qtbot: QtBot, facial_window: MainWindow
) -> None:
    from hria_app.core.assessment import Evidence
    from hria_app.core.text import Text

    facial_window.resize(*SCREEN)
    page = facial_window.workspace.criterion_page
    url = "https://www.bangkok.go.th/oia/reply/2025/03/facial-recognition-cameras-procurement-contract-annex-4.pdf"
    page.evidence.records_edited.emit(
        (Evidence(Text.of("BMA OIA reply on the camera contract"), url, "2025-03-10"),), "Add evidence"
    )
    table = page.evidence.view
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    QApplication.processEvents()
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    assert header.sectionSize(0) >= metrics.horizontalAdvance("BMA OIA reply on the")  # the source stays legible
    assert header.sectionSize(3) > metrics.horizontalAdvance("Cannot be judged")  # every reliability fits
    assert header.sectionSize(1) < metrics.horizontalAdvance(url)  # the link is cut, not the rest
    assert table.model().index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == url
    assert table.height() >= 3 * table.verticalHeader().defaultSectionSize()


def test_a_new_assessment_starts_today(facial_window: MainWindow) -> None:
    import datetime as dt

    assert facial_window.document.assessment.context.started == dt.date.today().isoformat()
    context = facial_window.workspace.context_page
    assert context.editors["started"].text() != ""
