"""An assessment opened through a symbolic link, as teams keep them (a link in a working folder to the file in a
synced team folder): saves change the real file and keep the link, the backup lives beside the real file, changes
made to the real file by another program are noticed, and the window keeps the name the person opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hria_app.core.assessment import Answer, Assessment
from hria_app.core.assessment_file import load_assessment, save_assessment
from hria_app.core.crypto import is_encrypted
from hria_app.core.locking import lock_path
from hria_app.gui.shell.main_window import MainWindow
from tests.gui.fakes import FakeDialogs
from tests.gui.security_fakes import score, switch_away_and_back

PASSPHRASE = "a passphrase long enough"


@pytest.fixture
def linked(tmp_path: Path, mini_assessment: Assessment) -> tuple[Path, Path]:
    """`work/a.hria`, a link to `team/a.hria` (the real file)."""
    real = tmp_path / "team" / "a.hria"
    real.parent.mkdir()
    save_assessment(real, mini_assessment, backup=False)
    link = tmp_path / "work" / "a.hria"
    link.parent.mkdir()
    link.symlink_to(real)
    return link, real


def change_behind_the_apps_back(path: Path, score_value: int) -> None:
    assessment = load_assessment(path)
    assessment.set_answer("LEG-2", Answer().scored(score_value))
    save_assessment(path, assessment, backup=False)


def test_saving_through_a_link_updates_the_real_file_and_keeps_the_link(
    window: MainWindow, linked: tuple[Path, Path]
) -> None:
    link, real = linked
    assert window.open_path(link)
    score(window, 1)
    window.save_action.trigger()
    score(window, 3)
    window.save_action.trigger()

    assert link.is_symlink() and link.resolve() == real  # still a link to the team's file
    assert load_assessment(real).answer("LEG-1").score == 3
    backup = real.with_name("a.hria.bak")
    assert not backup.is_symlink() and load_assessment(backup).answer("LEG-1").score == 1
    assert not link.with_name("a.hria.bak").exists()  # nothing left beside the link
    assert sorted(p.name for p in link.parent.iterdir()) == ["a.hria"]
    assert lock_path(link).parent == real.parent and lock_path(link).exists()
    assert window.document.path == link
    assert window.windowTitle().startswith("a.hria[*] — HRIA") and not window.isWindowModified()
    status = window.statusBar().currentMessage()
    assert str(link) in status and str(real) in status and "through a link" in status


def test_a_change_made_to_the_real_file_is_noticed(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, linked: tuple[Path, Path]
) -> None:
    link, real = linked
    window.open_path(link)
    score(window, 2)
    window.save_action.trigger()

    change_behind_the_apps_back(real, 4)  # a colleague's copy, synced into the team folder
    # Noticed while the person works in the window, without switching away: the real file is watched.
    qtbot.waitUntil(lambda: dialogs.questions("reload") == ["a.hria"])
    assert window.document.path == link and window.document.assessment.answer("LEG-2").score == 4

    change_behind_the_apps_back(real, 1)
    switch_away_and_back(qtbot, window)  # and when the person comes back to the window
    qtbot.waitUntil(lambda: window.document.assessment.answer("LEG-2").score == 1)
    assert dialogs.questions("reload") == ["a.hria", "a.hria"]


def test_saving_over_a_change_made_to_the_real_file_asks(
    window: MainWindow, dialogs: FakeDialogs, linked: tuple[Path, Path]
) -> None:
    link, real = linked
    window.open_path(link)
    score(window, 2)
    change_behind_the_apps_back(real, 4)
    theirs = real.read_bytes()
    window.save_action.trigger()  # the fake cancels
    assert [name for name, _reason, _holder in dialogs.questions("conflict")] == ["a.hria"]
    assert real.read_bytes() == theirs and window.isWindowModified()


def test_a_link_pointed_at_another_file_is_a_change(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, linked: tuple[Path, Path], mini_assessment: Assessment
) -> None:
    link, real = linked
    window.open_path(link)
    other = real.with_name("b.hria")
    mini_assessment.set_answer("LEG-2", Answer().scored(3))
    save_assessment(other, mini_assessment, backup=False)
    link.unlink()
    link.symlink_to(other)  # the link's folder is watched too
    qtbot.waitUntil(lambda: dialogs.questions("reload") == ["a.hria"])
    assert window.document.assessment.answer("LEG-2").score == 3


def test_revert_finds_the_backup_beside_the_real_file(window: MainWindow, linked: tuple[Path, Path]) -> None:
    link, real = linked
    window.open_path(link)
    score(window, 1)
    window.save_action.trigger()
    score(window, 2)
    window.save_action.trigger()
    assert real.with_name("a.hria.bak").is_file() and not link.with_name("a.hria.bak").exists()
    assert window.revert_action.isEnabled()
    assert window.files.revert_to_backup()
    assert window.document.assessment.answer("LEG-1").score == 1
    assert window.document.path == link and window.isWindowModified()


def test_encrypting_through_a_link_encrypts_the_real_backup_too(
    window: MainWindow, dialogs: FakeDialogs, linked: tuple[Path, Path]
) -> None:
    link, real = linked
    window.open_path(link)
    score(window, 1)
    window.save_action.trigger()  # a plain backup beside the real file
    dialogs.new_passphrases = [PASSPHRASE]
    assert window.encryption.save_encrypted()
    backup = real.with_name("a.hria.bak")
    assert is_encrypted(real.read_bytes()) and is_encrypted(backup.read_bytes())
    assert load_assessment(backup, PASSPHRASE).answer("LEG-1").score == 1
    assert dialogs.errors == []
    assert link.is_symlink()


def test_opening_the_real_file_of_the_open_link_keeps_the_window(
    window: MainWindow, dialogs: FakeDialogs, linked: tuple[Path, Path]
) -> None:
    link, real = linked
    window.open_path(link)
    document = window.document
    assert window.open_path(real)  # the same file: nothing to open again
    assert window.document is document and dialogs.questions("lock") == []
