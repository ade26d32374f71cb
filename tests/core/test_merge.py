"""Merging assessments field by field: conflicts kept in the file and resolved, lists merged by item id."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from hria_app.core.assessment import Answer, Assessment, Evidence
from hria_app.core.assessment_file import loads, serialise
from hria_app.core.merge import MergeError, merge_assessments, resolve_all, resolve_conflict
from hria_app.core.rubric_diff import upgrade
from hria_app.core.rubric_loader import load_rubric
from hria_app.core.scoring import evaluate
from hria_app.core.text import Text
from tests.conftest import DATA
from tests.core.rubric_versions import rubric_version


def _copy(a: Assessment) -> Assessment:
    return loads(serialise(a), "copy.hria")


@pytest.fixture
def base(mini_assessment: Assessment) -> Assessment:
    evidence = (Evidence(Text.of("Procurement notice")), Evidence(Text.of("Council minutes")))
    mini_assessment.set_answer("LEG-1", Answer(status="scored", score=2, evidence=evidence))
    return _copy(mini_assessment)


def _scored(a: Assessment, criterion_id: str, score: int) -> Assessment:
    a = _copy(a)
    a.set_answer(criterion_id, a.answer(criterion_id).scored(score))
    return a


def test_both_setting_one_score_is_a_conflict_that_counts_as_ours_until_resolved(base: Assessment) -> None:
    result = merge_assessments(base, _scored(base, "LEG-1", 3), _scored(base, "LEG-1", 4), "alice", "bob")
    assert not result.clean
    (conflict,) = result.assessment.conflicts
    assert (conflict.path, conflict.base, conflict.ours, conflict.theirs) == (("answers", "LEG-1", "score"), 2, 3, 4)
    assert (conflict.ours_label, conflict.theirs_label) == ("alice", "bob")
    assert result.assessment.answer("LEG-1").score == 3
    assert evaluate(result.assessment) == evaluate(_scored(base, "LEG-1", 3))
    theirs = resolve_conflict(result.assessment, conflict, "theirs")
    assert theirs.answer("LEG-1").score == 4 and theirs.conflicts == ()
    assert result.assessment.conflicts == (conflict,)  # the old state is untouched, for undo
    assert resolve_all(result.assessment, "base").answer("LEG-1").score == 2


def test_an_item_deleted_on_one_side_and_edited_on_the_other_is_kept_in_a_conflict(base: Assessment) -> None:
    ours, theirs = _copy(base), _copy(base)
    first, second = base.answer("LEG-1").evidence
    ours.set_answer("LEG-1", replace(ours.answer("LEG-1"), evidence=(second,)))
    edited = replace(first, note=Text.of("page 4 names the vendor"))
    theirs.set_answer("LEG-1", replace(theirs.answer("LEG-1"), evidence=(edited, second)))
    result = merge_assessments(base, ours, theirs)
    (conflict,) = result.conflicts
    assert conflict.path == ("answers", "LEG-1", "evidence", first.id)
    assert conflict.ours is None and conflict.theirs["note"] == "page 4 names the vendor"
    restored = resolve_conflict(result.assessment, conflict, "theirs")
    assert [e.id for e in restored.answer("LEG-1").evidence] == [second.id, first.id]
    assert restored.answer("LEG-1").evidence[1] == edited


def test_items_added_on_both_sides_and_edits_to_different_items_all_merge(base: Assessment) -> None:
    ours, theirs = _copy(base), _copy(base)
    first, second = base.answer("LEG-1").evidence
    ours.set_answer(
        "LEG-1",
        replace(
            ours.answer("LEG-1"), evidence=(replace(first, link="https://a.example"), second, Evidence(Text.of("Ours")))
        ),
    )
    theirs.set_answer(
        "LEG-1",
        replace(
            theirs.answer("LEG-1"),
            evidence=(first, replace(second, accessed="2026-11-30"), Evidence(Text.of("Theirs"))),
        ),
    )
    theirs.set_answer("LEG-2", Answer(status="unknown"))
    result = merge_assessments(base, ours, theirs)
    assert result.clean
    merged = result.assessment.answer("LEG-1").evidence
    assert [e.title.get("en") for e in merged] == ["Procurement notice", "Council minutes", "Ours", "Theirs"]
    assert (merged[0].link, merged[1].accessed) == ("https://a.example", "2026-11-30")
    assert result.assessment.answer("LEG-2").status == "unknown"


def test_without_a_base_one_sided_fields_are_taken_and_differences_are_conflicts(base: Assessment) -> None:
    ours, theirs = _scored(base, "LEG-1", 3), _scored(base, "LEG-1", 4)
    theirs.set_answer("LEG-2", Answer(status="unknown", notes=Text.of("asked the council")))
    result = merge_assessments(None, ours, theirs, "city.hria", "city (conflicted copy).hria")
    (conflict,) = result.conflicts
    assert (conflict.path, conflict.base, conflict.ours, conflict.theirs) == (("answers", "LEG-1", "score"), None, 3, 4)
    assert result.assessment.answer("LEG-2").notes.get("en") == "asked the council"
    assert len(result.assessment.answer("LEG-1").evidence) == 2


def test_merging_again_keeps_unresolved_conflicts(base: Assessment) -> None:
    first = merge_assessments(base, _scored(base, "LEG-1", 3), _scored(base, "LEG-1", 4)).assessment
    other = _copy(base)
    other.set_answer("LEG-2", Answer(status="unknown"))
    again = merge_assessments(base, first, other)
    assert [c.path for c in again.assessment.conflicts] == [("answers", "LEG-1", "score")]
    assert again.assessment.answer("LEG-2").status == "unknown"


def test_assessments_of_different_rubrics_are_not_merged(base: Assessment) -> None:
    other = Assessment(rubric=load_rubric(DATA / "scoring-example.yaml"))
    with pytest.raises(MergeError, match="different rubrics"):
        merge_assessments(base, base, other)


def test_a_side_on_a_newer_rubric_version_carries_the_merge_over_to_it(tmp_path: Path) -> None:
    old_rubric, new_rubric = rubric_version(tmp_path, "1.0.0", "old"), rubric_version(tmp_path, "1.1.0", "new")
    base = Assessment(rubric=old_rubric)
    base.set_answer("LEG-3", Answer(status="unknown"))
    base = _copy(base)
    ours = _scored(base, "LEG-1", 3)
    theirs = upgrade(_copy(base), new_rubric)[0]
    theirs.set_answer("LEG-2", Answer(status="scored", score=1))
    result = merge_assessments(base, ours, theirs)
    assert result.clean
    merged = result.assessment
    assert merged.rubric.version == "1.1.0"
    assert (merged.answer("LEG-1").score, merged.answer("LEG-2").score) == (3, 1)
    assert [a.criterion_id for a in merged.archive] == ["LEG-3"]
