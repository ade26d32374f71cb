"""What working as a team and over time brings to the window: merge conflicts (a banner and a page), a sync tool's
conflict copies offered for merge, File > Compare with… and File > Start a re-assessment…, and the check of a
re-assessment's carried-over answers.

The main window creates one TeamLinks after its menus and tells it of every document it shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from hria_app.core.assessment import Assessment
from hria_app.core.errors import HriaError
from hria_app.core.merge import merge_assessments
from hria_app.core.reassessment import is_baseline_of, start_reassessment
from hria_app.core.sync_copies import conflict_copies, sync_conflict
from hria_app.gui.assessment.carried_over_bar import CarriedOverCheck
from hria_app.gui.assessment.compare_view import CompareView
from hria_app.gui.assessment.conflicts_page import ConflictsPage
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.assessment.state_swap import replace_state, snapshot
from hria_app.gui.assessment.workspace import Workspace
from hria_app.gui.export.comparison_export import export_comparison, suggested_name
from hria_app.gui.files.file_actions import FileActions
from hria_app.gui.files.team_files import TeamDialogs, read_other
from hria_app.gui.widgets.info_bar import InfoBar

CONFLICTS = "conflicts"


class TeamHost(Protocol):
    """The parts of the main window TeamLinks uses."""

    workspace: Workspace
    files: FileActions
    language: str
    file_menu: QMenu
    answer_menu: QMenu
    export_action: QAction

    def set_document(self, document: AssessmentDocument | None) -> None: ...

    def show_message(self, text: str) -> None: ...


class TeamLinks(QObject):
    def __init__(self, window: QWidget, host: TeamHost, dialogs: TeamDialogs) -> None:
        super().__init__(window)
        self.window = window
        self.host = host
        self.dialogs = dialogs
        self.workspace = workspace = host.workspace
        self.document: AssessmentDocument | None = None
        self.bar = InfoBar(self.tr("Merge conflicts"))
        workspace.add_bar(self.bar)
        self._shown_count = 0
        self.conflicts_page = ConflictsPage()
        self.conflicts_page.criterion_requested.connect(workspace.show_criterion)
        self.conflicts_page.conflicts_changed.connect(self._conflicts_changed)
        workspace.add_page(CONFLICTS, self.conflicts_page, self.tr("Merge conflicts"), "Ctrl+3")
        self.carried_over = CarriedOverCheck(workspace, self)
        self.compare_views: list[CompareView] = []
        self._asked: set[tuple[Path, Path]] = set()  # (original, copy) pairs offered for merge already

        self.compare_action = QAction(self.tr("Compare &with…"), self)
        self.compare_action.triggered.connect(self.compare_with)
        self.reassess_action = QAction(self.tr("Start a re-&assessment…"), self)
        self.reassess_action.triggered.connect(self.start_reassessment)
        menu = host.file_menu
        entries = menu.actions()
        after_export = entries[entries.index(host.export_action) + 1]
        menu.insertActions(after_export, [self.compare_action, self.reassess_action])
        host.answer_menu.addSeparator()
        host.answer_menu.addActions([self.carried_over.confirm_action, self.carried_over.next_action])
        self.set_document(None)

    def retranslate(self) -> None:
        self.compare_action.setText(self.tr("Compare &with…"))
        self.reassess_action.setText(self.tr("Start a re-&assessment…"))
        self.workspace.set_page_title(CONFLICTS, self.tr("Merge conflicts"))
        self.carried_over.retranslate()
        self._shown_count = 0
        self._conflicts_changed(len(self.conflicts_page.conflicts))

    # Following the window's document.
    def set_document(self, document: AssessmentDocument | None) -> None:
        previous, self.document = self.document, document
        self.carried_over.set_document(document)
        for action in (self.compare_action, self.reassess_action):
            action.setEnabled(document is not None)
        self._shown_count = 0
        self._conflicts_changed(len(document.assessment.conflicts) if document is not None else 0)
        if document is None or document is previous:
            return
        if document.assessment.conflicts:
            self.workspace.show_page(CONFLICTS)  # conflicts first: until resolved, each field holds one side
        if document.path is not None:
            # After the window has shown the file: the offer is a question, never asked from inside an open.
            QTimer.singleShot(0, self, lambda: self._offer_copy_merge(document))

    def _conflicts_changed(self, count: int) -> None:
        self.workspace.navigator.set_page_visible(CONFLICTS, count > 0)
        if count == 0:
            self.bar.hide()
        elif count != self._shown_count:
            self.bar.show_message(
                self.tr(
                    "%n merge conflict(s): two versions changed the same fields differently. Each field holds "
                    "“ours” until you choose; the public brief cannot be exported before that.",
                    "",
                    count,
                ),
                [(self.tr("&Show conflicts"), lambda: self.workspace.show_page(CONFLICTS))],
            )
        self._shown_count = count

    # A sync tool's conflict copies.
    def _offer_copy_merge(self, document: AssessmentDocument) -> None:
        if document is not self.document or document.path is None:
            return
        found = sync_conflict(document.path)
        if found is not None:
            if self._ask(found.original, found.copy) and self.host.files.open_path(found.original):
                self.merge_copy(found.copy)
            return
        for copy in conflict_copies(document.path):
            if self._ask(document.path, copy):
                self.merge_copy(copy)
                return

    def _ask(self, original: Path, copy: Path) -> bool:
        key = (original.resolve(), copy.resolve())
        if key in self._asked:
            return False
        self._asked.add(key)
        return self.dialogs.ask_merge_copy(self.window, copy.name, original.name)

    def merge_copy(self, copy: Path) -> bool:
        """Merge a conflict copy into the open document (its original), as one undo step; True when merged."""
        document = self.document
        if document is None or document.path is None:
            return False
        read = read_other(self.window, self.dialogs, copy, document.passphrase)
        if read is None:
            return False
        try:
            result = merge_assessments(None, document.assessment, read[0], document.path.name, copy.name)
        except HriaError as exc:
            self.dialogs.show_error(
                self.window,
                self.tr("Not merged"),
                self.tr("“{copy}” cannot be merged.").format(copy=copy.name),
                str(exc),
            )
            return False
        replace_state(document, result.assessment, self.tr("Merge {copy}").format(copy=copy.name))
        self.host.show_message(
            self.tr(
                "Merged {copy}: %n conflict(s) to resolve. Save to keep the result.",
                "",
                len(result.assessment.conflicts),
            ).format(copy=copy.name)
        )
        if result.assessment.conflicts:
            self.workspace.show_page(CONFLICTS)
        return True

    # Comparing.
    def compare_with(self, path: Path | None = None) -> CompareView | None:
        document = self.document
        if document is None:
            return None
        folder = document.path.parent if document.path is not None else self.host.files.settings.last_folder
        path = path or self.dialogs.ask_open_path(self.window, folder)
        if path is None:
            return None
        read = read_other(self.window, self.dialogs, path, document.passphrase)
        if read is None:
            return None
        other, current = read[0], snapshot(document.assessment)  # the comparison is of this moment
        # The open assessment is "now", unless the other one re-assesses it.
        before, after = (current, other) if is_baseline_of(current, other) else (other, current)
        view = CompareView(before, after, self.host.language, self.window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.export_requested.connect(lambda lang, public: self._export(view, lang, public))
        view.destroyed.connect(lambda: self.compare_views.remove(view) if view in self.compare_views else None)
        self.compare_views.append(view)
        view.show()
        return view

    def _export(self, view: CompareView, lang: str, public: bool) -> Path | None:
        document = self.document
        source = document.path if document is not None else None
        folder = source.parent if source is not None else Path.home()
        suggested = suggested_name(folder, source.stem if source else "assessment", lang, public)
        path = export_comparison(
            view,
            view.before,
            view.after,
            lang,
            public,
            suggested,
            lambda parent, name: self.dialogs.ask_save_path(parent, name, self.tr("PDF documents (*.pdf)"), ".pdf"),
            lambda parent, title, message: self.dialogs.show_error(parent, title, message),
        )
        if path is not None:
            self.host.show_message(self.tr("Saved {path}").format(path=path))
        return path

    # Re-assessing.
    def start_reassessment(self) -> AssessmentDocument | None:
        document = self.document
        if document is None:
            return None
        try:
            fresh: Assessment = start_reassessment(document.assessment, document.path or "")
        except HriaError as exc:
            self.dialogs.show_error(
                self.window,
                self.tr("No re-assessment started"),
                self.tr("Resolve the merge conflicts of this assessment first."),
                str(exc),
            )
            return None
        if not self.host.files.confirm_close():
            return None
        started = AssessmentDocument(fresh, None, self.window)
        started.undo_stack.resetClean()  # a new file: closing it without saving asks first
        self.host.set_document(started)
        self.host.show_message(
            self.tr("Re-assessment started: every answer is carried over; check and confirm each (Ctrl+K).")
        )
        return started
