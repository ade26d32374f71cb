"""`hria gui --quit-after-start`: the app starts as a user's would, then says what it opened and quits."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hria_app.core.paths import resource

SAMPLE = resource("samples", "nakhon-thani-findface.hria")
# These start the app itself: not part of the run without PySide6.
pytestmark = pytest.mark.needs_qt


def _start(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HRIA_DATA_DIR": str(tmp_path / "data"),
    }
    command = [sys.executable, "-m", "hria_app", "gui", "--quit-after-start", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.slow
def test_the_app_opens_the_sample_and_quits_by_itself(tmp_path: Path) -> None:
    copy = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, copy)
    done = _start(tmp_path, str(copy))
    assert done.returncode == 0, done.stderr
    # The title: the file, the app and the review status ("NAME.hria — HRIA [Draft]").
    assert done.stdout.strip().startswith(f"started: {SAMPLE.name} — HRIA")


@pytest.mark.slow
def test_a_file_that_cannot_be_opened_fails_the_check_instead_of_waiting(tmp_path: Path) -> None:
    broken = tmp_path / "broken.hria"
    broken.write_text("- just a list\n", encoding="utf-8")
    done = _start(tmp_path, str(broken))
    assert done.returncode == 1
    assert done.stdout.startswith("failed to start: ") and "broken.hria" in done.stdout
