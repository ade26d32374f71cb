"""A list of a rubric's problems as `hria validate` reports them: FILE:LINE:COLUMN, the field path, the message.

Used by the rubric editor (live validation) and the rubric manager (a file that cannot be used or imported).
Activating a problem (click, Enter) announces it, so the owner can show the field.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QListView, QStyle, QVBoxLayout, QWidget

from hria_app.core.errors import Issue
from hria_app.gui.widgets import look
from hria_app.gui.widgets.i18n import interface_language

ISSUE_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


def short_issue(issue: Issue) -> str:
    """The issue as `hria validate` prints it, with the file named by its name rather than its whole path, in the
    interface language (core/issue_messages.py)."""
    return replace(issue, file=Path(issue.file).name).describe(interface_language())


class IssueListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.issues: list[Issue] = []

    def set_issues(self, issues: list[Issue]) -> None:
        # Errors first: they are what stops the rubric from being used.
        ordered = sorted(issues, key=lambda i: (i.severity != "error", i.line, i.column))
        if ordered == self.issues:
            return
        self.beginResetModel()
        self.issues = ordered
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.issues)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.issues):
            return None
        issue = self.issues[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return short_issue(issue)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return issue.describe(interface_language())
        if role == Qt.ItemDataRole.ForegroundRole:
            return look.ERROR_COLOUR if issue.severity == "error" else look.WARNING_COLOUR
        if role == Qt.ItemDataRole.DecorationRole:
            icon = QStyle.StandardPixmap.SP_MessageBoxCritical
            if issue.severity != "error":
                icon = QStyle.StandardPixmap.SP_MessageBoxWarning
            return QApplication.style().standardIcon(icon)
        if role == ISSUE_ROLE:
            return issue
        return None


class IssueList(QWidget):
    issue_activated = Signal(object)  # an Issue

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = IssueListModel(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Problems"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        side = self.fontMetrics().height()
        self.view.setIconSize(QSize(side, side))
        self.view.setWordWrap(False)
        self.view.clicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.summary.setBuddy(self.view)

    def set_issues(self, issues: list[Issue], valid_text: str = "") -> None:
        self.model.set_issues(issues)
        errors = sum(1 for i in issues if i.severity == "error")
        warnings = len(issues) - errors
        if errors:
            text = self.tr("%n error(s), {warnings}: the rubric cannot be used until the errors are fixed.", "", errors)
            text = text.replace("{warnings}", self.tr("%n warning(s)", "", warnings))
            look.set_warning(self.summary, look.ERROR_COLOUR)
        elif warnings:
            text = self.tr("Valid, with %n warning(s).", "", warnings)
            look.set_warning(self.summary)
        else:
            text = valid_text or self.tr("No problems found: the rubric is valid.")
            self.summary.setPalette(self.palette())
        self.summary.setText(text)
        self.view.setVisible(bool(issues))

    def _activated(self, index: QModelIndex) -> None:
        issue = index.data(ISSUE_ROLE)
        if isinstance(issue, Issue):
            self.issue_activated.emit(issue)
