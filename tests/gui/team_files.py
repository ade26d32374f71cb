"""Assessment files with merge conflicts, made with the core's merge, for the tests of the app's team features."""

from __future__ import annotations

from pathlib import Path

from hria_app.core.assessment import Answer, Assessment
from hria_app.core.assessment_file import save_assessment
from hria_app.core.merge import merge_assessments


def copy_with(assessment: Assessment, **scores: int) -> Assessment:
    fresh = load_assessment_copy(assessment)
    for criterion_id, score in scores.items():
        fresh.set_answer(criterion_id.replace("_", "-"), Answer(status="scored", score=score))
    return fresh


def load_assessment_copy(assessment: Assessment) -> Assessment:
    return Assessment(rubric=assessment.rubric, context=assessment.context, answers=dict(assessment.answers))


def conflicted_file(folder: Path, mini: Assessment) -> Path:
    """Step 4 of the walk-through, made with core's merge: base scores LEG-1 as 2, Bob (ours) 4, Alice 3."""
    base = copy_with(mini, LEG_1=2)
    result = merge_assessments(base, copy_with(base, LEG_1=4), copy_with(base, LEG_1=3), "bob", "alice")
    assert len(result.conflicts) == 1
    path = folder / "city.hria"
    save_assessment(path, result.assessment, backup=False)
    return path
