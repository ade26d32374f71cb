"""Conflict copies that file-sync tools write beside a file two computers changed at once.

Recognised names (NAME.hria is the original):
- Dropbox: `NAME (conflicted copy 2026-12-03).hria`, `NAME (Alice's conflicted copy 2026-12-03).hria`,
  with an optional ` (1)` counter inside the brackets;
- Nextcloud and ownCloud desktop clients: `NAME (conflicted copy 2026-12-03 101530).hria`,
  `NAME (conflicted copy alice 2026-12-03 101530).hria`, and the older `NAME_conflict-20261203-101530.hria`;
- Syncthing: `NAME.sync-conflict-20261203-101530-ABCDEFG.hria`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from hria_app.core.assessment_file import SUFFIX

_PATTERNS = (
    re.compile(r"^(?P<name>.+?) \((?:[^()]*?'s )?conflicted copy[^()]*(?:\(\d+\))?\)$", re.IGNORECASE),
    re.compile(r"^(?P<name>.+?)\.sync-conflict-\d{8}-\d{6}(?:-[A-Z0-9]+)?$"),
    re.compile(r"^(?P<name>.+?)_conflict-\d{8}-\d{6}$"),
)


@dataclass(frozen=True)
class SyncConflict:
    copy: Path
    original: Path


def original_name(path: Path) -> Path | None:
    """The file a conflict copy was made from (it may no longer exist), or None if `path` is not a conflict copy."""
    if path.suffix.lower() != SUFFIX:
        return None
    for pattern in _PATTERNS:
        match = pattern.match(path.stem)
        if match:
            return path.with_name(match.group("name") + path.suffix)
    return None


def sync_conflict(path: Path) -> SyncConflict | None:
    """A conflict copy together with its original, when `path` is a conflict copy and the original exists."""
    original = original_name(path)
    if original is None or not original.is_file():
        return None
    return SyncConflict(path, original)


def conflict_copies(original: Path) -> list[Path]:
    """The conflict copies of `original` in its folder, oldest name first."""
    try:
        siblings = sorted(original.parent.iterdir())
    except OSError:
        return []
    return [p for p in siblings if p != original and original_name(p) == original]
