"""What an upgrade to a newer rubric version did, shown once it is done (a non-modal dialog).

Three lists: criteria added (now unanswered), removed (their answers kept in the archive), changed (answers kept,
worth a review; the navigator marks them). Activating a criterion that still exists shows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from hria_app.core.rubric import Rubric
from hria_app.core.rubric_diff import UpgradeReport
from hria_app.gui.widgets import look

CRITERION_ROLE = Qt.ItemDataRole.UserRole + 1


class UpgradeReportDialog(QDialog):
    criterion_requested = Signal(str)

    def __init__(self, report: UpgradeReport, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Rubric upgraded"))
        old, new = report.diff.old, report.diff.new
        summary = QLabel(
            self.tr(
                "The assessment now uses “{title}” version {new} (it used {old}). Undo (Ctrl+Z) puts it back."
            ).format(title=new.title.get(lang), new=new.version, old=old.version)
        )
        summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        self.lists: dict[str, QListWidget] = {}
        sections = (
            ("added", self.tr("Added: now unanswered"), report.added, new),
            ("archived", self.tr("Removed: the answers are kept in the archive"), report.archived, old),
            ("review", self.tr("Changed: review the answers"), report.review, new),
        )
        for key, heading, ids, rubric in sections:
            layout.addWidget(look.heading(heading, 3))
            layout.addWidget(self._list(key, heading, ids, rubric, lang))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())

    def _list(self, key: str, name: str, ids: list[str], rubric: Rubric, lang: str) -> QWidget:
        if not ids:
            none = QLabel(self.tr("None."))
            look.set_secondary(none)
            return none
        view = QListWidget()
        view.setAccessibleName(name)
        for criterion_id in ids:
            title = rubric.criterion(criterion_id).title.get(lang) if rubric.has_criterion(criterion_id) else ""
            item = QListWidgetItem(f"{criterion_id}  {title}")
            item.setData(CRITERION_ROLE, criterion_id)
            view.addItem(item)
        view.setFixedHeight(view.sizeHintForRow(0) * min(len(ids), 6) + 2 * view.frameWidth())
        if key != "archived":
            view.itemActivated.connect(lambda item: self.criterion_requested.emit(item.data(CRITERION_ROLE)))
        self.lists[key] = view
        return view
