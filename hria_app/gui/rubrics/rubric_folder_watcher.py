"""Noticing changes to the user's rubric folder made by anyone: a text editor, a file manager, a sync client."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from hria_app.core.library import RUBRIC_SUFFIXES

SETTLE_MS = 150  # editors save in several steps (write, rename, touch); announce once they are done


class RubricFolderWatcher(QObject):
    changed = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._noticed)
        self._watcher.fileChanged.connect(self._noticed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._settled)
        self.watch()

    def watch(self) -> None:
        """Watch the folder and each rubric in it (a file rewritten in place changes no folder entry)."""
        wanted = set()
        if self.folder.is_dir():
            wanted.add(str(self.folder))
            wanted |= {str(p) for p in self.folder.iterdir() if p.suffix in RUBRIC_SUFFIXES and p.is_file()}
        current = set(self._watcher.files()) | set(self._watcher.directories())
        gone = sorted(current - wanted)
        new = sorted(wanted - current)
        if gone:
            self._watcher.removePaths(gone)
        if new:
            self._watcher.addPaths(new)

    def stop(self) -> None:
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self._timer.stop()

    def _noticed(self, _path: str) -> None:
        self._timer.start()

    def _settled(self) -> None:
        self.watch()
        self.changed.emit()
