"""The action plan: every recommendation and measure as an action, tracked without disagreeing with scoring."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from hria_app.core.actions import action_plan, overdue, set_tracking
from hria_app.core.assessment import Answer, Assessment, Measure, Recommendation
from hria_app.core.assessment_file import load_assessment, loads, save_assessment, serialise
from hria_app.core.scoring import evaluate
from hria_app.core.text import Text
from hria_app.core.tracking import Tracking
from tests.conftest import ROOT

SAMPLE = ROOT / "resources" / "samples" / "nakhon-thani-findface.hria"


@pytest.fixture
def sample() -> Assessment:
    return load_assessment(SAMPLE)


def test_the_plan_holds_the_rubrics_recommendations_the_measures_and_the_assessors(sample: Assessment) -> None:
    plan = action_plan(sample)
    kinds = {a.kind for a in plan}
    assert kinds == {"rubric", "measure", "recommendation"}
    measures = sum(len(sample.answer(c.id).mitigation) for c in sample.rubric.criteria())
    assert sum(a.kind == "measure" for a in plan) == measures
    assert sum(a.kind == "recommendation" for a in plan) == len(sample.recommendations)
    threshold = sample.rubric.scoring.recommend_at
    scores = evaluate(sample).criterion_scores
    for action in plan:
        if action.kind == "rubric":
            (criterion,) = action.criteria
            assert (scores[criterion] or 0) >= threshold


def test_marking_a_measure_done_implements_it_and_credits_it_as_the_rubric_says(mini_assessment: Assessment) -> None:
    measure = Measure(Text.of("Publish the watch list"), status="planned")
    mini_assessment.set_answer("LEG-1", Answer(status="scored", score=4, mitigation=(measure,), residual_score=1))
    before = evaluate(mini_assessment, residual=True).overall.percent
    (action,) = [a for a in action_plan(mini_assessment) if a.kind == "measure"]
    assert action.status == "open"
    previous = set_tracking(mini_assessment, action.key, Tracking("City hall", "2027-01-31", "done"))
    stored = mini_assessment.answer("LEG-1").mitigation[0]
    assert (stored.status, stored.owner, stored.due) == ("implemented", "City hall", "2027-01-31")
    assert evaluate(mini_assessment, residual=True).overall.percent < before
    set_tracking(mini_assessment, action.key, previous)
    assert mini_assessment.answer("LEG-1").mitigation[0] == measure


def test_a_verified_measure_stays_verified_when_its_action_is_edited(mini_assessment: Assessment) -> None:
    mini_assessment.set_answer(
        "LEG-1", Answer(status="scored", score=4, mitigation=(Measure(Text.of("Audit"), status="verified"),))
    )
    set_tracking(mini_assessment, "measure:LEG-1:0", Tracking(owner="Auditor", status="done"))
    assert mini_assessment.answer("LEG-1").mitigation[0].status == "verified"
    set_tracking(mini_assessment, "measure:LEG-1:0", Tracking(status="dropped", drop_reason=Text.of("No budget")))
    dropped = mini_assessment.answer("LEG-1").mitigation[0]
    assert dropped.status == "dropped" and dropped.drop_reason.get("en") == "No budget"
    assert evaluate(mini_assessment, residual=True).overall.percent == evaluate(mini_assessment).overall.percent


def test_overdue_means_past_due_and_not_closed(mini_assessment: Assessment) -> None:
    mini_assessment.set_recommendations(
        (
            Recommendation(Text.of("Late"), tracking=Tracking(due="2026-01-01")),
            Recommendation(Text.of("Done late"), tracking=Tracking(due="2026-01-01", status="done")),
            Recommendation(Text.of("Not yet due"), tracking=Tracking(due="2027-01-01")),
            Recommendation(Text.of("No date")),
        )
    )
    late = overdue(action_plan(mini_assessment), dt.date(2026, 6, 1))
    assert [a.text.get("en") for a in late] == ["Late"]


def test_tracking_survives_a_save_and_open(tmp_path: Path, sample: Assessment) -> None:
    rubric_action = next(a for a in action_plan(sample) if a.kind == "rubric")
    set_tracking(sample, rubric_action.key, Tracking("Ministry", "2027-03-01", "in_progress"))
    set_tracking(sample, "recommendation:0", Tracking(status="dropped", drop_reason=Text.of("Superseded")))
    path = tmp_path / "a.hria"
    save_assessment(path, sample, backup=False)
    again = load_assessment(path)
    assert again.action_tracking == sample.action_tracking
    assert again.recommendations == sample.recommendations
    assert "format_version: 2" in path.read_text(encoding="utf-8")


def test_a_format_1_file_opens_with_recommendations_open_and_measures_as_recorded() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert "format_version: 1" in text
    assessment = loads(text.encode("utf-8"))
    plan = action_plan(assessment)
    assert all(a.status == "open" for a in plan if a.kind != "measure")
    done = {a.key for a in plan if a.status == "done"}
    implemented = {
        f"measure:{c.id}:{i}"
        for c in assessment.rubric.criteria()
        for i, m in enumerate(assessment.answer(c.id).mitigation)
        if m.status in ("implemented", "verified")
    }
    assert done == implemented and done
    assert assessment.review.status == "draft" and assessment.comments == ()


def test_an_impossible_due_date_and_an_unknown_status_are_located(mini_assessment: Assessment) -> None:
    mini_assessment.set_recommendations((Recommendation(Text.of("x")),))
    text = serialise(mini_assessment).decode("utf-8")
    text = text.replace("- to: state\n", "- to: state\n  due: '2026-02-30'\n  status: finished\n", 1)
    from hria_app.core.errors import LoadError

    with pytest.raises(LoadError) as caught:
        loads(text.encode("utf-8"))
    messages = [str(i) for i in caught.value.issues]
    assert any("recommendations[0].due" in m and "2026-02-30" in m for m in messages)
    assert any("recommendations[0].status" in m for m in messages)


def test_an_unknown_action_key_is_refused(mini_assessment: Assessment) -> None:
    for key in ("rubric:LEG-1:9", "measure:LEG-1:0", "recommendation:3", "nonsense", "rubric:NOPE:0"):
        with pytest.raises(KeyError):
            set_tracking(mini_assessment, key, Tracking(owner="x"))
    assert replace(Tracking(), owner="").is_empty
