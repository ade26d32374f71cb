"""Reading and writing the action plan and the review in a .hria file (format 2).

What a measure or a recommendation carries as an action sits beside it (`owner`, `due`, `status`,
`drop_reason`); the tracking of the rubric's own recommendations, the comments and the review status are top-level
keys. A format-1 file has none of these and reads as a draft with every action open.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from hria_app.core.fields import FieldReader
from hria_app.core.issue_messages import message
from hria_app.core.review import REVIEW_STATUSES, Comment, Review
from hria_app.core.text import Text
from hria_app.core.tracking import ACTION_STATUSES, Tracking
from hria_app.core.yaml_source import PathKey

TRACKING_KEYS = ("owner", "due", "status", "drop_reason")
MEASURE_TRACKING_KEYS = ("owner", "due", "drop_reason")  # a measure's status is its own
PLAN_TOP_KEYS = ("actions", "comments", "review")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COMMENT_LIMIT = 100_000


def read_date(r: FieldReader, value: Any, path: PathKey) -> str:
    """A calendar date written YYYY-MM-DD, or "" when absent; a date that does not exist is an error."""
    if value in (None, ""):
        return ""
    if isinstance(value, dt.date):  # YAML reads an unquoted 2026-05-01 as a date
        return value.isoformat()
    checked = r.string(value, path, _ISO_DATE, message("hint_iso_date"))
    if not checked:
        return ""
    try:
        dt.date.fromisoformat(checked)
    except ValueError:
        r.error(path, message("not_calendar_date", value=checked))
        return ""
    return checked


def _text(r: FieldReader, value: Any, path: PathKey) -> Text:
    return r.text(value, path, required=False) or Text()


def read_tracking(r: FieldReader, raw: dict[Any, Any], path: PathKey, with_status: bool = True) -> Tracking:
    """The tracking keys of a recommendation (with its status) or of a measure (whose status is its own)."""
    status = "open"
    if with_status and raw.get("status") is not None:
        status = r.choice(raw.get("status"), (*path, "status"), ACTION_STATUSES) or "open"
    return Tracking(
        owner=r.string(raw.get("owner", ""), (*path, "owner"), max_len=500) or "",
        due=read_date(r, raw.get("due"), (*path, "due")),
        status=status,  # type: ignore[arg-type]
        drop_reason=_text(r, raw.get("drop_reason"), (*path, "drop_reason")),
    )


def tracking_data(tracking: Tracking, with_status: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if tracking.owner:
        out["owner"] = tracking.owner
    if tracking.due:
        out["due"] = tracking.due
    if with_status and tracking.status != "open":
        out["status"] = tracking.status
    if tracking.drop_reason:
        out["drop_reason"] = tracking.drop_reason.to_data()
    return out


def read_plan(
    r: FieldReader, raw: dict[Any, Any], known_keys: set[str]
) -> tuple[dict[str, Tracking], tuple[Comment, ...], Review]:
    """The top-level `actions`, `comments` and `review` keys; `known_keys` are the rubric's action keys."""
    actions: dict[str, Tracking] = {}
    for key, value in (
        r.any_mapping(raw.get("actions", {}), ("actions",), message("what_action_tracking")) or {}
    ).items():
        path: PathKey = ("actions", key)
        if key not in known_keys:
            r.warn(path, message("unknown_action_key", key=key))
        entry = r.mapping(value, path, optional=TRACKING_KEYS)
        if entry is not None:
            actions[str(key)] = read_tracking(r, entry, path)
    comments = []
    for i, value in enumerate(r.sequence(raw.get("comments", []), ("comments",)) or []):
        path = ("comments", i)
        entry = r.mapping(value, path, ("id", "target", "text"), ("author", "date", "resolved"))
        if entry is None:
            continue
        comments.append(
            Comment(
                id=r.string(entry.get("id"), (*path, "id"), max_len=100) or f"c-{i}",
                target=r.string(entry.get("target"), (*path, "target"), max_len=200) or "context",
                author=r.string(entry.get("author", ""), (*path, "author"), max_len=500) or "",
                date=str(entry.get("date", "")),
                text=r.string(entry.get("text"), (*path, "text"), max_len=_COMMENT_LIMIT) or "",
                resolved=bool(r.boolean(entry.get("resolved", False), (*path, "resolved"))),
            )
        )
    review = Review()
    if "review" in raw:
        entry = r.mapping(raw["review"], ("review",), ("status",), ("approved_by", "approved_at", "override_reason"))
        if entry is not None:
            review = Review(
                status=r.choice(entry.get("status"), ("review", "status"), REVIEW_STATUSES) or "draft",  # type: ignore[arg-type]
                approved_by=r.string(entry.get("approved_by", ""), ("review", "approved_by"), max_len=500) or "",
                approved_at=str(entry.get("approved_at", "")),
                override_reason=r.string(entry.get("override_reason", ""), ("review", "override_reason")) or "",
            )
    return actions, tuple(comments), review


def plan_data(actions: dict[str, Tracking], comments: tuple[Comment, ...], review: Review) -> dict[str, Any]:
    out: dict[str, Any] = {}
    tracked = {key: data for key, tracking in sorted(actions.items()) if (data := tracking_data(tracking))}
    if tracked:
        out["actions"] = tracked
    if comments:
        out["comments"] = [
            {
                "id": c.id,
                "target": c.target,
                "author": c.author,
                "date": c.date,
                "text": c.text,
                **({"resolved": True} if c.resolved else {}),
            }
            for c in comments
        ]
    if review != Review():
        entry: dict[str, Any] = {"status": review.status}
        for name in ("approved_by", "approved_at", "override_reason"):
            if getattr(review, name):
                entry[name] = getattr(review, name)
        out["review"] = entry
    return out
