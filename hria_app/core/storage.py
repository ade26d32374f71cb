"""Writing files so that a crash, a full disk or a killed process never leaves a half-written file.

The new content goes to a temporary file in the same folder, is flushed and fsynced, then atomically replaces the
target. The user's file is never truncated in place; on any failure the previous version is untouched.

A process killed mid-save leaves its temporary file (`.NAME.xxxxxxxx.tmp`) behind, and it may hold the plain text
of an assessment. The next save into that folder removes such leftovers, but only those older than the running
process: a temporary file written since it started may belong to a save still in progress in another window.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import tempfile
import time
import uuid
from pathlib import Path

from hria_app.core.errors import SaveError
from hria_app.core.issue_messages import message

log = logging.getLogger(__name__)

# The names tempfile.mkstemp gives with our prefix and suffix: a dot, the target's name, 8 random characters.
_TEMPORARY_NAME = re.compile(r"^\.(?P<target>.+)\.[a-z0-9_]{8}\.tmp$")
# Only leftovers of the kinds of file the app writes are removed; anything else in the folder is not ours.
BACKUP_SUFFIX = ".bak"  # the previous version of a file, kept beside it as NAME.EXT.bak
OWN_SUFFIXES = (".hria", BACKUP_SUFFIX, ".json", ".pdf", ".yaml", ".yml")
_process_started = time.time()


def _restart_clock() -> None:
    global _process_started
    _process_started = time.time()


if hasattr(os, "register_at_fork"):
    # A forked child is a new process: what its parent left behind before the fork is stale to it.
    os.register_at_fork(after_in_child=_restart_clock)


def atomic_write(path: Path, data: bytes, backup: bool = False) -> None:
    """Replace `path` with `data` in one step. With `backup`, the previous version is kept as `path.bak`."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    remove_stale_temporaries(folder)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise SaveError(message("cannot_write_folder", folder=folder, reason=exc.strerror or exc)) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, path.stat().st_mode & 0o777)
            if backup:
                _keep_backup(path)
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise SaveError(message("cannot_save", name=path.name, reason=exc.strerror or exc)) from exc
        raise
    _sync_folder(folder)


def backup_path(path: Path) -> Path:
    """Where the previous version of `path` is kept."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def _keep_backup(path: Path) -> None:
    backup = backup_path(path)
    # Built under a temporary name and swapped in, so a kill at any moment leaves the old backup or the new one,
    # never a missing or half-copied one.
    staged = path.with_name(f".{backup.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        # A hard link keeps the old content under the backup name without copying.
        os.link(path, staged)
    except OSError:
        with path.open("rb") as source, staged.open("xb") as target:
            target.write(source.read())
            target.flush()
            os.fsync(target.fileno())
    try:
        os.replace(staged, backup)
    except OSError:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove what killed saves left in `folder`: our temporary files, older than this process. Never fails."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMPORARY_NAME.match(entry.name)
        if match is None or not match["target"].endswith(OWN_SUFFIXES):
            continue
        try:
            if not entry.is_file(follow_symlinks=False) or entry.stat().st_mtime >= _process_started:
                continue
            os.unlink(entry.path)
        except OSError:
            continue  # gone already, or not ours to remove: either way nothing to do
        log.info("removed a temporary file left by an interrupted save: %s", entry.name)
        removed.append(Path(entry.path))
    return removed


def _sync_folder(folder: Path) -> None:
    # Make the rename itself durable; not possible on every platform, and harmless to skip there.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        log.debug("folder fsync not supported for %s", folder)
    finally:
        os.close(fd)
