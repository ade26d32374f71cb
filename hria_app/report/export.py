"""Rendering the brief to PDF bytes and writing it to a file in one step."""

from __future__ import annotations

import datetime as dt
import io
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from reportlab.platypus import Flowable

from hria_app.core.assessment import Assessment
from hria_app.core.completeness import DEFAULT_COMPLETE_AT
from hria_app.core.dates import ISO_DATE_FORMAT, iso_to_date
from hria_app.core.scoring import Scores
from hria_app.core.storage import atomic_write
from hria_app.report import annex, body, conflict_list, evidence_annex, front, plan_annex
from hria_app.report.build import build_report
from hria_app.report.document import BriefDocument, PagedCanvas, furniture_for
from hria_app.report.errors import ExportError
from hria_app.report.fonts import register_fonts
from hria_app.report.localise import REPORT_LANGUAGES, plain, show
from hria_app.report.model import Report
from hria_app.report.styles import Styles, make_styles

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]

# reportlab's fonts hold per-document state: one brief at a time per process.
_render_lock = threading.Lock()


class _ProgressFailed(Exception):
    """The caller's progress callback raised: its exception goes back to the caller unchanged."""

    def __init__(self, original: BaseException) -> None:
        super().__init__(str(original))
        self.original = original


def render(
    assessment: Assessment,
    lang: str,
    public: bool,
    date: dt.date | str | None,
    author: str | None,
    progress: Progress | None,
    scores: Scores | None = None,
    created: dt.datetime | None = None,
    complete_at: float = DEFAULT_COMPLETE_AT,
) -> bytes:
    if lang not in REPORT_LANGUAGES:
        raise ExportError(f"unknown report language {lang!r}; choose one of {', '.join(REPORT_LANGUAGES)}")
    if scores is not None and (scores.inherent.residual or not scores.residual.residual):
        raise ExportError("the scores passed in must be the inherent result, then the residual one")
    day = _parse_date(date)
    moment = created or dt.datetime.now(dt.timezone.utc)
    guarded = _guard(progress) if progress is not None else None
    try:
        with _render_lock:
            return _render(assessment, Options(lang, public, day, author, scores, moment, complete_at), guarded)
    except _ProgressFailed as failed:
        raise failed.original from None
    except ExportError:
        raise
    except Exception as exc:
        log.exception("PDF export failed")
        raise ExportError(f"could not create the PDF brief: {type(exc).__name__}: {exc}") from exc


def export(
    assessment: Assessment,
    out_path: Path | str,
    lang: str,
    public: bool,
    date: dt.date | str | None,
    author: str | None,
    progress: Progress | None,
    scores: Scores | None = None,
    created: dt.datetime | None = None,
    complete_at: float = DEFAULT_COMPLETE_AT,
) -> None:
    data = render(assessment, lang, public, date, author, progress, scores, created, complete_at)
    # The file appears complete or not at all; SaveError (a HriaError) says why when it cannot.
    atomic_write(Path(out_path), data)


@dataclass(frozen=True)
class Options:
    lang: str
    public: bool
    date: dt.date
    author: str | None
    scores: Scores | None
    created: dt.datetime
    complete_at: float = DEFAULT_COMPLETE_AT


def _render(assessment: Assessment, options: Options, progress: Progress | None) -> bytes:
    register_fonts()
    public = options.public
    report = build_report(
        assessment, options.lang, public, options.date, options.author, options.scores, options.complete_at
    )
    story = build_story(report, make_styles())
    total = len(story) + 1
    for step, flowable in enumerate(story, 1):
        flowable.hria_step = step
    buffer = io.BytesIO()
    document = BriefDocument(buffer, report.meta, progress, total)
    rubric = assessment.rubric
    footer = f"{plain(show(rubric.title, report.langs))} ({rubric.id} {rubric.version})"
    marks = tuple(plain(mark) for mark in (report.incomplete_mark, report.draft_mark) if mark)
    furniture = furniture_for(report.meta, report.langs, public, footer, marks)
    document.build(story, canvasmaker=partial(PagedCanvas, furniture=furniture, created=options.created))
    if progress is not None:
        progress(total, total)
    return buffer.getvalue()


def build_story(report: Report, styles: Styles) -> list[Flowable]:
    return [
        *front.cover(report, styles),
        *front.summary(report, styles),
        *conflict_list.unresolved_conflicts(report, styles),
        *front.context(report, styles),
        *front.results(report, styles),
        *body.findings(report, styles),
        *annex.recommendations(report, styles),
        *plan_annex.action_plan(report, styles),
        *annex.methodology(report, styles),
        *evidence_annex.evidence(report, styles),
        *evidence_annex.custody(report, styles),
        *annex.archive(report, styles),
        *annex.references(report, styles),
    ]


def _guard(progress: Progress) -> Progress:
    def call(done: int, total: int) -> None:
        try:
            progress(done, total)
        except BaseException as exc:
            raise _ProgressFailed(exc) from exc

    return call


def _parse_date(date: dt.date | str | None) -> dt.date:
    if date is None:
        return dt.date.today()
    if isinstance(date, dt.date):
        return date
    day = iso_to_date(date) if isinstance(date, str) else None
    if day is None:
        raise ExportError(f"the report date must be written {ISO_DATE_FORMAT}, not {date!r}")
    return day
