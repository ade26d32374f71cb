"""Changes made to the open file by another program: never saved over unasked, offered for reload when safe."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hria_app.core.assessment import Answer, Assessment
from hria_app.core.assessment_file import load_assessment, save_assessment
from hria_app.gui.files.file_dialogs import ConflictChoice, ConflictReason
from hria_app.gui.shell.main_window import MainWindow
from tests.gui.fakes import FakeDialogs
from tests.gui.security_fakes import score, switch_away_and_back


def change_behind_the_apps_back(path: Path, score_value: int) -> None:
    assessment = load_assessment(path)
    assessment.set_answer("LEG-2", Answer().scored(score_value))
    save_assessment(path, assessment, backup=False)


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_saving_over_a_changed_file_asks(
    window: MainWindow, dialogs: FakeDialogs, saved_file: Path, tmp_path: Path, choice: ConflictChoice
) -> None:
    window.open_path(saved_file)
    score(window, 4)
    change_behind_the_apps_back(saved_file, 1)
    theirs = saved_file.read_bytes()
    dialogs.conflict_choice = choice
    dialogs.save_path = tmp_path / "work" / "city (copy).hria"
    saved = window.files.save()

    assert dialogs.questions("conflict") == [("city.hria", ConflictReason.CHANGED, None)]
    on_disk = load_assessment(saved_file)
    if choice is ConflictChoice.OVERWRITE:
        assert saved
        assert on_disk.answer("LEG-1").score == 4
        assert (tmp_path / "work" / "city.hria.bak").read_bytes() == theirs  # their version is still there
    elif choice is ConflictChoice.SAVE_COPY:
        assert saved
        assert saved_file.read_bytes() == theirs
        assert load_assessment(dialogs.save_path).answer("LEG-1").score == 4
        assert window.document.path == dialogs.save_path
    else:
        assert not saved
        assert saved_file.read_bytes() == theirs
        assert window.isWindowModified()


def test_a_deleted_file_is_not_written_again_unasked(
    window: MainWindow, dialogs: FakeDialogs, saved_file: Path
) -> None:
    window.open_path(saved_file)
    score(window, 2)
    saved_file.unlink()
    window.save_action.trigger()
    assert dialogs.questions("conflict") == [("city.hria", ConflictReason.DELETED, None)]
    assert not saved_file.exists()
    dialogs.conflict_choice = ConflictChoice.OVERWRITE
    window.save_action.trigger()
    assert load_assessment(saved_file).answer("LEG-1").score == 2


def test_a_file_rewritten_with_the_same_content_is_no_conflict(
    window: MainWindow, dialogs: FakeDialogs, saved_file: Path
) -> None:
    window.open_path(saved_file)
    saved_file.write_bytes(saved_file.read_bytes())  # a sync client or a backup tool touching it
    os.utime(saved_file, (1_000_000, 1_000_000))
    score(window, 3)
    window.save_action.trigger()
    assert dialogs.questions("conflict") == []
    assert load_assessment(saved_file).answer("LEG-1").score == 3


def test_after_a_save_the_next_save_does_not_ask(window: MainWindow, dialogs: FakeDialogs, saved_file: Path) -> None:
    window.open_path(saved_file)
    for value in (1, 2, 3):
        score(window, value)
        window.save_action.trigger()
    assert dialogs.questions("conflict") == []


def test_coming_back_to_the_app_offers_the_new_version(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, saved_file: Path
) -> None:
    window.open_path(saved_file)
    change_behind_the_apps_back(saved_file, 1)
    switch_away_and_back(qtbot, window)
    qtbot.waitUntil(lambda: dialogs.questions("reload") == ["city.hria"])
    qtbot.waitUntil(lambda: window.document.assessment.answer("LEG-2").score == 1)
    assert not window.isWindowModified()
    assert window.document.path == saved_file
    score(window, 4)
    window.save_action.trigger()
    assert dialogs.questions("conflict") == []  # the reloaded version is the one on disk


def test_declining_the_reload_is_asked_once_per_change(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, saved_file: Path
) -> None:
    dialogs.reload = False
    window.open_path(saved_file)
    change_behind_the_apps_back(saved_file, 1)
    window.files.check_disk()
    window.files.check_disk()
    assert dialogs.questions("reload") == ["city.hria"]
    assert window.document.assessment.answer("LEG-2").status == "unanswered"
    change_behind_the_apps_back(saved_file, 2)
    window.files.check_disk()
    assert dialogs.questions("reload") == ["city.hria", "city.hria"]
    window.save_action.trigger()  # declining a reload does not make the change ours to overwrite
    assert dialogs.questions("conflict")


def test_with_unsaved_changes_the_app_tells_and_does_not_reload(
    window: MainWindow, dialogs: FakeDialogs, saved_file: Path
) -> None:
    window.open_path(saved_file)
    score(window, 4)
    change_behind_the_apps_back(saved_file, 1)
    window.files.check_disk()
    assert dialogs.questions("reload") == []
    assert "changed by another program" in window.statusBar().currentMessage()
    assert window.document.assessment.answer("LEG-1").score == 4


def test_a_file_deleted_while_open_is_reported(window: MainWindow, dialogs: FakeDialogs, saved_file: Path) -> None:
    window.open_path(saved_file)
    saved_file.unlink()
    window.files.check_disk()
    assert dialogs.questions("reload") == []
    assert "moved or deleted" in window.statusBar().currentMessage()


def test_a_reloaded_encrypted_file_keeps_its_passphrase(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, mini_assessment: Assessment
) -> None:
    path = tmp_path / "secret.hria"
    save_assessment(path, mini_assessment, passphrase="a long enough passphrase")
    dialogs.passphrases = ["a long enough passphrase"]
    window.open_path(path)
    mini_assessment.set_answer("LEG-2", Answer().scored(2))
    save_assessment(path, mini_assessment, passphrase="a long enough passphrase")
    window.files.check_disk()
    assert window.document.assessment.answer("LEG-2").score == 2
    assert len(dialogs.questions("passphrase")) == 1  # not asked again
    assert window.document.passphrase == "a long enough passphrase"


def test_a_recovered_document_saves_over_its_unchanged_original_without_asking(
    make_window, dialogs: FakeDialogs, saved_file: Path
) -> None:
    crashed = make_window()
    crashed.open_path(saved_file)
    score(crashed, 4)
    crashed.write_recovery()
    crashed.autosave.release()

    window = make_window()
    assert window.offer_recovery()
    window.save_action.trigger()
    assert dialogs.questions("conflict") == []
    assert load_assessment(saved_file).answer("LEG-1").score == 4


def test_a_recovered_document_asks_when_its_original_changed_meanwhile(
    make_window, dialogs: FakeDialogs, saved_file: Path
) -> None:
    crashed = make_window()
    crashed.open_path(saved_file)
    score(crashed, 4)
    crashed.write_recovery()
    crashed.autosave.release()
    change_behind_the_apps_back(saved_file, 1)

    window = make_window()
    assert window.offer_recovery()
    window.save_action.trigger()
    assert [reason for _name, reason, _holder in dialogs.questions("conflict")] == [ConflictReason.CHANGED]
