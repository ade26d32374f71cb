"""The main window's actions and menus: made once, their words set again when the interface language changes.

MainWindow (main_window.py) derives from WindowMenus. The words are the main window's, so they are translated in
its context ("MainWindow"), named here because the translation tools file a tr() under the class it is written in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow

from hria_app.gui.assessment.workspace import Workspace
from hria_app.gui.files.encryption_actions import EncryptionActions
from hria_app.gui.files.file_actions import FileActions
from hria_app.gui.shell.dialogs import Dialogs
from hria_app.gui.shell.language_menu import LanguageMenus
from hria_app.gui.shell.start_page import StartPage

translate = QCoreApplication.translate


class WindowMenus(QMainWindow):
    # Made by MainWindow before the menus.
    files: FileActions
    encryption: EncryptionActions
    undo_group: QUndoGroup
    workspace: Workspace
    language_menus: LanguageMenus
    dialogs: Dialogs
    start_page: StartPage

    def set_language(self, lang: str) -> None:
        raise NotImplementedError  # MainWindow's: the rubric text language across the window

    def _update_file_actions(self) -> None:
        raise NotImplementedError  # MainWindow's: the entries that apply to the open document

    def retranslate_menus(self) -> None:
        for action, text in (
            (self.new_action, translate("MainWindow", "&New from rubric…")),
            (self.open_action, translate("MainWindow", "&Open…")),
            (self.sample_action, translate("MainWindow", "Open s&ample")),
            (self.save_action, translate("MainWindow", "&Save")),
            (self.save_as_action, translate("MainWindow", "Save &as…")),
            (self.encrypt_action, translate("MainWindow", "Save &encrypted…")),
            (self.change_passphrase_action, translate("MainWindow", "C&hange passphrase…")),
            (self.decrypt_action, translate("MainWindow", "Remove encr&yption…")),
            (self.revert_action, translate("MainWindow", "Re&vert to previous version")),
            (self.export_action, translate("MainWindow", "&Export…")),
            (self.close_action, translate("MainWindow", "&Close")),
            (self.quit_action, translate("MainWindow", "&Quit")),
            (self.find_action, translate("MainWindow", "&Find criterion")),
            (self.about_action, translate("MainWindow", "&About")),
        ):
            action.setText(text)
        self._update_undo_texts()
        for action in self.language_group.actions():
            action.setText(
                translate("MainWindow", "&English") if action.data() == "en" else translate("MainWindow", "&Thai (ไทย)")
            )
        for menu, title in (
            (self.file_menu, translate("MainWindow", "&File")),
            (self.recent_menu, translate("MainWindow", "Open &recent")),
            (self.edit_menu, translate("MainWindow", "&Edit")),
            (self.answer_menu, translate("MainWindow", "&Answer")),
            (self.go_menu, translate("MainWindow", "&Go")),
            (self.view_menu, translate("MainWindow", "&View")),
            (self.rubric_language_menu, translate("MainWindow", "Rubric &text language")),
            (self.help_menu, translate("MainWindow", "&Help")),
        ):
            menu.setTitle(title)

    # Building.
    def _action(
        self, text: str, slot: object = None, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if callable(slot):
            action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(translate("MainWindow", "&New from rubric…"), self._new_from_rubric, keys.New)
        self.open_action = self._action(translate("MainWindow", "&Open…"), self.files.open_dialog, keys.Open)
        self.sample_action = self._action(translate("MainWindow", "Open s&ample"), self.files.open_sample)
        self.sample_action.setVisible(self.files.sample is not None and self.files.sample.is_file())
        self.save_action = self._action(translate("MainWindow", "&Save"), self.files.save, keys.Save)
        self.save_as_action = self._action(translate("MainWindow", "Save &as…"), self.files.save_as, "Ctrl+Shift+S")
        self.encrypt_action = self._action(translate("MainWindow", "Save &encrypted…"), self.encryption.save_encrypted)
        self.change_passphrase_action = self._action(
            translate("MainWindow", "C&hange passphrase…"), self.encryption.save_encrypted
        )
        self.decrypt_action = self._action(
            translate("MainWindow", "Remove encr&yption…"), self.encryption.remove_encryption
        )
        self.revert_action = self._action(
            translate("MainWindow", "Re&vert to previous version"), self.files.revert_to_backup
        )
        self.export_action = self._action(translate("MainWindow", "&Export…"), None, "Ctrl+E")
        self.close_action = self._action(translate("MainWindow", "&Close"), self.files.close_document, keys.Close)
        self.quit_action = self._action(translate("MainWindow", "&Quit"), self.close, keys.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        # Not QUndoGroup.createUndoAction: its "Undo" prefix is fixed when made and would not follow the language.
        self.undo_action = self._action(translate("MainWindow", "&Undo"), self.undo_group.undo, keys.Undo)
        self.redo_action = self._action(translate("MainWindow", "&Redo"), self.undo_group.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_group.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_group.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_group.undoTextChanged.connect(self._update_undo_texts)
        self.undo_group.redoTextChanged.connect(self._update_undo_texts)
        self._update_undo_texts()
        self.find_action = self._action(translate("MainWindow", "&Find criterion"), self._focus_filter, keys.Find)
        self.language_group = QActionGroup(self)
        for lang, label in (
            ("en", translate("MainWindow", "&English")),
            ("th", translate("MainWindow", "&Thai (ไทย)")),
        ):
            action = self._action(label, lambda _checked=False, code=lang: self.set_language(code))
            action.setCheckable(True)
            action.setData(lang)
            self.language_group.addAction(action)
        self.about_action = self._action(translate("MainWindow", "&About"), self._about)
        self._document_actions = [
            self.save_action,
            self.save_as_action,
            self.encrypt_action,
            self.change_passphrase_action,
            self.decrypt_action,
            self.export_action,
            self.close_action,
            self.find_action,
        ]

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addActions([self.new_action, self.open_action, self.sample_action])
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &recent"))
        self.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent_menu(self.recent_menu))
        self.files.fill_recent_menu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addActions(
            [self.encrypt_action, self.change_passphrase_action, self.decrypt_action, self.revert_action]
        )
        file_menu.aboutToShow.connect(self._update_file_actions)
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.quit_action])

        self.edit_menu = edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)

        self.answer_menu = answer_menu = bar.addMenu(translate("MainWindow", "&Answer"))
        answer_menu.addActions(self.workspace.criterion_page.answer_actions)

        self.go_menu = bar.addMenu(translate("MainWindow", "&Go"))
        self.go_menu.addAction(self.workspace.page_action("context"))
        self._go_pages_end = self.go_menu.addSeparator()
        workspace = self.workspace
        self.go_menu.addActions([workspace.next_action, workspace.previous_action, workspace.next_unanswered_action])

        self.view_menu = view_menu = bar.addMenu(translate("MainWindow", "&View"))
        view_menu.addMenu(self.language_menus.interface_menu)
        self.rubric_language_menu = view_menu.addMenu(translate("MainWindow", "Rubric &text language"))
        self.rubric_language_menu.addActions(self.language_group.actions())
        view_menu.addMenu(self.language_menus.answer_menu)

        self.rubrics_menu = bar.addMenu(translate("MainWindow", "R&ubrics"))  # filled by RubricTools

        self.help_menu = help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self.about_action)

    def _update_undo_texts(self) -> None:
        group = self.undo_group
        self.undo_action.setText((translate("MainWindow", "&Undo") + " " + group.undoText()).rstrip())
        self.redo_action.setText((translate("MainWindow", "&Redo") + " " + group.redoText()).rstrip())
        self.undo_action.setEnabled(group.canUndo())
        self.redo_action.setEnabled(group.canRedo())

    def _list_page(self, key: str) -> None:
        self.go_menu.insertAction(self._go_pages_end, self.workspace.page_action(key))

    def _new_from_rubric(self) -> None:
        if self.files.close_document():
            self.start_page.rubrics.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_filter(self) -> None:
        self.workspace.navigator.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.workspace.navigator.filter_box.selectAll()

    def _about(self) -> None:
        from hria_app.gui.shell.about_dialog import AboutDialog  # built when asked for, not at start-up

        self.about_dialog = AboutDialog(self)
        self.about_dialog.open()
