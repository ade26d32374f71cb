"""Another instance holding the file, stale locks, and edits made on disk behind the app's back."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from hria_app.core import locking


def test_a_lock_held_by_a_live_process_is_seen(tmp_path: Path) -> None:
    path = tmp_path / "a.hria"
    path.write_text("x", encoding="utf-8")
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        now = time.time()
        locking.lock_path(path).write_text(
            json.dumps(
                {"user": "colleague", "host": socket.gethostname(), "pid": child.pid, "since": now, "refreshed": now}
            ),
            encoding="utf-8",
        )
        other = locking.held_by_other(path)
        assert other is not None
        assert other.user == "colleague"
        assert "colleague on" in other.describe()
    finally:
        child.kill()
        child.wait()
    assert locking.held_by_other(path) is None  # the holder died: the lock is stale


def test_an_old_lock_from_another_computer_is_stale(tmp_path: Path) -> None:
    path = tmp_path / "a.hria"
    old = time.time() - locking.STALE_AFTER_SECONDS - 60
    locking.lock_path(path).write_text(
        json.dumps({"user": "x", "host": "elsewhere", "pid": 1, "since": old, "refreshed": old}), encoding="utf-8"
    )
    assert locking.held_by_other(path) is None
    fresh = time.time()
    locking.lock_path(path).write_text(
        json.dumps({"user": "x", "host": "elsewhere", "pid": 1, "since": fresh, "refreshed": fresh}), encoding="utf-8"
    )
    assert locking.held_by_other(path) is not None


def test_own_lock_is_not_a_conflict_and_release_removes_it(tmp_path: Path) -> None:
    path = tmp_path / "a.hria"
    locking.acquire(path)
    assert locking.read_lock(path) is not None
    assert locking.read_lock(path).pid == os.getpid()  # type: ignore[union-attr]
    assert locking.held_by_other(path) is None
    locking.release(path)
    assert not locking.lock_path(path).exists()


def test_a_garbled_lock_never_locks_the_user_out(tmp_path: Path) -> None:
    path = tmp_path / "a.hria"
    locking.lock_path(path).write_bytes(b"\x00\xff not json")
    assert locking.held_by_other(path) is None


def test_changes_on_disk_are_detected(tmp_path: Path) -> None:
    path = tmp_path / "a.hria"
    path.write_text("version one", encoding="utf-8")
    known = locking.stamp(path)
    assert not locking.changed_on_disk(path, known)
    path.write_text("version two", encoding="utf-8")
    assert locking.changed_on_disk(path, known)
    path.write_text("version one", encoding="utf-8")  # same content, new time: not a conflict
    assert not locking.changed_on_disk(path, known)
    path.unlink()
    assert locking.changed_on_disk(path, known)
