"""The rubric manager: every rubric in the library, and what a person does with them.

Import (validated first), export to share, duplicate to adapt (bundled rubrics are read-only), edit and delete the
user's own. A rubric that is not valid is listed with its problems, each a click away from its field in the editor.
The list follows the user's rubric folder as other programs change it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hria_app.core.errors import HriaError, Issue, LoadError
from hria_app.core.library import LibraryEntry, RubricLibrary
from hria_app.core.rubric import Rubric
from hria_app.gui.rubrics.rubric_files import (
    check_import,
    delete_rubric,
    duplicate_rubric,
    export_rubric,
    import_rubric,
    import_target,
    library_ids,
)
from hria_app.gui.rubrics.rubric_folder_watcher import RubricFolderWatcher
from hria_app.gui.rubrics.rubric_issue_list import ISSUE_ROLE, IssueList
from hria_app.gui.rubrics.rubric_items import custom_id
from hria_app.gui.rubrics.rubric_library_model import ENTRY_ROLE, STATUS, TITLE, RubricLibraryModel
from hria_app.gui.rubrics.rubric_questions import RubricDialogs
from hria_app.gui.widgets import look
from hria_app.gui.widgets.i18n import interface_language


class RubricManager(QWidget):
    edit_requested = Signal(Path, str)  # a user rubric to open in the editor, and the field path to show ("" none)
    start_requested = Signal(object)  # a valid Rubric to start an assessment with
    library_changed = Signal()

    def __init__(self, library: RubricLibrary, dialogs: RubricDialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Rubric library"))
        self.library = library
        self.dialogs = dialogs
        self.model = RubricLibraryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rubrics in the library"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(round(self.fontMetrics().lineSpacing() * 1.7))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._row_changed())
        self.table.activated.connect(lambda _index: self.edit_selected())

        self.import_button = self._button(self.tr("&Import…"), self.import_file, self.tr("Import a rubric file"))
        self.export_button = self._button(self.tr("E&xport…"), self.export_selected, self.tr("Export the rubric"))
        self.duplicate_button = self._button(
            self.tr("D&uplicate…"), self.duplicate_selected, self.tr("Duplicate the rubric to adapt it")
        )
        self.edit_button = self._button(self.tr("&Edit"), self.edit_selected, self.tr("Edit the rubric"))
        self.delete_button = self._button(self.tr("&Delete"), self.delete_selected, self.tr("Delete the rubric"))
        self.start_button = self._button(
            self.tr("&Start assessment"), self.start_selected, self.tr("Start an assessment with the rubric")
        )
        self.folder_button = self._button(
            self.tr("Open &folder"), self.open_folder, self.tr("Open your rubric folder in the file manager")
        )
        delete_key = QAction(self)
        delete_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.triggered.connect(self.delete_selected)
        self.table.addAction(delete_key)

        self.issues_title = look.heading("", 3)
        self.issues = IssueList()
        self.issues.issue_activated.connect(self._issue_activated)
        self.open_issue_button = self._button(
            self.tr("&Open in editor"), self._open_current_issue, self.tr("Open the rubric in the editor at this field")
        )
        self.import_anyway_button = self._button(
            self.tr("Import &anyway, to fix it in the editor"), self._import_anyway, ""
        )
        self.import_anyway_button.hide()
        self._failed_import: Path | None = None
        self._issues_owner: LibraryEntry | None = None

        self.watcher = RubricFolderWatcher(library.user_dir, self)
        self.watcher.changed.connect(self.refresh)
        self._lay_out()
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 170, metrics.lineSpacing() * 34)
        self.refresh()

    # The list.
    def refresh(self) -> None:
        """Read the library again, keeping the selected rubric selected."""
        selected = self.selected_entry()
        self.model.set_entries(self.library.entries(refresh=True))
        row = self.model.row_of(selected.path) if selected else -1
        self.table.selectRow(row if row >= 0 else 0)
        self.table.resizeColumnsToContents()
        self.watcher.watch()
        self._selection_changed()
        self.library_changed.emit()

    def select_path(self, path: Path) -> None:
        row = self.model.row_of(path)
        if row >= 0:
            self.table.selectRow(row)

    def selected_entry(self) -> LibraryEntry | None:
        index = self.table.currentIndex()
        entry = index.data(ENTRY_ROLE) if index.isValid() else None
        return entry if isinstance(entry, LibraryEntry) else None

    def _row_changed(self) -> None:
        self._failed_import = None  # the person moved on from the import that failed
        self._selection_changed()

    def _selection_changed(self) -> None:
        entry = self.selected_entry()
        user = entry is not None and entry.origin == "user"
        self.export_button.setEnabled(entry is not None)
        self.duplicate_button.setEnabled(entry is not None and entry.valid)
        self.edit_button.setEnabled(user)
        self.delete_button.setEnabled(user)
        self.start_button.setEnabled(entry is not None and entry.valid)
        if self._failed_import is None:
            self._show_entry_issues(entry)

    def _show_entry_issues(self, entry: LibraryEntry | None) -> None:
        self._issues_owner = entry
        self.import_anyway_button.hide()
        if entry is None:
            self.issues_title.setText(self.tr("Problems"))
            self.issues.set_issues([])
        else:
            self.issues_title.setText(self.tr("Problems in {name}").format(name=entry.path.name))
            self.issues.set_issues(list(entry.issues))
        self.open_issue_button.setVisible(entry is not None and entry.origin == "user")
        self.open_issue_button.setEnabled(entry is not None and entry.origin == "user")

    # Actions.
    def import_file(self) -> None:
        source = self.dialogs.ask_rubric_path(self, None)
        if source is None:
            return
        valid, issues = check_import(source)
        if not valid:
            self._failed_import = source
            self.issues_title.setText(
                self.tr("{name} was not imported: it is not a valid rubric").format(name=source.name)
            )
            self.issues.set_issues(issues)
            self.open_issue_button.hide()
            self.import_anyway_button.show()
            return
        self._import(source)

    def _import_anyway(self) -> None:
        if self._failed_import is not None:
            self._import(self._failed_import)

    def _import(self, source: Path) -> None:
        target = import_target(self.library, source)
        if target.exists() and not self.dialogs.confirm_replace_rubric(self, target.name):
            return
        if not self._attempt(self.tr("Not imported"), lambda: import_rubric(source, target)):
            return
        self._failed_import = None
        self.refresh()
        self.select_path(target)

    def export_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        suggested = Path.home() / entry.path.name
        target = self.dialogs.ask_save_path(self, suggested, self.tr("Rubrics (*.yaml *.yml)"), ".yaml")
        if target is not None and self._attempt(self.tr("Not exported"), lambda: export_rubric(entry, target)):
            self._message(self.tr("Exported to {path}").format(path=target))

    def duplicate_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.rubric is None:
            return
        rubric = entry.rubric
        taken = library_ids(self.library)
        choice = self.dialogs.ask_duplicate_rubric(self, rubric.id, rubric.version, custom_id(rubric.id, taken), taken)
        if choice is None:
            return
        result: list[Path] = []

        def duplicate() -> None:
            result.append(duplicate_rubric(entry, self.library, choice.rubric_id, choice.reset_version))

        if self._attempt(self.tr("Not duplicated"), duplicate):
            self.refresh()
            self.select_path(result[0])

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.origin == "user":
            self.edit_requested.emit(entry.path, "")

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.origin != "user":
            return
        if not self.dialogs.confirm_delete_rubric(self, entry.path.name):
            return
        if self._attempt(self.tr("Not deleted"), lambda: delete_rubric(entry)):
            self.refresh()

    def start_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and isinstance(entry.rubric, Rubric):
            self.start_requested.emit(entry.rubric)

    def open_folder(self) -> None:
        self.library.user_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.library.user_dir)))

    def _issue_activated(self, issue: Issue) -> None:
        owner = self._issues_owner
        if self._failed_import is None and owner is not None and owner.origin == "user":
            self.edit_requested.emit(owner.path, issue.path)

    def _open_current_issue(self) -> None:
        owner = self._issues_owner
        if owner is None or owner.origin != "user":
            return
        index = self.issues.view.currentIndex()
        issue = index.data(ISSUE_ROLE) if index.isValid() else None
        self.edit_requested.emit(owner.path, issue.path if isinstance(issue, Issue) else "")

    def _attempt(self, title: str, action: Callable[[], object]) -> bool:
        """Run a file operation; a failure is shown, and nothing else changes."""
        try:
            action()
        except LoadError as exc:
            lang = interface_language()
            shown = "\n".join(i.describe(lang) for i in exc.issues[:8])
            self.dialogs.show_error(self, title, shown, "\n".join(i.describe(lang) for i in exc.issues))
            return False
        except HriaError as exc:
            self.dialogs.show_error(self, title, exc.text(interface_language()))
            return False
        return True

    def _message(self, text: str) -> None:
        self.status.setText(text)

    def _button(self, text: str, slot: object, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name or text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        intro = QLabel(
            self.tr(
                "Rubrics that come with the app are read-only: duplicate one to adapt it to your country, your law "
                "and your campaign. Your own rubrics live in {folder}."
            ).format(folder=self.library.user_dir)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        look.set_secondary(intro)
        buttons = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.duplicate_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.start_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(look.heading(self.tr("Rubric library"), 1))
        top_layout.addWidget(intro)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.issues_title)
        bottom_layout.addWidget(self.issues, 1)
        issue_buttons = QHBoxLayout()
        issue_buttons.addWidget(self.open_issue_button)
        issue_buttons.addWidget(self.import_anyway_button)
        issue_buttons.addStretch(1)
        bottom_layout.addLayout(issue_buttons)
        self.status = QLabel()
        look.set_secondary(self.status)
        bottom_layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.watcher.stop()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.watcher.watch()
        super().showEvent(event)
