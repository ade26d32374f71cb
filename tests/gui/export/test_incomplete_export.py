"""A public brief of unfinished work is saved only after the user confirms it; a finished one is not questioned."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hria_app.core.assessment import Answer
from hria_app.gui.export.export_dialog import ExportDialog
from hria_app.gui.shell.main_window import MainWindow
from tests.gui.fakes import FakeDialogs


def export_dialog(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    with qtbot.waitSignal(dialog.rendered, timeout=60_000):
        pass
    return dialog


@pytest.mark.parametrize("confirmed", [False, True])
def test_a_public_brief_of_unanswered_criteria_asks_first(
    qtbot: QtBot, open_window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, confirmed: bool
) -> None:
    document = open_window.document
    assert document is not None
    total = document.assessment.rubric.criterion_count
    document.edit_answer("LEG-1", Answer().scored(3), "Score")
    dialogs.incomplete_export = confirmed
    dialogs.save_path = tmp_path / "public.pdf"
    dialog = export_dialog(qtbot, open_window)
    dialog.public_button.setChecked(True)
    with qtbot.waitSignal(dialog.rendered, timeout=60_000):
        pass
    dialog.save_button.click()
    assert dialogs.questions("incomplete export") == [(1, total)]
    assert (tmp_path / "public.pdf").exists() is confirmed


def test_a_full_brief_and_a_finished_public_brief_are_not_questioned(
    qtbot: QtBot, open_window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    document = open_window.document
    assert document is not None
    dialogs.save_path = tmp_path / "full.pdf"
    dialog = export_dialog(qtbot, open_window)
    assert dialog.full_button.isChecked()  # nothing is confidential
    dialog.save_button.click()
    assert (tmp_path / "full.pdf").exists()
    for criterion in document.assessment.rubric.criteria():
        document.edit_answer(criterion.id, Answer().scored(1), "Score")
    dialogs.save_path = tmp_path / "public.pdf"
    dialog.public_button.setChecked(True)
    with qtbot.waitSignal(dialog.rendered, timeout=60_000):
        pass
    dialog.save_button.click()
    assert (tmp_path / "public.pdf").exists()
    assert dialogs.questions("incomplete export") == []
