"""Recovery copies of unsaved work, so a crash, a power cut or a killed process costs at most a few seconds.

While a document has unsaved changes, a copy is written atomically to the data folder's `recovery` folder after
a short quiet period and whenever the app loses focus. The copy of a large assessment takes a while to write, so
it waits for the person to pause: at the earliest the autosave interval after the first unsaved change, once no
change came for a moment (QUIET_SECONDS at most), and at the latest POSTPONE_FACTOR intervals after it however
fast they type. The copy is removed after a successful save or a clean
close. Each running window holds a lock beside its copy, so the next start offers only copies whose writer is
gone (QLockFile notices a dead owner, on every platform).
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from hria_app.core.assessment import Assessment
from hria_app.core.assessment_file import loads, serialise
from hria_app.core.crypto import EncryptionError, encrypt, is_encrypted
from hria_app.core.errors import SaveError
from hria_app.core.locking import FileStamp
from hria_app.core.storage import atomic_write
from hria_app.gui.assessment.document import AssessmentDocument

log = logging.getLogger(__name__)
QUIET_SECONDS = 1.0
POSTPONE_FACTOR = 3
RECOVERY_FOLDER = "recovery"
PRIVATE_FOLDER = 0o700  # other accounts on the computer need not even see which assessments have copies
# A live window writes its lock's content the moment it creates the file; an empty lock older than this was left
# by a process killed in between.
EMPTY_LOCK_SECONDS = 10


@dataclass(frozen=True)
class RecoveryInfo:
    """A recovery copy found on disk, described for the person deciding whether to recover it."""

    copy: Path
    original: Path | None  # the file it belongs to; None for a document never saved
    title: str
    written: datetime
    # The original as it was when the copy's document last read or wrote it; a save after recovery compares
    # against it, so a version written meanwhile by someone else is not overwritten unasked.
    original_stamp: FileStamp | None = None

    @property
    def name(self) -> str:
        return self.original.name if self.original else self.title


class RecoveryStore:
    """The recovery folder: one `<id>.hria` copy, `<id>.json` facts and `<id>.lock` per unsaved document."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = data_dir / RECOVERY_FOLDER

    def paths(self, slot: str) -> tuple[Path, Path, Path]:
        base = self.folder / slot
        return base.with_suffix(".hria"), base.with_suffix(".json"), base.with_suffix(".lock")

    def write(self, slot: str, document: AssessmentDocument) -> Path:
        copy, facts, _lock = self.paths(slot)
        self.folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        data = serialise(document.assessment)
        key = document.sealing_key
        if key is not None:
            # The copy of an encrypted assessment is encrypted too; its facts name only the file.
            data = encrypt(data, key)
        atomic_write(copy, data)
        title = document.path.name if document.passphrase and document.path else document.display_name
        stamp = document.disk_stamp
        info = {
            "original": str(document.path) if document.path else None,
            "title": title,
            "written": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "original_stamp": [stamp.size, stamp.mtime_ns, stamp.digest] if stamp else None,
        }
        atomic_write(facts, json.dumps(info, ensure_ascii=False).encode("utf-8"))
        return copy

    def remove(self, slot: str) -> None:
        copy, facts, _lock = self.paths(slot)
        for path in (copy, facts):
            # Gone already, or the folder is unusable: nothing left to clean up either way.
            with contextlib.suppress(OSError):
                path.unlink()

    def pending(self) -> list[RecoveryInfo]:
        """Copies left behind by a window that is no longer running, newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for facts in self.folder.glob("*.json"):
            copy, _facts, lock_path = self.paths(facts.stem)
            if not copy.is_file() or self._owner_running(lock_path):
                continue
            info = self._read_facts(copy, facts)
            if info is not None:
                found.append(info)
        return sorted(found, key=lambda info: info.written, reverse=True)

    def load(self, info: RecoveryInfo, passphrase: str | None = None) -> Assessment:
        """Raises LoadError when the copy is damaged, PassphraseRequired or EncryptionError when encrypted."""
        return loads(info.copy.read_bytes(), str(info.copy), passphrase)

    @staticmethod
    def is_encrypted(info: RecoveryInfo) -> bool:
        with info.copy.open("rb") as handle:
            return is_encrypted(handle.read(64))

    def forget(self, info: RecoveryInfo) -> None:
        self.remove(info.copy.stem)

    def set_aside(self, info: RecoveryInfo) -> Path:
        """Keep a damaged copy on disk, under a name that is never offered again."""
        kept = info.copy.with_suffix(".damaged")
        info.copy.replace(kept)
        with contextlib.suppress(FileNotFoundError):
            self.paths(info.copy.stem)[1].unlink()
        return kept

    @staticmethod
    def _owner_running(lock_path: Path) -> bool:
        if not lock_path.exists():
            return False
        probe = QLockFile(str(lock_path))
        probe.setStaleLockTime(0)  # an old lock of a live window is still live
        if probe.tryLock(0):
            probe.unlock()  # the owner is gone: the lock was stale
            return False
        pid, _host, _app = probe.getLockInfo()
        if pid > 0:
            return True
        # Nobody named in it, so Qt never calls it stale; left alone it would hide the copy for ever.
        try:
            age = time.time() - lock_path.stat().st_mtime
        except OSError:
            return False
        if age < EMPTY_LOCK_SECONDS:
            return True
        with contextlib.suppress(OSError):
            lock_path.unlink()
        return False

    @staticmethod
    def _read_facts(copy: Path, facts: Path) -> RecoveryInfo | None:
        try:
            data = json.loads(facts.read_text(encoding="utf-8"))
            written = datetime.fromisoformat(data["written"])
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("unreadable recovery facts %s; using the copy's file time", facts)
            data, written = {}, datetime.fromtimestamp(copy.stat().st_mtime, timezone.utc)
        original = data.get("original") if isinstance(data, dict) else None
        title = data.get("title") if isinstance(data, dict) else None
        try:
            size, mtime_ns, digest = data["original_stamp"]
            stamp: FileStamp | None = FileStamp(int(size), int(mtime_ns), str(digest))
        except (KeyError, TypeError, ValueError):
            stamp = None  # unknown: the first save asks before overwriting the original
        return RecoveryInfo(copy, Path(original) if original else None, str(title or copy.stem), written, stamp)


class Autosave(QObject):
    """Keeps the recovery copy of one window's document up to date."""

    written = Signal(Path)
    failed = Signal(str)

    def __init__(self, store: RecoveryStore, interval_seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.slot = f"window-{uuid.uuid4().hex[:12]}"
        self._document: AssessmentDocument | None = None
        self._written_revision = -1
        self._lock: QLockFile | None = None
        self._interval = interval_seconds
        self._quiet = min(QUIET_SECONDS, interval_seconds)
        self._first_change = self._last_change = 0.0  # monotonic seconds
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer)

    @property
    def document(self) -> AssessmentDocument | None:
        return self._document

    def set_document(self, document: AssessmentDocument | None) -> None:
        """Follow another document. The copy of the previous one is removed: its window decided its fate."""
        self._unfollow()
        self.discard()
        self._document = document
        self._written_revision = -1
        if document is not None:
            document.changed.connect(self._on_changed)
            document.modified_changed.connect(self._on_modified_changed)
            if document.modified:  # a recovered document starts out unsaved
                self._on_changed()

    def write_now(self) -> Path | None:
        """Bring the copy up to date now; returns its path, or None when there is nothing unsaved."""
        self._timer.stop()
        document = self._document
        if document is None:
            return None
        if not document.modified:
            self.discard()
            return None
        if document.revision == self._written_revision:
            return self.store.paths(self.slot)[0]
        try:
            self._hold_lock()
            copy = self.store.write(self.slot, document)
        except (OSError, SaveError, EncryptionError) as exc:
            # Autosave must never interrupt the person typing; the next change tries again.
            log.warning("autosave failed: %s", exc)
            self.failed.emit(str(exc))
            return None
        self._written_revision = document.revision
        self.written.emit(copy)
        return copy

    def discard(self) -> None:
        """Remove the copy: the work is saved, or the person chose to discard it."""
        self._timer.stop()
        self.store.remove(self.slot)
        self._written_revision = -1
        self._release_lock()

    def release(self) -> None:
        """Stop without removing the copy, leaving it for the next start as a crash would."""
        self._timer.stop()
        self._unfollow()
        self._document = None
        self._release_lock()

    def _unfollow(self) -> None:
        if self._document is not None:
            self._document.changed.disconnect(self._on_changed)
            self._document.modified_changed.disconnect(self._on_modified_changed)

    def _on_changed(self) -> None:
        self._last_change = time.monotonic()
        if not self._timer.isActive():
            self._first_change = self._last_change
            self._timer.start(round(self._interval * 1000))

    def _on_timer(self) -> None:
        now = time.monotonic()
        quiet_for = now - self._last_change
        if quiet_for < self._quiet and now - self._first_change < self._interval * POSTPONE_FACTOR:
            self._timer.start(max(1, round((self._quiet - quiet_for) * 1000)))  # still typing: wait for a pause
            return
        self.write_now()

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:  # saved, or undone back to the saved state: nothing left to recover
            self.discard()

    def _hold_lock(self) -> None:
        if self._lock is not None:
            return
        self.store.folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        lock = QLockFile(str(self.store.paths(self.slot)[2]))
        lock.setStaleLockTime(0)  # a live owner is detected by process, never by age
        if lock.tryLock(0):
            self._lock = lock

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
