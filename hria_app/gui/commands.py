"""Undo commands: each swaps one immutable value of the assessment for another, through the document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from hria_app.core.assessment import Answer, Context, Recommendation, SectionInput

if TYPE_CHECKING:
    from hria_app.gui.document import AssessmentDocument

# Consecutive edits of the same text field merge into one undo step, as in any text editor.
MERGE_TEXT_EDITS = 1


class SetAnswer(QUndoCommand):
    def __init__(
        self, document: AssessmentDocument, criterion_id: str, answer: Answer, label: str, merge_key: str = ""
    ) -> None:
        super().__init__(label)
        self.document = document
        self.criterion_id = criterion_id
        self.new = answer
        self.old = document.assessment.answer(criterion_id)
        self.merge_key = merge_key

    def redo(self) -> None:
        self.document.apply_answer(self.criterion_id, self.new)

    def undo(self) -> None:
        self.document.apply_answer(self.criterion_id, self.old)

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
    def __init__(self, document: AssessmentDocument, section_id: str, value: SectionInput, label: str) -> None:
        super().__init__(label)
        self.document = document
        self.section_id = section_id
        self.new = value
        self.old = document.assessment.section_input(section_id)

    def redo(self) -> None:
        self.document.apply_section_input(self.section_id, self.new)

    def undo(self) -> None:
        self.document.apply_section_input(self.section_id, self.old)


class SetContext(QUndoCommand):
    def __init__(self, document: AssessmentDocument, context: Context, label: str, merge_key: str = "") -> None:
        super().__init__(label)
        self.document = document
        self.new = context
        self.old = document.assessment.context
        self.merge_key = merge_key

    def redo(self) -> None:
        self.document.apply_context(self.new)

    def undo(self) -> None:
        self.document.apply_context(self.old)

    def id(self) -> int:
        return MERGE_TEXT_EDITS + 1 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetContext) or other.merge_key != self.merge_key:
            return False
        self.new = other.new
        return True


class SetRecommendations(QUndoCommand):
    def __init__(self, document: AssessmentDocument, items: tuple[Recommendation, ...], label: str) -> None:
        super().__init__(label)
        self.document = document
        self.new = items
        self.old = document.assessment.recommendations

    def redo(self) -> None:
        self.document.apply_recommendations(self.new)

    def undo(self) -> None:
        self.document.apply_recommendations(self.old)
