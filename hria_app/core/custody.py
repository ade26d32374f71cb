"""What is done to evidence, done through one door so that the custody log records every step.

Each function changes the assessment and appends one event per file or change, with the time (UTC) and the
author. Nothing here removes an event; detaching a file leaves its stored copy until the store is purged.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
from dataclasses import replace

from hria_app.core.assessment import Answer, Assessment, Evidence, Reliability
from hria_app.core.errors import HriaError
from hria_app.core.evidence import Attachment, CustodyAction, CustodyEvent
from hria_app.core.evidence_store import EvidenceStore
from hria_app.core.text import Text

AUTHOR_VARIABLE = "HRIA_AUTHOR"


def now_utc() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def default_author() -> str:
    """Who is acting: HRIA_AUTHOR when set, else the account's user name."""
    given = os.environ.get(AUTHOR_VARIABLE, "").strip()
    if given:
        return given
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name for this account, as in some containers
        return "unknown"


def known_files(assessment: Assessment) -> dict[str, str]:
    """SHA-256 -> stored name of every file attached anywhere, for storing each content once."""
    return {a.sha256: a.stored for e in _all_items(assessment) for a in e.files}


def referenced(assessment: Assessment) -> set[str]:
    return {a.stored for e in _all_items(assessment) for a in e.files}


def _all_items(assessment: Assessment) -> list[Evidence]:
    items = [e for answer in assessment.answers.values() for e in answer.evidence]
    return items + [e for kept in assessment.archive for e in kept.answer.evidence]


def _log(assessment: Assessment, event: CustodyEvent) -> None:
    assessment.custody = (*assessment.custody, event)


def _item(assessment: Assessment, criterion_id: str, index: int) -> tuple[Answer, Evidence]:
    answer = assessment.answer(criterion_id)
    if not 0 <= index < len(answer.evidence):
        count = len(answer.evidence)
        raise HriaError(
            f"{criterion_id} has {count} evidence item{'s' if count != 1 else ''}; there is no item {index + 1}"
        )
    return answer, answer.evidence[index]


def _put(assessment: Assessment, criterion_id: str, answer: Answer, index: int, item: Evidence) -> None:
    items = list(answer.evidence)
    items[index] = item
    assessment.set_answer(criterion_id, replace(answer, evidence=tuple(items)))


def attach(
    assessment: Assessment,
    criterion_id: str,
    files: list[Attachment],
    by: str,
    at: str,
    title: Text | None = None,
    confidential: bool = False,
    reliability: Reliability = "",
    item_index: int | None = None,
) -> int:
    """Add `files` to a new evidence item (or to item `item_index`); returns the item's index.

    A file whose content the item already holds is not added to it twice."""
    if not assessment.rubric.has_criterion(criterion_id):
        raise HriaError(f"no criterion {criterion_id!r} in rubric {assessment.rubric.id}")
    answer = assessment.answer(criterion_id)
    if item_index is None:
        first = files[0].name if files else ""
        item = Evidence(
            title=title or Text.of(first), accessed=at[:10], reliability=reliability, confidential=confidential
        )
        answer = replace(answer, evidence=(*answer.evidence, item))
        item_index = len(answer.evidence) - 1
        assessment.set_answer(criterion_id, answer)
    answer, item = _item(assessment, criterion_id, item_index)
    held = {a.sha256 for a in item.files}
    added = []
    for f in files:
        if f.sha256 in held:
            continue
        held.add(f.sha256)
        added.append(f)
        _log(
            assessment,
            CustodyEvent(
                at,
                by,
                "attached",
                criterion_id,
                str(item.title),
                f.name,
                f.sha256,
                "link" if f.was_link else "",
            ),
        )
    _put(assessment, criterion_id, answer, item_index, replace(item, files=(*item.files, *added)))
    return item_index


def retitle(assessment: Assessment, criterion_id: str, index: int, title: Text, by: str, at: str) -> None:
    answer, item = _item(assessment, criterion_id, index)
    if title == item.title:
        return
    _put(assessment, criterion_id, answer, index, replace(item, title=title))
    _log(assessment, CustodyEvent(at, by, "retitled", criterion_id, str(item.title), detail=str(title)))


def set_confidential(assessment: Assessment, criterion_id: str, index: int, value: bool, by: str, at: str) -> None:
    answer, item = _item(assessment, criterion_id, index)
    if item.confidential == value:
        return
    _put(assessment, criterion_id, answer, index, replace(item, confidential=value))
    action: CustodyAction = "marked_confidential" if value else "marked_public"
    _log(assessment, CustodyEvent(at, by, action, criterion_id, str(item.title)))


def detach(
    assessment: Assessment, criterion_id: str, index: int, by: str, at: str, sha256: str | None = None
) -> list[Attachment]:
    """Take one file (by its SHA-256, or a unique prefix of it) or every file off an item. The stored copies stay
    until `purge`; returns what was detached."""
    answer, item = _item(assessment, criterion_id, index)
    if sha256 is None:
        leaving = list(item.files)
    else:
        leaving = [a for a in item.files if a.sha256.startswith(sha256.lower())]
        if len(leaving) != 1:
            what = "no file" if not leaving else "more than one file"
            raise HriaError(f"{criterion_id}, evidence {index + 1}: {what} has a SHA-256 starting {sha256}")
    staying = tuple(a for a in item.files if a not in leaving)
    _put(assessment, criterion_id, answer, index, replace(item, files=staying))
    for a in leaving:
        _log(assessment, CustodyEvent(at, by, "detached", criterion_id, str(item.title), a.name, a.sha256))
    return leaving


def purge(assessment: Assessment, store: EvidenceStore, by: str, at: str) -> list[str]:
    """Empty the store of files no item refers to any more (detached ones); logged. Returns the names removed."""
    removed = store.remove_unreferenced(referenced(assessment))
    stored_files = [name for name in removed if not name.endswith(".tmp")]
    if stored_files:
        count = len(stored_files)
        _log(assessment, CustodyEvent(at, by, "purged", detail=str(count)))
    return removed


def record_changes(assessment: Assessment, criterion_id: str, old: Answer, new: Answer, by: str, at: str) -> int:
    """Log what an edit made elsewhere (a table, an undo) did to the files of a criterion's evidence; returns how
    many events were added. Items are followed by the files they hold, so reordering them logs nothing."""
    count = len(assessment.custody)
    for before in (e for e in old.evidence if e.files):
        after = next((e for e in new.evidence if set(e.files) & set(before.files)), None)
        title = str(before.title)
        if after is None:
            for a in before.files:
                _log(assessment, CustodyEvent(at, by, "detached", criterion_id, title, a.name, a.sha256))
            continue
        if after.title != before.title:
            _log(assessment, CustodyEvent(at, by, "retitled", criterion_id, title, detail=str(after.title)))
        if after.confidential != before.confidential:
            action: CustodyAction = "marked_confidential" if after.confidential else "marked_public"
            _log(assessment, CustodyEvent(at, by, action, criterion_id, str(after.title)))
        for a in before.files:
            if a not in after.files:
                _log(assessment, CustodyEvent(at, by, "detached", criterion_id, str(after.title), a.name, a.sha256))
    held_before = {a for e in old.evidence for a in e.files}
    for item in new.evidence:
        for a in item.files:
            if a not in held_before:
                detail = "link" if a.was_link else ""
                _log(
                    assessment,
                    CustodyEvent(at, by, "attached", criterion_id, str(item.title), a.name, a.sha256, detail),
                )
    return len(assessment.custody) - count
