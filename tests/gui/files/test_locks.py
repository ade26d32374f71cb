"""Lock files in the app: who holds a file is said, nobody's copy is saved over, stale locks go unnoticed."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hria_app.core import locking
from hria_app.core.assessment_file import load_assessment
from hria_app.gui.files.file_dialogs import ConflictChoice, ConflictReason, LockChoice
from hria_app.gui.shell.main_window import MainWindow
from tests.gui.fakes import FakeDialogs
from tests.gui.security_fakes import another_instance, ended_process_id, score, write_lock


def lock_owner(path: Path) -> int | None:
    info = locking.read_lock(path)
    return info.pid if info is not None else None


def test_an_open_file_is_locked_and_closing_releases_it(window: MainWindow, saved_file: Path) -> None:
    assert window.open_path(saved_file)
    assert lock_owner(saved_file) == os.getpid()
    assert b"LEG-1" not in locking.lock_path(saved_file).read_bytes()  # who and when, never content
    window.close_action.trigger()
    assert not locking.lock_path(saved_file).exists()


def test_quitting_releases_the_lock(window: MainWindow, saved_file: Path) -> None:
    window.open_path(saved_file)
    window.close()
    assert not locking.lock_path(saved_file).exists()


def test_save_as_moves_the_lock_to_the_new_file(
    window: MainWindow, dialogs: FakeDialogs, saved_file: Path, tmp_path: Path
) -> None:
    window.open_path(saved_file)
    dialogs.save_path = tmp_path / "renamed.hria"
    window.save_as_action.trigger()
    assert not locking.lock_path(saved_file).exists()
    assert lock_owner(tmp_path / "renamed.hria") == os.getpid()


def test_a_new_assessment_is_locked_once_saved(open_window: MainWindow, dialogs: FakeDialogs, tmp_path: Path) -> None:
    dialogs.save_path = tmp_path / "new.hria"
    open_window.save_action.trigger()
    assert lock_owner(tmp_path / "new.hria") == os.getpid()


def test_a_file_held_by_another_instance_says_who_and_opens_read_only(
    window: MainWindow, dialogs: FakeDialogs, saved_file: Path, tmp_path: Path
) -> None:
    before = saved_file.read_bytes()
    with another_instance(saved_file, user="Nok") as holder:
        assert window.open_path(saved_file)
        ((name, info),) = dialogs.questions("lock")
        assert name == "city.hria"
        assert info.user == "Nok" and info.pid == holder.pid
        assert time.time() - info.since == pytest.approx(600, abs=60)  # "since when" comes with it
        assert window.document.read_only
        assert window.windowTitle() == "city.hria (read-only)[*] — HRIA [Draft]"
        assert lock_owner(saved_file) == holder.pid  # still theirs

        score(window, 4)
        dialogs.save_path = tmp_path / "mine.hria"
        window.save_action.trigger()
        ((_filter, suggested),) = [q for q in dialogs.asked if q[0] == "save"]
        assert suggested == saved_file.with_name("city (copy).hria")
        assert saved_file.read_bytes() == before
        assert load_assessment(tmp_path / "mine.hria").answer("LEG-1").score == 4
        assert lock_owner(saved_file) == holder.pid
        assert lock_owner(tmp_path / "mine.hria") == os.getpid()
        assert not window.document.read_only
        assert window.windowTitle() == "mine.hria[*] — HRIA [Draft]"


def test_cancel_opens_nothing(window: MainWindow, dialogs: FakeDialogs, saved_file: Path) -> None:
    dialogs.lock_choice = LockChoice.CANCEL
    with another_instance(saved_file) as holder:
        assert window.open_path(saved_file) is False
        assert window.document is None
        assert lock_owner(saved_file) == holder.pid


def test_taking_over_holds_the_lock(window: MainWindow, dialogs: FakeDialogs, saved_file: Path) -> None:
    dialogs.lock_choice = LockChoice.TAKE_OVER
    with another_instance(saved_file):
        assert window.open_path(saved_file)
        assert not window.document.read_only
        assert lock_owner(saved_file) == os.getpid()
        score(window, 2)
        window.save_action.trigger()
    assert dialogs.questions("conflict") == []
    assert load_assessment(saved_file).answer("LEG-1").score == 2


def test_a_stale_lock_is_taken_over_without_a_question(
    window: MainWindow, dialogs: FakeDialogs, saved_file: Path
) -> None:
    write_lock(saved_file, "crashed", ended_process_id())
    assert window.open_path(saved_file)
    assert dialogs.questions("lock") == []
    assert lock_owner(saved_file) == os.getpid()


def test_saving_and_autosaving_refresh_the_lock(
    qtbot: QtBot, window: MainWindow, saved_file: Path, data_dir: Path
) -> None:
    window.open_path(saved_file)
    long_ago = time.time() - 3 * 3600
    write_lock(saved_file, "me", os.getpid(), refreshed=long_ago)
    score(window, 1)
    with qtbot.waitSignal(window.autosave.written):
        window.write_recovery()
    assert locking.read_lock(saved_file).refreshed > long_ago + 3000

    write_lock(saved_file, "me", os.getpid(), refreshed=long_ago)
    window.save_action.trigger()
    assert locking.read_lock(saved_file).refreshed > long_ago + 3000


def test_saving_over_a_file_someone_took_over_asks_first(
    window: MainWindow, dialogs: FakeDialogs, saved_file: Path
) -> None:
    window.open_path(saved_file)
    score(window, 3)
    with another_instance(saved_file, user="Malee") as holder:
        before = saved_file.read_bytes()
        window.save_action.trigger()
        ((name, reason, info),) = dialogs.questions("conflict")
        assert (name, reason, info.user) == ("city.hria", ConflictReason.LOCKED, "Malee")
        assert saved_file.read_bytes() == before  # the fake cancels
        assert window.isWindowModified()

        dialogs.conflict_choice = ConflictChoice.OVERWRITE
        window.save_action.trigger()
        assert load_assessment(saved_file).answer("LEG-1").score == 3
        assert lock_owner(saved_file) == os.getpid()
        assert holder.poll() is None


@pytest.mark.expected_log_warning
def test_a_lock_in_a_folder_that_cannot_be_written_does_not_stop_reading(
    window: MainWindow, saved_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(locking, "acquire", refuse)
    assert window.open_path(saved_file)
    assert window.document is not None
    assert window.files.guard.locked is None


def test_the_lock_file_holds_who_and_when_only(window: MainWindow, saved_file: Path) -> None:
    window.open_path(saved_file)
    data = json.loads(locking.lock_path(saved_file).read_text(encoding="utf-8"))
    assert sorted(data) == ["host", "pid", "refreshed", "since", "user"]
