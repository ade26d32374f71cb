"""Scoring: pure functions from an assessment to a Result that explains itself."""

from __future__ import annotations

from typing import NamedTuple

from hria_app.core.assessment import Assessment
from hria_app.core.scoring.methods import checklist, rights_matrix, weighted_sum
from hria_app.core.scoring.results import Overall, RaisedFlag, Reason, Result, SectionResult

__all__ = ["Overall", "RaisedFlag", "Reason", "Result", "Scores", "SectionResult", "evaluate", "evaluate_both"]

_METHODS = {"rights_matrix": rights_matrix, "checklist": checklist, "weighted_sum": weighted_sum}


class Scores(NamedTuple):
    """Both results of one assessment, as the summary and the brief show them."""

    inherent: Result
    residual: Result


def evaluate(assessment: Assessment, residual: bool = False) -> Result:
    """The inherent result, or with `residual` the result after credited mitigation."""
    return _METHODS[assessment.rubric.scoring.method](assessment, residual)


def evaluate_both(assessment: Assessment) -> Scores:
    return Scores(evaluate(assessment), evaluate(assessment, residual=True))
