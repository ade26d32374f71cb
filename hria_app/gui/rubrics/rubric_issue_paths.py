"""From a problem's field path, as `hria validate` prints it, to the place in the editor that holds the field.

"sections[2].criteria[4].anchors[3].th" is the criterion at ("sections", 2, "criteria", 4) in the tree, and in its
form the Thai editor of anchor 3.
"""

from __future__ import annotations

import re

from hria_app.core.yaml_source import PathKey

_PART = re.compile(r"\[(\d+)\]|\.?([^.\[\]]+)")
SCORING = ("scoring",)
METADATA: PathKey = ()


def parse_path(text: str) -> PathKey:
    """'sections[2].criteria[4].anchors[3]' -> ('sections', 2, 'criteria', 4, 'anchors', 3)."""
    out: list[str | int] = []
    for match in _PART.finditer(text):
        index, name = match.groups()
        out.append(int(index) if index is not None else name)
    return tuple(out)


def split_item_path(path: PathKey) -> tuple[PathKey, PathKey]:
    """The tree item that holds `path`, and the rest of the path within that item's form.

    Tree items: () the rubric's details, ("scoring",), ("sections",), ("sections", i), ("sections", i,
    "criteria", j), ("red_flags",), ("red_flags", i), ("references",), ("references", i)."""
    if not path:
        return METADATA, ()
    head = path[0]
    if head == "scoring":
        return SCORING, path[1:]
    if head in ("red_flags", "references"):
        if len(path) >= 2 and isinstance(path[1], int):
            return path[:2], path[2:]
        return path[:1], ()
    if head == "sections":
        if len(path) < 2 or not isinstance(path[1], int):
            return path[:1], ()
        if len(path) >= 4 and path[2] == "criteria" and isinstance(path[3], int):
            return path[:4], path[4:]
        return path[:2], path[2:]
    return METADATA, path


def index_at(path: PathKey, position: int) -> int:
    """The list index at `position` in a path into the rubric's data (a path holds keys and indexes)."""
    step = path[position]
    if isinstance(step, bool) or not isinstance(step, int | str):
        raise TypeError(f"{path!r} holds no list index at {position}")
    return int(step)
