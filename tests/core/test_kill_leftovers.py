"""What a killed save leaves behind: its temporary file may hold an assessment in the clear, so the next save into
that folder by a later process removes it; a temporary file that may belong to a save in progress stays."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from hria_app.core import storage
from hria_app.core.storage import atomic_write, remove_stale_temporaries
from tests.conftest import ROOT

SECRET = b"Witness Somchai"

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from hria_app.core.storage import atomic_write
    path, data = Path(sys.argv[1]), Path(sys.argv[2]).read_bytes()
    print("ready", flush=True)
    while True:
        atomic_write(path, data, backup=True)
    """
)


def run(script: str, *args: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], stdout=subprocess.PIPE, env=env)


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def made(path: Path, age: float = 3600) -> Path:
    """A file last written `age` seconds ago: with the default hour, before this process started."""
    path.write_bytes(b"x")
    then = time.time() - age
    os.utime(path, (then, then))
    return path


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_saves_leftover_is_removed_by_the_next_process_that_saves_there(tmp_path: Path) -> None:
    path = tmp_path / "case.hria"
    content = tmp_path / "content"
    content.write_bytes(SECRET + b"\n" + b"x" * 8_000_000)  # large, so most kills land mid-write
    path.write_bytes(b"old")
    rng = random.Random(11)
    for _attempt in range(40):
        writer = run(WRITER, path, content)
        assert writer.stdout is not None and writer.stdout.readline().strip() == b"ready"
        with contextlib.suppress(subprocess.TimeoutExpired):
            writer.wait(timeout=rng.uniform(0.01, 0.2))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        # Why leftovers must go: one holds the start of the new content, in the clear.
        if any(SECRET in (tmp_path / name).read_bytes() for name in temporaries(tmp_path)):
            break
    left = temporaries(tmp_path)
    assert any(SECRET in (tmp_path / name).read_bytes() for name in left), "no kill landed inside a write"
    assert all(name.startswith((".case.hria.", ".case.hria.bak.")) for name in left)

    # This process started before the leftover was written: to it, that may be a save still in progress.
    atomic_write(tmp_path / "other.hria", b"mine")
    assert temporaries(tmp_path) == left

    later = run(
        "import sys; from pathlib import Path; from hria_app.core.storage import atomic_write;"
        "atomic_write(Path(sys.argv[1]), b'later')",
        tmp_path / "other.hria",
    )
    assert later.wait(timeout=60) == 0
    assert later.stdout is not None
    later.stdout.close()
    assert temporaries(tmp_path) == []
    assert path.read_bytes() in (b"old", content.read_bytes())


def test_only_the_apps_own_stale_temporaries_are_removed(tmp_path: Path) -> None:
    ours = [
        made(tmp_path / ".case.hria.a1b2c3d4.tmp"),
        made(tmp_path / ".case.hria.bak.zz_9yy8x.tmp"),
        made(tmp_path / ".window-0a1b.json.abcdefgh.tmp"),
        made(tmp_path / ".case-brief-en-full.pdf.qwertyui.tmp"),
    ]
    kept = [
        made(tmp_path / ".case.hria.fresh123.tmp", age=0),  # newer than this process: perhaps a save in progress
        made(tmp_path / ".notes.txt.abcdefgh.tmp"),  # not a kind of file the app writes
        made(tmp_path / "case.hria.abcdefgh.tmp"),  # no leading dot: not our name
        made(tmp_path / ".case.hria.short.tmp"),  # not mkstemp's eight characters
        made(tmp_path / "case.hria"),
    ]
    folder_like = tmp_path / ".case.hria.abcdefgh.tmp"
    folder_like.mkdir()
    os.utime(folder_like, (0, 0))
    removed = remove_stale_temporaries(tmp_path)
    assert sorted(p.name for p in removed) == sorted(p.name for p in ours)
    assert all(p.exists() for p in (*kept, folder_like))


def test_a_save_cleans_up_before_it_writes(tmp_path: Path) -> None:
    leftover = made(tmp_path / ".case.hria.a1b2c3d4.tmp")
    atomic_write(tmp_path / "case.hria", b"new")
    assert not leftover.exists()


def test_an_unreadable_folder_listing_does_not_stop_a_save(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(folder: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(storage.os, "scandir", refuse)
    atomic_write(tmp_path / "case.hria", b"new")
    assert (tmp_path / "case.hria").read_bytes() == b"new"


def test_the_backup_is_copied_where_hard_links_are_not_supported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.hria"
    atomic_write(path, b"first")

    def no_links(source: object, target: object) -> None:
        raise OSError(1, "Operation not permitted")  # FAT and exFAT memory sticks

    monkeypatch.setattr(storage.os, "link", no_links)
    atomic_write(path, b"second", backup=True)
    assert path.read_bytes() == b"second"
    assert (tmp_path / "a.hria.bak").read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_backup_left_as_a_second_name_of_the_file_leaves_nothing_behind(tmp_path: Path) -> None:
    # A save killed after keeping its backup (as a hard link) and before replacing the file leaves the backup as a
    # second name of the file. Renaming the staged backup onto it would do nothing and leave the staged name.
    path = tmp_path / "a.hria"
    path.write_bytes(b"old")
    os.link(path, tmp_path / "a.hria.bak")
    atomic_write(path, b"new", backup=True)
    assert path.read_bytes() == b"new" and (tmp_path / "a.hria.bak").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.hria", "a.hria.bak"]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_saves_killed_through_a_link_leave_their_leftovers_beside_the_real_file(tmp_path: Path) -> None:
    team, work = tmp_path / "team", tmp_path / "work"
    team.mkdir()
    work.mkdir()
    real = team / "case.hria"
    real.write_bytes(b"old")
    link = work / "case.hria"
    link.symlink_to(real)
    content = tmp_path / "content"
    content.write_bytes(SECRET + b"\n" + b"x" * 8_000_000)
    rng = random.Random(5)
    damaged = 0
    for _attempt in range(10):
        writer = run(WRITER, link, content)
        assert writer.stdout is not None and writer.stdout.readline().strip() == b"ready"
        with contextlib.suppress(subprocess.TimeoutExpired):
            writer.wait(timeout=rng.uniform(0.01, 0.2))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        damaged += real.read_bytes() not in (b"old", content.read_bytes())
        assert link.is_symlink() and [p.name for p in work.iterdir()] == ["case.hria"]
    assert damaged == 0
    assert all(name.startswith((".case.hria.", ".case.hria.bak.")) for name in temporaries(team))

    later = run(
        "import sys; from pathlib import Path; from hria_app.core.storage import atomic_write;"
        "atomic_write(Path(sys.argv[1]), b'later', backup=True)",
        link,
    )
    assert later.wait(timeout=60) == 0
    assert later.stdout is not None
    later.stdout.close()
    assert temporaries(team) == [] and real.read_bytes() == b"later" and link.is_symlink()
    assert not (team / "case.hria.bak").is_symlink()
