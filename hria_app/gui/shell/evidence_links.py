"""Connecting the evidence files of the open assessment to the window: a check of every attached file when an
assessment opens (in the background, its progress in the status bar), its findings on the navigator, the
criterion page and the summary, the answers to the evidence questions, and File > Export evidence bundle….
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout

from hria_app.core.evidence_verify import VerifyReport
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.assessment.evidence_files import EvidenceFiles
from hria_app.gui.export.bundle_export import BundleExport
from hria_app.gui.widgets import look

translate = QCoreApplication.translate


class EvidenceLinks(QObject):
    def __init__(self, window: Any) -> None:  # the MainWindow, which imports this module
        super().__init__(window)
        self.window = window
        self.document: AssessmentDocument | None = None
        window.workspace.criterion_page.evidence.panel.dialogs = window.dialogs
        self.bundle = BundleExport(window, window.dialogs, window.files.save, lambda: window.language)
        self.bundle.message_posted.connect(window.show_message)
        self.bundle_action = QAction(window)
        self.bundle_action.triggered.connect(lambda: self.bundle.export(self.window.document))
        window.file_menu.insertAction(window.export_action, self.bundle_action)
        window.file_menu.removeAction(window.export_action)
        window.file_menu.insertAction(self.bundle_action, window.export_action)
        window._document_actions.append(self.bundle_action)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(window.fontMetrics().averageCharWidth() * 24)
        self.progress.hide()
        window.statusBar().addPermanentWidget(self.progress)
        # On the summary page, above everything: a file that no longer holds is news that must be seen.
        self.summary_alert = QLabel()
        self.summary_alert.setWordWrap(True)
        look.set_warning(self.summary_alert)
        self.summary_alert.hide()
        content = window.summary_page.scroll_area.widget().layout()
        if isinstance(content, QVBoxLayout):
            content.insertWidget(0, self.summary_alert)
        window.document_changed.connect(self._follow_document)
        self.retranslate()

    def retranslate(self) -> None:
        self.bundle_action.setText(translate("MainWindow", "Export evidence &bundle…"))
        self.progress.setFormat(translate("MainWindow", "Checking evidence %p%"))
        self._show_report()

    def _follow_document(self) -> None:
        document = self.window.document
        if document is self.document:
            return
        if self.document is not None:
            EvidenceFiles.of(self.document).cancel_verify()
        self.document = document
        self._show_report()
        if document is None:
            self.progress.hide()
            return
        evidence = EvidenceFiles.of(document)
        evidence.verified.connect(self._on_verified)
        evidence.verify_progressed.connect(self._on_progress)
        evidence.verify_failed.connect(self._on_failed)
        if evidence.verify():
            self.progress.setRange(0, 0)
            self.progress.show()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_verified(self, _report: VerifyReport) -> None:
        self.progress.hide()
        self._show_report()

    def _on_failed(self, message: str) -> None:
        self.progress.hide()
        self.window.show_message(
            translate("MainWindow", "The evidence files could not be checked: {error}").format(error=message)
        )

    def _show_report(self) -> None:
        document = self.document
        report = EvidenceFiles.of(document).report if document is not None else None
        problems = report.problems if report is not None else ()
        self.window.workspace.navigator.model.set_evidence_problems(frozenset(p.where.criterion_id for p in problems))
        lines = [
            translate("MainWindow", "⚠ {id}, evidence {item}: “{name}” is {state}.").format(
                id=p.where.criterion_id,
                item=p.where.item_index + 1,
                name=p.where.attachment.name,
                state=_state(p.state),
            )
            for p in problems
        ]
        if lines:
            lines.insert(0, translate("MainWindow", "Attached files that no longer hold:"))
        self.summary_alert.setText("\n".join(lines))
        self.summary_alert.setVisible(bool(lines))
        self.window.workspace.criterion_page.evidence.panel.retranslate()
        if problems:
            self.window.show_message(
                translate("MainWindow", "Attached files missing or altered: {count}").format(count=len(problems))
            )


def _state(state: str) -> str:
    return {
        "missing": translate("MainWindow", "missing"),
        "altered": translate("MainWindow", "altered"),
        "unreadable": translate("MainWindow", "unreadable"),
    }.get(state, state)
