"""Knowing when someone else has the file: lock files, and changes made on disk since the file was opened.

A lock is a small file beside the assessment (`.NAME.hria.lock`; beside the real file when the assessment is opened
through a link, so everyone reaching it by any link sees the same lock) saying who holds it, on which computer and since
when. It never holds any content of the assessment. A lock whose process is gone (same computer) or that has not
been refreshed for a long time is stale and may be taken over.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from hria_app.core.file_identity import same_file
from hria_app.core.file_names import lock_name
from hria_app.core.save_target import real_path

STALE_AFTER_SECONDS = 12 * 3600


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: float  # seconds since the epoch
    refreshed: float

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.since))
        return f"{self.user} on {self.host} (since {when})"


def lock_path(path: Path) -> Path:
    real = real_path(Path(path))
    return real.with_name(lock_name(real))


def _me() -> LockInfo:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown user"
    now = time.time()
    return LockInfo(user, socket.gethostname(), os.getpid(), now, now)


def read_lock(path: Path) -> LockInfo | None:
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockInfo(
            str(data["user"]),
            str(data["host"]),
            int(data["pid"]),
            float(data["since"]),
            float(data.get("refreshed", data["since"])),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # An unreadable lock proves nothing about anyone; treat it as stale rather than locking the user out.
        return LockInfo("unknown", "unknown", 0, 0.0, 0.0)


def is_stale(info: LockInfo, now: float | None = None) -> bool:
    now = time.time() if now is None else now
    if now - info.refreshed > STALE_AFTER_SECONDS:
        return True
    if info.host == socket.gethostname():
        return not _alive(info.pid)
    return False


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def held_by_other(path: Path) -> LockInfo | None:
    """Who else holds a live lock on this file, if anyone."""
    info = read_lock(path)
    if info is None or is_stale(info):
        return None
    me = _me()
    if info.pid == me.pid and info.host == me.host:
        return None
    return info


def acquire(path: Path) -> None:
    """Take (or take over) the lock for this process. Callers check held_by_other first and ask the user."""
    info = _me()
    data = json.dumps(
        {"user": info.user, "host": info.host, "pid": info.pid, "since": info.since, "refreshed": info.refreshed}
    )
    target = lock_path(path)
    tmp = target.with_name(target.name + f".{info.pid}.tmp")
    tmp.write_text(data, encoding="utf-8")
    os.replace(tmp, target)


def refresh(path: Path) -> None:
    info = read_lock(path)
    if info is not None and info.pid == os.getpid():
        acquire(path)


def release(path: Path) -> None:
    info = read_lock(path)
    if info is not None and info.pid == os.getpid() and info.host == socket.gethostname():
        with contextlib.suppress(OSError):
            lock_path(path).unlink()


@dataclass(frozen=True)
class FileStamp:
    """What the file on disk looked like when we last read or wrote it. Taken of the real file (links followed):
    `real` is where it lives, so a link pointed at another file counts as a change."""

    size: int
    mtime_ns: int
    digest: str
    real: str = ""


def stamp(path: Path) -> FileStamp | None:
    try:
        stat = path.stat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
    return FileStamp(stat.st_size, stat.st_mtime_ns, digest, str(real_path(path)))


def changed_on_disk(path: Path, known: FileStamp | None) -> bool:
    """True when another program replaced or edited the file since `known` was taken."""
    if known is None:
        return path.exists()
    try:
        stat = path.stat()
    except OSError:
        return True  # deleted or moved away: saving would silently recreate it
    if known.real and not same_file(real_path(path), known.real):
        return True  # the link now leads to another file (a case-only respelling is the same file)
    if stat.st_size == known.size and stat.st_mtime_ns == known.mtime_ns:
        return False
    current = stamp(path)
    return current is None or current.digest != known.digest
