"""Writing files so that a crash, a full disk or a killed process never leaves a half-written file.

The new content goes to a temporary file in the same folder, is flushed and fsynced, then atomically replaces the
target. The user's file is never truncated in place; on any failure the previous version is untouched.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from pathlib import Path

from hria_app.core.errors import SaveError

log = logging.getLogger(__name__)


def atomic_write(path: Path, data: bytes, backup: bool = False) -> None:
    """Replace `path` with `data` in one step. With `backup`, the previous version is kept as `path.bak`."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise SaveError(f"cannot write to the folder {folder}: {exc.strerror or exc}") from exc
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
            raise SaveError(f"cannot save {path.name}: {exc.strerror or exc}") from exc
        raise
    _sync_folder(folder)


def _keep_backup(path: Path) -> None:
    backup = path.with_name(path.name + ".bak")
    # A hard link keeps the old content under the backup name without copying; os.replace then swaps the target.
    with contextlib.suppress(OSError):
        backup.unlink()
    try:
        os.link(path, backup)
    except OSError:
        backup.write_bytes(path.read_bytes())


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
