"""Two assessments side by side, for the app's compare view and a comparison brief: the same rubric in two
places (city A and city B), two versions of one assessment, or a re-assessment and its baseline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from hria_app.core.assessment import Assessment
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
