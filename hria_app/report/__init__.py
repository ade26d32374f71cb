"""The PDF brief of an assessment.

Importing this package is cheap: reportlab, HarfBuzz and the Thai word list load on the first export.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from hria_app.report.errors import ExportError

if TYPE_CHECKING:
    from hria_app.core.assessment import Assessment
    from hria_app.core.scoring import Scores

__all__ = ["ExportError", "export_pdf", "render_pdf"]


def render_pdf(
    assessment: Assessment,
    lang: str = "en",
    public: bool = False,
    date: dt.date | str | None = None,
    author: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    *,
    scores: Scores | None = None,
    created: dt.datetime | None = None,
    complete_at: float = 100.0,
) -> bytes:
    """The brief as PDF bytes.

    `lang`: "en", "th" or "en+th". `public`: leave out everything marked confidential and the assessors' names.
    `date`: the day the brief is produced, printed on the cover apart from the assessment's period (default
    today). `created`: the moment written to the PDF's CreationDate and ModDate, in UTC (default now); the same
    input, date and moment give the same bytes.
    `author`: written to the PDF's metadata only when given. `progress(done, total)` is called as pages are laid
    out, last with done == total; an exception it raises stops the export and reaches the caller unchanged.
    `scores`: the assessment's results (`core.scoring.evaluate_both`) when the caller already has them, so the
    brief is not scored a second time; they must be those of this assessment as it is now.
    `complete_at`: the percent of criteria answered below which every page is marked INCOMPLETE (default 100:
    any unanswered criterion).
    Raises ExportError when the brief cannot be made.
    """
    from hria_app.report.export import render

    return render(assessment, lang, public, date, author, progress, scores, created, complete_at)


def export_pdf(
    assessment: Assessment,
    out_path: Path | str,
    lang: str = "en",
    public: bool = False,
    date: dt.date | str | None = None,
    author: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    *,
    scores: Scores | None = None,
    created: dt.datetime | None = None,
    complete_at: float = 100.0,
) -> None:
    """Write the brief to `out_path` atomically: the file is complete or, on failure, untouched.

    Arguments as for `render_pdf`. Raises ExportError, or SaveError when the file cannot be written."""
    from hria_app.report.export import export

    export(assessment, out_path, lang, public, date, author, progress, scores, created, complete_at)
