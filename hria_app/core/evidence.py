"""Files attached to evidence items, and the custody log of what happened to them.

An Attachment says which file was kept (its SHA-256, size, name and type) and when and by whom it was added; the
file itself lives in the evidence store beside the assessment (evidence_store). A CustodyEvent is one line of the
assessment's append-only custody log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")
SHORT_HASH = 16  # hex characters of a SHA-256 shown where the whole would not fit

CustodyAction = Literal["attached", "retitled", "marked_confidential", "marked_public", "detached", "purged"]
CUSTODY_ACTIONS: tuple[CustodyAction, ...] = (
    "attached",
    "retitled",
    "marked_confidential",
    "marked_public",
    "detached",
    "purged",
)


@dataclass(frozen=True)
class Attachment:
    """One file kept for an evidence item.

    `stored` is the file's name in the store: its SHA-256 in a plain store; in an encrypted store a keyed hash of
    it, so the names on disk do not tell which known file is kept."""

    sha256: str
    size: int
    name: str  # the file's own name when it was attached, never a path
    media_type: str
    added: str  # ISO 8601 UTC, seconds: 2026-12-03T10:32:03Z
    added_by: str
    stored: str
    was_link: bool = False  # attached through a symbolic link; the target's content was kept

    @property
    def short_hash(self) -> str:
        return self.sha256[:SHORT_HASH]


@dataclass(frozen=True)
class CustodyEvent:
    """Something done to an evidence item or its files. The log only grows: no event is edited or removed."""

    at: str  # ISO 8601 UTC, seconds
    by: str
    action: CustodyAction
    criterion: str = ""
    item: str = ""  # the item's title when it happened
    file: str = ""  # the file's name, for file events
    sha256: str = ""
    detail: str = ""  # retitled: the new title; attached: "link" when through a link; purged: how many files
