"""File > Compare with… (two deployments with one rubric, and a re-assessment with its baseline, with the
comparison brief), and File > Start a re-assessment… with carried-over answers confirmed one by one, undoably."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hria_app.core.assessment import Answer, Assessment
from hria_app.core.assessment_file import save_assessment
from hria_app.core.text import Text
from hria_app.gui.assessment.navigator_model import CARRIED_OVER_MARK, CARRIED_OVER_ROLE, STATUS_COLUMN
from hria_app.gui.shell.main_window import MainWindow
from tests.gui.fakes import FakeDialogs
from tests.report.pdf_tools import flat, text_of


def _city(mini: Assessment, title: str, **scores: int) -> Assessment:
    city = replace(mini, answers={}, context=replace(mini.context, title=Text.of(title)))
    for criterion_id, score in scores.items():
        city.set_answer(criterion_id.replace("_", "-"), Answer(status="scored", score=score))
    return city


def _saved(path: Path, assessment: Assessment) -> Path:
    save_assessment(path, assessment, backup=False)
    return path


def test_compare_with_shows_levels_ratings_and_changed_answers_and_exports_the_brief(
    window: MainWindow, tmp_path: Path, mini_assessment: Assessment, dialogs: FakeDialogs
) -> None:
    city_a = _saved(tmp_path / "city-a.hria", _city(mini_assessment, "City A", LEG_1=1, LEG_2=1))
    city_b = _saved(tmp_path / "city-b.hria", _city(mini_assessment, "City B", LEG_1=4, LEG_2=1))
    assert window.files.open_path(city_a)
    dialogs.open_path = city_b
    view = window.team.compare_with()
    assert view is not None and view.isVisible()
    # The open file is "now"; the other one "then".
    assert "Then: City B" in view.heading.text() and "now: City A" in view.heading.text()
    assert view.relation_label.text() == "Two assessments made with the same rubric."
    assert view.overall_label.text().startswith("Overall level: ")
    rubric = mini_assessment.rubric
    assert view.sections.topLevelItemCount() == len(rubric.sections)
    legal = view.sections.topLevelItem(0)
    assert legal is not None and legal.text(0).startswith(rubric.sections[0].id)
    lines = view.answer_lines()
    assert any(line.startswith("LEG-1") for line in lines)
    assert not any(line.startswith("LEG-2") for line in lines)  # unchanged answers are not listed
    assert any("4" in line and "1" in line for line in lines if line.startswith("  "))

    view.swap_button.click()
    assert "Then: City A" in view.heading.text()

    dialogs.save_path = tmp_path / "out" / "compare"
    (tmp_path / "out").mkdir()
    view.public_box.setChecked(True)
    view.export_button.click()
    written = tmp_path / "out" / "compare.pdf"
    assert written.is_file()
    text = flat(text_of(written.read_bytes()))
    assert "Comparison brief" in text and "LEG-1" in text
    suggested = dialogs.questions("save")[-1]
    assert suggested.name == "city-a-comparison-en-public.pdf"


def test_a_reassessment_carries_answers_over_until_each_is_confirmed(
    window: MainWindow, tmp_path: Path, mini_assessment: Assessment, dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    before = _saved(tmp_path / "city-2025.hria", _city(mini_assessment, "City", LEG_1=2, LEG_2=3))
    assert window.files.open_path(before)
    started = window.team.start_reassessment()
    assert started is not None and window.document is started
    assert started.path is None and started.modified  # a new file, not yet saved
    assessment = started.assessment
    assert assessment.baseline is not None and assessment.baseline.file == "city-2025.hria"
    assert assessment.answer("LEG-1").carried_over and assessment.answer("LEG-1").score == 2
    model = window.workspace.navigator.model
    leg1 = model.index_of("LEG-1")
    assert leg1.data(CARRIED_OVER_ROLE) is True
    assert CARRIED_OVER_MARK in leg1.siblingAtColumn(STATUS_COLUMN).data()

    check = window.team.carried_over
    window.workspace.show_criterion("LEG-1")
    assert check.bar.isVisible() and "city-2025.hria" in check.bar.label.text()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert not started.assessment.answer("LEG-1").carried_over
    assert started.assessment.answer("LEG-1").score == 2
    assert not check.bar.isVisible()
    assert model.index_of("LEG-1").data(CARRIED_OVER_ROLE) is False

    window.undo_action.trigger()  # confirming is one undo step
    assert started.assessment.answer("LEG-1").carried_over
    assert check.bar.isVisible()

    # Changing a carried-over answer confirms it too.
    window.workspace.show_criterion("LEG-2")
    window.workspace.criterion_page.choose_score(1)
    assert started.assessment.answer("LEG-2") == Answer(status="scored", score=1)
    check.next_action.trigger()
    assert window.workspace.current_criterion == "LEG-1"  # the only one left to check

    # The re-assessment compared with its baseline: the baseline is "then", whichever file is open.
    dialogs.open_path = before
    view = window.team.compare_with()
    assert view is not None
    assert view.comparison.relation == "reassessment"
    assert view.after.baseline == started.assessment.baseline
    assert any(line.startswith("LEG-2") for line in view.answer_lines())
    assert not any(line.startswith("LEG-1") for line in view.answer_lines())  # only its mark differs


def test_no_reassessment_starts_while_conflicts_remain(
    window: MainWindow, tmp_path: Path, mini_assessment: Assessment, dialogs: FakeDialogs
) -> None:
    from tests.gui.team_files import conflicted_file

    assert window.files.open_path(conflicted_file(tmp_path, mini_assessment))
    assert window.team.start_reassessment() is None
    assert dialogs.errors and "merge conflicts" in dialogs.errors[-1][1]
    assert window.document is not None and window.document.path is not None
