"""Putting a fully written temporary file in place of the old version, on every kind of folder teams use.

The normal way is one `os.replace`: atomic, and the old version stays whole until the new one is complete. Some
synced, FUSE and SMB folders refuse it (EXDEV, EPERM, EBUSY) while still allowing plain renames. There the safe
sequence is: the new version is already written and fsynced; the old version is renamed to its backup name; the
temporary file is renamed to the file's name; the folder is fsynced. A failure at any step puts the old version
back. Which way was used is logged.

A file with other names (hard links) can instead be rewritten in place when the person chooses it, so every name
sees the change: a real copy of the old version is kept as the backup first, and a failed write is undone.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import uuid
from pathlib import Path

from hria_app.core.errors import SaveError
from hria_app.core.file_names import backup_path, fit_name
from hria_app.core.issue_messages import message

log = logging.getLogger(__name__)

# What some mounts answer to an atomic replace they cannot do, though a plain rename works.
FALLBACK_ERRNOS = frozenset({errno.EXDEV, errno.EPERM, errno.EBUSY})
REPLACED = "atomic replace"
RENAMED = "rename sequence (the folder refused an atomic replace)"
IN_PLACE = "rewritten in place (hard-linked file)"


def put_in_place(tmp: Path, real: Path, backup: bool) -> str:
    """Move the finished `tmp` to `real`; returns how it was done (REPLACED or RENAMED)."""
    try:
        os.replace(tmp, real)
    except OSError as exc:
        if exc.errno not in FALLBACK_ERRNOS or not real.exists():
            raise
        log.warning("%s: the folder refused an atomic replace (%s); using the rename sequence", real.name, exc)
        _rename_sequence(tmp, real, backup)
        sync_folder(real.parent)
        log.info("saved %s by the %s", real.name, RENAMED)
        return RENAMED
    sync_folder(real.parent)
    log.info("saved %s by an %s", real.name, REPLACED)
    return REPLACED


def _rename_sequence(tmp: Path, real: Path, backup: bool) -> None:
    if backup:
        aside = backup_path(real)
        # The backup was just made from the version being moved aside: it holds the same bytes. Removed first
        # because the mounts that refuse a replace may refuse a rename over an existing name too.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(aside)
    else:
        # Not a `.tmp` name: a leftover of a kill here is the old version and must not be cleaned away.
        aside = real.with_name(fit_name(real.parent, f".{real.name}.old-{uuid.uuid4().hex[:8]}"))
    os.rename(real, aside)
    try:
        os.rename(tmp, real)
    except OSError:
        os.rename(aside, real)
        raise
    if not backup:
        with contextlib.suppress(OSError):
            os.unlink(aside)


def write_in_place(real: Path, data: bytes, backup: bool) -> str:
    """Rewrite the file itself (its other names see the change). The old version is copied to the backup first;
    if the rewrite fails, the old bytes are written back."""
    old = real.read_bytes()
    if backup:
        copy_backup(real, old)
    fd = os.open(real, os.O_WRONLY)
    try:
        try:
            _write_all(fd, data)
        except OSError:
            # The old version is never longer than the room the file already had: writing it back cannot run out
            # of space, so the file is left as it was.
            with contextlib.suppress(OSError):
                _write_all(fd, old)
            raise
    finally:
        os.close(fd)
    log.info("saved %s %s", real.name, IN_PLACE)
    return IN_PLACE


def _write_all(fd: int, data: bytes) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.ftruncate(fd, len(data))
    os.fsync(fd)


def copy_backup(real: Path, old: bytes) -> None:
    """The old version as a real copy (not a link) under the backup name, swapped in atomically."""
    target = backup_path(real)
    staged = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with staged.open("xb") as handle:
            handle.write(old)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(staged, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise SaveError(message("save_backup_failed", name=real.name, reason=exc.strerror or exc)) from exc


def sync_folder(folder: Path) -> None:
    # Make the rename itself durable; not possible on every platform, and harmless to skip there.
    try:
        fd = os.open(folder if str(folder) else ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        log.debug("folder fsync not supported for %s", folder)
    finally:
        os.close(fd)
