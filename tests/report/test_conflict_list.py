"""The full brief of an assessment with unresolved merge conflicts lists them after the summary, in English and
Thai; the public brief never shows them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from hria_app.core.assessment import Answer, Assessment
from hria_app.core.merge import merge_assessments
from hria_app.report import render_pdf
from tests.report.pdf_tools import flat, joined, poppler_text, text_of

DAY = dt.date(2026, 12, 3)


def _scored(assessment: Assessment, score: int) -> Assessment:
    copy = replace(assessment, answers=dict(assessment.answers))
    copy.set_answer("LEG-1", Answer(status="scored", score=score))
    return copy


@pytest.fixture
def conflicted(mini_assessment: Assessment) -> Assessment:
    base = _scored(mini_assessment, 2)
    result = merge_assessments(base, _scored(base, 4), _scored(base, 3), "bob-ZQ81", "alice-ZQ82")
    assert len(result.assessment.conflicts) == 1
    return result.assessment


def test_the_full_brief_lists_each_unresolved_conflict(conflicted: Assessment) -> None:
    text = flat(text_of(render_pdf(conflicted, "en", public=False, date=DAY)))
    assert "Unresolved merge conflicts" in text
    assert "LEG-1" in text and "score" in text
    assert "bob-ZQ81" in text and "alice-ZQ82" in text
    assert text.index("Unresolved merge conflicts") < text.index("Findings")


def test_the_thai_full_brief_lists_them_in_thai(conflicted: Assessment) -> None:
    text = joined(poppler_text(render_pdf(conflicted, "th", public=False, date=DAY)))
    assert joined("ข้อขัดแย้งจากการรวมที่ยังไม่ได้แก้") in text


def test_the_public_brief_and_a_brief_without_conflicts_have_no_list(
    conflicted: Assessment, mini_assessment: Assessment
) -> None:
    public = flat(text_of(render_pdf(conflicted, "en", public=True, date=DAY)))
    assert "Unresolved merge conflicts" not in public
    assert "ZQ81" not in public and "ZQ82" not in public
    clean = flat(text_of(render_pdf(mini_assessment, "en", public=False, date=DAY)))
    assert "Unresolved merge conflicts" not in clean
