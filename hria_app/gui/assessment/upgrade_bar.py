"""Offering a newer rubric version to the open assessment: a bar over the workspace, never a modal on open.

Upgrading is one undo step (upgrade_command.py); a report then says what was added, removed and changed, and
the navigator marks the changed criteria until the assessment closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from hria_app.core.library import RubricLibrary
from hria_app.core.rubric import Rubric
from hria_app.core.rubric_diff import UpgradeReport, upgrade
from hria_app.core.rubric_versions import newest_version
from hria_app.gui.assessment.upgrade_command import UpgradeRubric
from hria_app.gui.assessment.upgrade_report import UpgradeReportDialog
from hria_app.gui.widgets.info_bar import InfoBar

if TYPE_CHECKING:
    from hria_app.gui.assessment.document import AssessmentDocument
    from hria_app.gui.assessment.workspace import Workspace


class UpgradeOffer(QObject):
    def __init__(self, workspace: Workspace, library: RubricLibrary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.library = library
        self.bar = InfoBar(self.tr("Newer rubric version"))
        workspace.add_bar(self.bar)
        self.offered: Rubric | None = None
        self.review: frozenset[str] = frozenset()
        self.report_dialog: UpgradeReportDialog | None = None
        self._dismissed: set[tuple[int, str, str]] = set()  # (document, rubric id, version) the person put off
        self._document: AssessmentDocument | None = None

    def set_document(self, document: AssessmentDocument | None) -> None:
        """Follow the open assessment (None when none is open) and offer what the library has for it."""
        if document is not self._document:
            self._document = document
            self.review = frozenset()
        self.check()

    def check(self) -> None:
        """Offer the library's newest version of the open assessment's rubric, if it is newer."""
        document = self._document
        newer = None
        if document is not None:
            current = document.assessment.rubric
            newer = newest_version(self.library.newer_versions(current.id, current.version), current)
        if document is None or newer is None or self._key(document, newer) in self._dismissed:
            self.offered = None
            self.bar.hide()
            return
        self.offered = newer
        current = document.assessment.rubric
        self.bar.show_message(
            self.tr(
                "A newer version of this assessment's rubric is in your library: {version} (this assessment uses "
                "{current}). Upgrading keeps every answer; answers to removed criteria go to the archive."
            ).format(version=newer.version, current=current.version),
            [
                (self.tr("&Upgrade to {version}").format(version=newer.version), self.upgrade),
                (self.tr("Not now"), lambda: self._dismiss(document, newer)),
            ],
            closable=False,
        )

    def upgrade(self) -> None:
        document, newer = self._document, self.offered
        if document is None or newer is None:
            return
        upgraded, report = upgrade(document.assessment, newer)
        label = self.tr("Upgrade the rubric to {version}").format(version=newer.version)
        document.undo_stack.push(UpgradeRubric(document, upgraded, report, self._applied, label))
        self.show_report(report)

    def show_report(self, report: UpgradeReport) -> None:
        if self.report_dialog is not None:
            self.report_dialog.close()
        dialog = UpgradeReportDialog(report, self.workspace.language, self.workspace.window())
        dialog.criterion_requested.connect(self.workspace.show_criterion)
        dialog.destroyed.connect(lambda: setattr(self, "report_dialog", None))
        dialog.show()
        self.report_dialog = dialog

    def _applied(self, report: UpgradeReport | None) -> None:
        self.review = frozenset(report.review) if report is not None else frozenset()
        self.workspace.reload_rubric()
        self.workspace.navigator.model.set_review(self.review)
        self.check()

    def _dismiss(self, document: AssessmentDocument, newer: Rubric) -> None:
        self._dismissed.add(self._key(document, newer))

    @staticmethod
    def _key(document: AssessmentDocument, rubric: Rubric) -> tuple[int, str, str]:
        return id(document), rubric.id, rubric.version
