"""The main window: one assessment at a time, the start page when none is open.

It receives everything it uses (settings, the rubric library, the dialogs, the data folder); nothing global.
Pages plug into `self.workspace` (see workspace.py); `export_action` is the File menu's Export PDF entry.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QUndoGroup,
)
from PySide6.QtWidgets import QApplication, QMenu, QStackedWidget, QWidget

from hria_app.core.assessment_file import SUFFIX
from hria_app.core.file_names import backup_path
from hria_app.core.library import RubricLibrary
from hria_app.core.rubric import Rubric
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.assessment.summary_page import SummaryPage
from hria_app.gui.assessment.workspace import SUMMARY, Workspace
from hria_app.gui.files.autosave import Autosave, RecoveryStore
from hria_app.gui.files.encryption_actions import EncryptionActions
from hria_app.gui.files.file_actions import FileActions
from hria_app.gui.files.recovery import offer_recovery
from hria_app.gui.rubrics.rubric_tools import RubricTools
from hria_app.gui.shell.dialogs import Dialogs
from hria_app.gui.shell.language_menu import LanguageMenus
from hria_app.gui.shell.library_links import LibraryLinks
from hria_app.gui.shell.settings import ANSWER_LANGUAGE, GEOMETRY, GUIDANCE_SHOWN, RUBRIC_LANGUAGE, SPLITTER, Settings
from hria_app.gui.shell.start_page import StartPage
from hria_app.gui.shell.window_menus import WindowMenus
from hria_app.gui.widgets.i18n import Translations, follow_language, interface_language

log = logging.getLogger(__name__)
STATUS_SECONDS = 5


def dropped_assessment(event: QDragEnterEvent | QDropEvent) -> Path | None:
    for url in event.mimeData().urls() if event.mimeData().hasUrls() else []:
        if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIX):
            return Path(url.toLocalFile())
    return None


class MainWindow(WindowMenus):
    document_changed = Signal()  # an assessment opened, or the open one closed
    language_changed = Signal(str)

    def __init__(
        self,
        settings: Settings,
        library: RubricLibrary,
        dialogs: Dialogs,
        data_dir: Path,
        sample: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.library = library
        self.dialogs = dialogs
        self.document: AssessmentDocument | None = None
        # On the first start the rubric text takes the interface language, and the answers the rubric text's.
        self.language = settings.rubric_language if settings.has(RUBRIC_LANGUAGE) else interface_language()
        self.answer_language = settings.answer_language if settings.has(ANSWER_LANGUAGE) else self.language
        self.undo_group = QUndoGroup(self)
        self.files = FileActions(self, self, settings, dialogs, sample)
        self.files.message_posted.connect(self.show_message)
        self.files.saved.connect(lambda _path: self._update_file_actions())
        self.encryption = EncryptionActions(self, self, self.files, dialogs)
        self.encryption.protection_changed.connect(self._update_file_actions)
        self.autosave = Autosave(RecoveryStore(data_dir), settings.autosave_seconds, self)
        self.autosave.failed.connect(
            lambda error: self.show_message(self.tr("No recovery copy could be written: {error}").format(error=error))
        )
        self.autosave.written.connect(lambda _copy: self.files.guard.refresh())

        self.start_page = StartPage(library, settings, sample)
        self.start_page.rubric_chosen.connect(self.files.new_from_rubric)
        self.start_page.open_requested.connect(self.files.open_dialog)
        self.start_page.sample_requested.connect(self.files.open_sample)
        self.start_page.recent_chosen.connect(self.files.open_path)
        self.workspace = Workspace()
        self.workspace.message_posted.connect(self.show_message)
        self.workspace.page_added.connect(self._list_page)
        guidance = self.workspace.criterion_page.guidance
        guidance.set_expanded(settings.get(GUIDANCE_SHOWN))
        guidance.expanded_changed.connect(lambda shown: settings.set(GUIDANCE_SHOWN, shown))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.workspace)
        self.setCentralWidget(self.pages)

        self._make_actions()
        self.language_menus = LanguageMenus(settings, self)
        self.language_menus.interface_chosen.connect(self.set_interface_language)
        self.language_menus.answer_language_chosen.connect(self.set_answer_language)
        self._make_menus()
        self.summary_page = SummaryPage()
        self.summary_page.criterion_requested.connect(self.show_criterion)
        self.summary_page.section_requested.connect(self._show_section)
        self.workspace.add_page(SUMMARY, self.summary_page, self.tr("Summary"), "Ctrl+2")
        self.rubric_tools = RubricTools(library, dialogs, self.rubrics_menu, self)
        self.rubric_tools.start_requested.connect(self._start_assessment)
        self.rubric_tools.library_changed.connect(self._library_changed)
        self.start_page.manage_requested.connect(self.rubric_tools.show_manager)
        self.library_links = LibraryLinks(self.workspace, self.summary_page.tabs, library, self)
        self.export_action.triggered.connect(self.export_pdf)
        self.setAcceptDrops(True)
        self.statusBar()
        self._restore_geometry()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)
        self.statusBar().addPermanentWidget(self.language_menus.answer_indicator)
        self.language_menus.show_interface(settings.interface_language)
        self.set_language(self.language)
        self.set_answer_language(self.answer_language)
        self.set_document(None)
        self.retranslate()

    # The open document.
    def set_document(self, document: AssessmentDocument | None) -> None:
        previous = self.document
        if previous is not None:
            previous.modified_changed.disconnect(self._update_title)
            previous.path_changed.disconnect(self._update_title)
            previous.context_changed.disconnect(self._update_title)
            self.undo_group.removeStack(previous.undo_stack)
        self.document = document
        self.autosave.set_document(document)
        self.files.guard.follow(document)
        self.workspace.set_document(document)
        if document is not None:
            self.undo_group.addStack(document.undo_stack)
            self.undo_group.setActiveStack(document.undo_stack)
            document.modified_changed.connect(self._update_title)
            document.path_changed.connect(self._update_title)
            document.context_changed.connect(self._update_title)
            self.pages.setCurrentWidget(self.workspace)
            self.workspace.show_start()
        else:
            self.pages.setCurrentWidget(self.start_page)
            self.start_page.rubrics.setFocus(Qt.FocusReason.OtherFocusReason)
        if previous is not None and previous is not document:
            previous.deleteLater()
        for action in self._document_actions:
            action.setEnabled(document is not None)
        self.language_menus.answer_indicator.setVisible(document is not None)
        self._update_file_actions()
        self.library_links.set_document(document)
        self.document_changed.emit()

    def show_criterion(self, criterion_id: str) -> None:
        """Show one criterion's page; for pages that list criteria (the summary)."""
        self.workspace.show_criterion(criterion_id)

    def export_pdf(self) -> None:
        """Open the export dialog: options, a preview rendered in the background, then Save."""
        if self.document is None:
            return
        from hria_app.gui.export.export_dialog import ExportDialog  # QtPdf loads with it, on the first export

        dialog = ExportDialog(self.document, self.language, ask_save_path=self._ask_pdf_path, parent=self)
        name = self.document.display_name
        dialog.confirm_full_export = lambda parent: self.dialogs.confirm_full_export(parent, name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _ask_pdf_path(self, parent: QWidget, suggested: Path) -> Path | None:
        return self.dialogs.ask_save_path(parent, suggested, self.tr("PDF documents (*.pdf)"), ".pdf")

    def _show_section(self, section_id: str) -> None:
        # A section has no page of its own: open the criterion that weighs most in its rating.
        criterion_id = self.summary_page.worst_criterion(section_id)
        if criterion_id is not None:
            self.show_criterion(criterion_id)

    def open_path(self, path: Path) -> bool:
        return self.files.open_path(path)

    def write_recovery(self) -> Path | None:
        """Bring the recovery copy up to date now (used by the crash handler before anything else)."""
        return self.autosave.write_now()

    def offer_recovery(self) -> bool:
        """Offer the work windows left unsaved when they ended without closing; True when one was recovered."""
        return offer_recovery(self.files, self.autosave)

    def set_language(self, lang: str) -> None:
        """The language of rubric text across the whole workspace."""
        self.language = lang
        self.settings.rubric_language = lang
        self.workspace.set_language(lang)
        self.start_page.set_language(lang)
        for action in self.language_group.actions():
            action.setChecked(action.data() == lang)
        self.rubric_tools.set_language(lang)
        self.library_links.set_language(lang)
        self.language_changed.emit(lang)

    def set_answer_language(self, lang: str) -> None:
        """Which version, English or Thai, of the assessor's own text the editors show and write."""
        self.answer_language = lang
        self.settings.answer_language = lang
        self.workspace.set_answer_language(lang)
        self.language_menus.show_answer_language(lang)

    def set_interface_language(self, choice: str) -> None:
        """The interface in "system", "en" or "th", at once; the rubric text and the answers follow it. Only
        words change: the open assessment, its undo history and its modified mark are untouched."""
        self.settings.interface_language = choice
        lang = Translations.of().use(choice)
        self.language_menus.show_interface(choice)
        self.set_language(lang)
        self.set_answer_language(lang)
        others = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not self and w.isWindow()]
        if any(not isinstance(w, QMenu) for w in others):
            self.show_message(
                self.tr("Windows that were already open may keep their previous language until opened again.")
            )

    def retranslate(self) -> None:
        """Set the window's own words again, in the interface language."""
        self.retranslate_menus()
        self.files.fill_recent_menu(self.recent_menu)
        self.language_menus.retranslate()
        self.workspace.set_page_title(SUMMARY, self.tr("Summary"))
        self.library_links.retranslate()
        self._update_title()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_SECONDS * 1000)

    # Qt overrides.
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.confirm_close():
            event.ignore()
            return
        self.settings.set(GEOMETRY, self.saveGeometry())
        self.settings.set(SPLITTER, self.workspace.splitter.saveState())
        self.set_document(None)
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        follow_language(event, self.retranslate)
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.autosave.write_now()
        elif event.type() == QEvent.Type.ActivationChange:
            # Asked after the event: a question from inside it would come before the window is shown active.
            QTimer.singleShot(0, self, self.files.check_disk)
        super().changeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_assessment(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_assessment(event)
        if path is not None:
            event.acceptProposedAction()
            # Let the drag finish before a dialog (unsaved changes, an error) can appear.
            QTimer.singleShot(0, lambda: self.files.open_path(path))

    def _restore_geometry(self) -> None:
        geometry = self.settings.get(GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            metrics = self.fontMetrics()
            self.resize(metrics.averageCharWidth() * 150, metrics.lineSpacing() * 42)
        splitter = self.settings.get(SPLITTER)
        if splitter.isEmpty() or not self.workspace.splitter.restoreState(splitter):
            self.workspace.splitter.setSizes([self.fontMetrics().averageCharWidth() * 52, 1])

    def _update_title(self) -> None:
        document = self.document
        if document is None:
            self.setWindowTitle("HRIA")
            self.setWindowModified(False)
            return
        name = document.display_name
        if document.read_only:
            name = self.tr("{name} (read-only)").format(name=name)
        self.setWindowTitle(f"{name}[*]")
        self.setWindowModified(document.modified)

    def _update_file_actions(self) -> None:
        """The encryption entries that apply to the open document; Revert only when there is a backup."""
        document = self.document
        encrypted = document is not None and document.passphrase is not None
        self.encrypt_action.setVisible(not encrypted)
        self.change_passphrase_action.setVisible(encrypted)
        self.decrypt_action.setVisible(encrypted)
        path = document.path if document is not None else None
        self.revert_action.setEnabled(path is not None and backup_path(path).is_file())
        self._update_title()

    def _start_assessment(self, rubric: Rubric) -> None:
        """A new, untitled assessment with `rubric` (asks first about unsaved work), the window to the front."""
        if self.files.new_from_rubric(rubric):
            self.raise_()
            self.activateWindow()

    def _library_changed(self) -> None:
        if self.start_page.isVisible():
            self.start_page.refresh()
        self.library_links.upgrades.check()

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.autosave.write_now()
