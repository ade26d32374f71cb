"""Moving an open assessment to a newer version of its rubric as one undo step.

The step swaps everything the rubric decides (the rubric, the answers, the section judgements, the archive) for
what core's `upgrade` computed; undo swaps the previous values back. Context and recommendations do not change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from hria_app.core.assessment import Answer, ArchivedAnswer, Assessment, SectionInput
from hria_app.core.rubric import Rubric
from hria_app.core.rubric_diff import UpgradeReport
from hria_app.gui.assessment.document import AssessmentDocument


@dataclass(frozen=True)
class RubricState:
    rubric: Rubric
    answers: dict[str, Answer]
    sections: dict[str, SectionInput]
    archive: tuple[ArchivedAnswer, ...]

    @classmethod
    def of(cls, assessment: Assessment) -> RubricState:
        return cls(assessment.rubric, dict(assessment.answers), dict(assessment.sections), assessment.archive)

    def apply_to(self, assessment: Assessment) -> None:
        assessment.rubric = self.rubric
        assessment.answers = dict(self.answers)
        assessment.sections = dict(self.sections)
        assessment.archive = self.archive


class UpgradeRubric(QUndoCommand):
    def __init__(
        self,
        document: AssessmentDocument,
        upgraded: Assessment,
        report: UpgradeReport,
        applied: Callable[[UpgradeReport | None], None],
        label: str,
    ) -> None:
        super().__init__(label)
        self.document = document
        self.old = RubricState.of(document.assessment)
        self.new = RubricState.of(upgraded)
        self.report = report
        self.applied = applied  # told the report after redo, None after undo: the GUI rebuilds its pages

    def redo(self) -> None:
        self.new.apply_to(self.document.assessment)
        self._announce(self.report)

    def undo(self) -> None:
        self.old.apply_to(self.document.assessment)
        self._announce(None)

    def _announce(self, report: UpgradeReport | None) -> None:
        # apply_context is the document's public way to mark the assessment changed: it drops the cached results,
        # counts a revision for autosave and emits `changed`, which every page that shows results follows.
        self.document.apply_context(self.document.assessment.context)
        self.applied(report)
