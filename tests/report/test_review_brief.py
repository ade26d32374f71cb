"""The brief tells a draft from approved work on every page, and carries the action plan."""

from __future__ import annotations

import datetime as dt

from hria_app.core.actions import action_plan, set_tracking
from hria_app.core.assessment import Assessment
from hria_app.core.review import approve, new_comment, submit
from hria_app.core.tracking import Tracking
from hria_app.report import render_pdf
from hria_app.report.labels import label
from tests.report.pdf_tools import page_texts, text_of

DAY = dt.date(2026, 6, 1)
WHEN = dt.datetime(2026, 5, 20, 10, 0, tzinfo=dt.timezone.utc)
APPROVER = "Approver Kanya Unique"


def test_every_page_of_a_draft_says_draft_and_an_approved_brief_does_not(mini_assessment: Assessment) -> None:
    pages = page_texts(render_pdf(mini_assessment, date=DAY))
    mark = label("draft_mark", "en")
    assert len(pages) > 1 and all(mark in page for page in pages)
    mini_assessment.set_review(approve(submit(mini_assessment.review), (), APPROVER, WHEN))
    approved = render_pdf(mini_assessment, date=DAY)
    assert mark not in text_of(approved)
    assert "Approved by Approver Kanya Unique, 20 May 2026" in text_of(approved)


def test_the_public_brief_says_approved_but_not_by_whom(mini_assessment: Assessment) -> None:
    mini_assessment.set_review(approve(submit(mini_assessment.review), (), APPROVER, WHEN))
    text = text_of(render_pdf(mini_assessment, public=True, date=DAY))
    assert "Approved 20 May 2026" in text and APPROVER not in text


def test_a_thai_draft_is_marked_in_thai(mini_assessment: Assessment) -> None:
    pages = page_texts(render_pdf(mini_assessment, lang="th", date=DAY))
    assert all("ฉบับร่าง" in "".join(page.split()) for page in pages)


def test_the_action_plan_lists_owner_due_date_and_overdue(mini_assessment: Assessment) -> None:
    from hria_app.core.assessment import Recommendation
    from hria_app.core.text import Text

    mini_assessment.set_recommendations((Recommendation(Text.of("Publish the camera register"), "state"),))
    (action,) = action_plan(mini_assessment)
    set_tracking(mini_assessment, action.key, Tracking("Governor's office", "2026-05-01", "in_progress"))
    comment = new_comment("context", "Someone", "Internal remark ZZ9")
    mini_assessment.set_comments((comment,))
    text = " ".join(text_of(render_pdf(mini_assessment, date=DAY)).split())
    assert "Action plan" in text and "Publish the camera register" in text
    assert "Governor's office" in text and "1 May 2026" in text and "overdue" in text and "in progress" in text
    assert "Internal remark ZZ9" not in text
