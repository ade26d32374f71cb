"""The summary page's parts and where they sit: the headline (level, completeness, reasons), the charts, what
needs attention, and the tabs of sections. SummaryPage (summary_page.py) derives from this and fills the parts
from the document's result; a click on an entry, a chart or a row asks for that criterion or section.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QProgressBar,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hria_app.gui.assessment.heat_map import RiskHeatMap
from hria_app.gui.assessment.section_bars import SectionBarChart
from hria_app.gui.assessment.section_severity import SectionSeverityPanel
from hria_app.gui.assessment.summary_model import KEY_ROLE, SORT_ROLE, EntryListModel, SectionTableModel
from hria_app.gui.widgets.look import set_secondary


class SummaryLayout(QWidget):
    criterion_requested = Signal(str)  # criterion id: the user asked to see this criterion
    section_requested = Signal(str)  # section id
    _lang: str

    def refresh(self) -> None:
        raise NotImplementedError  # SummaryPage's: show the current result

    # Building
    def _build(self) -> None:
        content = QWidget(self)
        layout = QVBoxLayout(content)
        # Reading order: the level and why, which rights are worst, then what to look at.
        layout.addLayout(self._build_headline())
        layout.addWidget(self._build_charts())
        layout.addWidget(self._build_attention())
        layout.addWidget(self._build_tabs())
        layout.addStretch(1)
        self.scroll_area = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _build_headline(self) -> QGridLayout:
        grid = QGridLayout()
        self.level_label = QLabel(self)
        self.level_label.setTextFormat(Qt.TextFormat.PlainText)
        self.level_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.level_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        font = self.level_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.level_label.setFont(font)
        grid.addWidget(self.level_label, 0, 0, 2, 1)

        self.inherent_button = QRadioButton(self)
        self.residual_button = QRadioButton(self)
        self._view_group = QButtonGroup(self)
        self._view_group.addButton(self.inherent_button)
        self._view_group.addButton(self.residual_button)
        self.inherent_button.setChecked(True)
        self.residual_button.toggled.connect(lambda _checked: self.refresh())
        toggle = QHBoxLayout()
        toggle.addWidget(self.inherent_button)
        toggle.addWidget(self.residual_button)
        toggle.addStretch(1)
        grid.addLayout(toggle, 0, 1)

        self.completeness_bar = QProgressBar(self)
        self.completeness_bar.setRange(0, 100)
        self.completeness_label = QLabel(self)
        completeness = QHBoxLayout()
        completeness.addWidget(self.completeness_bar, 1)
        completeness.addWidget(self.completeness_label)
        grid.addLayout(completeness, 1, 1)

        # The headline: what sets the level (a red flag, a gateway, a critical section, unknowns or the bands),
        # above the rubric's description of the level, which may speak of red lines none has crossed.
        self.driver_label = QLabel(self)
        self.driver_label.setWordWrap(True)
        font = self.driver_label.font()
        font.setBold(True)
        self.driver_label.setFont(font)
        grid.addWidget(self.driver_label, 2, 0, 1, 2)
        self.description_label = QLabel(self)
        self.description_label.setWordWrap(True)
        grid.addWidget(self.description_label, 3, 0, 1, 2)
        self.reasons_model = EntryListModel(self)
        self.reasons_view = self._entry_view(self.reasons_model, "")
        self.reasons_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reasons_view.setFrameShape(QFrame.Shape.NoFrame)
        self.reasons_view.setBackgroundRole(self.backgroundRole())
        self.reasons_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.reasons_model.modelReset.connect(self._fit_reasons)
        grid.addWidget(self.reasons_view, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        return grid

    def _build_attention(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.red_flags_model = EntryListModel(self)
        self.red_flags_box = QGroupBox(self)
        self.red_flags_view = self._entry_view(self.red_flags_model, "", self.red_flags_box)
        self.open_questions_model = EntryListModel(self)
        self.open_questions_box = QGroupBox(self)
        self.open_questions_view = self._entry_view(self.open_questions_model, "", self.open_questions_box)
        for group, view in (
            (self.red_flags_box, self.red_flags_view),
            (self.open_questions_box, self.open_questions_view),
        ):
            view.setMinimumHeight(view.fontMetrics().height() * 5)
            QVBoxLayout(group).addWidget(view)
            row.addWidget(group)
        return box

    def _entry_view(self, model: EntryListModel, name: str, parent: QWidget | None = None) -> QListView:
        view = QListView(parent or self)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Enter activates; a single click is enough too, whatever the platform's double-click convention.
        view.clicked.connect(self._entry_activated)
        view.activated.connect(self._entry_activated)
        return view

    def _build_charts(self) -> QWidget:
        self.charts_box = QGroupBox(self)
        grid = QGridLayout(self.charts_box)
        self.heat_map = RiskHeatMap(self.charts_box)
        self.bar_chart = SectionBarChart(self.charts_box)
        self.heat_map.section_clicked.connect(self.section_requested)
        self.bar_chart.section_clicked.connect(self.section_requested)
        self.heat_map_caption = QLabel(self.charts_box)
        self.bar_chart_caption = QLabel(self.charts_box)
        for column, (caption, chart) in enumerate(
            ((self.heat_map_caption, self.heat_map), (self.bar_chart_caption, self.bar_chart))
        ):
            caption.setWordWrap(True)
            caption.setBuddy(chart)
            set_secondary(caption)
            grid.addWidget(caption, 0, column)
            grid.addWidget(chart, 1, column, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(column, 1)
        return self.charts_box

    def _build_tabs(self) -> QTabWidget:
        self.tabs = QTabWidget(self)
        self.section_model = SectionTableModel(self)
        self._section_proxy = QSortFilterProxyModel(self)
        self._section_proxy.setSourceModel(self.section_model)
        self._section_proxy.setSortRole(SORT_ROLE)
        self.section_table = QTableView(self.tabs)
        self.section_table.setModel(self._section_proxy)
        self.section_table.setSortingEnabled(True)
        self.section_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # rubric order until the user sorts
        self.section_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.section_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.section_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.section_table.setWordWrap(False)
        self.section_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_table.verticalHeader().setVisible(False)
        header = self.section_table.horizontalHeader()
        # Sized when rows are reset, not on every change: ResizeToContents re-measures every cell per edit.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SectionTableModel.SECTION, QHeaderView.ResizeMode.Stretch)
        self.section_model.modelReset.connect(self._fit_table_columns)
        self.section_table.clicked.connect(self._section_activated)
        self.section_table.activated.connect(self._section_activated)
        self.tabs.addTab(self.section_table, "")
        self.severity_panel = SectionSeverityPanel(None, self._lang, self.tabs)
        self._severity_index = self.tabs.addTab(self.severity_panel, "")
        return self.tabs

    def _fit_table_columns(self) -> None:
        table = self.section_table
        for column in range(SectionTableModel.RATING, self.section_model.columnCount()):
            table.resizeColumnToContents(column)
        # As tall as its rows: the page scrolls, not a box inside it.
        rows = self.section_model.rowCount()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += rows * table.verticalHeader().defaultSectionSize()
        table.setFixedHeight(height + table.horizontalScrollBar().sizeHint().height())

    def _fit_reasons(self) -> None:
        # The list is as tall as its lines, so the reasons read like a paragraph rather than a scrolling box.
        view = self.reasons_view
        height = sum(view.sizeHintForRow(row) for row in range(self.reasons_model.rowCount()))
        view.setFixedHeight(height + 2 * view.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_reasons()  # wrapped lines change with the width

    # Activation
    def _entry_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        model = index.model()
        assert isinstance(model, EntryListModel)
        entry = model.entry(index.row())
        if entry.criterion_id:
            self.criterion_requested.emit(entry.criterion_id)
        elif entry.section_id:
            self.section_requested.emit(entry.section_id)

    def _section_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.section_requested.emit(index.data(KEY_ROLE))
