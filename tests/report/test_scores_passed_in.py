"""The brief takes the results its caller already has: scored once per variant, the same brief either way."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from hria_app.core import scoring
from hria_app.core.assessment import Assessment, Measure
from hria_app.core.scoring import Result, evaluate_both
from hria_app.core.text import Text
from hria_app.report import ExportError, render_pdf
from hria_app.report.build import build_report
from tests.report.builders import realistic_assessment
from tests.report.pdf_tools import text_of

DATE = dt.date(2025, 3, 1)
MOMENT = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.timezone.utc)


@pytest.fixture
def evaluations(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The `residual` argument of every call to evaluate."""
    calls: list[bool] = []
    real = scoring.evaluate

    def counting(assessment: Assessment, residual: bool = False) -> Result:
        calls.append(residual)
        return real(assessment, residual)

    monkeypatch.setattr(scoring, "evaluate", counting)
    return calls


def test_a_brief_scores_each_variant_once(evaluations: list[bool]) -> None:
    render_pdf(realistic_assessment(), public=True, date=DATE, created=MOMENT)
    assert evaluations == [False, True]


def test_results_passed_in_are_not_computed_again_and_give_the_same_brief(evaluations: list[bool]) -> None:
    assessment = realistic_assessment()
    scored_here = text_of(render_pdf(assessment, lang="en+th", date=DATE, created=MOMENT))
    scores = evaluate_both(assessment)
    evaluations.clear()
    passed_in = text_of(render_pdf(assessment, lang="en+th", date=DATE, created=MOMENT, scores=scores))
    assert evaluations == []
    assert passed_in == scored_here
    assert build_report(assessment, "th", True, DATE, scores=scores) == build_report(assessment, "th", True, DATE)


def test_results_in_the_wrong_order_are_refused() -> None:
    assessment = realistic_assessment()
    inherent, residual = evaluate_both(assessment)
    with pytest.raises(ExportError, match="inherent result, then the residual"):
        render_pdf(assessment, date=DATE, scores=scoring.Scores(residual, inherent))


def test_the_credit_is_kept_in_the_result_and_a_confidential_measure_still_counts() -> None:
    assessment = realistic_assessment()
    criterion = next(assessment.rubric.criteria()).id
    secret = Measure(Text.of("Quietly brief the deputy"), "state", "verified", confidential=True)
    answer = assessment.answer(criterion)
    assessment.set_answer(criterion, replace(answer.scored(3), red_flags=(), mitigation=(secret,), residual_score=1))
    inherent, residual = evaluate_both(assessment)
    assert residual.credited_measures[criterion] == (0,)
    assert inherent.credited_measures == residual.credited_measures
    public = build_report(assessment, "en", True, DATE)
    view = next(c for s in public.findings for c in s.criteria if c.id == criterion)
    assert view.measures == ()  # the measure itself is left out of the public brief ...
    assert "credited" in view.residual[0].text and "not credited" not in view.residual[0].text  # ... its credit not
