"""The summary page follows the document live, explains the level, and sends the user to what they click."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from hria_app.core.assessment import Answer, Assessment, Measure, SectionInput, new_assessment
from hria_app.core.rubric_loader import load_rubric
from hria_app.core.text import Text
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.assessment.summary_model import SectionTableModel
from hria_app.gui.assessment.summary_page import SummaryPage
from hria_app.gui.assessment.workspace import SUMMARY
from hria_app.gui.shell.main_window import MainWindow
from tests.gui.helpers import DATA, focusable, spoken_name


@pytest.fixture
def example() -> Assessment:
    """The worked example of docs/scoring.md: level III inherent, section OVS high (medium once mitigated)."""
    a = new_assessment(load_rubric(DATA / "scoring-example.yaml"), "Worked example")
    a.set_answer("LEG-1", Answer().scored(2))
    a.set_answer("LEG-2", Answer().marked("unknown"))
    a.set_answer("LEG-3", Answer().scored(4))
    measure = Measure(Text.of("Enable and audit access logs"), "state", "implemented")
    a.set_answer("OVS-1", Answer(mitigation=(measure,), residual_score=0).scored(1))
    a.set_answer("OVS-2", Answer().marked("not_applicable"))
    a.set_section_input("LEG", SectionInput(scale=3, scope=4, irremediability=2))
    a.set_section_input("OVS", SectionInput(scale=2, irremediability=1))
    return a


@pytest.fixture
def document(example: Assessment) -> AssessmentDocument:
    return AssessmentDocument(example)


@pytest.fixture
def page(qtbot: QtBot, document: AssessmentDocument) -> SummaryPage:
    widget = SummaryPage(document)
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _rating(page: SummaryPage, section_id: str) -> str:
    model = page.section_model
    row = next(r for r in range(model.rowCount()) if model.section_id(r) == section_id)
    return model.index(row, SectionTableModel.RATING).data()


def _reasons(page: SummaryPage) -> str:
    model = page.reasons_model
    return "\n".join(model.entry(row).text for row in range(model.rowCount()))


def _raise_red_flag(document: AssessmentDocument) -> None:
    answer = document.assessment.answer("LEG-1")
    document.edit_answer("LEG-1", replace(answer, red_flags=("RF1",)), "Raise RF1")


def test_shows_level_reasons_and_completeness(page: SummaryPage) -> None:
    assert page.level_label.text() == "Level III"
    reasons = _reasons(page)
    assert "section LEG is rated Critical, which sets at least Level III" in reasons
    assert "1 unknown answer counted as 3" in reasons
    assert page.completeness_bar.value() == 100
    assert page.completeness_label.text() == "5 of 5 criteria answered"
    assert [_rating(page, "LEG"), _rating(page, "OVS")] == ["Critical", "High"]


def test_updates_live_after_a_score_change_and_after_undo(
    page: SummaryPage, document: AssessmentDocument, qtbot: QtBot
) -> None:
    _raise_red_flag(document)
    qtbot.waitUntil(lambda: page.level_label.text() == "Level IV")
    assert page.red_flags_model.rowCount() == 1
    assert "red flag RF1 raised on LEG-1" in _reasons(page)
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: page.level_label.text() == "Level III")
    assert page.red_flags_model.rowCount() == 0


def test_a_burst_of_edits_recomputes_once(page: SummaryPage, document: AssessmentDocument, qtbot: QtBot) -> None:
    refreshes: list[None] = []
    page.refreshed.connect(lambda: refreshes.append(None))
    with qtbot.waitSignal(page.refreshed):
        for score in (0, 1, 2, 3, 4):
            document.edit_answer("OVS-1", document.assessment.answer("OVS-1").scored(score), "score")
    assert len(refreshes) == 1
    assert not page._refresh_timer.isActive()


def test_a_hidden_page_catches_up_when_shown(page: SummaryPage, document: AssessmentDocument) -> None:
    page.hide()
    refreshes: list[None] = []
    page.refreshed.connect(lambda: refreshes.append(None))
    _raise_red_flag(document)
    assert refreshes == [] and page.level_label.text() == "Level III"
    page.show()
    assert refreshes == [None] and page.level_label.text() == "Level IV"


def test_clicking_a_section_row_requests_that_section(page: SummaryPage, qtbot: QtBot) -> None:
    table = page.section_table
    page.tabs.setCurrentWidget(table)
    index = table.model().index(1, 0)
    with qtbot.waitSignal(page.section_requested) as blocker:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert blocker.args == ["OVS"]


def test_clicking_a_red_flag_requests_its_criterion(
    page: SummaryPage, document: AssessmentDocument, qtbot: QtBot
) -> None:
    _raise_red_flag(document)
    qtbot.waitUntil(lambda: page.red_flags_model.rowCount() == 1)
    view = page.red_flags_view
    rect = view.visualRect(page.red_flags_model.index(0))
    with qtbot.waitSignal(page.criterion_requested) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["LEG-1"]


def test_reasons_that_name_a_criterion_or_section_lead_there(
    page: SummaryPage, document: AssessmentDocument, qtbot: QtBot
) -> None:
    _raise_red_flag(document)
    qtbot.waitUntil(lambda: page.reasons_model.entry(0).criterion_id == "LEG-1")
    view, model = page.reasons_view, page.reasons_model
    section_row = next(r for r in range(model.rowCount()) if model.entry(r).section_id == "LEG")
    with qtbot.waitSignal(page.criterion_requested) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(0)).center())
    assert blocker.args == ["LEG-1"]
    with qtbot.waitSignal(page.section_requested) as blocker:
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(section_row)).center()
        )
    assert blocker.args == ["LEG"]
    assert view.height() >= sum(view.sizeHintForRow(r) for r in range(model.rowCount()))  # every reason shows


def test_unknowns_are_listed_and_reachable_by_keyboard(page: SummaryPage, qtbot: QtBot) -> None:
    model = page.open_questions_model
    assert [model.entry(r).criterion_id for r in range(model.rowCount())] == ["LEG-2"]
    assert "Unknown (1)" in page.open_questions_box.title()
    view = page.open_questions_view
    view.setFocus()
    view.setCurrentIndex(model.index(0))
    with qtbot.waitSignal(page.criterion_requested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == ["LEG-2"]


def test_charts_request_the_section_clicked(page: SummaryPage, qtbot: QtBot) -> None:
    heat_map = page.heat_map
    with qtbot.waitSignal(page.section_requested) as blocker:
        qtbot.mouseClick(heat_map, Qt.MouseButton.LeftButton, pos=heat_map.item_rect("OVS").center().toPoint())
    assert blocker.args == ["OVS"]
    bars = page.bar_chart
    assert [item.key for item in bars.items] == ["LEG", "OVS"]  # worst first
    with qtbot.waitSignal(page.section_requested) as blocker:
        qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=bars.item_rect("LEG").center().toPoint())
    assert blocker.args == ["LEG"]


def test_residual_toggle_changes_the_view(page: SummaryPage, qtbot: QtBot) -> None:
    assert _rating(page, "OVS") == "High"
    qtbot.mouseClick(page.residual_button, Qt.MouseButton.LeftButton)
    assert page.residual and page.result().residual
    assert _rating(page, "OVS") == "Medium"
    assert "1 criterion credited for mitigation" in _reasons(page)
    ovs = next(item for item in page.heat_map.items if item.key == "OVS")
    assert ovs.likelihood == 1 and not page.heat_map.item_rect("OVS").isEmpty()
    page.set_residual(False)
    assert _rating(page, "OVS") == "High"


def test_severity_inputs_are_undoable_edits(page: SummaryPage, document: AssessmentDocument, qtbot: QtBot) -> None:
    combo = page.severity_panel.combo("OVS", "scope")
    assert combo.currentData() is None  # not judged
    combo.setCurrentIndex(combo.findData(4))
    assert document.assessment.section_input("OVS").scope == 4
    assert document.undo_stack.count() == 1
    qtbot.waitUntil(lambda: page.section_model.index(1, SectionTableModel.SEVERITY).data() == "4")
    document.undo_stack.undo()
    assert combo.currentData() is None
    assert document.undo_stack.count() == 1  # showing the undone value pushed nothing
    qtbot.waitUntil(lambda: page.section_model.index(1, SectionTableModel.SEVERITY).data() == "3")


def test_the_section_models_pass_the_model_tester(
    page: SummaryPage, document: AssessmentDocument, qtmodeltester, qtbot: QtBot
) -> None:
    qtmodeltester.check(page.section_model, force_py=True)
    _raise_red_flag(document)
    qtbot.waitUntil(lambda: page.red_flags_model.rowCount() == 1)
    qtmodeltester.check(page.section_model, force_py=True)
    qtmodeltester.check(page.red_flags_model, force_py=True)
    qtmodeltester.check(page.open_questions_model, force_py=True)
    qtmodeltester.check(page.reasons_model, force_py=True)


def test_methods_without_severity_hide_the_heat_map(qtbot: QtBot) -> None:
    rubric = load_rubric(DATA / "scoring-example.yaml")
    checklist = replace(rubric, scoring=replace(rubric.scoring, method="checklist"))
    page = SummaryPage(AssessmentDocument(new_assessment(checklist)))
    qtbot.addWidget(page)
    page.show()
    assert page.heat_map.isHidden()
    assert not page.tabs.isTabVisible(page.tabs.indexOf(page.severity_panel))
    assert page.section_table.isColumnHidden(SectionTableModel.SEVERITY)
    assert page.bar_chart.items and not page.bar_chart.isHidden()


def test_controls_are_named_and_the_charts_have_a_text_alternative(page: SummaryPage) -> None:
    views = [page.section_table, page.red_flags_view, page.open_questions_view]
    controls = [
        *views,
        *page.severity_panel.findChildren(QComboBox),
        page.heat_map,
        page.bar_chart,
        page.completeness_bar,
        page.level_label,
        page.reasons_view,
    ]
    unnamed = [type(w).__name__ for w in controls if not w.accessibleName()]
    assert unnamed == []
    for chart in (page.heat_map, page.bar_chart):
        assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "Oversight: severity 3, likelihood 2, rated High" in page.heat_map.accessibleDescription()
    assert "Legality: Critical, 75% of the maximum score" in page.bar_chart.accessibleDescription()


def test_the_window_opens_what_the_summary_points_at(qtbot: QtBot, open_window: MainWindow) -> None:
    workspace = open_window.workspace
    workspace.show_page(SUMMARY)
    page = open_window.summary_page
    assert workspace.current_key == SUMMARY and page.isVisible()
    document = open_window.document
    assert document is not None
    document.edit_answer("LEG-2", Answer().scored(4), "score")
    qtbot.waitUntil(lambda: page.section_model.index(0, SectionTableModel.SCORE).data() == "87.5%")
    assert page.worst_criterion("LEG") == "LEG-2"  # LEG-1 unanswered counts 3, LEG-2 scored 4
    page.section_requested.emit("LEG")
    assert workspace.current_key == "criterion" and workspace.current_criterion == "LEG-2"
    workspace.show_page(SUMMARY)
    page.criterion_requested.emit("LEG-1")
    assert workspace.current_criterion == "LEG-1"


def test_the_page_follows_documents_opening_and_closing(
    qtbot: QtBot, page: SummaryPage, mini_assessment: Assessment
) -> None:
    page.set_document(None)
    assert page.level_label.text() == "No assessment is open"
    assert page.section_model.rowCount() == 0 and page.bar_chart.items == []
    page.set_document(AssessmentDocument(mini_assessment))
    assert page.section_model.rowCount() == 1
    assert page.severity_panel.combo("LEG", "scale").isEnabled()
    page.set_language("th")
    assert page.section_model.index(0, 0).data() == "ความชอบด้วยกฎหมาย"


def test_every_focusable_control_has_a_spoken_name(page: SummaryPage) -> None:
    page.tabs.setCurrentWidget(page.severity_panel)
    unnamed = [type(w).__name__ for w in focusable(page) if not spoken_name(w)]
    assert unnamed == []


def test_the_headline_says_unknowns_set_the_level_when_no_red_flag_is_raised(qtbot: QtBot) -> None:
    rubric = load_rubric(Path(__file__).parents[3] / "rubrics" / "facial-recognition-surveillance.yaml")
    assessment = new_assessment(rubric, "First try")
    first, second, third = list(rubric.criteria())[:3]
    assessment.set_answer(first.id, Answer().scored(4))
    assessment.set_answer(second.id, Answer().marked("unknown"))
    assessment.set_answer(third.id, Answer(na_reason=Text.of("None")).marked("not_applicable"))
    widget = SummaryPage(AssessmentDocument(assessment))
    qtbot.addWidget(widget)
    widget.show()  # the page scores when it is shown
    qtbot.waitUntil(lambda: "Level IV" in widget.level_label.text())
    headline = widget.driver_label.text()
    assert "rests mostly on unknowns" in headline and "no red flag is raised" in headline
    assert widget.description_label.text().startswith("What this level means: ")
    assert "3 of 41 criteria answered" in widget.completeness_label.text()
    assert "(s)" not in _reasons(widget)
    assert "38 unanswered criteria counted as unknown" in _reasons(widget)
