"""Review comments on the context, a section or a criterion: read them, add one, mark them resolved.

The panel follows the page shown (the context, or the criterion and its section) and may be pointed at any other
target. Comments are internal: they live in the assessment file and never reach a brief or an export. Adding and
resolving are undo steps. The author's name comes from `author()`, which the window answers from the setting
"Your name" (asking once when it is not set).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hria_app.core.review import (
    CONTEXT_TARGET,
    Comment,
    comments_on,
    criterion_target,
    new_comment,
    open_comments,
    section_target,
)
from hria_app.core.review import set_resolved as resolved_comments
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.widgets import look
from hria_app.gui.widgets.i18n import follow_language, shown_date

COMMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CommentsPanel(QWidget):
    def __init__(self, author: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: AssessmentDocument | None = None
        self._author = author
        self.lang = "en"
        self.target_box = QComboBox()
        # Criterion titles are long: the list shows them whole, the box keeps the panel narrow.
        self.target_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target_box.setMinimumContentsLength(24)
        self.target_box.activated.connect(lambda _row: self._show_comments())
        self.target_label = QLabel()
        self.target_label.setBuddy(self.target_box)
        self.show_resolved = QCheckBox()
        self.show_resolved.toggled.connect(lambda _on: self._show_comments())
        self.comments = QListWidget()
        self.comments.setWordWrap(True)
        self.comments.itemChanged.connect(self._item_changed)
        self.open_label = QLabel()
        self.new_text = QPlainTextEdit()
        look.set_text_box_lines(self.new_text, 3)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_comment)
        top = QHBoxLayout()
        top.addWidget(self.target_label)
        top.addWidget(self.target_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.show_resolved)
        layout.addWidget(self.comments, 1)
        layout.addWidget(self.open_label)
        layout.addWidget(self.new_text)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        self.retranslate()

    @property
    def target(self) -> str:
        return str(self.target_box.currentData() or CONTEXT_TARGET)

    def set_document(self, document: AssessmentDocument | None) -> None:
        if self.document is not None:
            self.document.comments_changed.disconnect(self._show_comments)
        self.document = document
        if document is not None:
            document.comments_changed.connect(self._show_comments)
        self._fill_targets()
        self.setEnabled(document is not None)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._fill_targets()

    def show_target(self, target: str) -> None:
        """Point the panel at a target: "context", "section:ID" or "criterion:ID"."""
        self.target_box.setCurrentIndex(max(0, self.target_box.findData(target)))
        self._show_comments()

    def retranslate(self) -> None:
        self.target_label.setText(self.tr("Comments &on:"))
        self.show_resolved.setText(self.tr("Show &resolved comments"))
        self.comments.setAccessibleName(self.tr("Comments"))
        self.new_text.setAccessibleName(self.tr("New comment"))
        self.new_text.setPlaceholderText(self.tr("Write a comment for the team…"))
        self.add_button.setText(self.tr("&Add comment"))
        self._fill_targets()

    def changeEvent(self, event: QEvent) -> None:
        follow_language(event, self.retranslate)
        super().changeEvent(event)

    # Edits.
    def add_comment(self) -> None:
        text = self.new_text.toPlainText().strip()
        if self.document is None or not text:
            return
        author = self._author()
        if not author:
            return  # the person declined to give a name: nothing is lost, the text stays in the box
        comment = new_comment(self.target, author, text)
        self.document.edit_comments((*self.document.assessment.comments, comment), self.tr("Add comment"))
        self.new_text.clear()

    def set_resolved(self, comment_id: str, resolved: bool) -> None:
        if self.document is None:
            return
        comments = resolved_comments(self.document.assessment.comments, comment_id, resolved)
        label = self.tr("Resolve comment") if resolved else self.tr("Reopen comment")
        self.document.edit_comments(comments, label)

    def _item_changed(self, item: QListWidgetItem) -> None:
        resolved = item.checkState() == Qt.CheckState.Checked
        comment_id = str(item.data(COMMENT_ID_ROLE))
        current = next((c for c in self._all() if c.id == comment_id), None)
        if current is not None and current.resolved != resolved:
            self.set_resolved(comment_id, resolved)

    # Showing.
    def _all(self) -> tuple[Comment, ...]:
        return self.document.assessment.comments if self.document is not None else ()

    def _fill_targets(self) -> None:
        current = self.target
        self.target_box.clear()
        self.target_box.addItem(self.tr("The context"), CONTEXT_TARGET)
        if self.document is not None:
            for section in self.document.assessment.rubric.sections:
                self.target_box.addItem(
                    self.tr("Section {id}: {title}").format(id=section.id, title=section.title.get(self.lang)),
                    section_target(section.id),
                )
                for criterion in section.criteria:
                    self.target_box.addItem(
                        f"    {criterion.id}  {criterion.title.get(self.lang)}", criterion_target(criterion.id)
                    )
        self.target_box.setCurrentIndex(max(0, self.target_box.findData(current)))
        self._show_comments()

    def _show_comments(self) -> None:
        everything = self._all()
        shown = comments_on(everything, self.target)
        if not self.show_resolved.isChecked():
            shown = open_comments(shown)
        self.comments.blockSignals(True)
        self.comments.clear()
        for comment in shown:
            try:
                moment = dt.datetime.fromisoformat(comment.date)
                when = f"{shown_date(moment.date().isoformat())} {moment:%H:%M}"
            except ValueError:
                when = comment.date
            item = QListWidgetItem(f"{comment.author} · {when}\n{comment.text}")
            item.setData(COMMENT_ID_ROLE, comment.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if comment.resolved else Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("Tick to mark the comment resolved."))
            self.comments.addItem(item)
        self.comments.blockSignals(False)
        self.open_label.setText(
            self.tr("{here} open here · {total} open in the assessment").format(
                here=len(open_comments(comments_on(everything, self.target))), total=len(open_comments(everything))
            )
        )
