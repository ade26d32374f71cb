"""The rubric library in the main window: the Rubrics menu, the manager, the editors, "Try it", the offer to
upgrade an assessment to a newer rubric version, and the archive of answers on the summary page.

The main window creates one RubricTools and gives it its Rubrics menu; everything else plugs in from here.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from hria_app.core.errors import LoadError
from hria_app.core.rubric import Rubric
from hria_app.gui.archive_view import ArchiveView
from hria_app.gui.i18n import interface_language
from hria_app.gui.rubric_draft import RubricDraft
from hria_app.gui.rubric_editor import RubricEditor
from hria_app.gui.rubric_issue_paths import parse_path
from hria_app.gui.rubric_manager import RubricManager
from hria_app.gui.upgrade_bar import UpgradeOffer

if TYPE_CHECKING:
    from hria_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class RubricTools(QObject):
    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.library = window.library
        self.manager: RubricManager | None = None
        self.editors: dict[Path, RubricEditor] = {}
        self.menu = menu
        self.manage_action = QAction(window)
        self.manage_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.manage_action.triggered.connect(self.show_manager)
        menu.addAction(self.manage_action)

        self.upgrades = UpgradeOffer(window, self.library)
        self.archive = ArchiveView()
        tabs = window.summary_page.tabs
        self._archive_tab = tabs.addTab(self.archive, self.tr("&Archived answers"))
        tabs.setTabVisible(self._archive_tab, False)
        self.archive.emptiness_changed.connect(lambda empty: tabs.setTabVisible(self._archive_tab, not empty))
        window.document_changed.connect(self._document_changed)
        window.language_changed.connect(self.archive.set_language)
        window.start_page.manage_requested.connect(self.show_manager)
        window.installEventFilter(self)  # the window hears of a change of interface language; pass it on
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("R&ubrics"))
        self.manage_action.setText(self.tr("&Manage rubrics…"))
        self.manage_action.setStatusTip(self.tr("Import, export, duplicate, edit and delete rubrics"))
        self.window.summary_page.tabs.setTabText(self._archive_tab, self.tr("&Archived answers"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if watched is self.window and event.type() == QEvent.Type.Close and not self.close_editors():
            event.ignore()
            return True  # an editor with unsaved edits stays open, and so does the window
        return False

    def close_editors(self) -> bool:
        """Close every rubric editor, each asking about its unsaved edits; False when one stays open."""
        return all(editor.close() for editor in list(self.editors.values()))

    # The manager.
    def show_manager(self) -> RubricManager:
        if self.manager is None:
            self.manager = RubricManager(self.library, self.window.dialogs, self.window)
            self.manager.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.manager.destroyed.connect(lambda: setattr(self, "manager", None))
            self.manager.edit_requested.connect(self.open_editor)
            self.manager.start_requested.connect(self.start_assessment)
            self.manager.library_changed.connect(self._library_changed)
            self.manager.model.set_language(self.window.language)
        self.manager.show()
        self.manager.raise_()
        self.manager.activateWindow()
        return self.manager

    # Editors: one window per rubric file.
    def open_editor(self, path: Path, issue_path: str = "") -> RubricEditor | None:
        key = path.resolve()
        if key.is_relative_to(self.library.bundled_dir.resolve()):
            # Bundled rubrics are part of the app: they are duplicated to be adapted, never edited in place (the
            # manager offers no Edit for them; this guards every other way in).
            log.info("not opening the bundled rubric %s in the editor", path)
            return None
        editor = self.editors.get(key)
        if editor is None:
            try:
                draft = RubricDraft.open(path)
            except LoadError as exc:
                self.window.dialogs.show_error(
                    self.manager or self.window,
                    self.tr("Cannot edit the rubric"),
                    self.tr(
                        "“{name}” is not YAML the editor can show. Fix these problems in a text editor first:"
                    ).format(name=path.name)
                    + "\n\n"
                    + "\n".join(issue.describe(interface_language()) for issue in exc.issues[:8]),
                    "\n".join(issue.describe(interface_language()) for issue in exc.issues),
                )
                return None
            editor = RubricEditor(draft, self.window.dialogs, self.window)
            editor.try_requested.connect(self.start_assessment)
            editor.saved.connect(lambda _path: self._library_changed(rescan=True))
            editor.destroyed.connect(lambda: self.editors.pop(key, None))
            self.editors[key] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
        if issue_path:
            editor.draft.validate_now_if_pending()
            editor.select_path(parse_path(issue_path))
            issue = next((i for i in editor.draft.issues if i.path == issue_path), None)
            if issue is not None:
                editor.show_issue(issue)
        return editor

    # Starting assessments.
    def start_assessment(self, rubric: Rubric) -> None:
        """A new, untitled assessment with `rubric` in the main window (asks first about unsaved work)."""
        if self.window.files.new_from_rubric(rubric):
            self.window.raise_()
            self.window.activateWindow()

    # Following the window.
    def _document_changed(self) -> None:
        self.archive.set_document(self.window.document)
        self.upgrades.check()

    def _library_changed(self, rescan: bool = False) -> None:
        if rescan:
            self.library.entries(refresh=True)
            if self.manager is not None:
                self.manager.refresh()
                return  # the manager's refresh comes back here
        if self.window.start_page.isVisible():
            self.window.start_page.refresh()
        self.upgrades.check()
