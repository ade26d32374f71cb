"""The PDF of an encrypted assessment is not encrypted: the public brief comes first, and the full one asks."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hria_app.core.assessment import Assessment
from hria_app.core.assessment_file import save_assessment
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.export.export_dialog import ExportDialog
from hria_app.gui.shell.main_window import MainWindow
from tests.gui.fakes import FakeDialogs, FakeRenderer
from tests.gui.helpers import open_export_dialog

PASSPHRASE = "amber harbour quiet river"


@pytest.fixture
def encrypted_window(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, mini_assessment: Assessment
) -> MainWindow:
    path = tmp_path / "case.hria"
    save_assessment(path, mini_assessment, passphrase=PASSPHRASE)
    dialogs.passphrases = [PASSPHRASE]
    assert window.open_path(path)
    return window


def export_dialog(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    with qtbot.waitSignal(dialog.rendered, timeout=60_000):
        pass
    return dialog


def test_the_public_brief_is_preselected_for_an_encrypted_assessment(qtbot: QtBot, mini_assessment: Assessment) -> None:
    plain = open_export_dialog(qtbot, AssessmentDocument(mini_assessment), FakeRenderer())
    assert plain.full_button.isChecked()  # nothing confidential, nothing encrypted
    encrypted = open_export_dialog(qtbot, AssessmentDocument(mini_assessment, passphrase=PASSPHRASE), FakeRenderer())
    assert encrypted.public_button.isChecked()
    assert "public" in encrypted.save_button.text()


@pytest.mark.parametrize("confirmed", [False, True])
def test_the_full_brief_of_an_encrypted_assessment_asks_first(
    qtbot: QtBot, encrypted_window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, confirmed: bool
) -> None:
    dialogs.full_export = confirmed
    dialogs.save_path = tmp_path / "full.pdf"
    dialog = export_dialog(qtbot, encrypted_window)
    dialog.full_button.setChecked(True)
    with qtbot.waitSignal(dialog.rendered, timeout=60_000):
        pass
    dialog.save_button.click()
    assert dialogs.questions("full export") == ["case.hria"]
    assert dialogs.save_path.exists() is confirmed
    dialog.reject()


def test_the_public_brief_does_not_ask(
    qtbot: QtBot, encrypted_window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    dialogs.save_path = tmp_path / "public.pdf"
    dialog = export_dialog(qtbot, encrypted_window)
    assert dialog.public
    dialog.save_button.click()
    assert dialogs.questions("full export") == []
    assert dialogs.save_path.exists()
    dialog.reject()


def test_a_plain_assessments_full_brief_does_not_ask(
    qtbot: QtBot, open_window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    dialogs.save_path = tmp_path / "full.pdf"
    dialog = export_dialog(qtbot, open_window)
    assert not dialog.public
    dialog.save_button.click()
    assert dialogs.questions("full export") == []
    assert dialogs.save_path.exists()
    dialog.reject()
