"""Answers a rubric upgrade moved to the archive are printed in an annex, filtered like every other finding."""

from __future__ import annotations

from hria_app.core.assessment import Answer, ArchivedAnswer, Assessment
from hria_app.core.text import Text
from hria_app.report import render_pdf
from tests.report.pdf_tools import flat, text_of

QUESTION = "Is a public register of watchlist criteria kept?"
OPEN_NOTE = "The register was abolished in 2025."
SECRET_NOTE = "Said by a clerk at the registry office."


def _with_archive(assessment: Assessment) -> Assessment:
    assessment.archive = (
        ArchivedAnswer(
            "OLD-1",
            "0.9.0",
            Text({"en": QUESTION, "th": "มีทะเบียนเกณฑ์บัญชีเฝ้าระวังหรือไม่"}),
            Answer(notes=Text.of(OPEN_NOTE)).scored(3),
        ),
        ArchivedAnswer(
            "OLD-2",
            "0.9.0",
            Text.of("A removed question"),
            Answer(notes=Text.of(SECRET_NOTE), notes_confidential=True).marked("unknown"),
        ),
    )
    return assessment


def test_archived_answers_reach_the_full_brief(mini_assessment: Assessment) -> None:
    text = flat(text_of(render_pdf(_with_archive(mini_assessment), date="2026-11-26")))
    assert "Archived answers" in text
    assert "OLD-1, removed after rubric version 0.9.0" in text
    assert QUESTION in text
    assert "Answer: 3" in text
    assert OPEN_NOTE in text
    assert SECRET_NOTE in text


def test_the_public_brief_drops_confidential_archived_notes(mini_assessment: Assessment) -> None:
    text = flat(text_of(render_pdf(_with_archive(mini_assessment), public=True, date="2026-11-26")))
    assert QUESTION in text
    assert "Answer: unknown" in text
    assert SECRET_NOTE not in text


def test_no_archive_no_annex(mini_assessment: Assessment) -> None:
    assert "Archived answers" not in flat(text_of(render_pdf(mini_assessment, date="2026-11-26")))
