"""Review and sign-off: comments, and approval that records who and when."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hria_app.core.assessment import Assessment
from hria_app.core.assessment_file import load_assessment, save_assessment
from hria_app.core.review import (
    ReviewError,
    approve,
    back_to_draft,
    comments_on,
    criterion_target,
    new_comment,
    open_comments,
    set_resolved,
    submit,
)

WHEN = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.timezone.utc)


def test_approval_needs_a_name_and_no_open_comments_or_a_reason(mini_assessment: Assessment) -> None:
    comment = new_comment(criterion_target("LEG-1"), "Somchai", "Which law is meant?", WHEN)
    mini_assessment.set_comments((comment,))
    review = submit(mini_assessment.review)
    assert review.status == "in_review"
    with pytest.raises(ReviewError, match="set your name"):
        approve(review, mini_assessment.comments, by="  ")
    with pytest.raises(ReviewError, match="1 comment is still open"):
        approve(review, mini_assessment.comments, by="Reviewer")
    forced = approve(review, mini_assessment.comments, "Reviewer", WHEN, override_reason="Deadline; answered by phone")
    assert (forced.status, forced.approved_by, forced.override_reason) == (
        "approved",
        "Reviewer",
        "Deadline; answered by phone",
    )
    resolved = set_resolved(mini_assessment.comments, comment.id, True)
    assert open_comments(resolved) == ()
    clean = approve(review, resolved, "Reviewer", WHEN, override_reason="ignored when nothing is open")
    assert clean.override_reason == "" and clean.approved_at.startswith("2026-12-01T09:30")
    assert back_to_draft(clean).status == "draft"


def test_comments_and_review_survive_a_save_and_open(tmp_path: Path, mini_assessment: Assessment) -> None:
    first = new_comment("context", "Ann", "Add the procurement date", WHEN)
    second = new_comment(criterion_target("LEG-2"), "Bee", "ข้อมูลนี้มาจากไหน 🙂 <b>", WHEN)
    mini_assessment.set_comments((first, second))
    mini_assessment.set_review(approve(submit(mini_assessment.review), (), "Chair", WHEN))
    path = tmp_path / "a.hria"
    save_assessment(path, mini_assessment, backup=False)
    again = load_assessment(path)
    assert again.comments == (first, second)
    assert again.review == mini_assessment.review
    assert comments_on(again.comments, criterion_target("LEG-2")) == (second,)
    assert first.id != second.id
