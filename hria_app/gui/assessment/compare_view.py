"""Two assessments side by side: the overall levels, every right's rating then → now, and every changed answer;
the data of `hria diff` (core's Comparison), in the rubric text language.

The window is given the two assessments ("then" and "now"); Swap sides exchanges them. Exporting the comparison
brief is asked for with `export_requested(lang, public)`; the main window does it (gui/export).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hria_app.core.assessment import Assessment
from hria_app.core.comparison import Comparison, compare
from hria_app.core.diff_report import change_text, criterion_heading
from hria_app.core.text import Text
from hria_app.gui.widgets import look

EXPORT_LANGUAGES = ("en", "th", "en+th")


def trend_arrow(before: int | None, after: int | None) -> str:
    """↑ higher concern, ↓ lower, = the same (or not rated on one side)."""
    if before is None or after is None or before == after:
        return "="
    return "↑" if after > before else "↓"


class CompareView(QDialog):
    export_requested = Signal(str, bool)  # language ("en", "th", "en+th"), public

    def __init__(self, before: Assessment, after: Assessment, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.lang = lang
        self.before, self.after = before, after
        self.comparison: Comparison = compare(before, after)
        self.heading = look.heading("", 1)
        self.relation_label = QLabel()
        self.relation_label.setWordWrap(True)
        self.overall_label = look.heading("", 2)
        self.reasons_label = QLabel()
        self.reasons_label.setWordWrap(True)
        self.sections = QTreeWidget()
        self.sections.setRootIsDecorated(False)
        self.sections.setColumnCount(4)
        self.sections.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.sections.header().setStretchLastSection(False)
        self.sections.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.answers = QTreeWidget()
        self.answers.setHeaderHidden(True)
        self.answers.setWordWrap(True)
        self.answers_heading = look.heading("", 2)
        self.sections_heading = look.heading("", 2)
        self.swap_button = QPushButton()
        self.swap_button.clicked.connect(self.swap)
        self.export_language = QComboBox()
        self.public_box = QCheckBox()
        self.public_box.setChecked(True)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(
            lambda: self.export_requested.emit(
                EXPORT_LANGUAGES[self.export_language.currentIndex()], self.public_box.isChecked()
            )
        )
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.swap_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_language)
        buttons.addWidget(self.public_box)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.relation_label, self.overall_label, self.reasons_label):
            layout.addWidget(widget)
        layout.addWidget(self.sections_heading)
        layout.addWidget(self.sections, 1)
        layout.addWidget(self.answers_heading)
        layout.addWidget(self.answers, 2)
        layout.addLayout(buttons)
        line = self.fontMetrics().height()
        self.resize(line * 56, line * 44)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare assessments"))
        self.swap_button.setText(self.tr("S&wap then and now"))
        self.export_button.setText(self.tr("&Export comparison brief…"))
        self.public_box.setText(self.tr("&Public version"))
        self.public_box.setToolTip(self.tr("Leaves out everything marked confidential and the assessors' names"))
        self.close_button.setText(self.tr("&Close"))
        current = max(self.export_language.currentIndex(), 0)
        self.export_language.clear()
        self.export_language.addItems([self.tr("English"), self.tr("Thai (ไทย)"), self.tr("English and Thai")])
        self.export_language.setCurrentIndex(current if self.lang == "en" or current else 1)
        self.export_language.setAccessibleName(self.tr("Language of the comparison brief"))
        self.sections.setHeaderLabels([self.tr("Right"), self.tr("Then"), self.tr("Now"), self.tr("Change")])
        self.sections.setAccessibleName(self.tr("Ratings by right, then and now"))
        self.answers.setAccessibleName(self.tr("Changed answers"))
        look.set_heading_text(self.sections_heading, self.tr("Ratings by right, then → now"))
        self.show_comparison()

    def swap(self) -> None:
        self.before, self.after = self.after, self.before
        self.comparison = compare(self.before, self.after)
        self.show_comparison()

    def title_of(self, title: Text, assessment: Assessment) -> str:
        return title.get(self.lang) or assessment.rubric.title.get(self.lang)

    def relation_text(self) -> str:
        return {
            "reassessment": self.tr("A re-assessment of the same deployment, compared with its baseline."),
            "same_rubric": self.tr("Two assessments made with the same rubric."),
            "rubric_versions": self.tr(
                "Two assessments made with different versions of one rubric; answers are matched by criterion."
            ),
            "different_rubrics": self.tr(
                "Two assessments made with different rubrics: only the overall levels compare."
            ),
        }[self.comparison.relation]

    def show_comparison(self) -> None:
        comparison, lang = self.comparison, self.lang
        overall = comparison.diff.overall
        look.set_heading_text(
            self.heading,
            self.tr("Then: {before} — now: {after}").format(
                before=self.title_of(comparison.before_title, self.before),
                after=self.title_of(comparison.after_title, self.after),
            ),
        )
        self.relation_label.setText(self.relation_text())
        look.set_heading_text(
            self.overall_label,
            self.tr("Overall level: {before} → {after} {arrow}").format(
                before=overall.before.get(lang),
                after=overall.after.get(lang),
                arrow=trend_arrow(overall.before_rank, overall.after_rank),
            ),
        )
        reasons = [f"− {r.text(lang)}" for r in overall.reasons_gone] + [
            f"+ {r.text(lang)}" for r in overall.reasons_new
        ]
        self.reasons_label.setText("\n".join(reasons))
        self.reasons_label.setVisible(bool(reasons))
        self.sections.clear()
        unrated = self.tr("not rated")
        for section in comparison.sections:
            item = QTreeWidgetItem(
                [
                    f"{section.id} {section.title.get(lang)}",
                    section.before.get(lang) if section.before else unrated,
                    section.after.get(lang) if section.after else unrated,
                    trend_arrow(section.before_rank, section.after_rank),
                ]
            )
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignCenter)
            self.sections.addTopLevelItem(item)
        for column in (1, 2, 3):
            self.sections.resizeColumnToContents(column)
        self._show_answers()

    def _show_answers(self) -> None:
        comparison, lang = self.comparison, self.lang
        self.answers.clear()
        changed = comparison.changed_answers
        look.set_heading_text(self.answers_heading, self.tr("Changed answers ({count})").format(count=len(changed)))
        if comparison.diff.context:
            context = QTreeWidgetItem([self.tr("Context")])
            context.addChildren([QTreeWidgetItem([change_text(c, lang)]) for c in comparison.diff.context])
            self.answers.addTopLevelItem(context)
        for section in comparison.sections:
            if section.changes:
                item = QTreeWidgetItem(
                    [
                        self.tr("{id} {title}: the right's judgement").format(
                            id=section.id, title=section.title.get(lang)
                        )
                    ]
                )
                item.addChildren([QTreeWidgetItem([change_text(c, lang)]) for c in section.changes])
                self.answers.addTopLevelItem(item)
        for criterion in changed:
            item = QTreeWidgetItem([criterion_heading(criterion, lang)])
            item.addChildren([QTreeWidgetItem([change_text(c, lang)]) for c in criterion.changes])
            self.answers.addTopLevelItem(item)
        if not changed and not comparison.diff.context:
            self.answers.addTopLevelItem(QTreeWidgetItem([self.tr("No answer changed.")]))
        self.answers.expandAll()

    def answer_lines(self) -> list[str]:
        """Everything the list of changed answers shows, in order (for reading it out and for tests)."""
        out: list[str] = []
        for row in range(self.answers.topLevelItemCount()):
            item = self.answers.topLevelItem(row)
            if item is None:
                continue
            out.append(item.text(0))
            children = (item.child(i) for i in range(item.childCount()))
            out += [f"  {child.text(0)}" for child in children if child is not None]
        return out
