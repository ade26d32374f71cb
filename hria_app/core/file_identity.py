"""Whether two names are one file, and what to watch to see a file change.

On a case-insensitive disk (Windows, macOS by default) `Report.hria` and `report.hria` are one file: renaming a
file by case only, or saving it under its own name spelt differently, is not another file that would be
overwritten. The answer comes from the disk itself (the same device and inode), never from comparing spellings,
so it is right on case-sensitive disks too.
"""

from __future__ import annotations

import os
from pathlib import Path

from hria_app.core.file_names import backup_path
from hria_app.core.save_target import real_path


def same_file(a: Path | str | None, b: Path | str | None) -> bool:
    """True when both names lead to the same file on disk (links followed), or are the same name."""
    if a is None or b is None:
        return False
    if Path(a) == Path(b):
        return True
    try:
        first, second = os.stat(a), os.stat(b)
    except OSError:
        return False
    return (first.st_dev, first.st_ino) == (second.st_dev, second.st_ino)


def is_case_only_rename(old: Path, new: Path) -> bool:
    """`new` spells `old` with other capitals only, and the disk takes them for the same file."""
    return (
        old.name != new.name
        and old.name.casefold() == new.name.casefold()
        and same_file(old.parent, new.parent)
        and same_file(old, new)
    )


def backup_for(path: Path) -> Path:
    """Where a save of `path` keeps the previous version: beside the real file when `path` is a link."""
    return backup_path(real_path(Path(path)))


def watch_paths(path: Path) -> tuple[Path, ...]:
    """What to watch to notice another program changing `path`: the real file and its folder (an atomic save by
    another program replaces the file, which ends a watch on the file alone), and, for a link, the link's folder
    (the link itself may be pointed elsewhere)."""
    real = real_path(path)
    paths = [real, real.parent]
    if real != Path(path):
        paths.append(Path(path).parent)
    unique: list[Path] = []
    for item in paths:
        if item not in unique:
            unique.append(item)
    return tuple(unique)
