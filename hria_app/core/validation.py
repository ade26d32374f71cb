"""Checking any file the app reads, by its kind: a rubric (.yaml/.yml) or an assessment (.hria)."""

from __future__ import annotations

from pathlib import Path

from hria_app.core.assessment_file import SUFFIX, check_assessment_file
from hria_app.core.errors import Issue, LoadError
from hria_app.core.rubric_loader import check_rubric_file


def check_file(path: Path) -> list[Issue]:
    """Every error and warning found in the file; valid when no issue has severity 'error'."""
    try:
        if path.suffix == SUFFIX:
            return check_assessment_file(path)[1]
        return check_rubric_file(path)[1]
    except LoadError as exc:
        return exc.issues + exc.warnings
