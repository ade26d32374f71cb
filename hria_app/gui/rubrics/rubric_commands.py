"""Undo commands for the rubric editor: each holds the old and the new plain data and calls the draft to apply it.
They know the draft only as `EditableData`, the few methods they call, so the draft can push them.

Paths are tuples into the rubric's data, as the loader reports them: ("sections", 2, "criteria", 4, "question").
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from hria_app.core.yaml_source import PathKey


class EditableData(Protocol):
    """What the commands read and change: a rubric's plain data, addressed by paths (RubricDraft)."""

    def get(self, path: PathKey) -> Any: ...

    def apply_set(self, path: PathKey, value: Any) -> None: ...

    def apply_insert(self, list_path: PathKey, index: int, value: Any) -> None: ...

    def apply_remove(self, list_path: PathKey, index: int) -> None: ...

    def apply_move(self, source: PathKey, source_index: int, target: PathKey, target_index: int) -> None: ...


# Typing in one field merges into one undo step, as in the assessment's own editors.
MERGE_TYPING = 101


class SetValue(QUndoCommand):
    """Replace the value at `path` (MISSING removes the key)."""

    def __init__(self, draft: EditableData, path: PathKey, value: Any, label: str, merge_key: str = "") -> None:
        super().__init__(label)
        self.draft = draft
        self.path = path
        self.old = draft.get(path)
        self.new = value
        self.merge_key = merge_key

    def redo(self) -> None:
        self.draft.apply_set(self.path, self.new)

    def undo(self) -> None:
        self.draft.apply_set(self.path, self.old)

    def id(self) -> int:
        return MERGE_TYPING if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValue) or (other.path, other.merge_key) != (self.path, self.merge_key):
            return False
        self.new = other.new
        return True


class InsertItem(QUndoCommand):
    def __init__(self, draft: EditableData, list_path: PathKey, index: int, value: Any, label: str) -> None:
        super().__init__(label)
        self.draft = draft
        self.list_path = list_path
        self.index = index
        self.value = value

    def redo(self) -> None:
        self.draft.apply_insert(self.list_path, self.index, self.value)

    def undo(self) -> None:
        self.draft.apply_remove(self.list_path, self.index)


class RemoveItem(QUndoCommand):
    def __init__(self, draft: EditableData, list_path: PathKey, index: int, label: str) -> None:
        super().__init__(label)
        self.draft = draft
        self.list_path = list_path
        self.index = index
        self.value = draft.get((*list_path, index))

    def redo(self) -> None:
        self.draft.apply_remove(self.list_path, self.index)

    def undo(self) -> None:
        self.draft.apply_insert(self.list_path, self.index, self.value)


class MoveItem(QUndoCommand):
    """Move a list item, within its list or to another (a criterion to another section)."""

    def __init__(
        self, draft: EditableData, source: PathKey, source_index: int, target: PathKey, target_index: int, label: str
    ) -> None:
        super().__init__(label)
        self.draft = draft
        self.source, self.source_index = source, source_index
        self.target, self.target_index = target, target_index

    def redo(self) -> None:
        self.draft.apply_move(self.source, self.source_index, self.target, self.target_index)

    def undo(self) -> None:
        self.draft.apply_move(self.target, self.target_index, self.source, self.source_index)
