"""Checking any file the app reads, by its kind: a rubric (.yaml/.yml) or an assessment (.hria)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hria_app.core.assessment_file import MAX_ASSESSMENT_BYTES, SUFFIX, check_assessment_file
from hria_app.core.crypto import is_encrypted
from hria_app.core.errors import HriaError, Issue, LoadError
from hria_app.core.rubric_loader import check_rubric_file
from hria_app.core.yaml_source import read_bytes


def check_file(path: Path, ask_passphrase: Callable[[Path], str] | None = None) -> list[Issue]:
    """Every error and warning found in the file; valid when no issue has severity 'error'."""
    try:
        if path.suffix == SUFFIX:
            passphrase = None
            if ask_passphrase is not None and is_encrypted(read_bytes(path, MAX_ASSESSMENT_BYTES)):
                passphrase = ask_passphrase(path)
            return check_assessment_file(path, passphrase)[1]
        return check_rubric_file(path)[1]
    except LoadError as exc:
        return exc.issues + exc.warnings
    except HriaError as exc:
        return [Issue.of(str(path), exc.as_message())]
