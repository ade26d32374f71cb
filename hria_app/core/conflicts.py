"""A merge conflict kept in the file: one field that two people changed differently since their common version.

Until it is resolved the assessment holds the OURS value in that field (so it opens, scores and exports as OURS),
and the conflict holds all three values as file data (the form the field has in the .hria file; None when the
field was absent or empty on that side). Nothing either side wrote is lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Side = Literal["base", "ours", "theirs"]
SIDES: tuple[Side, ...] = ("base", "ours", "theirs")
FieldPath = tuple[str, ...]


@dataclass(frozen=True, eq=True, unsafe_hash=False)
class Conflict:
    path: FieldPath  # keys from the top of the file, e.g. ("answers", "LEG-1", "score")
    base: Any = None
    ours: Any = None
    theirs: Any = None
    ours_label: str = "ours"  # who or which branch wrote each side, as the merge was told
    theirs_label: str = "theirs"

    __hash__ = None  # type: ignore[assignment]  # values may be mappings; compare conflicts, never hash them

    def value(self, side: Side) -> Any:
        return {"base": self.base, "ours": self.ours, "theirs": self.theirs}[side]

    @property
    def field(self) -> str:
        """The path for people: answers › LEG-1 › score."""
        return " › ".join(self.path)

    @property
    def criterion_id(self) -> str | None:
        """The criterion this conflict belongs to, for marking it in the navigator."""
        return self.path[1] if len(self.path) >= 2 and self.path[0] == "answers" else None

    def swapped(self) -> Conflict:
        return Conflict(self.path, self.base, self.theirs, self.ours, self.theirs_label, self.ours_label)

    def to_data(self) -> dict[str, Any]:
        return {
            "field": list(self.path),
            "base": self.base,
            "ours": self.ours,
            "theirs": self.theirs,
            "ours_label": self.ours_label,
            "theirs_label": self.theirs_label,
        }


def short_value(value: Any, limit: int = 60) -> str:
    """A one-line rendering of a conflicting value for messages and lists."""
    if value is None:
        return "(nothing)"
    if isinstance(value, dict) and set(value) <= {"en", "th"} and all(isinstance(v, str) for v in value.values()):
        text = " / ".join(value.values())
    elif isinstance(value, str):
        text = value
    else:
        text = repr(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def conflicted_criteria(conflicts: tuple[Conflict, ...]) -> set[str]:
    return {c.criterion_id for c in conflicts if c.criterion_id}
