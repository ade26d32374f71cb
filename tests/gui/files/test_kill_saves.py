"""Killing the app at random moments while it saves and autosaves, many times over (tests/gui/files/kill_rounds.py
does the killing and checks the files after each kill).

HRIA_KILL_ROUNDS sets the number of kills (`make stress` runs thousands). Where the kills land, which depends on
the machine's speed, is measured by benchmarks/bench_kill_saves.py.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hria_app.core.assessment import Answer, Assessment
from hria_app.core.assessment_file import load_assessment, save_assessment
from hria_app.core.text import Text
from hria_app.gui.files.autosave import RecoveryStore
from tests.gui.files.kill_rounds import leftovers, run_kill_rounds, version_of

KILLS = int(os.environ.get("HRIA_KILL_ROUNDS", "150"))


@pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"), reason="needs fork and SIGKILL")
def test_killing_saves_and_autosaves_at_random_never_loses_or_damages_work(
    tmp_path: Path, mini_assessment: Assessment
) -> None:
    path = tmp_path / "work" / "city.hria"
    path.parent.mkdir()
    mini_assessment.set_answer("LEG-1", Answer(notes=Text.of("version 0")).scored(1))
    save_assessment(path, mini_assessment)
    data_dir = tmp_path / "data"
    report = run_kill_rounds(path, data_dir, KILLS, tmp_path / "zygote.log")
    tally = report.tally
    print(f"\n{tally.kills} kills in {report.seconds:.1f} s: {tally.during}; damaged files: {len(tally.damaged)}")
    assert tally.kills == KILLS and sum(tally.during.values()) == KILLS
    assert tally.damaged == []
    assert tally.most_leftovers <= 2  # only the latest kill's, never an accumulation
    assert leftovers(path.parent) == [] and leftovers(RecoveryStore(data_dir).folder) == []
    assert version_of(load_assessment(path)) == report.last_version


def test_an_empty_lock_left_by_a_kill_hides_the_copy_only_for_a_moment(
    qtbot: QtBot, tmp_path: Path, mini_assessment: Assessment
) -> None:
    """A kill between creating a window's lock and writing its owner into it leaves an empty lock: Qt can never
    call it stale, so without care the copy beside it would never be offered."""
    from hria_app.gui.assessment.document import AssessmentDocument

    store = RecoveryStore(tmp_path / "data")
    document = AssessmentDocument(mini_assessment)
    document.undo_stack.resetClean()
    store.write("window-killed", document)
    lock = store.paths("window-killed")[2]
    lock.write_bytes(b"")
    assert store.pending() == []  # it may be a live window writing its lock right now
    a_minute_ago = time.time() - 60
    os.utime(lock, (a_minute_ago, a_minute_ago))
    assert [info.copy.stem for info in store.pending()] == ["window-killed"]
    assert not lock.exists()
