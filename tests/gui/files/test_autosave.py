"""Unsaved work survives a crash: recovery copies are written, cleaned up, and offered on the next start."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hria_app.core.assessment_file import loads, to_data
from hria_app.gui.files.file_dialogs import RecoverChoice
from hria_app.gui.shell.app import start
from hria_app.gui.shell.main_window import MainWindow
from hria_app.gui.shell.settings import Settings
from tests.gui.fakes import FakeDialogs
from tests.gui.helpers import ROOT


def recovery_copies(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "recovery").glob("*.hria"))


def edit(window: MainWindow, score: int = 3, criterion_id: str = "LEG-1") -> None:
    window.workspace.show_criterion(criterion_id)
    window.workspace.criterion_page.choose_score(score)


def test_a_change_is_copied_after_a_quiet_moment(
    qtbot: QtBot, settings: Settings, make_window, data_dir: Path, saved_file: Path
) -> None:
    settings.autosave_seconds = 0.1
    window = make_window()
    window.open_path(saved_file)
    before = saved_file.read_bytes()
    with qtbot.waitSignal(window.autosave.written, timeout=5000) as written:
        edit(window, 4)
    copy = written.args[0]
    assert copy in recovery_copies(data_dir)
    assert loads(copy.read_bytes()).answer("LEG-1").score == 4
    assert saved_file.read_bytes() == before  # the user's file is not touched by autosave


def test_losing_focus_copies_at_once(qtbot: QtBot, window: MainWindow, saved_file: Path, data_dir: Path) -> None:
    window.open_path(saved_file)
    edit(window)
    assert recovery_copies(data_dir) == []  # the 30-second timer has not fired
    other = QWidget()
    qtbot.addWidget(other)
    with qtbot.waitSignal(window.autosave.written, timeout=5000):
        other.show()
        other.activateWindow()
    assert len(recovery_copies(data_dir)) == 1


def test_saving_removes_the_copy(window: MainWindow, saved_file: Path, data_dir: Path) -> None:
    window.open_path(saved_file)
    edit(window)
    window.write_recovery()
    assert recovery_copies(data_dir)
    window.save_action.trigger()
    assert recovery_copies(data_dir) == []


def test_undoing_back_to_the_saved_state_removes_the_copy(window: MainWindow, saved_file: Path, data_dir: Path) -> None:
    window.open_path(saved_file)
    edit(window)
    window.write_recovery()
    window.undo_action.trigger()
    assert recovery_copies(data_dir) == []


def test_a_clean_close_removes_the_copy(
    window: MainWindow, dialogs: FakeDialogs, data_dir: Path, saved_file: Path
) -> None:
    window.open_path(saved_file)
    edit(window)
    window.write_recovery()
    window.close()  # the fake answers "discard"
    assert recovery_copies(data_dir) == []
    assert list((data_dir / "recovery").glob("*.lock")) == []


@pytest.mark.expected_log_warning
def test_a_failing_autosave_is_reported_and_work_goes_on(make_window, data_dir: Path, saved_file: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "recovery").write_text("a file where the folder should be", encoding="utf-8")
    window = make_window()
    window.open_path(saved_file)
    edit(window, 2)
    assert window.write_recovery() is None
    assert "No recovery copy could be written" in window.statusBar().currentMessage()
    edit(window, 3)
    assert window.document.assessment.answer("LEG-1").score == 3


def crash(window: MainWindow) -> None:
    """What a crash leaves behind: an up-to-date copy, and no live owner."""
    window.write_recovery()
    window.autosave.release()


def test_recovery_after_a_crash_restores_the_work(
    make_window, dialogs: FakeDialogs, saved_file: Path, data_dir: Path
) -> None:
    crashed = make_window()
    crashed.open_path(saved_file)
    edit(crashed, 4)
    crashed.workspace.criterion_page.notes.setPlainText("ผู้ว่าราชการจังหวัดยืนยันการติดตั้งกล้อง")
    crash(crashed)

    window = make_window()
    assert window.offer_recovery()
    (info,) = dialogs.questions("recover")
    assert info.name == "city.hria"
    assert abs(info.written - datetime.now(timezone.utc)) < timedelta(minutes=1)
    assert window.document is not None
    assert to_data(window.document.assessment) == to_data(crashed.document.assessment)
    assert window.document.path == saved_file
    assert window.isWindowModified()  # recovered work is unsaved until saved
    # The old copy is gone; the recovered document has its own.
    assert len(recovery_copies(data_dir)) == 1
    assert window.autosave.slot in recovery_copies(data_dir)[0].name


def test_an_untitled_assessment_is_recovered_too(make_window, dialogs: FakeDialogs, mini_assessment) -> None:
    crashed = make_window()
    crashed.files.new_from_rubric(mini_assessment.rubric)
    edit(crashed, 2)
    crash(crashed)
    window = make_window()
    assert window.offer_recovery()
    assert window.document.path is None
    assert window.document.assessment.answer("LEG-1").score == 2


def test_a_live_windows_copy_is_not_offered(make_window, dialogs: FakeDialogs, saved_file: Path) -> None:
    running = make_window()
    running.open_path(saved_file)
    edit(running)
    running.write_recovery()
    assert make_window().offer_recovery() is False
    assert dialogs.questions("recover") == []


@pytest.mark.parametrize(("choice", "kept"), [(RecoverChoice.DISCARD, 0), (RecoverChoice.LATER, 1)])
def test_declining_discards_or_keeps_the_copy(
    make_window, dialogs: FakeDialogs, saved_file: Path, data_dir: Path, choice: RecoverChoice, kept: int
) -> None:
    crashed = make_window()
    crashed.open_path(saved_file)
    edit(crashed)
    crash(crashed)
    dialogs.recover = choice
    window = make_window()
    assert window.offer_recovery() is False
    assert window.document is None
    assert len(recovery_copies(data_dir)) == kept


def test_a_damaged_copy_is_explained_and_set_aside(
    make_window, dialogs: FakeDialogs, saved_file: Path, data_dir: Path
) -> None:
    crashed = make_window()
    crashed.open_path(saved_file)
    edit(crashed)
    crash(crashed)
    (copy,) = recovery_copies(data_dir)
    copy.write_bytes(b"format_version: 1\nrubric: [")
    window = make_window()
    assert window.offer_recovery() is False
    assert dialogs.errors[-1][0] == "Cannot recover"
    assert recovery_copies(data_dir) == []
    assert copy.with_suffix(".damaged").exists()  # never deleted: it may still hold something
    assert window.offer_recovery() is False  # and not offered again


CHILD = """
import sys
from pathlib import Path
from hria_app.gui.shell.app import build_window, create_application, start
from hria_app.gui.shell.settings import Settings

app = create_application([])
window = build_window(settings=Settings(Path(sys.argv[2])), data_folder=Path(sys.argv[3]))
start(window, Path(sys.argv[1]))
window.workspace.show_criterion("LEG-2")
window.workspace.criterion_page.choose_score(4)
sys.exit(app.exec())
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_app_offers_its_work_on_the_next_start(
    qtbot: QtBot, make_window, dialogs: FakeDialogs, saved_file: Path, tmp_path: Path, data_dir: Path
) -> None:
    child_settings = Settings(tmp_path / "child.ini")
    child_settings.autosave_seconds = 0.2
    child_settings.sync()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(saved_file), str(tmp_path / "child.ini"), str(data_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        facts = data_dir / "recovery"
        qtbot.waitUntil(lambda: child.poll() is not None or any(facts.glob("*.json")), timeout=30000)
        assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
        written = json.loads(next(facts.glob("*.json")).read_text(encoding="utf-8"))
        assert written["original"] == str(saved_file)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        if child.stderr:
            child.stderr.close()

    window = make_window()  # the next start, with the same data folder
    start(window, saved_file)
    (info,) = dialogs.questions("recover")
    assert info.original == saved_file
    assert window.document is not None
    assert window.document.assessment.answer("LEG-2").score == 4


def test_the_copy_waits_for_typing_to_pause(
    qtbot: QtBot, settings: Settings, make_window, data_dir: Path, saved_file: Path
) -> None:
    # Writing the copy of a large assessment takes a while: it is not done between two keystrokes, but once they
    # pause, and then holds everything typed.
    settings.autosave_seconds = 0.3
    window = make_window()
    window.open_path(saved_file)
    window.workspace.show_criterion("LEG-1")
    notes = window.workspace.criterion_page.notes
    writes: list[Path] = []
    window.autosave.written.connect(writes.append)
    typed = "seen at the depot"  # one key every 30 ms: 0.5 s of typing, longer than the interval
    keys = QTimer(window)
    keys.setInterval(30)
    keys.timeout.connect(lambda: notes.insertPlainText(typed[len(notes.toPlainText())]))
    keys.timeout.connect(lambda: keys.stop() if notes.toPlainText() == typed else None)
    keys.start()
    qtbot.waitUntil(lambda: not keys.isActive(), timeout=10000)
    qtbot.waitUntil(lambda: len(writes) > 0, timeout=10000)
    assert len(writes) == 1
    assert loads(writes[0].read_bytes()).answer("LEG-1").notes.get("en") == typed
