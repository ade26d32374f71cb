"""A brief of unfinished work says so first: how many criteria were answered beside the level, INCOMPLETE on every
page, what drives the level, and the assessment's own dates apart from the day the brief was produced."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import replace

import pytest

from hria_app.core.assessment import Answer, Assessment, new_assessment
from hria_app.core.rubric import Rubric
from hria_app.core.text import Text
from hria_app.report import render_pdf
from tests.report.builders import context, facial_recognition_rubric
from tests.report.pdf_tools import flat, joined, page_texts, poppler_text

PRODUCED = dt.date(2026, 12, 3)


@pytest.fixture(scope="module")
def rubric() -> Rubric:
    return facial_recognition_rubric()


def first_try(rubric: Rubric) -> Assessment:
    """What a first-time user has after a few minutes: the context, and three of 41 criteria answered."""
    assessment = new_assessment(rubric)
    assessment.set_context(replace(context(), started="2025-03-01", updated="2025-03-14"))
    first, second, third = list(rubric.criteria())[:3]
    assessment.set_answer(first.id, Answer().scored(4))
    assessment.set_answer(second.id, Answer().marked("unknown"))
    assessment.set_answer(third.id, Answer(na_reason=Text.of("No such component")).marked("not_applicable"))
    return assessment


def finished(rubric: Rubric) -> Assessment:
    assessment = first_try(rubric)
    for criterion in rubric.criteria():
        if not assessment.answer(criterion.id).is_answered:
            assessment.set_answer(criterion.id, Answer().scored(1))
    return assessment


def test_the_cover_puts_the_answered_count_beside_the_level(rubric: Rubric) -> None:
    cover = flat(page_texts(render_pdf(first_try(rubric), date=PRODUCED))[0])
    assert "3 of 41 criteria answered" in cover
    assert cover.index("Overall level") < cover.index("3 of 41 criteria answered") < cover.index("Deployment")


def test_every_page_of_an_unfinished_brief_is_marked_incomplete(rubric: Rubric) -> None:
    pages = page_texts(render_pdf(first_try(rubric), public=True, date=PRODUCED))
    assert len(pages) > 3
    for number, page in enumerate(pages, 1):
        assert "INCOMPLETE — 3 of 41 criteria answered" in flat(page), number


def test_a_finished_assessment_carries_no_incomplete_mark(rubric: Rubric) -> None:
    pages = page_texts(render_pdf(finished(rubric), date=PRODUCED))
    assert not any("INCOMPLETE" in page for page in pages)
    assert "41 of 41 criteria answered" in flat(pages[0])


def test_the_threshold_can_allow_some_unanswered_criteria(rubric: Rubric) -> None:
    assessment = finished(rubric)
    assessment.set_answer(list(rubric.criteria())[-1].id, Answer())  # 40 of 41: 97.6%
    assert "INCOMPLETE" in page_texts(render_pdf(assessment, date=PRODUCED))[0]
    assert "INCOMPLETE" not in page_texts(render_pdf(assessment, date=PRODUCED, complete_at=95))[0]


def test_the_summary_says_first_that_the_level_rests_on_unknowns(rubric: Rubric) -> None:
    summary = flat(page_texts(render_pdf(first_try(rubric), date=PRODUCED))[1])
    note = "This assessment is not finished: 38 criteria are not answered yet and count as unknown"
    assert note in summary
    driver = "rests mostly on unknowns"
    assert driver in summary
    assert "no red flag is raised" in summary
    assert summary.index(note) < summary.index("Overall level — Inherent")
    assert "red line is crossed" not in summary


def test_a_red_flag_is_named_as_what_sets_the_level(rubric: Rubric) -> None:
    assessment = finished(rubric)
    flagged = next(c for c in rubric.criteria() if c.red_flags)
    assessment.set_answer(flagged.id, Answer(red_flags=(flagged.red_flags[0],)).scored(4))
    summary = flat(page_texts(render_pdf(assessment, date=PRODUCED))[1])
    assert "is set by 1 red flag raised: a red line is crossed" in summary
    assert "not finished" not in summary


def test_the_cover_dates_the_assessment_apart_from_the_brief(rubric: Rubric) -> None:
    cover = flat(page_texts(render_pdf(first_try(rubric), date=PRODUCED))[0])
    assert "Assessment period 1 March 2025 – 14 March 2025" in cover
    assert "Brief produced 3 December 2026" in cover
    assert "Date 3 December 2026" not in cover


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_thai_brief_says_the_same_in_thai_dates(rubric: Rubric) -> None:
    # poppler keeps Thai's vowel order, which pypdf's extraction does not
    pages = poppler_text(render_pdf(first_try(rubric), lang="th", date=PRODUCED)).split("\f")[:-1]
    cover = joined(pages[0])
    assert joined("ตอบแล้ว 3 จาก 41 เกณฑ์") in cover
    assert joined("ช่วงเวลาการประเมิน") in cover
    assert joined("1 มีนาคม พ.ศ. 2568 – 14 มีนาคม พ.ศ. 2568") in cover
    assert all(joined("ยังไม่สมบูรณ์") in joined(page) for page in pages)
    assert "(s)" not in "".join(pages)


def test_english_brief_writes_real_plurals(rubric: Rubric) -> None:
    text = flat("\n".join(page_texts(render_pdf(first_try(rubric), date=PRODUCED))))
    assert "(s)" not in text
    assert "38 unanswered criteria counted as unknown" in text
    assert "1 unknown answer counted as" in text
    assert "1 criterion not applicable" in text
