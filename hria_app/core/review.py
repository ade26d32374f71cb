"""Review and sign-off: comments on the work, and the assessment's way from draft through review to approval.

Comments are internal: they live in the assessment file and never reach a brief or any other export. Approval
records who approved and when; approving while comments are still open needs a stated reason, which is kept.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace
from typing import Literal

from hria_app.core.errors import HriaError

ReviewStatus = Literal["draft", "in_review", "approved"]
REVIEW_STATUSES: tuple[ReviewStatus, ...] = ("draft", "in_review", "approved")
# What a comment is about: the context, a section, or a criterion ("section:LEG", "criterion:LEG-1").
CONTEXT_TARGET = "context"


class ReviewError(HriaError):
    """A review step that cannot be taken as asked (approving with open comments and no reason given)."""


@dataclass(frozen=True)
class Comment:
    id: str
    target: str
    author: str
    date: str  # ISO date and time, as written
    text: str
    resolved: bool = False


@dataclass(frozen=True)
class Review:
    status: ReviewStatus = "draft"
    approved_by: str = ""
    approved_at: str = ""  # ISO date and time
    override_reason: str = ""  # why it was approved with comments still open

    @property
    def is_approved(self) -> bool:
        return self.status == "approved"


def section_target(section_id: str) -> str:
    return f"section:{section_id}"


def criterion_target(criterion_id: str) -> str:
    return f"criterion:{criterion_id}"


def new_comment(target: str, author: str, text: str, when: dt.datetime | None = None) -> Comment:
    moment = (when or dt.datetime.now().astimezone()).isoformat(timespec="seconds")
    # An id from what the comment is, so two people commenting at once in two copies get different ids.
    digest = hashlib.sha256(f"{target}\0{author}\0{moment}\0{text}".encode()).hexdigest()[:12]
    return Comment(f"c-{digest}", target, author.strip(), moment, text)


def open_comments(comments: tuple[Comment, ...]) -> tuple[Comment, ...]:
    return tuple(c for c in comments if not c.resolved)


def comments_on(comments: tuple[Comment, ...], target: str) -> tuple[Comment, ...]:
    return tuple(c for c in comments if c.target == target)


def set_resolved(comments: tuple[Comment, ...], comment_id: str, resolved: bool) -> tuple[Comment, ...]:
    if not any(c.id == comment_id for c in comments):
        raise KeyError(comment_id)
    return tuple(replace(c, resolved=resolved) if c.id == comment_id else c for c in comments)


def submit(review: Review) -> Review:
    """Send a draft (or an approved assessment that needs another look) for review."""
    return Review(status="in_review")


def back_to_draft(review: Review) -> Review:
    return Review(status="draft")


def approve(
    review: Review,
    comments: tuple[Comment, ...],
    by: str,
    when: dt.datetime | None = None,
    override_reason: str = "",
) -> Review:
    """Approve, recording by whom and when. Raises ReviewError without an approver's name, or when comments are
    still open and no reason is given for approving anyway."""
    if not by.strip():
        raise ReviewError("set your name (Settings > Your name) before approving: approval records who approved")
    still_open = open_comments(comments)
    if still_open and not override_reason.strip():
        raise ReviewError(
            f"{len(still_open)} comment{'s are' if len(still_open) != 1 else ' is'} still open: resolve "
            f"{'them' if len(still_open) != 1 else 'it'}, or give a reason for approving anyway"
        )
    moment = (when or dt.datetime.now().astimezone()).isoformat(timespec="seconds")
    return Review("approved", by.strip(), moment, override_reason.strip() if still_open else "")
