"""The sample's brief keeps its text, line breaks included, in every language: speed work must not change it.

The stored texts are pdftotext's reading of the briefs. After an intended change to the brief, rewrite them with
`HRIA_UPDATE_BRIEF_TEXTS=1 pytest tests/report/test_brief_text_pinned.py` and review the diff.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil

import pytest

from hria_app.core.assessment_file import load_assessment
from hria_app.core.paths import resource
from hria_app.report import render_pdf
from tests.conftest import DATA
from tests.report.pdf_tools import poppler_text

STORED = DATA / "briefs"
UPDATE = os.environ.get("HRIA_UPDATE_BRIEF_TEXTS") == "1"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
@pytest.mark.parametrize("lang", ["en", "th", "en+th"])
def test_sample_brief_text_is_unchanged(lang: str) -> None:
    sample = load_assessment(resource("samples", "nakhon-thani-findface.hria"))
    text = poppler_text(render_pdf(sample, lang=lang, date=dt.date(2025, 3, 1)))
    stored = STORED / f"sample-{lang}.txt"
    if UPDATE:
        stored.write_text(text, encoding="utf-8")
    # Compared line by line, so a failure names the first line that moved.
    assert text.splitlines() == stored.read_text(encoding="utf-8").splitlines()
