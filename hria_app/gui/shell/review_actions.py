"""The Review menu: comments beside every page, and the assessment's way from draft through review to approval.

Each status change is one undo step. Approving records who approved (the setting "Your name", asked once) and
when; with comments still open the app says why it cannot approve and offers to approve anyway with a reason,
which is recorded with the approval.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from hria_app.core.review import CONTEXT_TARGET, ReviewError, approve, back_to_draft, criterion_target, submit
from hria_app.gui.assessment.comments_panel import CommentsPanel
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.assessment.workspace import CONTEXT, CRITERION, Workspace
from hria_app.gui.shell.dialogs import Dialogs
from hria_app.gui.shell.settings import Settings

translate = QCoreApplication.translate


class ReviewActions(QObject):
    def __init__(
        self, window: QMainWindow, settings: Settings, dialogs: Dialogs, workspace: Workspace, before: QAction
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.dialogs = dialogs
        self.workspace = workspace
        self.document: AssessmentDocument | None = None
        self.panel = CommentsPanel(self.author)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("comments")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.comments_action = self.dock.toggleViewAction()
        self.comments_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.submit_action = QAction(window)
        self.submit_action.triggered.connect(self.submit)
        self.approve_action = QAction(window)
        self.approve_action.triggered.connect(self.approve)
        self.draft_action = QAction(window)
        self.draft_action.triggered.connect(self.back_to_draft)
        self.name_action = QAction(window)
        self.name_action.triggered.connect(self.change_name)
        self.menu = QMenu(window)
        self.menu.addAction(self.comments_action)
        self.menu.addSeparator()
        self.menu.addActions([self.submit_action, self.approve_action, self.draft_action])
        self.menu.addSeparator()
        self.menu.addAction(self.name_action)
        window.menuBar().insertMenu(before, self.menu)
        workspace.page_changed.connect(self._page_changed)
        self.retranslate()
        self.set_document(None)

    def retranslate(self) -> None:
        self.menu.setTitle(translate("ReviewActions", "Revie&w"))
        self.dock.setWindowTitle(translate("ReviewActions", "Comments"))
        self.comments_action.setText(translate("ReviewActions", "&Comments"))
        self.submit_action.setText(translate("ReviewActions", "&Submit for review"))
        self.approve_action.setText(translate("ReviewActions", "&Approve…"))
        self.draft_action.setText(translate("ReviewActions", "Back to &draft"))
        self.name_action.setText(translate("ReviewActions", "Your &name…"))
        self.panel.retranslate()

    def set_document(self, document: AssessmentDocument | None) -> None:
        if self.document is not None:
            self.document.review_changed.disconnect(self._update_actions)
        self.document = document
        if document is not None:
            document.review_changed.connect(self._update_actions)
        self.panel.set_document(document)
        self._update_actions()

    def set_language(self, lang: str) -> None:
        self.panel.set_language(lang)

    # The name comments and approvals are signed with.
    def author(self) -> str | None:
        """The user's name; asked once and kept in the settings."""
        return self.settings.your_name or self.change_name()

    def change_name(self) -> str | None:
        name = self.dialogs.ask_your_name(self.window, self.settings.your_name)
        if name:
            self.settings.your_name = name
        return name

    # Status changes, each one undo step.
    def submit(self) -> None:
        if self.document is not None:
            self.document.edit_review(
                submit(self.document.assessment.review), translate("ReviewActions", "Submit for review")
            )

    def back_to_draft(self) -> None:
        if self.document is not None:
            self.document.edit_review(
                back_to_draft(self.document.assessment.review), translate("ReviewActions", "Back to draft")
            )

    def approve(self) -> None:
        document = self.document
        if document is None:
            return
        name = self.author()
        if not name:
            return
        assessment = document.assessment
        try:
            review = approve(assessment.review, assessment.comments, name)
        except ReviewError as refused:
            reason = self.dialogs.ask_approval_reason(self.window, str(refused))
            if not reason:
                return
            try:
                review = approve(assessment.review, assessment.comments, name, override_reason=reason)
            except ReviewError as error:
                self.dialogs.show_error(self.window, translate("ReviewActions", "Not approved"), str(error))
                return
        document.edit_review(review, translate("ReviewActions", "Approve"))

    def _update_actions(self) -> None:
        status = self.document.assessment.review.status if self.document is not None else ""
        self.comments_action.setEnabled(self.document is not None)
        self.submit_action.setEnabled(status in ("draft", "approved"))
        self.approve_action.setEnabled(status == "in_review")  # draft → in review → approved
        self.draft_action.setEnabled(status in ("in_review", "approved"))
        self.name_action.setEnabled(True)

    def _page_changed(self, key: str) -> None:
        """The panel shows the comments on what the page shows."""
        if key == CONTEXT:
            self.panel.show_target(CONTEXT_TARGET)
        elif key == CRITERION and self.workspace.current_criterion:
            self.panel.show_target(criterion_target(self.workspace.current_criterion))
