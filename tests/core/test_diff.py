"""What changed between two assessments, in words, across rubric versions; comparison and re-assessment."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from hria_app.core.assessment import Answer, Assessment, Evidence, Measure, SectionInput, new_assessment
from hria_app.core.assessment_file import loads, serialise
from hria_app.core.comparison import compare
from hria_app.core.diff import diff_assessments
from hria_app.core.diff_report import diff_json, diff_lines
from hria_app.core.reassessment import confirm_answer, is_baseline_of, start_reassessment, unconfirmed
from hria_app.core.sync_copies import conflict_copies, original_name, sync_conflict
from hria_app.core.text import Text
from tests.core.rubric_versions import rubric_version


def _copy(a: Assessment) -> Assessment:
    return loads(serialise(a), "copy.hria")


def test_an_assessment_equals_itself(mini_assessment: Assessment) -> None:
    diff = diff_assessments(mini_assessment, _copy(mini_assessment))
    assert diff.equal
    assert diff_lines(diff) == ["no differences"]
    assert diff_lines(diff, "th") == ["ไม่มีความแตกต่าง"]


def test_changes_are_said_in_the_assessment_s_terms(mini_assessment: Assessment) -> None:
    notice = Evidence(Text.of("Procurement notice"))
    law = Measure(Text.of("Pass a law"))
    mini_assessment.set_answer("LEG-1", Answer(status="scored", score=2, evidence=(notice,), mitigation=(law,)))
    before = _copy(mini_assessment)
    after = _copy(before)
    answer = after.answer("LEG-1")
    after.set_answer(
        "LEG-1",
        replace(
            answer,
            score=4,
            red_flags=("RF1",),
            notes=Text.of("The decree was repealed"),
            evidence=(replace(answer.evidence[0], reliability="confirmed"), Evidence(Text.of("Court ruling"))),
            mitigation=(),
            residual_score=3,
        ),
    )
    after.set_section_input("LEG", SectionInput(scale=4, scope=3, irremediability=4))
    after.set_context(replace(after.context, vendor=Text.of("Acme Vision")))
    diff = diff_assessments(before, after)
    lines = diff_lines(diff)
    assert not diff.equal
    for expected in (
        "overall: Level III → Level IV",
        "  + now: red flag RF1 raised on LEG-1: Live identification without a law",
        "  vendor added: Acme Vision",
        "    rating: High → Critical",
        "    scale: (none) → 4",
        "  LEG-1 Specific law",
        "    score: 2 (General powers only) → 4 (Used against the law)",
        "    residual score: (none) → 3",
        "    red flag ticked: RF1 (Live identification without a law)",
        "    notes added: The decree was repealed",
        "    evidence added: Court ruling",
        "    evidence changed (reliability): Procurement notice",  # matched by id, not removed and added
        "    mitigation measure removed: Pass a law",
    ):
        assert expected in lines, (expected, lines)
    thai = "\n".join(diff_lines(diff, "th"))
    assert "คะแนน: 2 (มีเพียงอำนาจทั่วไป) → 4 (ใช้โดยขัดต่อกฎหมาย)" in thai
    data = diff_json(diff)
    assert data["equal"] is False
    assert data["overall"]["before_rank"] < data["overall"]["after_rank"]
    change = data["criteria"][0]["changes"][0]
    assert (change["what"], change["before"], change["after"]) == (
        "score",
        "2 (General powers only)",
        "4 (Used against the law)",
    )


def test_a_newer_rubric_matches_moved_criteria_and_reports_archived_ones(tmp_path: Path) -> None:
    old = new_assessment(rubric_version(tmp_path, "1.0.0", "old"))
    old.set_answer("LEG-2", Answer(status="scored", score=1))
    old.set_answer("LEG-3", Answer(status="unknown"))
    new = new_assessment(rubric_version(tmp_path, "1.1.0", "new"))
    new.set_answer("LEG-2", Answer(status="scored", score=3))
    lines = diff_lines(diff_assessments(old, new))
    assert "rubric: mini-cctv 1.0.0 → mini-cctv 1.1.0" in lines
    assert "    moved from section Legality to Oversight" in lines
    assert "    score: 1 (Body with limits) → 3 (None)" in lines
    assert "  LEG-3: removed from the rubric; its answer is kept in the archive" in lines


def test_a_reassessment_carries_answers_over_until_confirmed(mini_assessment: Assessment) -> None:
    mini_assessment.set_answer("LEG-1", Answer(status="scored", score=3))
    mini_assessment.set_answer("LEG-2", Answer(status="unknown"))
    previous = _copy(mini_assessment)
    fresh = start_reassessment(previous, "city-2025.hria", today=dt.date(2026, 12, 3))
    assert fresh.context.started == fresh.context.updated == "2026-12-03"
    assert fresh.baseline is not None and fresh.baseline.file == "city-2025.hria"
    assert fresh.baseline.overall == "III"
    assert unconfirmed(fresh) == ["LEG-1", "LEG-2"]
    assert confirm_answer(fresh, "LEG-1").carried_over  # the previous answer, for undo
    assert unconfirmed(fresh) == ["LEG-2"]
    reopened = _copy(fresh)
    assert unconfirmed(reopened) == ["LEG-2"] and reopened.baseline == fresh.baseline
    assert is_baseline_of(previous, reopened)
    reopened.set_answer("LEG-2", Answer(status="scored", score=4))
    comparison = compare(previous, reopened)
    assert comparison.relation == "reassessment"
    assert [c.id for c in comparison.changed_answers] == ["LEG-2"]  # LEG-1 was confirmed unchanged
    assert comparison.changed_answers[0].before.status == "unknown"
    assert comparison.changed_answers[0].after.score == 4
    assert [s.id for s in comparison.sections] == ["LEG"]


@pytest.mark.parametrize(
    "copy",
    [
        "city (conflicted copy 2026-12-03).hria",
        "city (Alice's conflicted copy 2026-12-03).hria",
        "city (Alice's conflicted copy 2026-12-03 (1)).hria",
        "city (conflicted copy 2026-12-03 101530).hria",
        "city (conflicted copy alice 2026-12-03 101530).hria",
        "city_conflict-20261203-101530.hria",
        "city.sync-conflict-20261203-101530-ABCDEFG.hria",
    ],
)
def test_sync_tool_conflict_copies_are_recognised(tmp_path: Path, copy: str) -> None:
    assert original_name(tmp_path / copy) == tmp_path / "city.hria"
    assert sync_conflict(tmp_path / copy) is None  # no original on disk yet
    (tmp_path / "city.hria").write_text("x", encoding="utf-8")
    (tmp_path / copy).write_text("y", encoding="utf-8")
    found = sync_conflict(tmp_path / copy)
    assert found is not None and found.original == tmp_path / "city.hria"
    assert conflict_copies(tmp_path / "city.hria") == [tmp_path / copy]


@pytest.mark.parametrize("name", ["city.hria", "city (1).hria", "conflicted copy.hria", "city (conflicted copy).yaml"])
def test_ordinary_names_are_not_conflict_copies(tmp_path: Path, name: str) -> None:
    assert original_name(tmp_path / name) is None


def test_a_comparison_leaves_out_answers_that_only_lost_their_carried_over_mark(mini_assessment: Assessment) -> None:
    mini_assessment.set_answer("LEG-1", Answer(status="scored", score=3))
    previous = _copy(mini_assessment)
    fresh = start_reassessment(previous)
    assert [c.id for c in diff_assessments(previous, fresh).criteria] == ["LEG-1"]  # the diff says all
    assert compare(previous, fresh).changed_answers == ()
