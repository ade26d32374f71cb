"""Under the evidence table: the files of the selected item with their check, and what can be done with them.

Attach files… (or a drop on the table) copies files in the background, with progress and Cancel; View shows a
file; Custody log lists what happened to the item's files. A file found missing or altered is flagged here, on
its line and above the list, never silently.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from hria_app.core.assessment import Evidence
from hria_app.core.evidence_store import file_size_text
from hria_app.core.evidence_verify import FileCheck
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.assessment.evidence_files import EvidenceFiles
from hria_app.gui.assessment.evidence_questions import EvidenceDialogs
from hria_app.gui.assessment.evidence_viewer import CustodyLogDialog, view_file
from hria_app.gui.widgets import look

PROBLEM_MARK = "⚠"
FILE_ROLE = Qt.ItemDataRole.UserRole + 1


class EvidencePanel(QWidget):
    item_wanted = Signal()  # the table should select the item a new attachment went to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: AssessmentDocument | None = None
        self.criterion_id: str | None = None
        self.item_index: int | None = None
        self.dialogs: EvidenceDialogs | None = None
        self._windows: list[QWidget] = []  # previews and logs kept alive while shown
        self._select_new = False
        self._files: EvidenceFiles | None = None

        self.alert = QLabel()
        self.alert.setWordWrap(True)
        self.alert.setStyleSheet(f"color: {look.WARNING_COLOUR.name()}; font-weight: bold;")
        self.alert.hide()
        self.files = QListWidget()
        self.files.itemActivated.connect(lambda _item: self.view_current())
        self.files.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.attach_button = QPushButton()
        self.attach_button.clicked.connect(self.ask_and_attach)
        self.view_button = QPushButton()
        self.view_button.clicked.connect(self.view_current)
        self.log_button = QPushButton()
        self.log_button.clicked.connect(self.show_log)
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self._cancel)

        buttons = QHBoxLayout()
        for widget in (self.attach_button, self.view_button, self.log_button, self.progress, self.cancel_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.alert)
        layout.addWidget(self.files)
        layout.addLayout(buttons)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.files.setAccessibleName(self.tr("Attached files of the selected source"))
        self.attach_button.setText(self.tr("A&ttach files…"))
        self.attach_button.setToolTip(self.tr("Copy files into the evidence folder; you can also drop them here"))
        self.view_button.setText(self.tr("V&iew file"))
        self.log_button.setText(self.tr("Custody &log"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.show_item(self.document, self.criterion_id, self.item_index)

    # Following the page.
    def show_item(self, document: AssessmentDocument | None, criterion_id: str | None, item_index: int | None) -> None:
        if document is not self.document:
            if self._files is not None and isValid(self._files):
                self._files.verified.disconnect(self._refresh)
                self._files.busy_changed.disconnect(self._show_busy)
                self._files.attach_progressed.disconnect(self._show_progress)
                self._files.attach_failed.disconnect(self._show_failure)
            self.document = document
            self._files = EvidenceFiles.of(document) if document is not None else None
            if self._files is not None:
                self._files.verified.connect(self._refresh)
                self._files.busy_changed.connect(self._show_busy)
                self._files.attach_progressed.connect(self._show_progress)
                self._files.attach_failed.connect(self._show_failure)
        self.criterion_id, self.item_index = criterion_id, item_index
        self._refresh()

    def _evidence(self) -> EvidenceFiles:
        assert self._files is not None
        return self._files

    def _item(self) -> Evidence | None:
        if self.document is None or self.criterion_id is None or self.item_index is None:
            return None
        items = self.document.assessment.answer(self.criterion_id).evidence
        return items[self.item_index] if 0 <= self.item_index < len(items) else None

    def _refresh(self, _report: object = None) -> None:
        self.files.clear()
        item = self._item()
        for number, attachment in enumerate(item.files if item is not None else ()):
            check = self._check(number)
            text = f"{attachment.name}  ·  {file_size_text(attachment.size)}  ·  {attachment.short_hash}"
            tip = self.tr("SHA-256 {hash}\nAdded {when} by {who}").format(
                hash=attachment.sha256, when=attachment.added, who=attachment.added_by
            )
            if check is not None and not check.ok:
                text = f"{PROBLEM_MARK} {text}  ·  {self._state_text(check.state)}"
                tip += "\n" + check.detail
            entry = QListWidgetItem(text)
            entry.setToolTip(tip)
            entry.setData(FILE_ROLE, number)
            if check is not None and not check.ok:
                entry.setForeground(look.WARNING_COLOUR)
            self.files.addItem(entry)
        if item is not None and item.files:
            self.files.setCurrentRow(0)
        self.files.setVisible(item is not None and bool(item.files))
        # As tall as its lines: the page scrolls, the list does not.
        rows = sum(self.files.sizeHintForRow(row) for row in range(self.files.count()))
        self.files.setFixedHeight(rows + 2 * self.files.frameWidth() + 2)
        self._show_alert()
        self._update_buttons()

    def _check(self, number: int) -> FileCheck | None:
        if self.document is None or self.criterion_id is None or self.item_index is None:
            return None
        return self._evidence().check_of(self.criterion_id, self.item_index, number)

    def _state_text(self, state: str) -> str:
        return {
            "missing": self.tr("missing from the evidence folder"),
            "altered": self.tr("altered since it was attached"),
            "unreadable": self.tr("cannot be read"),
        }.get(state, state)

    def _show_alert(self) -> None:
        problems = (
            self._evidence().problems_of(self.criterion_id)
            if self.document is not None and self.criterion_id is not None
            else ()
        )
        lines = [
            self.tr("{mark} Evidence {item}: “{name}” is {state}.").format(
                mark=PROBLEM_MARK,
                item=p.where.item_index + 1,
                name=p.where.attachment.name,
                state=self._state_text(p.state),
            )
            for p in problems
        ]
        self.alert.setText("\n".join(lines))
        self.alert.setVisible(bool(lines))

    def _update_buttons(self) -> None:
        busy = self.document is not None and self._evidence().busy
        self.attach_button.setEnabled(self.document is not None and self.criterion_id is not None and not busy)
        self.view_button.setEnabled(self.files.currentRow() >= 0)
        self.log_button.setEnabled(self._item() is not None)

    # Acting.
    def ask_and_attach(self) -> None:
        if self.dialogs is None or self.document is None:
            return
        folder = self.document.path.parent if self.document.path is not None else None
        self.attach(self.dialogs.ask_evidence_files(self.window(), folder))

    def attach(self, paths: list[Path]) -> None:
        """Attach to the selected item, or to a new one when none is selected."""
        if self.document is None or self.criterion_id is None or not paths:
            return
        self._select_new = self.item_index is None
        self._evidence().attach(self.criterion_id, self.item_index, paths)

    def view_current(self) -> None:
        item = self._item()
        row = self.files.currentRow()
        if item is None or self.document is None or not 0 <= row < len(item.files) or self.dialogs is None:
            return
        store = self._evidence().store()
        if store is None:
            return
        window = view_file(store, item.files[row], self.dialogs, self.window())
        if window is not None:
            self._keep(window)

    def show_log(self) -> None:
        item = self._item()
        if item is None or self.document is None or self.criterion_id is None:
            return
        self._keep(CustodyLogDialog(self.document.assessment, self.criterion_id, item, self.window()))

    def _keep(self, window: QWidget) -> None:
        self._windows = [w for w in self._windows if w.isVisible()] + [window]
        window.show()

    def _cancel(self) -> None:
        if self.document is not None:
            self._evidence().cancel_attach()

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress.setRange(0, 0)
        self._update_buttons()
        if not busy and self._select_new:
            self._select_new = False
            self.item_wanted.emit()
        elif not busy:
            self._refresh()

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _show_failure(self, message: str) -> None:
        if self.dialogs is not None:
            self.dialogs.show_error(self.window(), self.tr("Not attached"), message)
