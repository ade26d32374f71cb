"""The rubric editor: a non-modal window over one user rubric file.

The tree on the left lists the rubric's parts; the form on the right edits the selected one, English and Thai side
by side; the problems below are live validation, each one a click away from its field. Everything edits the
rubric's plain data through the draft, so every change is one undo step and "valid" means what `hria validate`
says. The file is watched: a change made by another program is shown at once.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hria_app.core.errors import Issue, LoadError, SaveError
from hria_app.core.rubric_versions import suggested_bump
from hria_app.core.yaml_source import PathKey
from hria_app.gui.rubrics.rubric_draft import RubricDraft, changes_tree, read_rubric_data
from hria_app.gui.rubrics.rubric_editor_forms import (
    CriterionForm,
    DraftForm,
    MetadataForm,
    RedFlagForm,
    ReferenceForm,
    SectionForm,
)
from hria_app.gui.rubrics.rubric_editor_items import ItemActions
from hria_app.gui.rubrics.rubric_editor_scoring import ScoringForm
from hria_app.gui.rubrics.rubric_issue_list import IssueList
from hria_app.gui.rubrics.rubric_issue_paths import parse_path, split_item_path
from hria_app.gui.rubrics.rubric_questions import RubricDialogs
from hria_app.gui.rubrics.rubric_tree_model import KIND_ROLE, PATH_ROLE, RubricTreeModel
from hria_app.gui.widgets.choices import UnsavedChoice
from hria_app.gui.widgets.info_bar import InfoBar

log = logging.getLogger(__name__)


class RubricEditor(QMainWindow):
    try_requested = Signal(object)  # a valid Rubric to start a scratch assessment with
    saved = Signal(object)  # the Path written

    def __init__(self, draft: RubricDraft, dialogs: RubricDialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.draft = draft
        draft.setParent(self)
        self.dialogs = dialogs
        self.model = RubricTreeModel(draft, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Parts of the rubric"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.selectionModel().currentChanged.connect(lambda _current, _previous: self._show())
        self.model.modelReset.connect(self.tree.expandAll)

        self.forms: dict[str, DraftForm] = {
            "details": MetadataForm(draft),
            "scoring": ScoringForm(draft),
            "section": SectionForm(draft),
            "criterion": CriterionForm(draft),
            "red_flag": RedFlagForm(draft),
            "reference": ReferenceForm(draft),
        }
        self.items = ItemActions(self.draft, self.tree, self.current_path, self)
        self.forms.update(self.items.group_pages())
        self.stack = QStackedWidget()
        for form in self.forms.values():
            self.stack.addWidget(form)
        self.current_form: DraftForm = self.forms["details"]

        self.issues = IssueList()
        self.issues.issue_activated.connect(self.show_issue)
        self.bar = InfoBar(self.tr("Rubric notices"))
        self._lay_out()
        self._make_actions()

        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self.watcher.directoryChanged.connect(self._file_changed)
        self._watch()
        draft.value_changed.connect(self._value_changed)
        draft.structure_changed.connect(self.select_path)
        draft.reloaded.connect(self._reloaded)
        draft.validated.connect(self._validated)
        draft.undo_stack.cleanChanged.connect(self._update_title)
        draft.saved.connect(lambda _path: self._update_title())
        self.model.rebuild()
        self.select_path(())
        self._validated()
        self._update_title()
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 190, metrics.lineSpacing() * 46)

    # Moving around.
    def select_path(self, path: PathKey) -> None:
        item, _rest = split_item_path(tuple(path))
        index = self.model.index_of(item)
        if not index.isValid():
            index = self.model.index_of(())
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.tree.selectionModel().setCurrentIndex(index, flags)
        self.tree.scrollTo(index)
        self._show()

    def show_issue(self, issue: Issue) -> None:
        """Select the tree item that holds the problem's field and put the cursor in that field."""
        path = parse_path(issue.path)
        self.select_path(path)
        _item, rest = split_item_path(path)
        self.current_form.focus_path(rest)

    def _value_changed(self, path: PathKey) -> None:
        if changes_tree(path):
            return  # structure_changed selects what the change concerns
        item, _rest = split_item_path(path)
        if item != split_item_path(self.current_path())[0]:
            self.select_path(item)  # an undo or redo elsewhere in the rubric: show what it changed
        else:
            self.current_form.refresh()

    def current_path(self) -> PathKey:
        index = self.tree.currentIndex()
        return tuple(index.data(PATH_ROLE)) if index.isValid() else ()

    def _show(self) -> None:
        kind = self.tree.currentIndex().data(KIND_ROLE) or "details"
        form = self.forms.get(kind, self.forms["details"])
        self.current_form = form
        form.show_item(self.current_path())
        form.mark_issues(self.draft.issues)
        self.stack.setCurrentWidget(form)
        self.items.update_actions()

    # Saving, trying and closing.
    def save(self) -> bool:
        self.draft.validate_now_if_pending()
        errors = self.draft.errors
        if errors and not self.dialogs.confirm_save_invalid_rubric(self, self._name(), len(errors)):
            return False
        try:
            self.draft.save()
        except SaveError as exc:
            self.dialogs.show_error(
                self, self.tr("Not saved"), self.tr("The rubric could not be saved; the file is unchanged."), str(exc)
            )
            return False
        self.saved.emit(self.draft.path)
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=self.draft.path), 5000)
        self._suggest_version()
        return True

    def _suggest_version(self) -> None:
        suggestion = suggested_bump(self.draft.baseline, self.draft.rubric)
        if suggestion is None:
            return
        part, version = suggestion
        reasons = {
            "major": self.tr("The scoring changed since version {old}: scores may mean something else now."),
            "minor": self.tr("Criteria were added or removed since version {old}."),
        }
        old = self.draft.baseline.version if self.draft.baseline else ""
        self.bar.show_message(
            reasons[part].format(old=old) + " " + self.tr("Consider calling this version {new}.").format(new=version),
            [(self.tr("Set version {new}").format(new=version), lambda: self._set_version(version))],
        )

    def _set_version(self, version: str) -> None:
        self.draft.edit(("version",), version, self.tr("Set the version to {version}").format(version=version))

    def try_it(self) -> None:
        self.draft.validate_now_if_pending()
        if self.draft.rubric is None:
            self.statusBar().showMessage(self.tr("Fix the errors listed below to try the rubric."), 5000)
            return
        self.try_requested.emit(self.draft.rubric)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.draft.modified:
            choice = self.dialogs.ask_unsaved_changes(self, self._name())
            if choice is UnsavedChoice.CANCEL or (choice is UnsavedChoice.SAVE and not self.save()):
                event.ignore()
                return
        self.watcher.removePaths(self.watcher.files() + self.watcher.directories())
        event.accept()

    # The file on disk.
    def _watch(self) -> None:
        path = self.draft.path
        if path is None:
            return
        # An atomic save (ours or another program's) replaces the file, which ends a watch on it: watching the
        # folder too notices the new file, and the file is watched again after every change.
        for watched in (str(path), str(path.parent)):
            if Path(watched).exists() and watched not in self.watcher.files() + self.watcher.directories():
                self.watcher.addPath(watched)

    def _file_changed(self, _changed: str) -> None:
        self._watch()
        path = self.draft.path
        if path is None or not path.exists():
            return
        try:
            raw = path.read_bytes()
        except OSError:
            return
        if raw == self.draft.saved_bytes:
            return  # our own save, or a touch that changed nothing
        if self.draft.modified and not self.dialogs.ask_reload_rubric(self, self._name()):
            self.draft.saved_bytes = raw  # asked once per outside change
            self.bar.show_message(self.tr("The file changed on disk; you are editing your own version."))
            return
        self.reload_from_disk(raw)

    def reload_from_disk(self, raw: bytes | None = None) -> None:
        path = self.draft.path
        assert path is not None
        try:
            data = read_rubric_data(path)
        except LoadError as exc:
            self.draft.saved_bytes = raw or b""
            self.issues.set_issues(exc.issues)
            self.bar.show_message(
                self.tr("The file changed on disk and cannot be read as a rubric; it is shown as it was before.")
            )
            return
        self.draft.saved_bytes = path.read_bytes()
        self.draft.reload(data)
        self.bar.show_message(self.tr("The file changed on disk and was reloaded."))

    def _reloaded(self) -> None:
        self.model.rebuild()
        self.select_path(self.current_path())

    # Showing the state.
    def _validated(self) -> None:
        self.issues.set_issues(self.draft.issues)
        self.current_form.mark_issues(self.draft.issues)
        self.items.update_actions()

    def _name(self) -> str:
        return self.draft.path.name if self.draft.path else self.tr("Untitled rubric")

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("{name}[*] — Rubric editor").format(name=self._name()))
        self.setWindowModified(self.draft.modified)

    def _lay_out(self) -> None:
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.stack)
        right.addWidget(self.issues)
        right.setStretchFactor(0, 4)
        right.setStretchFactor(1, 1)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self.tree)
        main.addWidget(right)
        main.setStretchFactor(0, 0)
        main.setStretchFactor(1, 1)
        main.setSizes([self.fontMetrics().averageCharWidth() * 44, self.fontMetrics().averageCharWidth() * 140])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(main, 1)
        self.setCentralWidget(central)

    def _make_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.save_action = self._action(self.tr("&Save"), self.save, keys.Save)
        self.undo_action = self.draft.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(keys.Undo)
        self.redo_action = self.draft.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.try_action = self._action(self.tr("&Try it"), self.try_it, "Ctrl+T")
        self.try_action.setToolTip(self.tr("Start a scratch assessment with this rubric in the main window"))
        self.close_action = self._action(self.tr("&Close"), self.close, keys.Close)
        self.addActions([self.undo_action, self.redo_action])
        toolbar = QToolBar(self.tr("Rubric editor"))
        toolbar.setObjectName("rubric-editor-tools")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.save_action, *self._short_undo_actions()])
        toolbar.addSeparator()
        toolbar.addActions(self.items.add_actions)
        toolbar.addSeparator()
        toolbar.addActions([self.items.remove_action, self.items.up_action, self.items.down_action])
        toolbar.addSeparator()
        toolbar.addAction(self.try_action)
        self.addToolBar(toolbar)
        file_menu = self.menuBar().addMenu(self.tr("&Rubric"))
        file_menu.addActions([self.save_action, self.try_action])
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([*self.items.add_actions, self.items.remove_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.items.up_action, self.items.down_action])

    def _short_undo_actions(self) -> list[QAction]:
        """Undo and Redo for the toolbar: one word each, what they would undo in the tooltip (the menu's say it)."""
        stack = self.draft.undo_stack
        # The menu's words; a tool button shows them without the mnemonic.
        undo = QAction(self.tr("&Undo"), self)
        redo = QAction(self.tr("&Redo"), self)
        undo.triggered.connect(stack.undo)
        redo.triggered.connect(stack.redo)
        for action, can, text, changed_can, changed_text in (
            (undo, stack.canUndo, stack.undoText, stack.canUndoChanged, stack.undoTextChanged),
            (redo, stack.canRedo, stack.redoText, stack.canRedoChanged, stack.redoTextChanged),
        ):
            action.setEnabled(can())
            action.setToolTip(text())
            changed_can.connect(action.setEnabled)
            changed_text.connect(action.setToolTip)
        return [undo, redo]

    def _action(self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        if callable(slot):
            action.triggered.connect(slot)
        return action
