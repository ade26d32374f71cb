"""The assessment's file data as a tree of fields, the form in which merges compare and combine it.

A field is a leaf the merge takes whole (a score, a text, a date). Structure becomes `Keyed` mappings merged key by
key: the context, each section, each answer, evidence and mitigation lists keyed by item id, red flags and
assessors keyed by name (a set). An answer's status and score are one field, named `score`: its value is the
score when the status is "scored", else the status ("unknown", "not_applicable", "unanswered"), so a merge never
pairs one side's status with the other side's score.
"""

from __future__ import annotations

from typing import Any

from hria_app.core.conflicts import FieldPath

USER_KEYS = ("context", "sections", "answers", "recommendations", "archive", "baseline")


class Keyed(dict[str, Any]):
    """A mapping the merge descends into, key by key."""


class _Absent:
    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Any = _Absent()  # a field no side wrote: never stored in the file


def kind_of(path: FieldPath) -> str:
    """map, idlist (items keyed by id), nameset (names as keys) or field."""
    n = len(path)
    if n == 0 or (n == 1 and path[0] in ("context", "sections", "answers")):
        return "map"
    if path[0] == "context" and n == 2:
        return "nameset" if path[1] == "assessors" else "field"
    if path[0] == "sections" and n == 2:
        return "map"
    if path[0] == "answers":
        if n == 2:
            return "map"
        if n == 3 and path[2] == "red_flags":
            return "nameset"
        if path[2] in ("evidence", "mitigation"):
            return {3: "idlist", 4: "map"}.get(n, "field")
    return "field"


def _is_answer(path: FieldPath) -> bool:
    return len(path) == 2 and path[0] == "answers"


def to_tree(value: Any, path: FieldPath = ()) -> Any:
    """File data at `path` as tree; None (nothing written) is ABSENT."""
    if value is None:
        return ABSENT
    kind = kind_of(path)
    if kind == "nameset":
        return Keyed({str(name): True for name in value})
    if kind == "idlist":
        return Keyed({str(item["id"]): to_tree(item, (*path, str(item["id"]))) for item in value})
    if kind == "map":
        items = dict(value)
        if not path:
            items = {k: v for k, v in items.items() if k in USER_KEYS}
        if _is_answer(path):
            status = items.pop("status", "unanswered")
            score = items.pop("score", None)
            items = {"score": score if status == "scored" else status, **items}
        return Keyed({str(k): to_tree(v, (*path, str(k))) for k, v in items.items()})
    return value


def from_tree(value: Any, path: FieldPath = ()) -> Any:
    """The tree at `path` as file data; ABSENT is None."""
    if value is ABSENT:
        return None
    kind = kind_of(path)
    if kind == "nameset":
        return list(value)
    if kind == "idlist":
        return [from_tree(item, (*path, key)) for key, item in value.items()]
    if kind == "map":
        out = {key: from_tree(item, (*path, key)) for key, item in value.items()}
        if _is_answer(path):
            joint = out.pop("score", "unanswered")
            head = {"status": "scored", "score": joint} if isinstance(joint, int) else {"status": joint}
            out = {**head, **out}
        return out
    return value


def get_at(tree: Any, path: FieldPath) -> Any:
    node = tree
    for key in path:
        if not isinstance(node, Keyed) or key not in node:
            return ABSENT
        node = node[key]
    return node


def set_at(tree: Keyed, path: FieldPath, value: Any) -> None:
    """Put `value` (tree form, or ABSENT to remove) at `path`, making the mappings on the way."""
    node = tree
    for key in path[:-1]:
        child = node.get(key)
        if not isinstance(child, Keyed):
            child = node[key] = Keyed()
        node = child
    if value is ABSENT:
        node.pop(path[-1], None)
    else:
        node[path[-1]] = value


def leaves(tree: Any, path: FieldPath = ()) -> dict[FieldPath, Any]:
    """Every field of the tree by its path (the form the merge properties are stated in)."""
    if not isinstance(tree, Keyed):
        return {path: tree}
    out: dict[FieldPath, Any] = {}
    for key, value in tree.items():
        out.update(leaves(value, (*path, key)))
    return out
