"""One long job off the GUI thread: progress, cancellation, the result or a message, as signals.

The job is a plain callable `work(progress, cancel)` that reports `progress(done, total)` and looks at
`cancel.is_set()` between pieces; it runs in a pool of its own, so the window stays usable. Signals arrive on the
GUI thread. A job stopped by `cancel()` reports neither a result nor a failure, only `finished`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from hria_app.core.errors import HriaError

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], None], threading.Event], Any]


class _Signals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it, as in export_worker
        self.work = work
        self.cancel = cancel
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(self._progress, self.cancel)
            if not self.cancel.is_set():
                self.signals.succeeded.emit(result)
        except HriaError as exc:
            if not self.cancel.is_set():
                self.signals.failed.emit(str(exc))
        except OSError as exc:
            if not self.cancel.is_set():
                self.signals.failed.emit(exc.strerror or str(exc))
        except Exception as exc:  # a bug must not take the app down with it
            log.exception("a background job failed")
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        finally:
            self.signals.finished.emit()

    def _progress(self, done: int, total: int) -> None:
        # Qt signals carry 32-bit ints: large byte counts are sent scaled to a permille.
        if total > 2**31 - 1:
            done, total = done * 1000 // total, 1000
        self.signals.progressed.emit(done, total)


class BackgroundTask(QObject):
    """Runs one job at a time; `start` while busy is refused (returns False)."""

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: _Runnable | None = None

    @property
    def busy(self) -> bool:
        return self._running is not None

    def start(self, work: Work) -> bool:
        if self._running is not None:
            return False
        task = _Runnable(work, threading.Event())
        task.signals.progressed.connect(self.progressed)
        task.signals.succeeded.connect(self.succeeded)
        task.signals.failed.connect(self.failed)
        task.signals.finished.connect(self._on_finished)
        self._running = task
        self._pool.start(task)
        return True

    def cancel(self) -> None:
        if self._running is not None:
            self._running.cancel.set()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the job has stopped; for closing and tests."""
        return self._pool.waitForDone(msecs)

    def _on_finished(self) -> None:
        self._running = None
        self.finished.emit()
