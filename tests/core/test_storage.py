"""Saving never damages the previous file: a failing write and a killed process both leave it whole."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hria_app.core.assessment import Answer, Assessment
from hria_app.core.assessment_file import load_assessment, save_assessment, serialise
from hria_app.core.errors import SaveError
from hria_app.core.storage import atomic_write
from hria_app.core.text import Text
from tests.conftest import ROOT


def test_a_save_replaces_the_file_and_keeps_a_backup(tmp_path: Path, mini_assessment: Assessment) -> None:
    path = tmp_path / "a.hria"
    save_assessment(path, mini_assessment)
    first = path.read_bytes()
    mini_assessment.set_answer("LEG-1", Answer().scored(2))
    save_assessment(path, mini_assessment)
    assert load_assessment(path).answer("LEG-1").score == 2
    assert (tmp_path / "a.hria.bak").read_bytes() == first
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_failing_write_leaves_the_previous_file_intact(
    tmp_path: Path, mini_assessment: Assessment, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.hria"
    save_assessment(path, mini_assessment)
    before = path.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    mini_assessment.set_answer("LEG-1", Answer(notes=Text.of("new work")).scored(1))
    with pytest.raises(SaveError, match="No space left on device"):
        save_assessment(path, mini_assessment)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.hria"]


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="cannot write to the folder"):
        atomic_write(tmp_path / "gone" / "a.hria", b"x")


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from hria_app.core.storage import atomic_write
    path, a, b = Path(sys.argv[1]), Path(sys.argv[2]).read_bytes(), Path(sys.argv[3]).read_bytes()
    print("ready", flush=True)
    i = 0
    while True:
        atomic_write(path, a if i % 2 else b)
        i += 1
    """
)


@pytest.mark.parametrize("through_link", [False, True], ids=["plain", "through a link"])
def test_killing_a_process_mid_save_leaves_a_whole_file(
    tmp_path: Path, mini_assessment: Assessment, through_link: bool
) -> None:
    real = tmp_path / "team" / "a.hria"
    real.parent.mkdir()
    path = real
    if through_link:  # the save goes through work/a.hria -> ../team/a.hria
        path = tmp_path / "work" / "a.hria"
        path.parent.mkdir()
        path.symlink_to(Path("..") / "team" / "a.hria")
    old = serialise(mini_assessment)
    mini_assessment.set_answer("LEG-1", Answer(notes=Text.of("ที่นี่ " * 120_000)).scored(4))
    new = serialise(mini_assessment)  # a few MB, so kills land inside writes
    (tmp_path / "old").write_bytes(old)
    (tmp_path / "new").write_bytes(new)
    real.write_bytes(old)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(7)
    damaged = 0
    for _ in range(12):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(tmp_path / "old"), str(tmp_path / "new")],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=rng.uniform(0.005, 0.15))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        damaged += real.read_bytes() not in (old, new)
        load_assessment(path)
        if through_link:
            assert path.is_symlink() and sorted(p.name for p in path.parent.iterdir()) == ["a.hria"]
    assert damaged == 0


def test_the_backup_sits_beside_the_file_under_one_name(tmp_path: Path) -> None:
    from hria_app.core.storage import BACKUP_SUFFIX, backup_path

    target = tmp_path / "case.hria"
    atomic_write(target, b"first")
    atomic_write(target, b"second", backup=True)
    assert backup_path(target) == tmp_path / f"case.hria{BACKUP_SUFFIX}"
    assert backup_path(target).read_bytes() == b"first"
