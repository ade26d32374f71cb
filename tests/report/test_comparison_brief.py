"""The comparison brief: then and now in English, Thai or both; the public one leaks nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from hria_app.cli import main
from hria_app.core.assessment import Assessment, SectionInput
from hria_app.core.assessment_file import save_assessment
from hria_app.core.comparison import public_copy
from hria_app.core.reassessment import start_reassessment
from hria_app.report.comparison_brief import render_comparison_pdf
from tests.report.builders import (
    ASSESSOR,
    CONFIDENTIAL_STRINGS,
    SECRET_EVIDENCE,
    SECRET_MEASURE,
    SECRET_NOTE,
    realistic_assessment,
)
from tests.report.pdf_tools import body_text, everything_readable, flat, joined, metadata, text_of

DAY = dt.date(2026, 12, 3)


@pytest.fixture(scope="module")
def pair() -> tuple[Assessment, Assessment]:
    """A year later: the re-assessment found the secrets (confidential), one answer and one right improved."""
    now = realistic_assessment()
    then = start_reassessment(public_copy(now), "city-2025.hria", today=dt.date(2025, 12, 1))
    then.baseline = None
    first = now.rubric.sections[0]
    then.set_section_input(first.id, SectionInput(4, 4, 4))
    now.set_section_input(first.id, SectionInput(1, 1, 1))
    criterion = first.criteria[2].id
    then.set_answer(criterion, replace(then.answer(criterion), status="scored", score=2, carried_over=False))
    now.set_answer(criterion, replace(now.answer(criterion), status="scored", score=0))
    return then, now


@pytest.mark.parametrize("lang", ["en", "th", "en+th"])
def test_the_brief_shows_ratings_then_and_now_and_what_changed(pair: tuple[Assessment, Assessment], lang: str) -> None:
    then, now = pair
    text = flat(body_text(render_comparison_pdf(then, now, lang, date=DAY)))
    first = now.rubric.sections[0]
    if "en" in lang:
        assert "Comparison brief" in text
        assert "Ratings by right, then » now" in text
        if lang == "en":
            assert f"{first.id} {first.title.get('en')} Critical Low − lower concern" in text
        assert "score: 2 (" in text
    if "th" in lang:
        assert "รายงานเปรียบเทียบ" in joined(text)
        assert joined("น่ากังวลน้อยลง") in joined(text)
        assert joined("คะแนน: 2 (") in joined(text)
    assert "2026-12-03" in text


def test_the_full_brief_shows_the_confidential_changes(pair: tuple[Assessment, Assessment]) -> None:
    text = flat(body_text(render_comparison_pdf(*pair, "en", date=DAY)))
    for secret in (SECRET_EVIDENCE, SECRET_MEASURE, SECRET_NOTE, ASSESSOR):
        assert secret in text, secret
    assert "Confidential: full version" in text


@pytest.mark.parametrize("lang", ["en", "th", "en+th"])
def test_the_public_brief_holds_no_confidential_string(pair: tuple[Assessment, Assessment], lang: str) -> None:
    pdf = render_comparison_pdf(*pair, lang, public=True, date=DAY)
    readable = everything_readable(pdf)
    for secret in CONFIDENTIAL_STRINGS:
        assert secret not in flat(readable)
        assert joined(secret) not in joined(readable)
    assert ASSESSOR not in " ".join(metadata(pdf).values())


def test_hria_export_compare_writes_the_brief(
    pair: tuple[Assessment, Assessment], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    then, now = pair
    save_assessment(tmp_path / "then.hria", then, backup=False)
    save_assessment(tmp_path / "now.hria", now, backup=False)
    out = tmp_path / "compare.pdf"
    argv = ["export", str(tmp_path / "now.hria"), "--compare", str(tmp_path / "then.hria"), "-o", str(out)]
    assert main([*argv, "--public"]) == 0
    text = text_of(out.read_bytes())
    assert "Comparison brief" in text
    assert SECRET_EVIDENCE not in flat(text)
