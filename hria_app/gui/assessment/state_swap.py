"""Replacing the whole state of an open assessment as one undo step: resolving a merge conflict (core returns a
new Assessment with the field set and the conflict gone) or merging a sync tool's conflict copy into it.

The document keeps its Assessment object; the step copies the new values into it and undo copies the old ones
back, each change announced through the document's own `apply_*` methods so every page follows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace

from PySide6.QtGui import QUndoCommand

from hria_app.core.assessment import Assessment
from hria_app.core.conflicts import conflicted_criteria
from hria_app.gui.assessment.document import AssessmentDocument

# What the document's apply_* methods set, one by one, so their signals reach the pages.
_ANNOUNCED = frozenset({"answers", "sections", "context", "recommendations"})


def snapshot(assessment: Assessment) -> Assessment:
    """A copy whose containers are its own: later edits of the document do not reach it."""
    return replace(
        assessment,
        answers=dict(assessment.answers),
        sections=dict(assessment.sections),
        action_tracking=dict(assessment.action_tracking),
    )


def apply_state(document: AssessmentDocument, state: Assessment) -> None:
    current = document.assessment
    touched = conflicted_criteria(current.conflicts) ^ conflicted_criteria(state.conflicts)
    for item in fields(Assessment):
        if item.name not in _ANNOUNCED:
            setattr(current, item.name, getattr(state, item.name))
    current.action_tracking = dict(state.action_tracking)
    for criterion_id in set(current.answers) | set(state.answers):
        if current.answers.get(criterion_id) != state.answers.get(criterion_id):
            document.apply_answer(criterion_id, state.answer(criterion_id))
            touched.discard(criterion_id)
    for criterion_id in touched:  # only its conflict mark changed
        if current.rubric.has_criterion(criterion_id):
            document.answer_changed.emit(criterion_id)
    for section_id in set(current.sections) | set(state.sections):
        if current.sections.get(section_id) != state.sections.get(section_id):
            document.apply_section_input(section_id, state.section_input(section_id))
    if current.recommendations != state.recommendations:
        document.apply_recommendations(state.recommendations)
    # Always last: it marks the assessment changed (results, autosave) even when only the conflicts changed.
    document.apply_context(state.context)


class ReplaceState(QUndoCommand):
    def __init__(
        self,
        document: AssessmentDocument,
        new: Assessment,
        label: str,
        applied: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(label)
        self.document = document
        self.old = snapshot(document.assessment)
        self.new = snapshot(new)
        self.applied = applied  # told after redo and undo: the GUI shows the conflicts that remain

    def redo(self) -> None:
        apply_state(self.document, snapshot(self.new))
        if self.applied is not None:
            self.applied()

    def undo(self) -> None:
        apply_state(self.document, snapshot(self.old))
        if self.applied is not None:
            self.applied()


def replace_state(
    document: AssessmentDocument, new: Assessment, label: str, applied: Callable[[], None] | None = None
) -> None:
    document.undo_stack.push(ReplaceState(document, new, label, applied))
