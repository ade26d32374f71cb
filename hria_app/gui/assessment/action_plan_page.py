"""The Action plan page: every measure and recommendation as an action, filtered, sorted and edited by keyboard.

Each edit is one undo step on the document (owner, due date, status and the reason for dropping one; the
assessor's own recommendations also by text, addressee and confidentiality). A measure's status here and in the
criterion's mitigation table are the same value: the measure's own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hria_app.core.actions import ACTION_STATUSES
from hria_app.core.assessment import Recommendation
from hria_app.core.rubric import ADDRESSEES
from hria_app.core.text import Text
from hria_app.gui.assessment.action_plan_model import (
    DROP_REASON,
    DUE,
    OWNER,
    STATUS,
    TEXT,
    TO,
    ActionFilter,
    ActionPlanModel,
    addressee_labels,
    status_labels,
)
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.assessment.recommendation_text import RecommendationText
from hria_app.gui.widgets import look
from hria_app.gui.widgets.i18n import follow_language, interface_language

ACTION_PLAN = "actions"  # the page's key in the workspace
AskDropReason = Callable[[QWidget, str], "str | None"]
PARTIAL_DATE = QRegularExpression(r"^\d{0,4}(-\d{0,2}(-\d{0,2})?)?$")


def ask_drop_reason_in_dialog(parent: QWidget, action: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog

    text, accepted = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ActionPlanPage", "Drop the action"),
        QCoreApplication.translate("ActionPlanPage", "Why is “{action}” dropped?").format(action=action),
    )
    return text.strip() if accepted and text.strip() else None


class ActionDelegate(QStyledItemDelegate):
    """Lists for the status and the addressee; a date checked as typed; a line of text for the rest."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        if index.column() in (STATUS, TO):
            combo = QComboBox(parent)
            labels = status_labels() if index.column() == STATUS else addressee_labels()
            for value in ACTION_STATUSES if index.column() == STATUS else ADDRESSEES:
                combo.addItem(labels[value], value)
            return combo
        editor = QLineEdit(parent)
        if index.column() == DUE:
            editor.setPlaceholderText(self.tr("YYYY-MM-DD"))
            if interface_language() == "en":  # Thai dates are typed in several forms
                editor.setValidator(QRegularExpressionValidator(PARTIAL_DATE, editor))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(value or "")

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        model.setData(index, editor.currentData() if isinstance(editor, QComboBox) else editor.property("text"))


class ActionPlanPage(QWidget):
    def __init__(self, ask_drop_reason: AskDropReason | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: AssessmentDocument | None = None
        self.ask_drop_reason: AskDropReason = ask_drop_reason or ask_drop_reason_in_dialog
        self.model = ActionPlanModel(self)
        self.model.tracking_edited.connect(self._tracking_edited)
        self.model.recommendation_edited.connect(self._recommendation_edited)
        self.model.drop_reason_needed.connect(self._ask_reason, Qt.ConnectionType.QueuedConnection)
        self.proxy = ActionFilter(self)
        self.proxy.setSourceModel(self.model)

        self.heading = look.heading("")
        self.addressee_filter = QComboBox()
        self.status_filter = QComboBox()
        self.overdue_only = QCheckBox()
        self.addressee_label = QLabel()
        self.addressee_label.setBuddy(self.addressee_filter)
        self.status_label = QLabel()
        self.status_label.setBuddy(self.status_filter)
        for control in (self.addressee_filter, self.status_filter):
            control.activated.connect(self._filters_changed)
        self.overdue_only.toggled.connect(self._filters_changed)
        self.count_label = QLabel()
        filters = QHBoxLayout()
        for widget in (self.addressee_label, self.addressee_filter, self.status_label, self.status_filter):
            filters.addWidget(widget)
        filters.addWidget(self.overdue_only)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(ActionDelegate(self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # rubric order until a header is clicked
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # The free texts get room to read and may be widened; the full text is in each cell's tooltip.
        characters = self.fontMetrics().averageCharWidth()
        for column, width in ((TEXT, 36), (OWNER, 16), (DROP_REASON, 16)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, characters * width)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._selection_changed())
        self.proxy.modelReset.connect(self._selection_changed)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.model.dataChanged.connect(lambda *_args: self._update_count())

        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_recommendation)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_recommendation)
        self.text_editor = RecommendationText()
        self.text_editor.text_edited.connect(self._text_edited)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.text_editor)
        self.retranslate()
        self._selection_changed()

    # Following the workspace.
    def set_document(self, document: AssessmentDocument | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self.model.refresh)
            self.document.recommendations_changed.disconnect(self._selection_changed)
        self.document = document
        if document is not None:
            document.changed.connect(self.model.refresh)
            document.recommendations_changed.connect(self._selection_changed)
        self.model.set_assessment(document.assessment if document is not None else None)

    def set_language(self, lang: str) -> None:
        self.model.set_languages(lang, self.model.answer_lang)

    def set_answer_language(self, lang: str) -> None:
        self.model.set_languages(self.model.lang, lang)
        self._selection_changed()

    def retranslate(self) -> None:
        look.set_heading_text(self.heading, self.tr("Action plan"))
        self.addressee_label.setText(self.tr("&Addressed to:"))
        self.status_label.setText(self.tr("&Status:"))
        self.overdue_only.setText(self.tr("&Overdue only"))
        self.view.setAccessibleName(self.tr("Actions"))
        self.add_button.setText(self.tr("Add &recommendation"))
        self.remove_button.setText(self.tr("Remove recommendation"))
        for combo, labels in ((self.addressee_filter, addressee_labels()), (self.status_filter, status_labels())):
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("Any"), "")
            for value, label in labels.items():
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.text_editor.retranslate()
        self.model.refresh_all()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        follow_language(event, self.retranslate)
        super().changeEvent(event)

    # Filtering.
    def set_filters(self, addressee: str = "", status: str = "", overdue_only: bool = False) -> None:
        self.addressee_filter.setCurrentIndex(max(0, self.addressee_filter.findData(addressee)))
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(status)))
        self.overdue_only.setChecked(overdue_only)
        self._filters_changed()

    def _filters_changed(self, *_args: object) -> None:
        self.proxy.set_filters(
            self.addressee_filter.currentData() or "",
            self.status_filter.currentData() or "",
            self.overdue_only.isChecked(),
        )
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        late = sum(1 for action in self.model.actions if action.is_overdue(self.model.today))
        self.count_label.setText(
            self.tr("{shown} of {total} actions · {late} overdue").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount(), late=late
            )
        )

    # Edits, each one undo step.
    def _tracking_edited(self, key: str, tracking: object, label: str) -> None:
        if self.document is not None:
            self.document.edit_tracking(key, tracking, label)  # type: ignore[arg-type]  # a Tracking, by signal

    def _recommendation_edited(self, position: int, item: object, label: str) -> None:
        if self.document is None or not isinstance(item, Recommendation):
            return
        items = list(self.document.assessment.recommendations)
        items[position] = item
        self.document.edit_recommendations(tuple(items), label)

    def _ask_reason(self, key: str) -> None:
        row = self.model.row_of(key)
        if row < 0 or self.document is None:
            return
        action = self.model.action(row)
        reason = self.ask_drop_reason(self, action.text.get(self.model.answer_lang))
        if reason:
            drop_reason = action.tracking.drop_reason.with_lang(self.model.answer_lang, reason)
            tracking = replace(action.tracking, status="dropped", drop_reason=drop_reason)
            self.document.edit_tracking(key, tracking, self.tr("Drop action"))

    def add_recommendation(self) -> None:
        if self.document is None:
            return
        items = (*self.document.assessment.recommendations, Recommendation(text=Text()))
        self.document.edit_recommendations(items, self.tr("Add recommendation"))
        row = self.model.row_of(f"recommendation:{len(items) - 1}")
        self.set_filters()  # a filter could hide the new row
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(index)
        self.text_editor.focus()

    def remove_recommendation(self) -> None:
        position = self._selected_recommendation()
        if self.document is None or position is None:
            return
        items = tuple(r for i, r in enumerate(self.document.assessment.recommendations) if i != position)
        self.document.edit_recommendations(items, self.tr("Remove recommendation"))

    def _text_edited(self, text: Text) -> None:
        position = self._selected_recommendation()
        if self.document is not None and position is not None:
            item = replace(self.document.assessment.recommendations[position], text=text)
            self._recommendation_edited(position, item, self.tr("Edit recommendation"))

    def select_action(self, key: str) -> None:
        index = self.proxy.mapFromSource(self.model.index(self.model.row_of(key), 0))
        self.view.setCurrentIndex(index)

    def _selected_recommendation(self) -> int | None:
        index = self.proxy.mapToSource(self.view.currentIndex())
        if not index.isValid():
            return None
        action = self.model.action(index.row())
        return int(action.key.rsplit(":", 1)[1]) if action.kind == "recommendation" else None

    def _selection_changed(self) -> None:
        position = self._selected_recommendation()
        self.remove_button.setEnabled(position is not None)
        if self.document is not None and position is not None:
            self.text_editor.show_text(self.document.assessment.recommendations[position].text)
        else:
            self.text_editor.show_text(None)
