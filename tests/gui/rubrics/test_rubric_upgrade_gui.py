"""An open assessment meets a newer version of its rubric: a bar offers the upgrade (no modal), the upgrade is one
undo step, a report says what moved, the archive keeps removed answers, the navigator marks changed criteria."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hria_app.core.assessment import Answer, Assessment
from hria_app.core.assessment_file import save_assessment
from hria_app.core.library import RubricLibrary
from hria_app.core.text import Text
from hria_app.gui.assessment.navigator_model import REVIEW_ROLE
from hria_app.gui.shell.main_window import MainWindow
from tests.core.rubric_versions import V110
from tests.gui.helpers import write


@pytest.fixture
def answered_file(tmp_path: Path, mini_assessment: Assessment) -> Path:
    mini_assessment.set_answer("LEG-1", Answer(notes=Text.of("Royal Gazette checked")).scored(3))
    mini_assessment.set_answer("LEG-2", Answer(notes=Text.of("Oversight body never met")).scored(4))
    path = tmp_path / "work" / "city.hria"
    path.parent.mkdir()
    save_assessment(path, mini_assessment, backup=False)
    return path


@pytest.fixture
def upgradable(window: MainWindow, library: RubricLibrary, answered_file: Path) -> MainWindow:
    write(library.user_dir / "mini-1.1.0.yaml", V110)
    library.entries(refresh=True)
    assert window.open_path(answered_file)
    return window


def test_a_newer_version_is_offered_in_a_bar_not_a_modal(upgradable: MainWindow) -> None:
    bar = upgradable.library_links.upgrades.bar
    assert bar.isVisible()
    assert "1.1.0" in bar.label.text() and "1.0.0" in bar.label.text()
    assert upgradable.dialogs.asked == []


def test_no_bar_when_the_rubric_is_the_newest(window: MainWindow, answered_file: Path) -> None:
    window.open_path(answered_file)
    assert not window.library_links.upgrades.bar.isVisible()


def test_upgrade_keeps_the_archive_leaves_the_new_one_unanswered_and_undo_restores(
    qtbot: QtBot, upgradable: MainWindow
) -> None:
    document = upgradable.document
    assert document is not None
    before = document.result().criterion_scores
    upgradable.workspace.show_criterion("LEG-2")
    upgradable.library_links.upgrades.bar.button("Upgrade to 1.1.0").click()

    assessment = document.assessment
    assert assessment.rubric.version == "1.1.0"
    assert document.undo_stack.count() == 1  # one step
    assert assessment.answer("LEG-3") == Answer()
    assert assessment.answer("LEG-1").score == 3
    (archived,) = assessment.archive
    assert (archived.criterion_id, archived.rubric_version, archived.answer.score) == ("LEG-2", "1.0.0", 4)
    assert document.result().criterion_scores == {"LEG-1": 3, "LEG-3": 3}  # recomputed: unknown counts as 3
    assert upgradable.isWindowModified()

    report = upgradable.library_links.upgrades.report_dialog
    assert report is not None and report.isVisible()
    assert report.lists["added"].item(0).text() == "LEG-3  Watchlist rules"
    assert report.lists["archived"].item(0).text() == "LEG-2  Oversight"
    assert report.lists["review"].item(0).text().startswith("LEG-1")

    navigator = upgradable.workspace.navigator.model
    assert navigator.index_of("LEG-1").data(REVIEW_ROLE) is True
    assert navigator.index_of("LEG-3").data(REVIEW_ROLE) is False
    assert not navigator.index_of("LEG-2").isValid()
    assert upgradable.workspace.current_criterion != "LEG-2"  # its page is gone; the workspace moved on

    tools = upgradable.library_links
    tabs = upgradable.summary_page.tabs
    assert tabs.isTabVisible(tabs.indexOf(tools.archive))
    assert tools.archive.model.rowCount() == 1
    assert tools.archive.model.index(0, 4).data() == "Oversight body never met"
    assert not tools.upgrades.bar.isVisible()

    upgradable.undo_action.trigger()
    assert assessment.rubric.version == "1.0.0"
    assert assessment.archive == ()
    assert assessment.answer("LEG-2").score == 4
    assert document.result().criterion_scores == before
    assert not tabs.isTabVisible(tabs.indexOf(tools.archive))
    assert navigator.index_of("LEG-1").data(REVIEW_ROLE) is False
    assert tools.upgrades.bar.isVisible()  # offered again
    assert not upgradable.isWindowModified()
    upgradable.redo_action.trigger()
    assert assessment.rubric.version == "1.1.0" and len(assessment.archive) == 1


def test_the_upgraded_assessment_saves_with_its_archive(
    upgradable: MainWindow, answered_file: Path, make_window
) -> None:
    upgradable.library_links.upgrades.upgrade()
    upgradable.save_action.trigger()
    reopened = make_window()
    reopened.open_path(answered_file)
    assert reopened.document.assessment.rubric.version == "1.1.0"
    assert [a.criterion_id for a in reopened.document.assessment.archive] == ["LEG-2"]
    assert not reopened.library_links.upgrades.bar.isVisible()
    tabs = reopened.summary_page.tabs
    assert tabs.isTabVisible(tabs.indexOf(reopened.library_links.archive))


def test_not_now_puts_the_offer_away_for_this_assessment(upgradable: MainWindow) -> None:
    bar = upgradable.library_links.upgrades.bar
    bar.button("Not now").click()
    assert not bar.isVisible()
    upgradable.library_links.upgrades.check()
    assert not bar.isVisible()


def test_the_archive_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester, upgradable: MainWindow) -> None:
    upgradable.library_links.upgrades.upgrade()
    qtmodeltester.check(upgradable.library_links.archive.model, force_py=True)
