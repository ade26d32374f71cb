"""Names of the files the app keeps beside a document (backup, lock, temporary copies), made to fit the system.

Most file systems allow 255 bytes in one name and about 4,096 in a whole path. A document whose own name is near
either limit must still get a backup and a temporary file beside it, so those names are shortened when needed: the
end of the name (its suffix) is kept, the middle is cut and a short digest of the full name keeps it unique.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

NAME_MAX = 255
PATH_MAX = 4096
TEMPORARY_RESERVE = len(".") + len(".xxxxxxxx.tmp")  # what tempfile.mkstemp adds around a name


class NameTooLong(ValueError):
    """Even shortened, a name cannot fit in what the folder's path leaves."""


def _limit(folder: Path, name: str) -> int:
    # A name's room is what the folder's path leaves of the whole-path limit, and never more than one name's.
    used = len(os.fsencode(str(folder))) + 1  # the separator
    return min(NAME_MAX, PATH_MAX - 1 - used)


def fit_name(folder: Path, name: str, reserve: int = 0) -> str:
    """`name`, or a shortened form of it, such that `reserve` more bytes still fit in one name and in the path."""
    limit = _limit(folder, name) - reserve
    if len(os.fsencode(name)) <= limit:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot or len(suffix) > 10:
        stem, suffix = name, ""
    else:
        suffix = "." + suffix
    digest = "~" + hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    room = limit - len(os.fsencode(suffix + digest))
    if room < 1:
        raise NameTooLong(name)
    while stem and len(os.fsencode(stem)) > room:
        stem = stem[:-1]  # by characters, so a Thai or emoji name is never cut inside a character
    return stem + digest + suffix


def temporary_prefix(path: Path) -> str:
    """The prefix for mkstemp beside `path`: a dot and the (perhaps shortened) name, ending in its suffix."""
    return "." + fit_name(path.parent, path.name, TEMPORARY_RESERVE) + "."


def backup_path(path: Path) -> Path:
    """Where the previous version of `path` is kept: `NAME.bak` beside it (shortened when NAME is very long)."""
    return path.with_name(fit_name(path.parent, path.name, TEMPORARY_RESERVE + len(".bak")) + ".bak")


def lock_name(path: Path) -> str:
    return "." + fit_name(path.parent, path.name, len(".") + len(".lock") + 16) + ".lock"
