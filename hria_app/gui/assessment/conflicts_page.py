"""The merge conflicts of the open assessment, one row each (field, ours, theirs, base), and the choice of a side.

A choice is one undo step (state_swap.py): core's `resolve_conflict` gives a new assessment with the field set and
the conflict gone. The keys: select a row, then Alt+O keeps ours, Alt+T takes theirs, Alt+B goes back to the base.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hria_app.core.conflicts import Conflict, Side, short_value
from hria_app.core.merge import resolve_all, resolve_conflict
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.assessment.state_swap import replace_state
from hria_app.gui.widgets import look
from hria_app.gui.widgets.i18n import follow_language

FIELD_COLUMN, OURS_COLUMN, THEIRS_COLUMN, BASE_COLUMN = range(4)
SIDE_COLUMNS: dict[Side, int] = {"ours": OURS_COLUMN, "theirs": THEIRS_COLUMN, "base": BASE_COLUMN}


class ConflictsPage(QWidget):
    conflicts_changed = Signal(int)  # how many remain
    criterion_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: AssessmentDocument | None = None
        self._lang = "en"
        self._shown: tuple[Conflict, ...] = ()
        self.title = look.heading("", 1)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.buttons: dict[Side, QPushButton] = {}
        row = QHBoxLayout()
        for side in ("ours", "theirs", "base"):
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, s=side: self.choose(s))
            self.buttons[side] = button
            row.addWidget(button)
        row.addStretch(1)
        self.all_ours_button = QPushButton()
        self.all_ours_button.clicked.connect(lambda: self.choose_all("ours"))
        self.all_theirs_button = QPushButton()
        self.all_theirs_button.clicked.connect(lambda: self.choose_all("theirs"))
        row.addWidget(self.all_ours_button)
        row.addWidget(self.all_theirs_button)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.empty_label)
        self.retranslate()

    def retranslate(self) -> None:
        look.set_heading_text(self.title, self.tr("Merge conflicts"))
        self.intro.setText(
            self.tr(
                "Two versions of this assessment changed the same fields differently. Until you choose, each field "
                "holds “ours”. Select a conflict, then keep ours (Alt+O), take theirs (Alt+T) or go back to the "
                "common version (Alt+B). Every choice can be undone."
            )
        )
        self.table.setAccessibleName(self.tr("Merge conflicts"))
        self.buttons["ours"].setText(self.tr("Keep &ours"))
        self.buttons["theirs"].setText(self.tr("Take &theirs"))
        self.buttons["base"].setText(self.tr("Back to &base"))
        self.all_ours_button.setText(self.tr("Keep ours for &all"))
        self.all_theirs_button.setText(self.tr("Take theirs for a&ll"))
        self.empty_label.setText(self.tr("No merge conflicts remain. Save to keep the result."))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        follow_language(event, self.retranslate)
        super().changeEvent(event)

    def set_document(self, document: AssessmentDocument | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self.refresh)
        self.document = document
        if document is not None:
            document.changed.connect(self.refresh)
        self.refresh()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.refresh()

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        return self.document.assessment.conflicts if self.document is not None else ()

    def refresh(self) -> None:
        conflicts = self.conflicts
        selected = self.table.currentRow()
        self._shown = conflicts
        labels = conflicts[0] if conflicts else Conflict(())
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Ours ({label})").format(label=labels.ours_label),
                self.tr("Theirs ({label})").format(label=labels.theirs_label),
                self.tr("Base (common version)"),
            ]
        )
        self.table.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            self.table.setItem(row, FIELD_COLUMN, QTableWidgetItem(self.field_text(conflict)))
            for side, column in SIDE_COLUMNS.items():
                item = QTableWidgetItem(self.value_text(conflict, side))
                item.setToolTip(short_value(conflict.value(side), 400))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if conflicts:
            self.table.selectRow(min(max(selected, 0), len(conflicts) - 1))
        self.empty_label.setVisible(not conflicts)
        self.table.setVisible(bool(conflicts))
        self._update_buttons()
        self.conflicts_changed.emit(len(conflicts))

    def field_text(self, conflict: Conflict) -> str:
        criterion_id = conflict.criterion_id
        rubric = self.document.assessment.rubric if self.document is not None else None
        if criterion_id and rubric is not None and rubric.has_criterion(criterion_id):
            title = rubric.criterion(criterion_id).title.get(self._lang)
            rest = " › ".join(conflict.path[2:])
            return f"{criterion_id} {title}" + (f" › {rest}" if rest else "")
        return conflict.field

    def value_text(self, conflict: Conflict, side: Side) -> str:
        value = conflict.value(side)
        return self.tr("(nothing)") if value is None else short_value(value)

    def current(self) -> Conflict | None:
        row = self.table.currentRow()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def choose(self, side: Side, conflict: Conflict | None = None) -> None:
        """Resolve `conflict` (the selected one by default) by taking `side`'s value: one undo step."""
        document = self.document
        conflict = conflict or self.current()
        if document is None or conflict is None:
            return
        resolved = resolve_conflict(document.assessment, conflict, side)
        names = {"ours": conflict.ours_label, "theirs": conflict.theirs_label, "base": self.tr("base")}
        label = self.tr("Resolve {field}: {side}").format(field=conflict.field, side=names[side])
        replace_state(document, resolved, label)

    def choose_all(self, side: Side) -> None:
        document = self.document
        if document is None or not document.assessment.conflicts:
            return
        label = self.tr("Keep ours for every conflict") if side == "ours" else self.tr("Take theirs for every conflict")
        replace_state(document, resolve_all(document.assessment, side), label)

    def _double_clicked(self, row: int, column: int) -> None:
        if column == FIELD_COLUMN and 0 <= row < len(self._shown):
            criterion_id = self._shown[row].criterion_id
            if criterion_id:
                self.criterion_requested.emit(criterion_id)
            return
        side = next((s for s, c in SIDE_COLUMNS.items() if c == column), None)
        if side is not None and 0 <= row < len(self._shown):
            self.choose(side, self._shown[row])

    def _update_buttons(self) -> None:
        has_current = self.current() is not None
        for button in self.buttons.values():
            button.setEnabled(has_current)
        self.all_ours_button.setEnabled(bool(self._shown))
        self.all_theirs_button.setEnabled(bool(self._shown))
