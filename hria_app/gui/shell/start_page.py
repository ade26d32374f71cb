"""The first thing a person sees: start an assessment from a rubric, open one, or pick up a recent one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hria_app.core.library import LibraryListing, RubricLibrary
from hria_app.core.rubric_cache import check_rubric_file_cached
from hria_app.gui.rubrics.rubric_list import LISTING_ROLE, RubricDelegate, RubricListModel
from hria_app.gui.shell.settings import Settings
from hria_app.gui.widgets import look
from hria_app.gui.widgets.i18n import follow_language

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_ROWS_SHOWN = 6


class StartPage(QWidget):
    rubric_chosen = Signal(object)  # a Rubric
    open_requested = Signal()
    manage_requested = Signal()  # the rubric manager
    sample_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(
        self, library: RubricLibrary, settings: Settings, sample: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings

        self.rubrics_model = RubricListModel(self)
        self.rubrics = QListView()
        self.rubrics.setModel(self.rubrics_model)
        self.rubrics.setItemDelegate(RubricDelegate(self.rubrics))
        self.rubrics.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.rubrics.setSpacing(look.spacing(self) // 2)
        self.rubrics.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.rubrics.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rubrics.doubleClicked.connect(self._start_from)
        self.rubrics.installEventFilter(self)
        self.rubrics.selectionModel().currentChanged.connect(self._update_buttons)
        self.no_rubrics = QLabel()
        self.no_rubrics.setWordWrap(True)
        self.no_rubrics.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        look.set_secondary(self.no_rubrics)

        self.start_button = QPushButton()
        self.start_button.clicked.connect(lambda: self._start_from(self.rubrics.currentIndex()))
        self.manage_button = QPushButton()
        self.manage_button.clicked.connect(self.manage_requested)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button = QPushButton()
        self.sample_button.clicked.connect(self.sample_requested)
        self.sample_button.setVisible(sample is not None and sample.is_file())

        self.recent = QListWidget()
        self.recent.itemActivated.connect(self._open_recent)
        self.no_recent = QLabel()
        self.no_recent.setWordWrap(True)
        look.set_secondary(self.no_recent)

        self._lay_out()
        self.retranslate()

    def retranslate(self) -> None:
        """Every word of the page's own, in the interface language (rubric text follows `set_language`)."""
        self.rubrics.setAccessibleName(self.tr("Rubrics"))
        self.start_button.setText(self.tr("&Start assessment"))
        self.start_button.setAccessibleName(self.tr("Start an assessment with the selected rubric"))
        self.manage_button.setText(self.tr("Manage ru&brics…"))
        self.manage_button.setAccessibleName(self.tr("Manage rubrics: import, duplicate, edit"))
        self.open_button.setText(self.tr("&Open an assessment…"))
        self.open_button.setAccessibleName(self.tr("Open an assessment file"))
        self.sample_button.setText(self.tr("Open the sa&mple assessment"))
        self.sample_button.setAccessibleName(self.tr("Open the sample assessment"))
        self.sample_button.setToolTip(self.tr("A worked example to explore; saving asks for a new file name"))
        self.recent.setAccessibleName(self.tr("Recent assessments"))
        self.no_recent.setText(self.tr("Assessments you open or save will be listed here."))
        look.set_heading_text(self.title, self.tr("Human-rights impact assessment"))
        self.intro.setText(
            self.tr(
                "Assess what a surveillance deployment does to people's rights, one criterion at a time, and "
                "export a brief you can share. Everything stays on this computer."
            )
        )
        look.set_heading_text(self.new_heading, self.tr("Start a &new assessment"))
        self.new_hint.setText(self.tr("Choose the rubric to assess against."))
        look.set_heading_text(self.continue_heading, self.tr("Continue"))
        look.set_heading_text(self.recent_heading, self.tr("&Recent assessments"))
        self.scroll_area.setAccessibleName(self.tr("Start page"))
        self.no_rubrics.setText(
            self.tr("No rubric found. Put rubric files (.yaml) in {folder}").format(folder=self.library.user_dir)
        )
        self.rubrics_model.retranslate()
        self._fill_recent()
        self._fit_rubric_list()

    def changeEvent(self, event: QEvent) -> None:
        follow_language(event, self.retranslate)
        super().changeEvent(event)

    def refresh(self) -> None:
        """Read the library and the recent files again: a rubric may have been added since. The list comes from
        the rubric cache's summaries: no rubric is built until one is started."""
        entries = self.library.listing()
        self.rubrics_model.set_entries(entries)
        if entries:
            shown = self.rubrics_model.entries  # in alphabetical order of the rubric text language
            first_valid = next((row for row, e in enumerate(shown) if e.valid), 0)
            self.rubrics.setCurrentIndex(self.rubrics_model.index(first_valid))
        self.no_rubrics.setText(
            self.tr("No rubric found. Put rubric files (.yaml) in {folder}").format(folder=self.library.user_dir)
        )
        self._fit_rubric_list()
        self.no_rubrics.setVisible(not entries)
        self.rubrics.setVisible(bool(entries))
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent.clear()
        for path in self.settings.recent_files:
            text = f"{path.name}\n{path.parent}"
            if not path.exists():
                text += "  " + self.tr("(not found)")
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.recent.setVisible(self.recent.count() > 0)
        self.no_recent.setVisible(self.recent.count() == 0)
        self._update_buttons()

    def set_language(self, lang: str) -> None:
        """Rubric titles and descriptions in `lang` (the app's own words follow the interface language)."""
        self.rubrics_model.set_language(lang)
        self._fit_rubric_list()

    def _fit_rubric_list(self) -> None:
        # Tall enough for every rubric (up to a screenful), so the button sits right under the list.
        view = self.rubrics
        rows = [view.sizeHintForRow(row) + 2 * view.spacing() for row in range(self.rubrics_model.rowCount())]
        shown = sum(rows[:MAX_ROWS_SHOWN]) + view.spacing()
        view.setFixedHeight(max(shown, view.fontMetrics().lineSpacing() * 3) + 2 * view.frameWidth())

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter on the list starts, as a double-click does.
        if (
            watched is self.rubrics
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._start_from(self.rubrics.currentIndex())
            return True
        return False

    def _start_from(self, index: QModelIndex) -> None:
        listing = index.data(LISTING_ROLE) if index.isValid() else None
        if not isinstance(listing, LibraryListing) or not listing.valid:
            return
        rubric, _issues = check_rubric_file_cached(listing.path)
        if rubric is None:  # the file changed since it was listed: list it again, with its problem
            self.refresh()
            return
        self.rubric_chosen.emit(rubric)

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(Path(item.data(PATH_ROLE)))

    def _update_buttons(self) -> None:
        index = self.rubrics.currentIndex()
        listing = index.data(LISTING_ROLE) if index.isValid() else None
        self.start_button.setEnabled(isinstance(listing, LibraryListing) and listing.valid)

    def _lay_out(self) -> None:
        self.title = title = look.heading("", 1)
        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        look.set_secondary(intro)

        new_column = QVBoxLayout()
        self.new_heading = new_heading = look.heading("")
        new_heading.setBuddy(self.rubrics)
        self.new_hint = new_hint = QLabel()
        new_hint.setWordWrap(True)
        new_column.addWidget(new_heading)
        new_column.addWidget(new_hint)
        new_column.addWidget(self.rubrics)
        new_column.addWidget(self.no_rubrics)
        start_row = QHBoxLayout()
        start_row.addWidget(self.manage_button)
        start_row.addStretch(1)
        start_row.addWidget(self.start_button)
        new_column.addLayout(start_row)
        new_column.addStretch(1)

        open_column = QVBoxLayout()
        self.continue_heading = look.heading("")
        open_column.addWidget(self.continue_heading)
        open_column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        open_column.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignLeft)
        open_column.addSpacing(look.spacing(self))
        self.recent_heading = recent_heading = look.heading("", 3)
        recent_heading.setBuddy(self.recent)
        open_column.addWidget(recent_heading)
        open_column.addWidget(self.recent, 1)
        open_column.addWidget(self.no_recent)
        open_column.addStretch(0)

        grid = QGridLayout()
        grid.setHorizontalSpacing(look.indent(self) * 2)
        grid.addLayout(new_column, 0, 0)
        grid.addLayout(open_column, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        content = QWidget()
        content.setMaximumWidth(round(look.reading_width(self) * 1.4))
        column = QVBoxLayout(content)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(look.spacing(self) * 2)
        column.addLayout(grid, 1)

        centred = QWidget()
        row = QHBoxLayout(centred)
        row.addStretch(1)
        row.addWidget(content, 100)
        row.addStretch(1)
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(centred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        for first, second in (
            (self.rubrics, self.manage_button),
            (self.manage_button, self.start_button),
            (self.start_button, self.open_button),
            (self.open_button, self.sample_button),
            (self.sample_button, self.recent),
        ):
            QWidget.setTabOrder(first, second)
