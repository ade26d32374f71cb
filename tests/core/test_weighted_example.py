"""The weighted_sum worked example of docs/scoring.md, number by number: the doc and the code must agree."""

from __future__ import annotations

from dataclasses import replace

import pytest

from hria_app.core.assessment import Answer, Assessment, Measure, new_assessment
from hria_app.core.rubric_loader import load_rubric
from hria_app.core.scoring import evaluate
from hria_app.core.text import Text
from tests.conftest import DATA, ROOT

DOC = " ".join((ROOT / "docs" / "scoring.md").read_text(encoding="utf-8").split())


@pytest.fixture
def example() -> Assessment:
    a = new_assessment(load_rubric(DATA / "weighted-example.yaml"))
    implemented = Measure(Text.of("Licence review"), "vendor", "implemented")
    verified = Measure(Text.of("Published policy"), "vendor", "verified")
    a.set_answer("GOV-1", replace(Answer().scored(3), mitigation=(implemented,), residual_score=1))
    a.set_answer("GOV-2", replace(Answer().scored(2), mitigation=(verified,)))
    a.set_answer("DAT-1", Answer().marked("unknown"))
    a.set_answer("DAT-2", Answer().scored(0))
    return a


def _in_doc(*phrases: str) -> None:
    for phrase in phrases:
        assert phrase in DOC, f"docs/scoring.md no longer says: {phrase}"


def test_inherent(example: Assessment) -> None:
    result = evaluate(example)
    assert result.criterion_scores == {"GOV-1": 3, "GOV-2": 2, "DAT-1": 3, "DAT-2": 0}
    assert (result.overall.total, result.overall.maximum) == (16, 24)
    assert result.to_json()["overall"]["percent"] == 66.7
    assert result.overall.level == "critical"
    gov, dat = result.sections
    assert (gov.total, gov.maximum, gov.level) == (13, 15, "critical")
    assert round(gov.percent, 1) == 86.7
    assert (dat.total, dat.maximum, dat.level) == (3, 9, "moderate")
    assert round(dat.percent, 1) == 33.3
    _in_doc(
        "3 × 3 + 2 × 2 + 1 × 3 + 2 × 0 = 16",
        "of a maximum of (3 + 2 + 1 + 2) × 3 = 24",
        "16 / 24 = 66.7 %: Critical",
        "Governance 13 of 15 = 86.7 %: Critical",
        "Data 3 of 9 = 33.3 %: Moderate",
    )


def test_residual(example: Assessment) -> None:
    result = evaluate(example, residual=True)
    reasons = [r.text() for r in result.overall.reasons]
    assert "mitigation covers 83.3% of the scored weight (threshold 80%): total x 0.9" in reasons
    assert result.overall.total == pytest.approx(14.4)
    assert result.to_json()["overall"]["percent"] == 60.0
    assert result.overall.level == "high"
    gov, dat = result.sections
    assert gov.total == pytest.approx(11.7)
    assert round(gov.percent, 1) == 78.0
    assert gov.level == "critical"
    assert dat.total == pytest.approx(2.7)
    assert (round(dat.percent, 1), dat.level) == (30.0, "moderate")
    _in_doc(
        "(3 + 2) / (3 + 2 + 1) = 83.3 %",
        "16 × 0.9 = 14.4, 60 %: High",
        "Governance 13 × 0.9 = 11.7 of 15 = 78 %: Critical",
        "Data 3 × 0.9 = 2.7 of 9 = 30 %: Moderate",
    )


def test_residual_scores_are_ignored(example: Assessment) -> None:
    with_residual = evaluate(example, residual=True)
    example.set_answer("GOV-1", replace(example.answer("GOV-1"), residual_score=None))
    without = evaluate(example, residual=True)
    # Which measures earned the credit follows the residual score; what the method counts does not.
    assert (without.overall, without.sections) == (with_residual.overall, with_residual.sections)
    _in_doc("GOV-1's residual score of 1 changes nothing")


def test_an_unknown_counts_towards_coverage(example: Assessment) -> None:
    example.set_answer("DAT-1", replace(Answer().marked("unknown"), mitigation=()))
    example.set_answer("GOV-2", replace(example.answer("GOV-2"), mitigation=()))
    short = evaluate(example, residual=True)  # 3 of 6 = 50 %, below the threshold: no factor
    assert short.overall.total == 16
    assert short.overall.reasons[1].code == "mitigation_short"
    _in_doc("an unknown answer counts as a score above 0, so its weight is part of the weight to cover")
