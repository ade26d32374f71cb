"""The evidence store: copies of attached files in a folder beside the assessment, `NAME.hria.evidence/`.

Each file is stored once under a name derived from its SHA-256, so the same file attached twice takes the room
of one. A file is read from its source once, in pieces, hashed and (for an encrypted assessment) encrypted on the
way into a temporary file in the store, and only renamed to its final name when complete and synced to disk: a
full disk, a file changed under us or a kill leaves no half-stored file that any attachment refers to. The source
is opened for reading only, never moved or changed. Stored names are hex digits only, so nothing is ever written
outside the store folder whatever the original name was.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import logging
import mimetypes
import os
import stat
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO, Protocol

from hria_app.core.crypto import SealingKey
from hria_app.core.errors import HriaError
from hria_app.core.evidence import SHA256_HEX, Attachment
from hria_app.core.file_replace import sync_folder
from hria_app.core.sealed_files import CHUNK, KeyRing, Sealer, name_key, read_plain

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
STORE_SUFFIX = ".evidence"
INCOMING_PREFIX = ".incoming-"
BytesProgress = Callable[[int, int], None]


class Cancellation(Protocol):
    """What a caller passes to stop a long job: a threading.Event does."""

    def is_set(self) -> bool: ...


class EvidenceError(HriaError):
    """A file could not be attached or read back; the message names it and says why."""


class Cancelled(HriaError):
    """The caller asked to stop; nothing half-done was kept."""


def store_folder(assessment_path: Path) -> Path:
    return Path(str(assessment_path) + STORE_SUFFIX)


def file_size_text(size: int) -> str:
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("kB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"


class EvidenceStore:
    """The store of one assessment. `seal_with`: the document's key when the assessment is encrypted; every file
    is then stored encrypted with it. `keys` reads files stored under earlier keys of the same passphrase."""

    def __init__(
        self,
        folder: Path,
        seal_with: SealingKey | None = None,
        keys: KeyRing | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.folder = Path(folder)
        self.seal_with = seal_with
        self.keys = keys or KeyRing()
        if seal_with is not None:
            self.keys.add(seal_with)
        self.max_bytes = max_bytes

    def path_of(self, stored: str) -> Path:
        if not SHA256_HEX.match(stored):
            raise EvidenceError(f"{stored!r} is not the name of a stored file")
        return self.folder / stored

    def stored_names(self) -> set[str]:
        try:
            return {entry.name for entry in os.scandir(self.folder) if SHA256_HEX.match(entry.name)}
        except FileNotFoundError:
            return set()

    @contextlib.contextmanager
    def open_plain(self, stored: str, chunk: int = CHUNK) -> Iterator[Iterator[memoryview]]:
        """The stored file's content in pieces, decrypted if need be. A link is refused: it is not what we stored.

        Raises FileNotFoundError when the file is missing, EvidenceError when it is not a plain file."""
        try:
            fd = os.open(self.path_of(stored), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise EvidenceError("a link stands where the stored file should be") from None
            raise
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise EvidenceError("something other than a file stands where the stored file should be")
            yield read_plain(handle, self.keys, chunk)

    def add_file(
        self,
        source: Path,
        added_by: str,
        added: str,
        known: Mapping[str, str] | None = None,
        progress: BytesProgress | None = None,
        cancel: Cancellation | None = None,
    ) -> Attachment:
        """Copy `source` into the store and describe it; raises EvidenceError (or Cancelled) with nothing stored.

        `known` maps the SHA-256 of files already attached to their stored names, so a file stored under an
        earlier key is not stored a second time."""
        source = Path(source)
        shown = _shown_name(source)
        try:
            before, was_link = _regular_file(source, shown, self.max_bytes)
        except ValueError:
            raise EvidenceError(f"{shown}: a file name cannot contain a NUL character") from None
        self.prepare_folder()
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=INCOMING_PREFIX, suffix=".tmp", dir=self.folder)
        except OSError as exc:
            raise EvidenceError(f"cannot write to the evidence folder {self.folder.name}: {_reason(exc)}") from exc
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as target:
                sha = self._copy(source, shown, before, target, progress, cancel)
                target.flush()
                os.fsync(target.fileno())
            stored = (known or {}).get(sha) or self.stored_name(sha)
            os.replace(tmp, self.folder / stored)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            if isinstance(exc, OSError):
                if exc.errno == errno.ENOSPC:
                    raise EvidenceError(f"{shown}: the disk is full; the file was not attached") from exc
                raise EvidenceError(f"{shown}: could not be stored: {_reason(exc)}") from exc
            raise
        sync_folder(self.folder)
        media_type = mimetypes.guess_type(source.name, strict=False)[0] or "application/octet-stream"
        return Attachment(sha, before.st_size, source.name, media_type, added, added_by, stored, was_link)

    def _copy(
        self,
        source: Path,
        shown: str,
        before: os.stat_result,
        target: BinaryIO,
        progress: BytesProgress | None,
        cancel: Cancellation | None,
    ) -> str:
        digest = hashlib.sha256()
        sealer = Sealer(self.seal_with) if self.seal_with is not None else None
        if sealer is not None:
            target.write(sealer.prefix)
        copied = 0
        buffer = bytearray(CHUNK)
        view = memoryview(buffer)
        with source.open("rb") as handle:
            opened = os.fstat(handle.fileno())
            if (opened.st_dev, opened.st_ino) != (before.st_dev, before.st_ino):
                raise EvidenceError(f"{shown} was replaced while it was being attached; try again")
            while got := handle.readinto(view):
                piece = view[:got]
                copied += got
                if copied > before.st_size:
                    raise EvidenceError(f"{shown} grew while it was being copied; attach it when it is complete")
                digest.update(piece)
                target.write(sealer.update(piece) if sealer is not None else piece)
                if progress is not None:
                    progress(copied, before.st_size)
                if cancel is not None and cancel.is_set():
                    raise Cancelled(f"attaching {shown} was cancelled; nothing was kept")
        if sealer is not None:
            target.write(sealer.finish())
        _unchanged(source, shown, before, copied)
        return digest.hexdigest()

    def stored_name(self, sha: str) -> str:
        """The name a file with this SHA-256 gets in this store."""
        if self.seal_with is None:
            return sha
        return hmac.new(name_key(self.seal_with), bytes.fromhex(sha), hashlib.sha256).hexdigest()

    def prepare_folder(self) -> None:
        if self.folder.is_symlink():
            raise EvidenceError(f"the evidence folder {self.folder.name} is a link; it must be a real folder")
        try:
            self.folder.mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise EvidenceError(f"cannot create the evidence folder {self.folder.name}: {_reason(exc)}") from exc
        if not self.folder.is_dir():
            raise EvidenceError(f"{self.folder.name} exists and is not a folder")

    def remove_unreferenced(self, referenced: set[str]) -> list[str]:
        """Delete stored files no attachment refers to, and leftovers of interrupted copies. Returns their names."""
        removed: list[str] = []
        try:
            entries = list(os.scandir(self.folder))
        except FileNotFoundError:
            return removed
        for entry in entries:
            leftover = entry.name.startswith(INCOMING_PREFIX) and entry.name.endswith(".tmp")
            orphan = SHA256_HEX.match(entry.name) is not None and entry.name not in referenced
            if (leftover or orphan) and not entry.is_dir(follow_symlinks=False):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(entry.path)
                removed.append(entry.name)
        if removed:
            sync_folder(self.folder)
        return removed


def _shown_name(source: Path) -> str:
    """The name as a message shows it: control characters made visible."""
    return repr(str(source))[1:-1] if any(ord(c) < 32 for c in str(source)) else str(source)


def _regular_file(source: Path, shown: str, max_bytes: int) -> tuple[os.stat_result, bool]:
    try:
        link = os.lstat(source)
    except FileNotFoundError:
        raise EvidenceError(f"{shown}: no such file") from None
    except OSError as exc:
        raise EvidenceError(f"{shown}: cannot be read: {_reason(exc)}") from None
    was_link = stat.S_ISLNK(link.st_mode)
    try:
        found = os.stat(source) if was_link else link
    except OSError:
        raise EvidenceError(f"{shown} is a link to a file that does not exist") from None
    if stat.S_ISDIR(found.st_mode):
        raise EvidenceError(f"{shown} is a folder: attach the files in it, not the folder")
    if not stat.S_ISREG(found.st_mode):
        raise EvidenceError(f"{shown} is not a regular file (a device, a pipe or a socket)")
    if found.st_size > max_bytes:
        raise EvidenceError(
            f"{shown} is {file_size_text(found.st_size)}; files above {file_size_text(max_bytes)} are not attached"
        )
    return found, was_link


def _unchanged(source: Path, shown: str, before: os.stat_result, copied: int) -> None:
    try:
        after = os.stat(source)
    except FileNotFoundError:
        raise EvidenceError(f"{shown} vanished while it was being copied; it was not attached") from None
    same = (after.st_dev, after.st_ino, after.st_size, after.st_mtime_ns) == (
        before.st_dev,
        before.st_ino,
        before.st_size,
        before.st_mtime_ns,
    )
    if not same or copied != before.st_size:
        raise EvidenceError(f"{shown} changed while it was being copied; it was not attached")


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)
