"""The Action plan page: every measure and recommendation as an action, filtered, sorted, edited and undone."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from hria_app.core.assessment import Answer, Assessment, Measure, Recommendation
from hria_app.core.text import Text
from hria_app.core.tracking import Tracking
from hria_app.gui.assessment.action_plan_model import DROP_REASON, DUE, OWNER, STATUS, TEXT, ActionPlanModel
from hria_app.gui.assessment.action_plan_page import ACTION_PLAN, ActionPlanPage
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.assessment.mitigation_editor import measure_columns
from hria_app.gui.shell.main_window import MainWindow

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def planned(mini_assessment: Assessment) -> Assessment:
    mini_assessment.set_answer(
        "LEG-1",
        Answer(
            mitigation=(
                Measure(Text({"en": "Publish the camera register"}), "state", "verified", due="2026-01-10"),
                Measure(Text({"en": "Delete footage after 30 days"}), "vendor", "planned", due="2026-03-01"),
            )
        ),
    )
    mini_assessment.set_recommendations(
        (Recommendation(Text({"en": "Hold a public hearing", "th": "จัดรับฟังความคิดเห็น"}), "all"),)
    )
    return mini_assessment


@pytest.fixture
def page(qtbot: QtBot, planned: Assessment) -> ActionPlanPage:
    reasons: list[str | None] = ["Vendor left the contract"]
    page = ActionPlanPage(ask_drop_reason=lambda _parent, _text: reasons.pop(0) if reasons else None)
    qtbot.addWidget(page)
    page.model.today = TODAY
    page.set_document(AssessmentDocument(planned))
    return page


def _cell(page: ActionPlanPage, key: str, column: int):  # type: ignore[no-untyped-def]
    return page.proxy.mapFromSource(page.model.index(page.model.row_of(key), column))


def test_the_model_is_a_well_behaved_qt_model(qtmodeltester: ModelTester, planned: Assessment) -> None:
    model = ActionPlanModel()
    model.set_assessment(planned)
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_owner_edits_are_undo_steps(page: ActionPlanPage) -> None:
    document = page.document
    assert document is not None
    key = "measure:LEG-1:1"
    assert page.proxy.setData(_cell(page, key, OWNER), "Khun Malee")
    assert document.assessment.answer("LEG-1").mitigation[1].owner == "Khun Malee"
    assert _cell(page, key, OWNER).data() == "Khun Malee"
    document.undo_stack.undo()
    assert document.assessment.answer("LEG-1").mitigation[1].owner == ""
    assert _cell(page, key, OWNER).data() == ""
    document.undo_stack.redo()
    assert _cell(page, key, OWNER).data() == "Khun Malee"


def test_a_due_date_is_checked_against_the_calendar(page: ActionPlanPage) -> None:
    document = page.document
    assert document is not None
    key = "recommendation:0"
    assert not page.proxy.setData(_cell(page, key, DUE), "2026-02-30")
    assert document.assessment.recommendations[0].tracking.due == ""
    assert page.proxy.setData(_cell(page, key, DUE), "2026-02-28")
    assert document.assessment.recommendations[0].tracking.due == "2026-02-28"
    assert document.undo_stack.count() == 1


def test_overdue_actions_are_marked_in_words_and_with_an_icon(page: ActionPlanPage) -> None:
    late = _cell(page, "measure:LEG-1:1", DUE)
    assert "overdue" in late.data()
    assert not late.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert late.data(Qt.ItemDataRole.ForegroundRole) is not None
    # A verified measure is done: its past date is not overdue.
    assert "overdue" not in _cell(page, "measure:LEG-1:0", DUE).data()
    assert "1 overdue" in page.count_label.text()


def test_filters_by_addressee_status_and_overdue(page: ActionPlanPage) -> None:
    page.set_filters(addressee="vendor")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, TEXT).data() == "Delete footage after 30 days"
    page.set_filters(status="done")
    assert [page.proxy.index(r, TEXT).data() for r in range(page.proxy.rowCount())] == ["Publish the camera register"]
    page.set_filters(overdue_only=True)
    assert page.proxy.rowCount() == 1
    assert "1 of 3 actions" in page.count_label.text()
    page.set_filters()
    assert page.proxy.rowCount() == 3


def test_sorting_by_due_date_puts_undated_actions_last(page: ActionPlanPage) -> None:
    page.view.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
    texts = [page.proxy.index(r, TEXT).data() for r in range(3)]
    assert texts == ["Publish the camera register", "Delete footage after 30 days", "Hold a public hearing"]


def test_dropping_asks_why_and_undo_gives_back_the_measure_exactly(qtbot: QtBot, page: ActionPlanPage) -> None:
    document = page.document
    assert document is not None
    key = "measure:LEG-1:0"  # verified
    with qtbot.waitSignal(document.changed):
        assert page.proxy.setData(_cell(page, key, STATUS), "dropped")
    measure = document.assessment.answer("LEG-1").mitigation[0]
    assert (measure.status, measure.drop_reason.get("en")) == ("dropped", "Vendor left the contract")
    assert _cell(page, key, DROP_REASON).data() == "Vendor left the contract"
    document.undo_stack.undo()
    assert document.assessment.answer("LEG-1").mitigation[0].status == "verified"


def test_cancelling_the_reason_drops_nothing(qtbot: QtBot, page: ActionPlanPage) -> None:
    asked: list[str] = []
    page.ask_drop_reason = lambda _parent, text: asked.append(text)  # type: ignore[func-returns-value]
    document = page.document
    assert document is not None
    with qtbot.waitSignal(page.model.drop_reason_needed):
        page.proxy.setData(_cell(page, "recommendation:0", STATUS), "dropped")
    qtbot.wait_until(lambda: bool(asked))  # the question comes once the edit is over
    assert document.assessment.recommendations[0].tracking == Tracking()
    assert document.undo_stack.count() == 0


def test_the_action_status_is_the_measure_status(page: ActionPlanPage) -> None:
    document = page.document
    assert document is not None
    page.proxy.setData(_cell(page, "measure:LEG-1:1", STATUS), "in_progress")
    assert document.assessment.answer("LEG-1").mitigation[1].status == "in_progress"
    page.proxy.setData(_cell(page, "measure:LEG-1:1", STATUS), "done")
    assert document.assessment.answer("LEG-1").mitigation[1].status == "implemented"
    offered = {value for value, _label in next(c for c in measure_columns() if c.field == "status").choices}
    assert {"in_progress", "dropped"} <= offered


def test_editing_in_the_mitigation_table_shows_in_the_action_plan(qtbot: QtBot, open_window: MainWindow) -> None:
    criterion_page = open_window.workspace.criterion_page
    document = open_window.document
    assert document is not None
    document.edit_answer("LEG-1", Answer(mitigation=(Measure(Text({"en": "Audit"})),)), "add")
    open_window.workspace.show_criterion("LEG-1")
    editor = criterion_page.mitigation
    editor.measures.model.setData(editor.measures.model.index(0, 2), "in_progress")
    plan = open_window.workspace.page(ACTION_PLAN)
    assert isinstance(plan, ActionPlanPage)
    row = plan.model.row_of("measure:LEG-1:0")
    assert plan.model.index(row, STATUS).data() == "In progress"


def test_recommendations_are_added_edited_in_both_languages_and_removed(page: ActionPlanPage) -> None:
    document = page.document
    assert document is not None
    page.add_recommendation()
    assert len(document.assessment.recommendations) == 2
    page.text_editor.editors["en"].setText("Fund legal aid")
    page.text_editor.editors["en"].editingFinished.emit()
    page.text_editor.editors["th"].setText("สนับสนุนความช่วยเหลือทางกฎหมาย")
    page.text_editor.editors["th"].editingFinished.emit()
    text = document.assessment.recommendations[1].text
    assert (text.get("en"), text.get("th")) == ("Fund legal aid", "สนับสนุนความช่วยเหลือทางกฎหมาย")
    page.proxy.setData(_cell(page, "recommendation:1", 8), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert document.assessment.recommendations[1].confidential
    page.select_action("recommendation:1")
    page.remove_recommendation()
    assert len(document.assessment.recommendations) == 1
    for _step in range(3):  # the removal, the confidential mark, the Thai text
        document.undo_stack.undo()
    assert document.assessment.recommendations[1].text.get("en") == "Fund legal aid"
    assert not document.assessment.recommendations[1].text.get("th", fallback=False)


def test_the_page_is_in_the_workspace(open_window: MainWindow) -> None:
    open_window.workspace.page_action(ACTION_PLAN).trigger()
    assert open_window.workspace.current_key == ACTION_PLAN


def test_the_table_is_edited_with_the_keyboard(qtbot: QtBot, page: ActionPlanPage) -> None:
    from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

    document = page.document
    assert document is not None
    with qtbot.waitExposed(page):
        page.show()
    page.view.setFocus()
    page.view.setCurrentIndex(_cell(page, "recommendation:0", OWNER))
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "NHRCT")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits once the key event is over
    qtbot.waitUntil(lambda: document.assessment.recommendations[0].tracking.owner == "NHRCT")
    page.view.setCurrentIndex(_cell(page, "recommendation:0", STATUS))
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("in_progress"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: document.assessment.recommendations[0].tracking.status == "in_progress")
    assert document.undo_stack.count() == 2
