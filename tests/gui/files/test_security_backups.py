"""File > Revert to previous version: the backup each save keeps is one menu entry away, and reverting loses
nothing either (the version it replaces becomes the backup)."""

from __future__ import annotations

from pathlib import Path

from hria_app.core.assessment import Assessment
from hria_app.core.assessment_file import load_assessment, save_assessment
from hria_app.core.file_names import backup_path
from hria_app.gui.shell.main_window import MainWindow
from tests.gui.fakes import FakeDialogs
from tests.gui.security_fakes import score

PASSPHRASE = "a passphrase long enough"


def test_revert_brings_back_the_version_before_the_last_save(window: MainWindow, saved_file: Path) -> None:
    window.open_path(saved_file)
    assert not window.revert_action.isEnabled()  # no backup yet
    score(window, 1)
    window.save_action.trigger()
    score(window, 2)
    window.save_action.trigger()
    assert window.revert_action.isEnabled()

    assert window.files.revert_to_backup()
    assert window.document.assessment.answer("LEG-1").score == 1
    assert window.document.path == saved_file
    assert window.isWindowModified()  # shown, not yet written
    assert load_assessment(saved_file).answer("LEG-1").score == 2

    window.save_action.trigger()
    assert load_assessment(saved_file).answer("LEG-1").score == 1
    assert load_assessment(saved_file.with_name("city.hria.bak")).answer("LEG-1").score == 2  # revertible too


def test_closing_a_revert_without_saving_leaves_the_file_as_it_was(
    window: MainWindow, dialogs: FakeDialogs, saved_file: Path
) -> None:
    window.open_path(saved_file)
    score(window, 3)
    window.save_action.trigger()
    before = saved_file.read_bytes()
    window.files.revert_to_backup()
    window.close_action.trigger()  # the fake discards
    assert saved_file.read_bytes() == before


def test_revert_without_a_backup_explains(window: MainWindow, dialogs: FakeDialogs, saved_file: Path) -> None:
    window.open_path(saved_file)
    assert window.files.revert_to_backup() is False
    assert dialogs.questions("information") == ["No previous version"]
    assert window.document.path == saved_file


def test_revert_asks_about_unsaved_changes_first(window: MainWindow, dialogs: FakeDialogs, saved_file: Path) -> None:
    window.open_path(saved_file)
    score(window, 1)
    window.save_action.trigger()
    score(window, 4)
    window.files.revert_to_backup()
    assert dialogs.questions("unsaved") == ["city.hria"]


def test_an_encrypted_backup_opens_with_the_files_passphrase(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, mini_assessment: Assessment
) -> None:
    path = tmp_path / "secret.hria"
    save_assessment(path, mini_assessment, passphrase=PASSPHRASE)
    dialogs.passphrases = [PASSPHRASE]
    window.open_path(path)
    score(window, 2)
    window.save_action.trigger()
    assert window.files.revert_to_backup()
    assert window.document.assessment.answer("LEG-1").status == "unanswered"
    assert window.document.passphrase == PASSPHRASE
    assert len(dialogs.questions("passphrase")) == 1


def test_revert_finds_the_shortened_backup_of_a_file_with_a_very_long_name(
    window: MainWindow, tmp_path: Path, mini_assessment: Assessment
) -> None:
    # NAME.bak would pass the system's 255-byte limit: the save keeps the backup under a shortened name, and the
    # menu and the revert must look for it there.
    path = tmp_path / ("ก" * 80 + ".hria")  # 240 bytes of Thai
    save_assessment(path, mini_assessment, backup=False)
    window.open_path(path)
    score(window, 1)
    window.save_action.trigger()
    score(window, 2)
    window.save_action.trigger()
    backup = backup_path(path)
    assert backup.is_file() and backup.name != path.name + ".bak"
    assert window.revert_action.isEnabled()
    assert window.files.revert_to_backup()
    assert window.document.assessment.answer("LEG-1").score == 1
