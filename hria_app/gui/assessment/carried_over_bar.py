"""Checking a re-assessment's carried-over answers: a bar over the criterion whose answer came from the previous
assessment, with Confirm (Ctrl+K) and Next unconfirmed. Confirming is one undo step; editing the answer confirms it
too (document.py), so only answers nobody looked at stay marked."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from hria_app.core.reassessment import unconfirmed
from hria_app.gui.assessment.commands import SetAnswer
from hria_app.gui.widgets.info_bar import InfoBar

if TYPE_CHECKING:
    from hria_app.gui.assessment.document import AssessmentDocument
    from hria_app.gui.assessment.workspace import Workspace

CRITERION = "criterion"


class CarriedOverCheck(QObject):
    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bar = InfoBar(self.tr("Carried-over answer"))
        workspace.add_bar(self.bar)
        self.confirm_action = QAction(self.tr("&Confirm carried-over answer"), self)
        self.confirm_action.setShortcut(QKeySequence("Ctrl+K"))
        self.confirm_action.triggered.connect(self.confirm)
        self.next_action = QAction(self.tr("Next u&nconfirmed answer"), self)
        self.next_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.next_action.triggered.connect(self.next_unconfirmed)
        self._document: AssessmentDocument | None = None
        workspace.page_changed.connect(lambda _key: self.update())
        self.update()

    def retranslate(self) -> None:
        self.confirm_action.setText(self.tr("&Confirm carried-over answer"))
        self.next_action.setText(self.tr("Next u&nconfirmed answer"))
        self.update()

    def set_document(self, document: AssessmentDocument | None) -> None:
        if self._document is not None:
            self._document.answer_changed.disconnect(self._answer_changed)
        self._document = document
        if document is not None:
            document.answer_changed.connect(self._answer_changed)
        self.update()

    def current(self) -> str | None:
        """The criterion on show when its answer is carried over and unconfirmed."""
        document, workspace = self._document, self.workspace
        criterion_id = workspace.current_criterion
        if document is None or workspace.current_key != CRITERION or not criterion_id:
            return None
        return criterion_id if document.assessment.answer(criterion_id).carried_over else None

    def confirm(self) -> None:
        document, criterion_id = self._document, self.current()
        if document is None or criterion_id is None:
            return
        answer = document.assessment.answer(criterion_id)
        confirmed = replace(answer, carried_over=False)
        label = self.tr("Confirm {id}").format(id=criterion_id)
        document.undo_stack.push(SetAnswer(document.apply_answer, criterion_id, answer, confirmed, label))

    def next_unconfirmed(self) -> None:
        if self._document is None:
            return
        remaining = unconfirmed(self._document.assessment)
        if not remaining:
            self.workspace.message_posted.emit(self.tr("Every carried-over answer is confirmed."))
            return
        ids = [c.id for c in self._document.assessment.rubric.criteria()]
        after = self.workspace.current_criterion
        position = ids.index(after) if after in ids else -1
        later = [c for c in remaining if ids.index(c) > position]
        self.workspace.show_criterion((later or remaining)[0])

    def update(self) -> None:
        document = self._document
        remaining = len(unconfirmed(document.assessment)) if document is not None else 0
        self.next_action.setEnabled(remaining > 0)
        criterion_id = self.current()
        self.confirm_action.setEnabled(criterion_id is not None)
        if criterion_id is None or document is None:
            self.bar.hide()
            return
        baseline = document.assessment.baseline
        source = baseline.file if baseline is not None and baseline.file else self.tr("the previous assessment")
        self.bar.show_message(
            self.tr(
                "Carried over from {source} — check it. Confirm it as it is, or change it ({count} still to check)."
            ).format(source=source, count=remaining),
            [
                (self.tr("&Confirm answer (Ctrl+K)"), self.confirm),
                (self.tr("Next unconfirmed"), self.next_unconfirmed),
            ],
            closable=False,
        )

    def _answer_changed(self, _criterion_id: str) -> None:
        self.update()
