"""Undo commands: each swaps one immutable value of the assessment for another. A command receives the function
that applies a value and the value it replaces, so it knows nothing of the document that pushes it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from hria_app.core.assessment import Answer, Context, Recommendation, SectionInput

# Consecutive edits of the same text field merge into one undo step, as in any text editor.
MERGE_TEXT_EDITS = 1


class SetAnswer(QUndoCommand):
    def __init__(
        self,
        apply: Callable[[str, Answer], None],
        criterion_id: str,
        old: Answer,
        new: Answer,
        label: str,
        merge_key: str = "",
    ) -> None:
        super().__init__(label)
        self.apply = apply
        self.criterion_id = criterion_id
        self.new = new
        self.old = old
        self.merge_key = merge_key

    def redo(self) -> None:
        self.apply(self.criterion_id, self.new)

    def undo(self) -> None:
        self.apply(self.criterion_id, self.old)

    def id(self) -> int:
        return MERGE_TEXT_EDITS if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetAnswer) or other.merge_key != self.merge_key:
            return False
        if other.criterion_id != self.criterion_id:
            return False
        self.new = other.new
        return True


class SetSectionInput(QUndoCommand):
    def __init__(
        self,
        apply: Callable[[str, SectionInput], None],
        section_id: str,
        old: SectionInput,
        new: SectionInput,
        label: str,
    ) -> None:
        super().__init__(label)
        self.apply = apply
        self.section_id = section_id
        self.new = new
        self.old = old

    def redo(self) -> None:
        self.apply(self.section_id, self.new)

    def undo(self) -> None:
        self.apply(self.section_id, self.old)


class SetContext(QUndoCommand):
    def __init__(
        self, apply: Callable[[Context], None], old: Context, new: Context, label: str, merge_key: str = ""
    ) -> None:
        super().__init__(label)
        self.apply = apply
        self.new = new
        self.old = old
        self.merge_key = merge_key

    def redo(self) -> None:
        self.apply(self.new)

    def undo(self) -> None:
        self.apply(self.old)

    def id(self) -> int:
        return MERGE_TEXT_EDITS + 1 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetContext) or other.merge_key != self.merge_key:
            return False
        self.new = other.new
        return True


class SetRecommendations(QUndoCommand):
    def __init__(
        self,
        apply: Callable[[tuple[Recommendation, ...]], None],
        old: tuple[Recommendation, ...],
        new: tuple[Recommendation, ...],
        label: str,
    ) -> None:
        super().__init__(label)
        self.apply = apply
        self.new = new
        self.old = old

    def redo(self) -> None:
        self.apply(self.new)

    def undo(self) -> None:
        self.apply(self.old)
