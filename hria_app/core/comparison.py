"""Two assessments side by side, for the app's compare view and a comparison brief: the same rubric in two
places (city A and city B), two versions of one assessment, or a re-assessment and its baseline."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from hria_app.core.assessment import Answer, Assessment
from hria_app.core.diff import AssessmentDiff, CriterionChange, SectionComparison, diff_assessments
from hria_app.core.reassessment import is_baseline_of
from hria_app.core.text import Text

BOOKKEEPING = ("carried_over", "confirmed")
Relation = Literal["reassessment", "same_rubric", "rubric_versions", "different_rubrics"]


@dataclass(frozen=True)
class Comparison:
    before_title: Text
    after_title: Text
    relation: Relation
    diff: AssessmentDiff  # overall levels, every section's rating, every changed answer (before and after)

    @property
    def sections(self) -> tuple[SectionComparison, ...]:
        return self.diff.sections

    @property
    def changed_answers(self) -> tuple[CriterionChange, ...]:
        """Answers that differ; an answer whose only change is its carried-over mark is the same answer."""
        return tuple(c for c in self.diff.criteria if any(x.code not in BOOKKEEPING for x in c.changes))


def compare(before: Assessment, after: Assessment) -> Comparison:
    if is_baseline_of(before, after):
        relation: Relation = "reassessment"
    elif before.rubric.fingerprint == after.rubric.fingerprint:
        relation = "same_rubric"
    elif before.rubric.id == after.rubric.id:
        relation = "rubric_versions"
    else:
        relation = "different_rubrics"
    return Comparison(before.context.title, after.context.title, relation, diff_assessments(before, after))


def public_copy(assessment: Assessment) -> Assessment:
    """The assessment as a public brief may show it: without anything marked confidential, the assessors' names,
    merge conflicts (whose values and labels may hold either), or the baseline's file name."""
    answers = {cid: _public_answer(answer) for cid, answer in assessment.answers.items()}
    return Assessment(
        rubric=assessment.rubric,
        context=replace(assessment.context, assessors=()),
        answers=answers,
        sections=dict(assessment.sections),
        recommendations=tuple(r for r in assessment.recommendations if not r.confidential),
        archive=tuple(replace(a, answer=_public_answer(a.answer)) for a in assessment.archive),
        baseline=replace(assessment.baseline, file="") if assessment.baseline else None,
    )


def _public_answer(answer: Answer) -> Answer:
    return replace(
        answer,
        notes=Text() if answer.notes_confidential else answer.notes,
        notes_confidential=False,
        evidence=tuple(e for e in answer.evidence if not e.confidential),
        mitigation=tuple(m for m in answer.mitigation if not m.confidential),
    )
