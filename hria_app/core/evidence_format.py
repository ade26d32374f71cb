"""Attached files and the custody log in the .hria file (format version 2; docs/assessment-format.md)."""

from __future__ import annotations

import re
from typing import Any

from hria_app.core.evidence import CUSTODY_ACTIONS, SHA256_HEX, Attachment, CustodyEvent
from hria_app.core.fields import FieldReader
from hria_app.core.issue_messages import Message, message
from hria_app.core.yaml_source import PathKey

UTC_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
MEDIA_TYPE = re.compile(r"^[\w.+-]+/[\w.+-]+$")
ATTACHMENT_KEYS = ("sha256", "size", "name", "media_type", "added", "added_by", "stored", "was_link")
CUSTODY_KEYS = ("at", "by", "action", "criterion", "item", "file", "sha256", "detail")
MAX_NAME = 1000
MAX_SIZE = 2**63


def attachment_data(a: Attachment) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": a.name,
        "sha256": a.sha256,
        "size": a.size,
        "media_type": a.media_type,
        "added": a.added,
        "added_by": a.added_by,
        "stored": a.stored,
    }
    if a.was_link:
        out["was_link"] = True
    return out


def custody_data(e: CustodyEvent) -> dict[str, Any]:
    out: dict[str, Any] = {"at": e.at, "by": e.by, "action": e.action}
    for name in ("criterion", "item", "file", "sha256", "detail"):
        if getattr(e, name):
            out[name] = getattr(e, name)
    return out


def read_attachments(r: FieldReader, value: Any, path: PathKey) -> tuple[Attachment, ...]:
    found = []
    for i, item in enumerate(r.sequence(value, path, message("what_attached_files")) or []):
        attachment = _attachment(r, item, (*path, i))
        if attachment is not None:
            found.append(attachment)
    return tuple(found)


def _attachment(r: FieldReader, value: Any, path: PathKey) -> Attachment | None:
    raw = r.mapping(value, path, ("sha256", "size", "name", "stored"), [k for k in ATTACHMENT_KEYS])
    if raw is None:
        return None
    sha = r.string(raw.get("sha256"), (*path, "sha256"), SHA256_HEX, message("hint_sha256"))
    # `stored` names a file inside the store folder: only a hash is accepted, so no path can lead out of it.
    stored = r.string(raw.get("stored"), (*path, "stored"), SHA256_HEX, message("hint_stored_name"))
    size = r.integer(raw.get("size"), (*path, "size"), 0, MAX_SIZE)
    name = r.string(raw.get("name"), (*path, "name"), max_len=MAX_NAME)
    media_type = _optional(r, raw, path, "media_type", MEDIA_TYPE, message("hint_media_type"))
    added = _optional(r, raw, path, "added", UTC_TIME, message("hint_utc_time"))
    added_by = _optional(r, raw, path, "added_by", None, None, 500)
    was_link = r.boolean(raw.get("was_link", False), (*path, "was_link"))
    if sha is None or stored is None or size is None or name is None:
        return None
    return Attachment(
        sha256=sha,
        size=size,
        name=name,
        media_type=media_type or "application/octet-stream",
        added=added,
        added_by=added_by,
        stored=stored,
        was_link=bool(was_link),
    )


def read_custody(r: FieldReader, value: Any) -> tuple[CustodyEvent, ...]:
    path: PathKey = ("custody",)
    events = []
    for i, item in enumerate(r.sequence(value, path, message("what_custody_events")) or []):
        at = (*path, i)
        raw = r.mapping(item, at, ("at", "action"), [k for k in CUSTODY_KEYS if k not in ("at", "action")])
        if raw is None:
            continue
        when = r.string(raw.get("at"), (*at, "at"), UTC_TIME, message("hint_utc_time"))
        action = r.choice(raw.get("action"), (*at, "action"), CUSTODY_ACTIONS)
        fields = {
            k: _optional(r, raw, at, k, None, None, MAX_NAME) for k in ("by", "criterion", "item", "file", "detail")
        }
        sha = _optional(r, raw, at, "sha256", SHA256_HEX, message("hint_sha256"))
        if when is None or action is None:
            continue
        events.append(CustodyEvent(at=when, action=action, sha256=sha, **fields))  # type: ignore[arg-type]
    return tuple(events)


def _optional(
    r: FieldReader,
    raw: dict[Any, Any],
    path: PathKey,
    key: str,
    pattern: re.Pattern[str] | None,
    hint: Message | None,
    max_len: int = 2000,
) -> str:
    if raw.get(key) in (None, ""):
        return ""
    return r.string(raw[key], (*path, key), pattern, hint, max_len) or ""
