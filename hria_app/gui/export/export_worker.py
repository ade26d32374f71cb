"""Rendering the PDF brief off the GUI thread, with progress, cancellation and errors as signals.

The worker renders a snapshot of the assessment, so the user may keep editing while it runs. A renderer is any
callable with the signature of `hria_app.report.render_pdf`; tests inject a small one.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from hria_app.core.assessment import Assessment
from hria_app.core.errors import HriaError
from hria_app.core.scoring import Scores

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class Renderer(Protocol):
    def __call__(
        self,
        assessment: Assessment,
        *,
        lang: str,
        public: bool,
        date: Any,
        author: Any,
        progress: Progress | None,
        scores: Scores | None,
    ) -> bytes: ...


class RenderCancelled(Exception):
    """Raised inside the renderer's progress callback to stop a render nobody is waiting for."""


class ReportUnavailableError(HriaError):
    """This build has no PDF renderer."""


def default_renderer(
    assessment: Assessment,
    *,
    lang: str,
    public: bool,
    date: Any,
    author: Any,
    progress: Progress | None,
    scores: Scores | None,
) -> bytes:
    try:
        from hria_app.report import render_pdf
    except ImportError as exc:
        raise ReportUnavailableError("The PDF brief is not available in this build.") from exc
    data: bytes = render_pdf(
        assessment, lang=lang, public=public, date=date, author=author, progress=progress, scores=scores
    )
    return data


def snapshot(assessment: Assessment) -> Assessment:
    """A copy the worker can read while the GUI edits the original. Values inside are immutable, so copying the
    containers is enough."""
    return replace(assessment, answers=dict(assessment.answers), sections=dict(assessment.sections))


@dataclass(frozen=True)
class RenderRequest:
    lang: str = "en"  # "en", "th" or "en+th"
    public: bool = False
    date: Any = None
    author: str | None = None
    # The document's own results, so the brief shows what the screen shows and is not scored a second time.
    scores: Scores | None = None


class _TaskSignals(QObject):
    progressed = Signal(int, int, int)  # job, done, total
    succeeded = Signal(int, object)  # job, bytes
    failed = Signal(int, str)  # job, message
    finished = Signal(int)  # job, after success, failure or cancellation


class _RenderTask(QRunnable):
    def __init__(self, job: int, assessment: Assessment, request: RenderRequest, renderer: Renderer) -> None:
        super().__init__()
        # Python owns the task; the pool deleting it from C++ would pull it from under the wrapper.
        self.setAutoDelete(False)
        self.job = job
        self.assessment = assessment
        self.request = request
        self.renderer = renderer
        self.cancelled = threading.Event()
        self.signals = _TaskSignals()

    def run(self) -> None:
        try:
            data = self.renderer(
                self.assessment,
                lang=self.request.lang,
                public=self.request.public,
                date=self.request.date,
                author=self.request.author,
                progress=self._progress,
                scores=self.request.scores,
            )
            if not self.cancelled.is_set():
                self.signals.succeeded.emit(self.job, bytes(data))
        except RenderCancelled:
            pass
        except HriaError as exc:
            self.signals.failed.emit(self.job, str(exc))
        except Exception as exc:  # a bug in the renderer must not take the app down with it
            log.exception("rendering the PDF failed")
            self.signals.failed.emit(self.job, f"{type(exc).__name__}: {exc}")
        finally:
            self.signals.finished.emit(self.job)

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled.is_set():
            raise RenderCancelled
        self.signals.progressed.emit(self.job, done, total)


class PdfRenderJob(QObject):
    """Runs one render at a time; starting a new one cancels the last, whose late results are dropped."""

    progressed = Signal(int, int)  # done, total
    rendered = Signal(object)  # the PDF, as bytes
    failed = Signal(str)  # a message for the user
    busy_changed = Signal(bool)

    def __init__(self, renderer: Renderer | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._renderer: Renderer = renderer or default_renderer
        # A pool of our own: destroying it waits for a cancelled render to stop, so no thread outlives the dialog.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job = 0
        self._running: dict[int, _RenderTask] = {}

    @property
    def busy(self) -> bool:
        return self._job in self._running

    def start(self, assessment: Assessment, request: RenderRequest, renderer: Renderer | None = None) -> None:
        """Render with this job's renderer, or with `renderer` (another export format) this once."""
        self.cancel()
        self._job += 1
        task = _RenderTask(self._job, snapshot(assessment), request, renderer or self._renderer)
        task.signals.progressed.connect(self._on_progressed)
        task.signals.succeeded.connect(self._on_succeeded)
        task.signals.failed.connect(self._on_failed)
        task.signals.finished.connect(self._on_finished)
        self._running[self._job] = task
        self._pool.start(task)
        self.busy_changed.emit(True)

    def cancel(self) -> None:
        for task in self._running.values():
            task.cancelled.set()
        if self.busy:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every render has stopped; for shutdown and tests."""
        return self._pool.waitForDone(msecs)

    def _on_progressed(self, job: int, done: int, total: int) -> None:
        if job == self._job:
            self.progressed.emit(done, total)

    def _on_succeeded(self, job: int, data: bytes) -> None:
        if job == self._job and not self._running[job].cancelled.is_set():
            self.rendered.emit(data)

    def _on_failed(self, job: int, message: str) -> None:
        if job == self._job and not self._running[job].cancelled.is_set():
            self.failed.emit(message)

    def _on_finished(self, job: int) -> None:
        task = self._running.pop(job, None)
        if job == self._job and task is not None and not task.cancelled.is_set():
            self.busy_changed.emit(False)
