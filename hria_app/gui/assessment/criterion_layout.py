"""Where the criterion page's parts sit: one centred reading column that scrolls, the step buttons beneath, and
a Tab order from top to bottom. CriterionPage (criterion_page.py) makes the parts and derives from this."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hria_app.gui.assessment.anchor_choices import AnswerChoices
from hria_app.gui.assessment.evidence_table import EvidenceTable
from hria_app.gui.assessment.guidance_panel import GuidancePanel
from hria_app.gui.assessment.mitigation_editor import MitigationEditor
from hria_app.gui.assessment.red_flag_choices import RedFlagChoices
from hria_app.gui.widgets import look
from hria_app.gui.widgets.bilingual_edit import OtherVersion
from hria_app.gui.widgets.page_wheel import PageWheel


class CriterionLayout(QWidget):
    # The parts, made by CriterionPage before it lays them out.
    breadcrumb: QLabel
    title: QLabel
    question: QLabel
    answer_status: QLabel
    guidance: GuidancePanel
    choices: AnswerChoices
    confidence: QComboBox
    flags: RedFlagChoices
    flags_heading: QLabel
    notes: QPlainTextEdit
    notes_other: OtherVersion
    notes_confidential: QCheckBox
    evidence: EvidenceTable
    mitigation: MitigationEditor
    previous_button: QPushButton
    next_unanswered_button: QPushButton
    next_button: QPushButton

    def _chain_tab_order(self) -> None:
        # Flag boxes and choices are rebuilt per criterion; without this they would come last on Tab.
        chain = [
            self.guidance.toggle,
            *self.choices.chain(),
            self.confidence,
            *self.flags.boxes,
            self.notes,
            self.notes_confidential,
            self.evidence.view,
            self.evidence.add_button,
            self.evidence.remove_button,
            self.mitigation.measures.view,
            self.mitigation.measures.add_button,
            self.mitigation.measures.remove_button,
            self.mitigation.residual,
            self.previous_button,
            self.next_unanswered_button,
            self.next_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _lay_out(self) -> None:
        gap = look.spacing(self)
        content = QWidget()
        # A little wider than prose: anchors are short paragraphs, and one line less each keeps all the choices
        # on a 1366×768 screen.
        content.setMaximumWidth(round(look.reading_width(self) * 1.2))
        column = QVBoxLayout(content)
        for widget in (self.breadcrumb, self.title, self.question):
            column.addWidget(widget)
        # One row holds the heading, the answer in words and the guidance toggle, so that the choices fit on a
        # 1366×768 screen; the guidance, when opened, unfolds between this row and the choices.
        self.answer_heading = look.heading("")
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.answer_heading)
        heading_row.addSpacing(gap)
        heading_row.addWidget(self.answer_status, 1)
        heading_row.addWidget(self.guidance.toggle)
        column.addLayout(heading_row)
        column.addWidget(self.guidance)
        column.addWidget(self.choices)
        confidence_form = QFormLayout()
        self.confidence_label = QLabel()
        self.confidence_label.setBuddy(self.confidence)
        confidence_form.addRow(self.confidence_label, self.confidence)
        column.addLayout(confidence_form)
        column.addSpacing(gap)
        column.addWidget(self.flags_heading)
        column.addWidget(self.flags)
        column.addSpacing(gap)
        self.notes_heading = notes_label = look.heading("")
        notes_label.setBuddy(self.notes)
        column.addWidget(notes_label)
        column.addWidget(self.notes)
        column.addWidget(self.notes_other)
        column.addWidget(self.notes_confidential)
        column.addSpacing(gap)
        self.evidence_heading = look.heading("")
        column.addWidget(self.evidence_heading)
        column.addWidget(self.evidence)
        column.addSpacing(gap)
        self.mitigation_heading = look.heading("")
        column.addWidget(self.mitigation_heading)
        column.addWidget(self.mitigation)
        column.addStretch(1)

        centred = QWidget()
        row = QHBoxLayout(centred)
        row.addStretch(1)
        row.addWidget(content, 100)
        row.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(centred)
        self.page_wheel = PageWheel(self.scroll_area)
        self.page_wheel.watch(content)

        buttons = QHBoxLayout()
        margin = self.fontMetrics().height() // 2
        buttons.setContentsMargins(margin, margin, margin, margin)
        buttons.addWidget(self.previous_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_unanswered_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)
