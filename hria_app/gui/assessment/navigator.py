"""The side panel of the workspace: the assessment's pages, a filter box and the tree of criteria."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.assessment.navigator_model import (
    CRITERION_ID_ROLE,
    STATUS_COLUMN,
    TITLE_COLUMN,
    NavigatorFilter,
    NavigatorModel,
)
from hria_app.gui.widgets import look
from hria_app.gui.widgets.i18n import follow_language

PAGE_KEY_ROLE = Qt.ItemDataRole.UserRole + 10


class Navigator(QWidget):
    criterion_activated = Signal(str)
    page_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NavigatorModel(self)
        self.proxy = NavigatorFilter(self)
        self.proxy.setSourceModel(self.model)

        self.pages = QListWidget()
        self.pages.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.pages.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.pages.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A list of a few places, not a box to type in: no frame, the window's own background.
        self.pages.setFrameShape(QListWidget.Shape.NoFrame)
        self.pages.viewport().setAutoFillBackground(False)
        self.pages.setFont(look.scaled_font(self.pages, 1.0, bold=True))
        # Selection, not the current item: a list or tree given focus makes its first row current on its own,
        # and that must not move the person to another page.
        self.pages.itemSelectionChanged.connect(self._on_page_selection)

        self.filter_box = QLineEdit()
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._on_filter)

        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection)

        self.criteria_label = criteria_label = QLabel()
        criteria_label.setFont(look.scaled_font(criteria_label, 1.0, bold=True))
        criteria_label.setBuddy(self.filter_box)
        layout = QVBoxLayout(self)
        margin = self.fontMetrics().height() // 2
        layout.setContentsMargins(margin, margin, 0, margin)
        layout.addWidget(self.pages)
        layout.addWidget(criteria_label)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree, 1)
        self.setTabOrder(self.pages, self.filter_box)
        self.setTabOrder(self.filter_box, self.tree)
        self.retranslate()

    def retranslate(self) -> None:
        self.pages.setAccessibleName(self.tr("Assessment pages"))
        self.filter_box.setPlaceholderText(self.tr("Filter criteria"))
        self.filter_box.setAccessibleName(self.tr("Filter criteria by id, title or question"))
        self.filter_box.setToolTip(
            self.tr("Ignores capitals and Thai tone marks: “เปน” finds “เป็น”, “ขอมูล” finds “ข้อมูล”.")
        )
        self.tree.setAccessibleName(self.tr("Criteria"))
        self.criteria_label.setText(self.tr("&Criteria"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        follow_language(event, self.retranslate)
        super().changeEvent(event)

    def add_page_entry(self, key: str, title: str) -> None:
        item = QListWidgetItem(title)
        item.setData(PAGE_KEY_ROLE, key)
        blocker = QSignalBlocker(self.pages)
        self.pages.addItem(item)
        self.pages.setCurrentRow(-1)
        del blocker
        self._fit_pages()

    def set_page_title(self, key: str, title: str) -> None:
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            if item.data(PAGE_KEY_ROLE) == key:
                item.setText(title)
        self._fit_pages()

    def set_page_visible(self, key: str, visible: bool) -> None:
        """Show a page's entry only while it has something to show (the merge conflicts)."""
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            if item.data(PAGE_KEY_ROLE) == key:
                item.setHidden(not visible)
        self._fit_pages()

    def _fit_pages(self) -> None:
        # As tall as its entries, never a scrolling box: it holds a handful of pages.
        rows = sum(
            self.pages.sizeHintForRow(row) for row in range(self.pages.count()) if not self.pages.item(row).isHidden()
        )
        self.pages.setFixedHeight(rows + 2 * self.pages.frameWidth())

    def set_document(self, document: AssessmentDocument | None) -> None:
        self.filter_box.clear()
        self.model.set_document(document)
        self.tree.expandAll()

    def set_language(self, lang: str) -> None:
        self.model.set_language(lang)

    def show_criterion(self, criterion_id: str) -> None:
        """Reflect the criterion on show, without emitting anything back."""
        index = self.proxy.mapFromSource(self.model.index_of(criterion_id))
        if not index.isValid():  # hidden by the filter: the page wins over the filter
            self.filter_box.clear()
            index = self.proxy.mapFromSource(self.model.index_of(criterion_id))
        with_pages = QSignalBlocker(self.pages)
        self.pages.clearSelection()
        self.pages.setCurrentRow(-1)
        del with_pages
        blocker = QSignalBlocker(self.tree.selectionModel())
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.tree.selectionModel().setCurrentIndex(index, flags)
        del blocker
        self.tree.viewport().update()
        self.tree.scrollTo(index)

    def show_page(self, key: str) -> None:
        blocker = QSignalBlocker(self.pages)
        for row in range(self.pages.count()):
            if self.pages.item(row).data(PAGE_KEY_ROLE) == key:
                self.pages.setCurrentRow(row)
        del blocker
        tree_blocker = QSignalBlocker(self.tree.selectionModel())
        self.tree.selectionModel().clear()
        del tree_blocker
        self.tree.viewport().update()

    def _on_page_selection(self) -> None:
        selected = self.pages.selectedItems()
        if selected:
            self.page_activated.emit(selected[0].data(PAGE_KEY_ROLE))

    def _on_tree_selection(self) -> None:
        rows = self.tree.selectionModel().selectedRows(TITLE_COLUMN)
        criterion_id = rows[0].data(CRITERION_ID_ROLE) if rows else None
        if criterion_id:
            self.criterion_activated.emit(criterion_id)

    def _on_filter(self, text: str) -> None:
        self.proxy.set_search(text)
        self.tree.expandAll()
