"""Re-assessing a deployment: a new assessment that starts from an earlier one and says what it started from.

Every answer is copied and marked "carried over — check" until the assessor confirms it; the earlier assessment's
fingerprint and conclusions become the baseline, so the new file can later be compared with it (comparison.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from hria_app.core.assessment import Answer, Assessment
from hria_app.core.assessment_file import to_data
from hria_app.core.baseline import Baseline, content_fingerprint
from hria_app.core.errors import HriaError
from hria_app.core.rubric import Rubric
from hria_app.core.rubric_diff import upgrade
from hria_app.core.scoring import evaluate


def fingerprint_of(assessment: Assessment) -> str:
    return content_fingerprint(to_data(assessment))


def start_reassessment(
    previous: Assessment,
    previous_file: Path | str = "",
    today: dt.date | None = None,
    rubric: Rubric | None = None,
) -> Assessment:
    """A new assessment dated today with every answer of `previous`, each marked carried over.

    With `rubric` (a newer version of the same rubric) the answers are carried over to it as an upgrade would.
    """
    if previous.conflicts:
        raise HriaError("resolve the merge conflicts of this assessment before starting a re-assessment")
    result = evaluate(previous)
    context = previous.context
    baseline = Baseline(
        fingerprint=fingerprint_of(previous),
        file=Path(previous_file).name if previous_file else "",
        title=context.title.get("en"),
        updated=context.updated or context.started,
        overall=result.overall.level,
        sections={s.id: s.level for s in result.sections if s.level},
    )
    source = (
        upgrade(previous, rubric)[0]
        if rubric is not None and rubric.fingerprint != previous.rubric.fingerprint
        else previous
    )
    day = (today or dt.date.today()).isoformat()
    fresh = Assessment(
        rubric=source.rubric,
        context=replace(context, started=day, updated=day),
        sections=dict(source.sections),
        recommendations=source.recommendations,
        archive=source.archive,
        baseline=baseline,
    )
    for criterion_id, answer in source.answers.items():
        fresh.answers[criterion_id] = replace(answer, carried_over=True)
    return fresh


def confirm_answer(assessment: Assessment, criterion_id: str) -> Answer:
    """Clear the carried-over mark of one answer; return the previous answer (for undo)."""
    answer = assessment.answer(criterion_id)
    return assessment.set_answer(criterion_id, replace(answer, carried_over=False))


def unconfirmed(assessment: Assessment) -> list[str]:
    """The criteria whose carried-over answer nobody has confirmed yet, in rubric order."""
    return [c.id for c in assessment.rubric.criteria() if assessment.answer(c.id).carried_over]


def is_baseline_of(candidate: Assessment, reassessment: Assessment) -> bool:
    """True when `candidate` is, unchanged, the assessment `reassessment` started from."""
    baseline = reassessment.baseline
    return baseline is not None and baseline.fingerprint == fingerprint_of(candidate)
