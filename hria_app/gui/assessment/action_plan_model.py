"""The action plan as a table: a thin adapter over core.actions.action_plan, and a filter over it.

The model never changes the assessment. An edit is announced as a signal (a new Tracking for an action, a new
Recommendation for one of the assessor's own), the page pushes it to the document as one undo step, and the
document's change comes back through `refresh`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from hria_app.core.actions import ACTION_STATUSES, Action, action_plan
from hria_app.core.assessment import Assessment
from hria_app.core.rubric import ADDRESSEES
from hria_app.core.text import Text
from hria_app.gui.widgets import look, user_text
from hria_app.gui.widgets.i18n import shown_date, typed_date

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 10
KEY_ROLE = Qt.ItemDataRole.UserRole + 11
COLUMNS = ("text", "kind", "to", "owner", "due", "status", "drop_reason", "criteria", "confidential")
TEXT, KIND, TO, OWNER, DUE, STATUS, DROP_REASON, CRITERIA, CONFIDENTIAL = range(len(COLUMNS))
translate = QCoreApplication.translate


def column_titles() -> tuple[str, ...]:
    return (
        translate("ActionPlan", "Action"),
        translate("ActionPlan", "From"),
        translate("ActionPlan", "Addressed to"),
        translate("ActionPlan", "Owner"),
        translate("ActionPlan", "Due"),
        translate("ActionPlan", "Status"),
        translate("ActionPlan", "Reason dropped"),
        translate("ActionPlan", "Criteria"),
        translate("ActionPlan", "Confidential"),
    )


def status_labels() -> dict[str, str]:
    return {
        "open": translate("ActionPlan", "Open"),
        "in_progress": translate("ActionPlan", "In progress"),
        "done": translate("ActionPlan", "Done"),
        "dropped": translate("ActionPlan", "Dropped"),
    }


def addressee_labels() -> dict[str, str]:
    return {
        "state": translate("ActionPlan", "State"),
        "vendor": translate("ActionPlan", "Vendor"),
        "investors": translate("ActionPlan", "Investors"),
        "all": translate("ActionPlan", "All"),
    }


def kind_labels() -> dict[str, str]:
    return {
        "measure": translate("ActionPlan", "Measure"),
        "recommendation": translate("ActionPlan", "Your recommendation"),
        "rubric": translate("ActionPlan", "Rubric"),
    }


class ActionPlanModel(QAbstractTableModel):
    tracking_edited = Signal(str, object, str)  # action key, new Tracking, undo label
    recommendation_edited = Signal(int, object, str)  # index, new Recommendation, undo label
    drop_reason_needed = Signal(str)  # action key: dropping asks why first

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.assessment: Assessment | None = None
        self.actions: tuple[Action, ...] = ()
        self.lang = "en"  # rubric text
        self.answer_lang = "en"  # the assessor's own text
        self.today = dt.date.today()

    def set_assessment(self, assessment: Assessment | None) -> None:
        self.assessment = assessment
        self.refresh()

    def refresh(self) -> None:
        actions = action_plan(self.assessment) if self.assessment is not None else ()
        if [a.key for a in actions] == [a.key for a in self.actions]:
            self.actions = actions
            if actions:
                self.dataChanged.emit(self.index(0, 0), self.index(len(actions) - 1, len(COLUMNS) - 1))
        else:
            self.beginResetModel()
            self.actions = actions
            self.endResetModel()

    def set_languages(self, lang: str, answer_lang: str) -> None:
        self.lang, self.answer_lang = lang, answer_lang
        self.refresh_all()

    def refresh_all(self) -> None:
        """Every cell and title again (the interface language or today changed)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.actions:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.actions) - 1, len(COLUMNS) - 1))

    def action(self, row: int) -> Action:
        return self.actions[row]

    def row_of(self, key: str) -> int:
        return next((row for row, a in enumerate(self.actions) if a.key == key), -1)

    # Qt overrides.
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.actions)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        action, column = self.actions[index.row()], index.column()
        own = action.kind == "recommendation"
        if column == CONFIDENTIAL:
            return base | Qt.ItemFlag.ItemIsUserCheckable if own else base
        if column in (OWNER, DUE, STATUS) or (column in (TEXT, TO) and own):
            return base | Qt.ItemFlag.ItemIsEditable
        if column == DROP_REASON and action.status == "dropped":
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        action, column = self.actions[index.row()], index.column()
        if role == KEY_ROLE:
            return action.key
        if role == SORT_ROLE:
            return self._sort_value(action, column)
        if column == CONFIDENTIAL:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if action.confidential else Qt.CheckState.Unchecked
            return None
        if column == DUE and action.is_overdue(self.today):
            return self._overdue_data(action, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._shown(action, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edited_value(action, column)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.flags(index) & (
            Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        action, column = self.actions[index.row()], index.column()
        tracking = action.tracking
        label = translate("ActionPlan", "Edit action")
        if column == CONFIDENTIAL and role == Qt.ItemDataRole.CheckStateRole:
            return self._edit_recommendation(action, label, confidential=Qt.CheckState(value) == Qt.CheckState.Checked)
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        if column == TEXT:
            return self._edit_recommendation(action, label, text=user_text.edited(action.text, self.answer_lang, text))
        if column == TO:
            return text in ADDRESSEES and self._edit_recommendation(action, label, to=text)
        if column == OWNER:
            new = replace(tracking, owner=text)
        elif column == DUE:
            due = typed_date(text) if text else ""
            if due is None:
                return False
            new = replace(tracking, due=due)
        elif column == STATUS:
            if text not in ACTION_STATUSES:
                return False
            if text == "dropped" and not tracking.drop_reason:
                self.drop_reason_needed.emit(action.key)
                return True
            new = replace(tracking, status=text)
        elif column == DROP_REASON:
            if not text:
                return False  # a dropped action keeps its reason; choose another status to take it back
            new = replace(tracking, drop_reason=user_text.edited(tracking.drop_reason, self.answer_lang, text))
        else:
            return False
        if new != tracking:
            self.tracking_edited.emit(action.key, new, label)
        return True

    # Helpers.
    def _edit_recommendation(self, action: Action, label: str, **changes: Any) -> bool:
        if self.assessment is None or action.kind != "recommendation":
            return False
        position = int(action.key.rsplit(":", 1)[1])
        item = self.assessment.recommendations[position]
        updated = replace(item, **changes)
        if updated != item:
            self.recommendation_edited.emit(position, updated, label)
        return True

    def _text(self, action: Action, text: Text) -> str:
        if action.kind == "rubric":
            return text.get(self.lang)
        return user_text.shown(text, self.answer_lang) or text.get(self.answer_lang)

    def _shown(self, action: Action, column: int) -> str:
        tracking = action.tracking
        if column == TEXT:
            return self._text(action, action.text)
        if column == KIND:
            return kind_labels()[action.kind]
        if column == TO:
            return addressee_labels().get(action.to, action.to)
        if column == OWNER:
            return tracking.owner
        if column == DUE:
            return shown_date(tracking.due) if tracking.due else ""
        if column == STATUS:
            return status_labels()[action.status]
        if column == DROP_REASON:
            if action.status == "dropped" and not tracking.drop_reason:
                return translate("ActionPlan", "(reason missing)")
            return self._text(action, tracking.drop_reason) if action.status == "dropped" else ""
        return ", ".join(action.criteria)

    def _edited_value(self, action: Action, column: int) -> str:
        if column == TEXT:
            return user_text.shown(action.text, self.answer_lang)
        if column == DROP_REASON:
            return user_text.shown(action.tracking.drop_reason, self.answer_lang)
        if column == STATUS:
            return action.status
        if column == TO:
            return action.to
        return self._shown(action, column)

    def _overdue_data(self, action: Action, role: int) -> Any:
        """Overdue says so in words and with an icon, not by colour alone."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return translate("ActionPlan", "{date} — overdue").format(date=shown_date(action.tracking.due))
        if role == Qt.ItemDataRole.EditRole:
            return shown_date(action.tracking.due)
        if role == Qt.ItemDataRole.ForegroundRole:
            return look.ERROR_COLOUR
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def _sort_value(self, action: Action, column: int) -> Any:
        if column == DUE:
            return action.tracking.due or "9999"  # undated last
        if column == STATUS:
            return ACTION_STATUSES.index(action.status)
        if column == CONFIDENTIAL:
            return int(action.confidential)
        return self._shown(action, column).casefold()


class ActionFilter(QSortFilterProxyModel):
    """Rows by addressee, status and overdue; an empty choice lets every value through."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.addressee = ""
        self.status = ""
        self.overdue_only = False
        self.setSortRole(SORT_ROLE)

    def set_filters(self, addressee: str = "", status: str = "", overdue_only: bool = False) -> None:
        self.beginFilterChange()
        self.addressee, self.status, self.overdue_only = addressee, status, overdue_only
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ActionPlanModel):
            return True
        action = model.action(source_row)
        if self.addressee and action.to != self.addressee:
            return False
        if self.status and action.status != self.status:
            return False
        return not self.overdue_only or action.is_overdue(model.today)
