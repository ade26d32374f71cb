"""The action plan and the review status as the brief shows them."""

from __future__ import annotations

import datetime as dt

from hria_app.core.actions import Action, action_plan
from hria_app.core.assessment import Assessment
from hria_app.core.scoring import Result
from hria_app.report.labels import label, value_label
from hria_app.report.localise import Shown, format_iso_date, show, show_each, show_label, show_value
from hria_app.report.model import ActionView, Fact


def build_actions(
    assessment: Assessment, langs: tuple[str, ...], public: bool, today: dt.date, inherent: Result
) -> tuple[ActionView, ...]:
    actions = action_plan(assessment, inherent.criterion_scores)
    return tuple(_view(a, langs, today) for a in actions if a.text and not (public and a.confidential))


def _view(action: Action, langs: tuple[str, ...], today: dt.date) -> ActionView:
    t = action.tracking

    def status(lang: str) -> str:
        word = value_label(t.status, lang)
        if t.status == "dropped" and t.drop_reason:
            return label("dropped_because", lang, reason=t.drop_reason.get(lang))
        return word

    return ActionView(
        key=action.key,
        text=show(action.text, langs),
        to=show_label(f"to_{action.to}", langs),
        owner=t.owner,
        due=show_each(lambda lang: format_iso_date(t.due, lang), langs) if t.due else (),
        due_iso=t.due,
        status=show_each(status, langs),
        status_code=t.status,
        criteria=", ".join(action.criteria),
        overdue=action.is_overdue(today),
        confidential=action.confidential,
    )


def review_fact(assessment: Assessment, langs: tuple[str, ...], public: bool) -> Fact:
    """The review status for the cover; the approver's name only in the full brief."""
    review = assessment.review
    if review.status != "approved":
        return Fact(show_label("review_status", langs), show_value(review.status, langs))
    day = review.approved_at[:10]

    def approved(lang: str) -> str:
        date = format_iso_date(day, lang)
        if public or not review.approved_by:
            return label("approved_on", lang, date=date)
        text = label("approved_by_on", lang, name=review.approved_by, date=date)
        if review.override_reason:
            text += f" ({label('approved_over_comments', lang, reason=review.override_reason)})"
        return text

    return Fact(show_label("review_status", langs), show_each(approved, langs))


def draft_mark(assessment: Assessment, langs: tuple[str, ...]) -> Shown:
    """What every page of a brief of unapproved work says."""
    return () if assessment.review.is_approved else show_label("draft_mark", langs)
