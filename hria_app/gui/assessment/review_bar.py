"""The review status across the top of the workspace: draft, in review or approved (by whom, when), and how many
comments are still open. The window title says the status too (shell/review_actions.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from hria_app.core.review import Review, open_comments
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.widgets import look
from hria_app.gui.widgets.i18n import follow_language, shown_date

translate = QCoreApplication.translate


def status_label(review: Review) -> str:
    """The status in a word or two: Draft, In review, Approved."""
    return {
        "draft": translate("ReviewBar", "Draft"),
        "in_review": translate("ReviewBar", "In review"),
        "approved": translate("ReviewBar", "Approved"),
    }[review.status]


def approval_text(review: Review) -> str:
    try:
        moment = dt.datetime.fromisoformat(review.approved_at)
        when = f"{shown_date(moment.date().isoformat())} {moment:%H:%M}"
    except ValueError:
        when = review.approved_at
    text = translate("ReviewBar", "Approved by {name} on {when}").format(name=review.approved_by, when=when)
    if review.override_reason:
        text += " · " + translate("ReviewBar", "with comments open, because: {reason}").format(
            reason=review.override_reason
        )
    return text


class ReviewBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: AssessmentDocument | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        margin = look.spacing(self)
        layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        layout.addWidget(self.label, 1)
        self.setVisible(False)

    def set_document(self, document: AssessmentDocument | None) -> None:
        if self.document is not None:
            self.document.review_changed.disconnect(self.refresh)
            self.document.comments_changed.disconnect(self.refresh)
        self.document = document
        if document is not None:
            document.review_changed.connect(self.refresh)
            document.comments_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.label.setAccessibleName(translate("ReviewBar", "Review status"))
        document = self.document
        if document is None:
            self.setVisible(False)
            return
        review = document.assessment.review
        count = len(open_comments(document.assessment.comments))
        # A plain draft says so in the window title; the bar would only push the answer choices down the page.
        self.setVisible(review.status != "draft" or bool(count))
        parts = [translate("ReviewBar", "Status: {status}").format(status=status_label(review))]
        if review.is_approved:
            parts.append(approval_text(review))
        if count:
            parts.append(translate("ReviewBar", "%n open comment(s)", "", count))
        self.label.setText(" · ".join(parts))

    def changeEvent(self, event: QEvent) -> None:
        follow_language(event, self.refresh)
        super().changeEvent(event)
