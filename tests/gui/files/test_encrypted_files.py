"""Encrypted assessments stay encrypted: on open, on save, and in recovery copies."""

from __future__ import annotations

from pathlib import Path

import pytest

from hria_app.core.assessment import Answer, Assessment
from hria_app.core.assessment_file import load_assessment, save_assessment
from hria_app.core.crypto import is_encrypted
from hria_app.core.text import Text
from hria_app.gui.shell.main_window import MainWindow
from tests.gui.fakes import FakeDialogs

PASSPHRASE = "correct horse battery staple"
WITNESS = "Witness: Somchai, market vendor"


@pytest.fixture
def encrypted_file(tmp_path: Path, mini_assessment: Assessment) -> Path:
    mini_assessment.set_answer("LEG-1", Answer(notes=Text.of(WITNESS)).scored(3))
    path = tmp_path / "secret.hria"
    save_assessment(path, mini_assessment, backup=False, passphrase=PASSPHRASE)
    return path


def test_opening_asks_for_the_passphrase_until_it_is_right(
    window: MainWindow, dialogs: FakeDialogs, encrypted_file: Path
) -> None:
    dialogs.passphrases = ["wrong guess", PASSPHRASE]
    assert window.open_path(encrypted_file)
    assert dialogs.questions("passphrase") == [("secret.hria", False), ("secret.hria", True)]
    assert window.document.assessment.answer("LEG-1").notes.get("en") == WITNESS


def test_cancelling_the_passphrase_opens_nothing(
    window: MainWindow, dialogs: FakeDialogs, encrypted_file: Path
) -> None:
    assert window.open_path(encrypted_file) is False
    assert window.document is None
    assert dialogs.errors == []


def test_saving_keeps_the_file_encrypted(window: MainWindow, dialogs: FakeDialogs, encrypted_file: Path) -> None:
    dialogs.passphrases = [PASSPHRASE]
    window.open_path(encrypted_file)
    window.workspace.show_criterion("LEG-2")
    window.workspace.criterion_page.choose_score(1)
    window.save_action.trigger()
    raw = encrypted_file.read_bytes()
    assert is_encrypted(raw)
    assert WITNESS.encode() not in raw
    assert load_assessment(encrypted_file, PASSPHRASE).answer("LEG-2").score == 1


def test_the_recovery_copy_is_encrypted_too(
    make_window, dialogs: FakeDialogs, encrypted_file: Path, data_dir: Path
) -> None:
    dialogs.passphrases = [PASSPHRASE]
    crashed = make_window()
    crashed.open_path(encrypted_file)
    crashed.workspace.show_criterion("LEG-2")
    crashed.workspace.criterion_page.choose_score(4)
    copy = crashed.write_recovery()
    crashed.autosave.release()
    assert copy is not None and is_encrypted(copy.read_bytes())
    for written in (data_dir / "recovery").iterdir():
        assert b"Somchai" not in written.read_bytes()

    dialogs.passphrases = [PASSPHRASE]
    window = make_window()
    assert window.offer_recovery()
    assert window.document.assessment.answer("LEG-2").score == 4
    assert window.document.passphrase == PASSPHRASE
