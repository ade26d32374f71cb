"""What the rubric library brings to the open assessment: the offer to upgrade it to a newer rubric version (a
bar over the workspace) and the archive of answers to criteria a newer version removed (a tab of the summary).

The main window creates one LibraryLinks and tells it of the open document and the rubric text language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QTabWidget

from hria_app.core.library import RubricLibrary
from hria_app.gui.assessment.archive_view import ArchiveView
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.assessment.upgrade_bar import UpgradeOffer
from hria_app.gui.assessment.workspace import Workspace


def archive_title() -> str:
    # The words were first shown by the Rubrics menu's tools; their translation keeps that context.
    return QCoreApplication.translate("RubricTools", "&Archived answers")


class LibraryLinks(QObject):
    def __init__(self, workspace: Workspace, tabs: QTabWidget, library: RubricLibrary, parent: QObject) -> None:
        super().__init__(parent)
        self.upgrades = UpgradeOffer(workspace, library, self)
        self.archive = ArchiveView()
        self.tabs = tabs
        self._archive_tab = tabs.addTab(self.archive, archive_title())
        tabs.setTabVisible(self._archive_tab, False)
        self.archive.emptiness_changed.connect(lambda empty: tabs.setTabVisible(self._archive_tab, not empty))

    def set_document(self, document: AssessmentDocument | None) -> None:
        self.archive.set_document(document)
        self.upgrades.set_document(document)

    def set_language(self, lang: str) -> None:
        self.archive.set_language(lang)

    def retranslate(self) -> None:
        self.tabs.setTabText(self._archive_tab, archive_title())
