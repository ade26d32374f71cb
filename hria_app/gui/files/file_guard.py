"""Sharing a file safely with other instances of the app and other programs.

The open assessment's file is locked while a window has it open (a `.NAME.hria.lock` beside it, see
core/locking.py), so a colleague opening the same file on a shared drive, or a second window on this computer,
is warned who has it. What a mature editor offers then is reading without taking the file away from its holder:
"Open read-only" lets the person read and even edit, but Save asks for a new name, so neither overwrites the
other. "Take over" exists for the common stale case a process check cannot see (the app left open on another
computer); locks of processes that have ended on this computer are taken over without asking.

Nothing is ever written over a version the app has not seen: before each save the file is compared with the
stamp taken when it was opened or last saved, and a lock held by someone else is checked again. When the window
becomes active again, or another program writes the file, a changed file is offered for reloading if nothing here
is unsaved. For a file opened through a link, what is watched and compared is the real file (and the link's
folder, since the link itself may be pointed elsewhere).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from hria_app.core import locking
from hria_app.core.file_identity import same_file, watch_paths
from hria_app.core.locking import FileStamp
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.files.file_dialogs import ConflictChoice, ConflictReason, FileDialogs, LockChoice

log = logging.getLogger(__name__)
# A lock not refreshed for hours looks abandoned to other computers; an idle open file still deserves its lock.
REFRESH_MINUTES = 30
# A save by another program is several events (a temporary file, a rename, the folder): one check once they settle.
SETTLE_MS = 250


class FileGuard(QObject):
    """The lock this window holds and what it knows of the open file on disk."""

    disk_changed = Signal()  # the open file, or a folder it is reached through, changed on disk

    def __init__(self, window: QWidget, dialogs: FileDialogs) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs = dialogs
        self.locked: Path | None = None
        self._noticed: tuple[int, FileStamp | None] | None = None  # (document, disk version) already reported
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_MINUTES * 60 * 1000)
        self._refresh_timer.timeout.connect(self.refresh)
        self._watched: Path | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._touched)
        self._watcher.directoryChanged.connect(self._touched)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)

    # Opening.
    def ask_access(self, path: Path) -> bool | None:
        """Whether to open `path` read-only (True) or normally (False); None when the person cancels."""
        holder = locking.held_by_other(path)
        if holder is None:
            return False
        choice = self.dialogs.ask_lock_conflict(self.window, path.name, holder)
        if choice is LockChoice.CANCEL:
            return None
        log.info("%s is held by another instance; opening %s", path.name, choice.value)
        return choice is LockChoice.READ_ONLY

    def follow(self, document: AssessmentDocument | None) -> None:
        """Hold the lock of the window's document, and only that one."""
        wanted = None
        if document is not None and document.path is not None and not document.read_only:
            wanted = document.path
        if wanted != self.locked:
            self.release()
            if wanted is not None:
                self._acquire(wanted)
        self._noticed = None
        self._watch(document.path if document is not None else None)

    def release(self) -> None:
        if self.locked is not None:
            try:
                locking.release(self.locked)
            except OSError as exc:
                log.warning("could not remove the lock of %s: %s", self.locked.name, exc)
            self.locked = None
        self._refresh_timer.stop()

    def refresh(self) -> None:
        """Tell other computers the lock is still in use (after each autosave, and every half hour)."""
        if self.locked is not None:
            try:
                locking.refresh(self.locked)
            except OSError as exc:
                log.warning("could not refresh the lock of %s: %s", self.locked.name, exc)

    # Saving.
    def check_before_save(self, document: AssessmentDocument, path: Path) -> ConflictChoice:
        """OVERWRITE when writing `path` loses nobody's work, or when the person said so."""
        holder = locking.held_by_other(path)
        if holder is not None:
            return self.dialogs.ask_save_conflict(self.window, path.name, ConflictReason.LOCKED, holder)
        if same_file(path, document.path) and locking.changed_on_disk(path, document.disk_stamp):
            reason = ConflictReason.CHANGED if path.exists() else ConflictReason.DELETED
            return self.dialogs.ask_save_conflict(self.window, path.name, reason)
        return ConflictChoice.OVERWRITE

    def saved(self, document: AssessmentDocument) -> None:
        """The document was just written to its path: that path is this window's now."""
        if document.path is None:
            return
        if document.path != self.locked:
            self.release()
        self._acquire(document.path)
        self._noticed = None
        self._watch(document.path)

    # Changes made behind the app's back.
    def unnoticed_change(self, document: AssessmentDocument | None) -> ConflictReason | None:
        """How the file changed on disk since it was read or written here, once per new version on disk."""
        if document is None or document.path is None:
            return None
        known = document.disk_stamp
        if not locking.changed_on_disk(document.path, known):
            return None
        current = locking.stamp(document.path)
        if current is not None and known is not None and current.digest == known.digest:
            # Touched but not changed (a backup tool, a sync client): remember the new time so the file is not
            # read again at every activation.
            document.disk_stamp = current
            return None
        if self._noticed == (id(document), current):
            return None
        self._noticed = (id(document), current)
        return ConflictReason.CHANGED if current is not None else ConflictReason.DELETED

    def _watch(self, path: Path | None) -> None:
        self._watched = path
        self._update_watches()

    def _update_watches(self) -> None:
        """Watch where the open file really lives (file_identity.watch_paths), and nothing else. Called again after
        each change: a file replaced by an atomic save drops out of the watch, and a link may now lead elsewhere."""
        wanted = set() if self._watched is None else {str(p) for p in watch_paths(self._watched) if p.exists()}
        current = set(self._watcher.files() + self._watcher.directories())
        if current - wanted:
            self._watcher.removePaths(sorted(current - wanted))
        if wanted - current:
            self._watcher.addPaths(sorted(wanted - current))

    def _touched(self, _path: str) -> None:
        self._settle.start()

    def _settled(self) -> None:
        self._update_watches()
        if self.window.isActiveWindow():  # else asked when the person comes back to the window
            self.disk_changed.emit()

    def _acquire(self, path: Path) -> None:
        try:
            locking.acquire(path)
        except OSError as exc:
            # A read-only folder or medium: the file can still be read, and a save there would fail anyway.
            log.warning("could not lock %s: %s", path.name, exc)
            self.locked = None
            return
        self.locked = path
        self._refresh_timer.start()
