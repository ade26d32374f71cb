"""Percents near a band edge read on the right side of it in the brief: 50.04% is above the edge at 50 and says
so, where a whole-number percent would print 50% for it and for 49.96% alike."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from hria_app.core.assessment import Answer, new_assessment
from hria_app.core.rubric import Rubric
from hria_app.core.rubric_loader import check_rubric_document
from hria_app.core.scoring import evaluate
from hria_app.core.yaml_source import parse_yaml
from hria_app.report import render_pdf
from tests.conftest import DATA
from tests.report.pdf_tools import text_of

DATE = dt.date(2025, 3, 1)
MOMENT = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def weighted() -> Rubric:
    """The weighted example with DAT-1 weighing 1.02, so that totals fall just beside the edge at 50."""
    text = (DATA / "weighted-example.yaml").read_text(encoding="utf-8")
    text = text.replace("question: Retention?, anchors", "question: Retention?, weight: 1.02, anchors", 1)
    rubric, issues = check_rubric_document(parse_yaml(text, "weighted.yaml"))
    assert rubric is not None, [str(issue) for issue in issues]
    return rubric


def _brief(rubric: Rubric, scores: tuple[int, ...]) -> tuple[float, str, str]:
    assessment = new_assessment(rubric, "Near the edge")
    for criterion, score in zip(("GOV-1", "GOV-2", "DAT-1", "DAT-2"), scores, strict=True):
        assessment.set_answer(criterion, Answer().scored(score))
    overall = evaluate(assessment).overall
    text = text_of(render_pdf(assessment, lang="en", date=DATE, created=MOMENT))
    return overall.percent, overall.label.get("en"), text


def test_just_above_and_just_below_the_edge_read_apart(weighted: Rubric) -> None:
    above, above_level, above_text = _brief(weighted, (2, 2, 2, 0))
    below, below_level, below_text = _brief(weighted, (3, 1, 1, 0))
    assert 50 < above < 50.05 and 49.95 < below < 50  # both would print as "50%" with whole numbers
    assert (above_level, below_level) == ("High", "Moderate")
    assert re.search(r"Overall level\s+High\s+50\.04%", above_text), above_text[:300]
    assert re.search(r"Overall level\s+Moderate\s+50%", below_text), below_text[:300]
    assert "49.96" not in below_text and "50.04" not in below_text  # 49.96 reads as 50, in the band that holds 50
    # Away from an edge, one decimal: the Governance section's 10 of 15 points.
    assert "66.7%" in above_text and "67%" not in above_text
