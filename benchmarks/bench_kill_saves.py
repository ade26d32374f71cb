"""Where kills land when the app is killed while it saves and autosaves (tests/gui/files/kill_rounds.py).

Goal: at least 10% of the kills land inside a save and 10% inside an autosave, so that the test of "never
damaged, never lost" (tests/gui/files/test_kill_saves.py) really exercises both. Where a kill lands depends on how
fast this machine writes, so the share is measured here, not required by the test. Baseline in the same run: the
share that lands between steps.
"""

from __future__ import annotations

import os
import signal
import tempfile
from pathlib import Path

from hria_app.core.assessment import Answer, new_assessment
from hria_app.core.assessment_file import save_assessment
from hria_app.core.rubric_loader import load_rubric
from hria_app.core.text import Text
from tests.conftest import DATA

KILLS = 60
GOAL_SHARE = 0.10


def main() -> None:
    if not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"):
        print("needs fork and SIGKILL: skipped")
        return
    from tests.gui.files.kill_rounds import run_kill_rounds

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        path = folder / "work" / "city.hria"
        path.parent.mkdir()
        assessment = new_assessment(load_rubric(DATA / "mini-rubric.yaml"))
        assessment.set_answer("LEG-1", Answer(notes=Text.of("version 0")).scored(1))
        save_assessment(path, assessment)
        report = run_kill_rounds(path, folder / "data", KILLS, folder / "zygote.log")
    during = report.tally.during
    print(f"{KILLS} kills in {report.seconds:.1f} s; damaged files: {len(report.tally.damaged)}")
    for kind in ("save", "autosave"):
        share = during[kind] / KILLS
        met = "met" if share >= GOAL_SHARE else f"MISSED ({share:.0%} < {GOAL_SHARE:.0%})"
        print(f"  inside a {kind + ':':10} {during[kind]:3} ({share:4.0%})  (goal >= {GOAL_SHARE:.0%}: {met})")
    print(f"  baseline, between steps: {during['between']:3} ({during['between'] / KILLS:4.0%})")


if __name__ == "__main__":
    main()
