"""Writing files so that a crash, a full disk or a killed process never leaves a half-written file.

The new content goes to a temporary file in the folder of the real file (links followed, see save_target.py), is
flushed and fsynced, then atomically replaces it (or, where a folder refuses that, goes in by the safe rename
sequence of file_replace.py). The user's file is never truncated in place, except a hard-linked file whose owner
chose so, after a copy of it was kept; on any failure the previous version is untouched.

A process killed mid-save leaves its temporary file (`.NAME.xxxxxxxx.tmp`) behind, and it may hold the plain text
of an assessment. The next save into that folder removes such leftovers, but only those older than the running
process: a temporary file written since it started may belong to a save still in progress in another window.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import stat
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hria_app.core.errors import SaveError
from hria_app.core.file_names import NameTooLong, backup_path, temporary_prefix
from hria_app.core.file_replace import put_in_place, write_in_place
from hria_app.core.issue_messages import message
from hria_app.core.save_target import (
    HardLinkChoice,
    HardLinked,
    IsAFolder,
    SaveTarget,
    folder_missing,
    path_too_long,
    read_only_folder,
    resolve_save_target,
)

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


@dataclass(frozen=True)
class WriteReport:
    """What a write did: the file it really wrote (links followed) and how (file_replace's REPLACED, RENAMED,
    IN_PLACE)."""

    target: SaveTarget
    method: str


def atomic_write(
    path: Path, data: bytes, backup: bool = False, hard_links: HardLinkChoice | None = None
) -> WriteReport:
    """Replace `path` with `data` in one step. With `backup`, the previous version is kept as `path.bak`.

    A symbolic link (or a chain of them) is followed: the real file is replaced in its own folder, its backup is
    kept beside it, and the link stays a link. A file with other names raises HardLinked unless `hard_links` says
    what to do. A new file is readable by its owner only; an existing one keeps its permissions. Every refusal is
    a SaveError naming the file or folder, and leaves everything on disk as it was.
    """
    target = resolve_save_target(Path(path))
    remove_stale_temporaries(target.folder)
    if target.nlink > 1:
        target = resolve_save_target(Path(path))  # a leftover just removed may have been one of its names
    target.check_writable()
    if target.is_hard_linked:
        if hard_links is None:
            raise HardLinked(target)
        if hard_links is HardLinkChoice.IN_PLACE:
            return WriteReport(target, _guarded(target, lambda: write_in_place(target.real, data, backup)))
        log.info("%s: saved as a separate file; its other names keep the old version", target.real.name)
    return WriteReport(target, _replace(target, data, backup))


def _replace(target: SaveTarget, data: bytes, backup: bool) -> str:
    real, folder = target.real, target.folder
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=temporary_prefix(real), suffix=".tmp", dir=folder)
    except NameTooLong:
        raise path_too_long(target.opened) from None
    except OSError as exc:
        raise _folder_error(target, exc) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists:
            _keep_owner_and_mode(tmp, real)
            if backup:
                _keep_backup(real)
        return put_in_place(tmp, real, backup)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise _save_error(target, exc) from exc
        raise


def _guarded(target: SaveTarget, write: Callable[[], str]) -> str:
    try:
        return write()
    except OSError as exc:
        raise _save_error(target, exc) from exc


def _keep_owner_and_mode(tmp: Path, real: Path) -> None:
    try:
        info = real.stat()
    except OSError:
        return
    with contextlib.suppress(OSError):
        os.chmod(tmp, stat.S_IMODE(info.st_mode))
    # A team folder's group keeps the file shared; an account can give a file only to groups it belongs to, so
    # this quietly does nothing elsewhere.
    if hasattr(os, "chown") and (info.st_uid, info.st_gid) != (os.getuid(), os.getgid()):
        with contextlib.suppress(OSError):
            os.chown(tmp, info.st_uid, info.st_gid)


def _folder_error(target: SaveTarget, exc: OSError) -> SaveError:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return read_only_folder(target)
    if exc.errno == errno.ENOENT:
        return folder_missing(target.opened, target.folder)
    if exc.errno == errno.ENAMETOOLONG:
        return path_too_long(target.opened)
    return SaveError(message("cannot_write_folder", folder=target.folder, reason=exc.strerror or exc))


def _save_error(target: SaveTarget, exc: OSError) -> SaveError:
    if exc.errno == errno.EISDIR:
        return IsAFolder(message("save_target_is_folder", real=target.real))
    if exc.errno == errno.ENAMETOOLONG:
        return path_too_long(target.opened)
    if exc.errno == errno.ENOENT and not target.folder.is_dir():
        return _folder_error(target, exc)
    return SaveError(message("cannot_save", name=target.opened.name, reason=exc.strerror or exc))


def _keep_backup(path: Path) -> None:
    backup = backup_path(path)
    with contextlib.suppress(OSError):
        if os.path.samefile(path, backup):
            # A save killed after keeping its backup left the backup as a second name of the file: it holds this
            # version already. (Renaming a name onto another name of the same file does nothing, which would leave
            # the staged name behind.)
            return
    # Built under a temporary name and swapped in, so a kill at any moment leaves the old backup or the new one,
    # never a missing or half-copied one.
    staged = backup.with_name(f".{backup.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        # A hard link keeps the old content under the backup name without copying; once the file is replaced,
        # the backup is the old version's only name: a file of its own, never a link to the new one.
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
