"""Merge conflicts in the app: the walk-through of docs/teamwork.md ending in the window (a LEG-1 score conflict
opens with the banner and the conflicts page, the person picks a side, saves, and the file has no conflict), the
public brief refused while conflicts remain, and a sync tool's conflict copy offered for merge."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hria_app.core.assessment import Assessment
from hria_app.core.assessment_file import load_assessment, save_assessment
from hria_app.gui.assessment.navigator_model import CONFLICT_MARK, CONFLICT_ROLE, STATUS_COLUMN
from hria_app.gui.shell.main_window import MainWindow
from tests.gui.fakes import FakeDialogs, FakeRenderer
from tests.gui.helpers import open_export_dialog
from tests.gui.team_files import conflicted_file, copy_with


def test_a_conflicted_file_opens_on_its_conflicts_and_a_choice_resolves_it(
    window: MainWindow, tmp_path: Path, mini_assessment: Assessment, dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    path = conflicted_file(tmp_path, mini_assessment)
    assert window.files.open_path(path)
    team = window.team
    page = team.conflicts_page
    assert window.workspace.current_key == "conflicts"
    assert team.bar.isVisible() and "1 merge conflict" in team.bar.label.text()
    assert page.table.rowCount() == 1
    row = [page.table.item(0, column).text() for column in range(4)]
    assert row[0].startswith("LEG-1") and row[0].endswith("score")
    assert row[1:] == ["4", "3", "2"]  # ours (bob), theirs (alice), base
    assert "bob" in page.table.horizontalHeaderItem(1).text()
    assert "alice" in page.table.horizontalHeaderItem(2).text()
    navigator = window.workspace.navigator
    leg1 = navigator.model.index_of("LEG-1")
    assert leg1.data(CONFLICT_ROLE) is True
    assert CONFLICT_MARK in leg1.siblingAtColumn(STATUS_COLUMN).data()
    assert navigator.model.index_of("LEG-2").data(CONFLICT_ROLE) is False

    # The key of the "Take theirs" button: Alt+T on the selected conflict (a mnemonic clicks when released).
    page.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert window.document is not None
    qtbot.waitUntil(lambda: window.document is not None and not window.document.assessment.conflicts)
    assessment = window.document.assessment
    assert assessment.answer("LEG-1").score == 3
    assert not team.bar.isVisible()
    assert page.empty_label.isVisibleTo(page)
    assert not navigator.model.index_of("LEG-1").data(CONFLICT_ROLE)
    assert window.document.modified

    # Undo brings the conflict back, with Bob's value in the field; redo resolves it again.
    window.undo_action.trigger()
    assert len(window.document.assessment.conflicts) == 1
    assert window.document.assessment.answer("LEG-1").score == 4
    assert page.table.rowCount() == 1 and team.bar.isVisible()
    assert navigator.model.index_of("LEG-1").data(CONFLICT_ROLE) is True
    window.redo_action.trigger()
    assert window.document.assessment.conflicts == ()

    # Step 5: save; the file has no conflict left and LEG-1 is Alice's 3.
    assert window.files.save()
    saved = load_assessment(path)
    assert saved.conflicts == ()
    assert saved.answer("LEG-1").score == 3
    assert "conflicts:" not in path.read_text(encoding="utf-8")


def test_keeping_ours_or_going_back_to_base_is_one_click(
    window: MainWindow, tmp_path: Path, mini_assessment: Assessment
) -> None:
    window.files.open_path(conflicted_file(tmp_path, mini_assessment))
    page = window.team.conflicts_page
    page.buttons["base"].click()
    assert window.document is not None
    assert window.document.assessment.answer("LEG-1").score == 2
    window.undo_action.trigger()
    page.all_ours_button.click()
    assert window.document.assessment.answer("LEG-1").score == 4
    assert window.document.assessment.conflicts == ()


def test_the_public_brief_is_refused_while_conflicts_remain(
    window: MainWindow, tmp_path: Path, mini_assessment: Assessment, qtbot: QtBot
) -> None:
    window.files.open_path(conflicted_file(tmp_path, mini_assessment))
    assert window.document is not None
    renderer = FakeRenderer()
    dialog = open_export_dialog(qtbot, window.document, renderer)
    dialog.public_button.setChecked(True)
    with qtbot.waitSignal(dialog.failed) as failed:
        dialog.start_render()
    assert "merge conflicts remain" in failed.args[0]
    assert dialog.error_label.isVisibleTo(dialog)
    assert not dialog.save_button.isEnabled()
    assert all(not call["public"] for call in renderer.calls)
    # The full brief is still made (and lists the conflicts: tests/report/test_conflict_list.py).
    with qtbot.waitSignal(dialog.rendered, timeout=10000):
        dialog.full_button.setChecked(True)
    assert dialog.save_button.isEnabled()


def test_a_sync_conflict_copy_opened_is_offered_for_merge_into_its_original(
    make_window: Callable[..., MainWindow], tmp_path: Path, mini_assessment: Assessment, qtbot: QtBot
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    original = folder / "city.hria"
    save_assessment(original, copy_with(mini_assessment, LEG_1=2), backup=False)
    copy = folder / "city (Alice's conflicted copy 2026-12-03).hria"
    save_assessment(copy, copy_with(mini_assessment, LEG_1=3, LEG_2=1), backup=False)
    dialogs = FakeDialogs()
    window = make_window(dialogs_=dialogs)

    assert window.files.open_path(copy)
    qtbot.waitUntil(lambda: window.document is not None and window.document.path == original)
    qtbot.waitUntil(lambda: bool(window.document and window.document.assessment.conflicts))
    assert dialogs.questions("merge copy") == [(copy.name, original.name)]  # asked once, not again for the original
    assessment = window.document.assessment
    assert assessment.answer("LEG-2").score == 1  # written on one side only: taken
    assert [c.field for c in assessment.conflicts] == ["answers › LEG-1 › score"]
    assert window.workspace.current_key == "conflicts"
    assert window.document.modified
    assert copy.exists()  # never deleted
    window.undo_action.trigger()  # the merge is one undo step
    assert window.document.assessment.conflicts == ()
    assert window.document.assessment.answer("LEG-2").score is None


def test_an_original_with_a_copy_beside_it_is_offered_the_merge_and_may_decline(
    make_window: Callable[..., MainWindow], tmp_path: Path, mini_assessment: Assessment, qtbot: QtBot
) -> None:
    original = tmp_path / "city.hria"
    save_assessment(original, copy_with(mini_assessment, LEG_1=2), backup=False)
    copy = tmp_path / "city.sync-conflict-20261203-101530-ABCDEFG.hria"
    save_assessment(copy, copy_with(mini_assessment, LEG_1=4), backup=False)
    dialogs = FakeDialogs()
    dialogs.merge_copy = False
    window = make_window(dialogs_=dialogs)
    assert window.files.open_path(original)
    qtbot.waitUntil(lambda: bool(dialogs.questions("merge copy")))
    assert dialogs.questions("merge copy") == [(copy.name, original.name)]
    assert window.document is not None and window.document.assessment.conflicts == ()
    assert not window.document.modified
