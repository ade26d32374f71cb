"""New parts of a rubric as plain data, with ids that do not clash: what "Add section" and friends insert.

A new item is deliberately incomplete where only the author can write the words (empty title, question and
anchors): live validation then lists exactly what is left to write.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from hria_app.gui.rubrics.rubric_draft import get_in

DEFAULT_SCALE = (0, 1, 2, 3, 4)


def unique_id(base: str, taken: Iterable[str], first: int = 1) -> str:
    """`base` followed by the lowest number from `first` that no id in `taken` uses."""
    used = set(taken)
    number = first
    while f"{base}{number}" in used:
        number += 1
    return f"{base}{number}"


def _ids(items: Any, key: str = "id") -> list[str]:
    if not isinstance(items, list):
        return []
    return [item[key] for item in items if isinstance(item, dict) and isinstance(item.get(key), str)]


def criterion_ids(data: Any) -> list[str]:
    out: list[str] = []
    for section in get_in(data, ("sections",)) if isinstance(get_in(data, ("sections",)), list) else []:
        if isinstance(section, dict):
            out += _ids(section.get("criteria"))
    return out


def scale_scores(data: Any) -> list[int]:
    """The scores of the rubric's scale, or 0-4 while the scale is not readable."""
    scale = get_in(data, ("scoring", "scale"))
    if isinstance(scale, dict):
        scores = sorted(k for k in scale if isinstance(k, int) and not isinstance(k, bool))
        if scores:
            return scores
    return list(DEFAULT_SCALE)


def languages(data: Any) -> list[str]:
    declared = get_in(data, ("languages",))
    if isinstance(declared, list) and all(isinstance(x, str) for x in declared) and declared:
        return list(declared)
    return ["en"]


def empty_text(data: Any) -> Any:
    """An empty text in every declared language: live validation then lists what the author still has to write."""
    langs = languages(data)
    return "" if langs == ["en"] else dict.fromkeys(langs, "")


def _criterion(data: Any, prefix: str) -> dict[str, Any]:
    return {
        "id": unique_id(f"{prefix}-", criterion_ids(data)),
        "title": empty_text(data),
        "question": empty_text(data),
        "anchors": {score: empty_text(data) for score in scale_scores(data)},
    }


def new_criterion(data: Any, section_index: int) -> dict[str, Any]:
    section = get_in(data, ("sections", section_index))
    section_id = section.get("id") if isinstance(section, dict) else None
    prefix = section_id if isinstance(section_id, str) else "C"
    return _criterion(data, prefix)


def new_section(data: Any) -> dict[str, Any]:
    section_id = unique_id("S", _ids(get_in(data, ("sections",))))
    return {"id": section_id, "title": empty_text(data), "criteria": [_criterion(data, section_id)]}


def new_red_flag(data: Any) -> dict[str, Any]:
    return {"id": unique_id("RF", _ids(get_in(data, ("red_flags",)))), "title": empty_text(data)}


def new_reference(data: Any) -> dict[str, Any]:
    return {"key": unique_id("ref-", _ids(get_in(data, ("references",)), "key")), "title": empty_text(data)}


RUBRIC_ID_CHARS = re.compile(r"[^a-z0-9]+")


def custom_id(rubric_id: str, taken: Iterable[str]) -> str:
    """`<id>-custom`, or `<id>-custom-2` and so on when that is taken."""
    used = set(taken)
    base = f"{rubric_id}-custom"
    if base not in used:
        return base
    return unique_id(f"{base}-", used, first=2)


def file_name_for(rubric_id: str) -> str:
    return (RUBRIC_ID_CHARS.sub("-", rubric_id.lower()).strip("-") or "rubric") + ".yaml"
