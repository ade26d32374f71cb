"""The rubric library in the main window: the Rubrics menu, the manager and one editor window per rubric file.

RubricTools knows the library, the dialogs and its menu; it asks for a new assessment with `start_requested` and
tells of a changed library with `library_changed`, and the shell decides what follows (shell/main_window.py).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from hria_app.core.errors import LoadError
from hria_app.core.library import RubricLibrary
from hria_app.gui.widgets.i18n import interface_language

if TYPE_CHECKING:
    from hria_app.gui.rubrics.rubric_editor import RubricEditor
    from hria_app.gui.rubrics.rubric_manager import RubricManager
    from hria_app.gui.rubrics.rubric_questions import RubricDialogs

log = logging.getLogger(__name__)


class RubricTools(QObject):
    start_requested = Signal(object)  # a Rubric: start a new assessment with it ("Try it", "Start assessment")
    library_changed = Signal()  # rubrics were added, removed or saved

    def __init__(self, library: RubricLibrary, dialogs: RubricDialogs, menu: QMenu, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.dialogs = dialogs
        self.language = "en"
        self.manager: RubricManager | None = None
        self.editors: dict[Path, RubricEditor] = {}
        self.menu = menu
        self.manage_action = QAction(window)
        self.manage_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.manage_action.triggered.connect(self.show_manager)
        menu.addAction(self.manage_action)
        window.installEventFilter(self)  # the window hears of a change of interface language; pass it on
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("R&ubrics"))
        self.manage_action.setText(self.tr("&Manage rubrics…"))
        self.manage_action.setStatusTip(self.tr("Import, export, duplicate, edit and delete rubrics"))

    def set_language(self, lang: str) -> None:
        """The language of rubric text in the manager when it next opens."""
        self.language = lang

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
            # Imported on first use: start-up builds the menu entry, not the window (nor its Qt classes).
            from hria_app.gui.rubrics.rubric_manager import RubricManager

            self.manager = RubricManager(self.library, self.dialogs, self.window)
            self.manager.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.manager.destroyed.connect(lambda: setattr(self, "manager", None))
            self.manager.edit_requested.connect(self.open_editor)
            self.manager.start_requested.connect(self.start_requested)
            self.manager.library_changed.connect(self._library_changed)
            self.manager.model.set_language(self.language)
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
            # Imported on first use: the editor and its forms are the largest windows, and start-up opens none.
            from hria_app.gui.rubrics.rubric_draft import RubricDraft
            from hria_app.gui.rubrics.rubric_editor import RubricEditor

            try:
                draft = RubricDraft.open(path)
            except LoadError as exc:
                self.dialogs.show_error(
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
            editor = RubricEditor(draft, self.dialogs, self.window)
            editor.try_requested.connect(self.start_requested)
            editor.saved.connect(lambda _path: self._library_changed(rescan=True))
            editor.destroyed.connect(lambda: self.editors.pop(key, None))
            self.editors[key] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
        if issue_path:
            from hria_app.gui.rubrics.rubric_issue_paths import parse_path  # with the editor, above

            editor.draft.validate_now_if_pending()
            editor.select_path(parse_path(issue_path))
            issue = next((i for i in editor.draft.issues if i.path == issue_path), None)
            if issue is not None:
                editor.show_issue(issue)
        return editor

    def _library_changed(self, rescan: bool = False) -> None:
        if rescan:
            self.library.entries(refresh=True)
            if self.manager is not None:
                self.manager.refresh()
                return  # the manager's refresh comes back here
        self.library_changed.emit()
