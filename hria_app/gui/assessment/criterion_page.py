"""One criterion at a time: what to look for, the answer, red flags, notes, evidence and mitigation.

Every change goes through `document.edit_answer`; typing in a field merges into one undo step until the field
loses focus. When the document changes underneath (undo, redo), the page shows the new answer without echoing.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from hria_app.core.assessment import Answer, Status
from hria_app.gui.assessment.anchor_choices import AnswerChoices
from hria_app.gui.assessment.criterion_layout import CriterionLayout
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.assessment.evidence_table import EvidenceTable
from hria_app.gui.assessment.guidance_panel import GuidancePanel
from hria_app.gui.assessment.mitigation_editor import MitigationEditor
from hria_app.gui.assessment.red_flag_choices import RedFlagChoices
from hria_app.gui.widgets import look, user_text
from hria_app.gui.widgets.bilingual_edit import OtherVersion
from hria_app.gui.widgets.i18n import follow_language

DIGITS = range(10)


class CriterionPage(CriterionLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: AssessmentDocument | None = None
        self.criterion_id: str | None = None
        self.lang = "en"
        self.answer_lang = "en"  # the version of the assessor's notes and reason that the editors show and write
        self.sessions = user_text.TypingSessions(self)

        self.breadcrumb = QLabel()
        look.set_secondary(self.breadcrumb)
        self.title = look.heading("", 1)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setFont(look.scaled_font(self.question, 1.06))
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The answer in words at the top of the page: a score chosen by key shows here even when the choices
        # are scrolled away.
        self.answer_status = QLabel()
        self.answer_status.setWordWrap(True)
        self.answer_status.setFont(look.scaled_font(self.answer_status, 1.0, bold=True))
        self.guidance = GuidancePanel()

        self.choices = AnswerChoices()
        self.choices.score_chosen.connect(self._on_score)
        self.choices.status_chosen.connect(self._on_status)
        self.choices.reason_edited.connect(self._on_reason)
        self.reason_other = OtherVersion(self.choices.reason)
        reason_layout = self.choices.reason_box.layout()
        assert reason_layout is not None  # AnswerChoices lays out its reason box
        reason_layout.addWidget(self.reason_other)
        self.confidence = QComboBox()
        for value, _label in self._confidence_choices():
            self.confidence.addItem("", value)
        self.confidence.activated.connect(self._on_confidence)

        self.flags = RedFlagChoices()
        self.flags.flags_chosen.connect(self._on_flags)
        self.flags_heading = look.heading("")

        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        look.set_text_box_lines(self.notes, 8)
        self.notes.textChanged.connect(self._on_notes)
        self.notes_other = OtherVersion(self.notes)
        self.notes_confidential = QCheckBox()
        self.notes_confidential.clicked.connect(self._on_notes_confidential)
        self.sessions.watch(self.notes, self.choices.reason)

        self.evidence = EvidenceTable()
        self.evidence.records_edited.connect(lambda records, label: self._edit(evidence=records, label=label))
        self.mitigation = MitigationEditor()
        self.mitigation.measures_edited.connect(lambda records, label: self._edit(mitigation=records, label=label))
        self.mitigation.residual_chosen.connect(self._on_residual)

        self.previous_button = QPushButton()
        self.next_unanswered_button = QPushButton()
        self.next_button = QPushButton()
        self.next_button.setDefault(False)

        self.answer_actions = self._make_answer_actions()
        self._lay_out()
        self.retranslate()
        self.setEnabled(False)

    def retranslate(self) -> None:
        """The page's own words in the interface language; the criterion is shown again for the rest."""
        self.confidence.setAccessibleName(self.tr("Confidence in the answer"))
        for row, (_value, label) in enumerate(self._confidence_choices()):
            self.confidence.setItemText(row, label)
        look.set_heading_text(self.flags_heading, self.tr("Red flags"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("What you found, and how you know it"))
        self.notes_other.set_field(self.tr("Notes"), self.tr("What you found, and how you know it"))
        self.reason_other.set_field(
            self.tr("Reason it does not apply"), self.tr("Why does this criterion not apply here?")
        )
        self.notes_confidential.setText(self.tr("Confidential: leave these notes out of public briefs"))
        self.notes_confidential.setAccessibleName(self.tr("Notes are confidential"))
        self.previous_button.setText(self.tr("Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous criterion"))
        self.next_unanswered_button.setText(self.tr("Next unanswered"))
        self.next_unanswered_button.setAccessibleName(self.tr("Next unanswered criterion"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next criterion"))
        for action in self.answer_actions:
            action.setText(self._action_text(action.data()))
        look.set_heading_text(self.answer_heading, self.tr("Answer"))
        self.confidence_label.setText(self.tr("C&onfidence:"))
        look.set_heading_text(self.notes_heading, self.tr("&Notes"))
        look.set_heading_text(self.evidence_heading, self.tr("Evidence"))
        look.set_heading_text(self.mitigation_heading, self.tr("Mitigation"))
        self.scroll_area.setAccessibleName(self.tr("Criterion page"))
        if self.criterion_id:
            self.show_criterion(self.criterion_id, keep_place=True)
        else:
            self._show_answer()

    def changeEvent(self, event: QEvent) -> None:
        follow_language(event, self.retranslate)
        super().changeEvent(event)

    # Following the document.
    def set_document(self, document: AssessmentDocument | None) -> None:
        if self.document is not None:
            self.document.answer_changed.disconnect(self._on_answer_changed)
        self.document = document
        self.criterion_id = None
        self.evidence.show_files_of(document, None)
        if document is not None:
            document.answer_changed.connect(self._on_answer_changed)
        self.setEnabled(document is not None)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self.criterion_id:
            self.show_criterion(self.criterion_id)

    def set_answer_language(self, lang: str) -> None:
        """Which version of the notes, reason, evidence and measures the editors show and write."""
        self.answer_lang = lang
        self.sessions.end()  # typing in the other version is another undo step
        self.evidence.set_language(lang)
        self.mitigation.set_language(lang)
        self._show_answer()

    def show_criterion(self, criterion_id: str, keep_place: bool = False) -> None:
        if self.document is None:
            return
        rubric = self.document.assessment.rubric
        criterion = rubric.criterion(criterion_id)
        if criterion_id != self.criterion_id:
            self.sessions.end()
        self.criterion_id = criterion_id
        lang = self.lang
        section = rubric.section_of(criterion_id)
        self.breadcrumb.setText(f"{section.title.get(lang)}  ·  {criterion.id}")
        self.title.setText(criterion.title.get(lang))
        self.title.setAccessibleName(criterion.title.get(lang))
        self.question.setText(criterion.question.get(lang))
        self.guidance.show_criterion(rubric, criterion, lang)
        self.choices.set_criterion(rubric, criterion, lang)
        self.flags.set_flags([rubric.red_flag(flag_id) for flag_id in criterion.red_flags], lang)
        self.flags_heading.setVisible(bool(criterion.red_flags))
        self.mitigation.set_scale(rubric, lang)
        self._update_action_texts()
        self._show_answer()
        self._chain_tab_order()
        if not keep_place:
            self.scroll_area.verticalScrollBar().setValue(0)

    def set_answer_keys_enabled(self, enabled: bool) -> None:
        scale = self._scale()
        for action in self.answer_actions:
            score = action.data()
            action.setEnabled(enabled and (not isinstance(score, int) or score in scale))

    # Showing the answer.
    def _show_answer(self) -> None:
        answer = self._answer()
        self.choices.show_answer(answer, user_text.shown(answer.na_reason, self.answer_lang))
        self.reason_other.show_text(answer.na_reason, self.answer_lang)
        self.flags.show_flags(answer.red_flags)
        user_text.show_in(self.notes, user_text.shown(answer.notes, self.answer_lang))
        self.notes_other.show_text(answer.notes, self.answer_lang)
        self.notes_confidential.setChecked(answer.notes_confidential)
        self.confidence.setCurrentIndex(max(0, self.confidence.findData(answer.confidence)))
        self.evidence.set_records(answer.evidence)
        self.evidence.show_files_of(self.document, self.criterion_id)
        self.mitigation.show_mitigation(answer.mitigation, answer.residual_score)
        self.answer_status.setText(self._answer_words(answer))
        self.answer_status.setAccessibleName(self.answer_status.text())

    def _answer_words(self, answer: Answer) -> str:
        if answer.status == "scored" and answer.score is not None and self.document is not None:
            scale = self.document.assessment.rubric.scoring.scale.get(answer.score)
            label = scale.get(self.lang) if scale else ""
            if label:
                return self.tr("Your answer: {score} — {label}").format(score=answer.score, label=label)
            return self.tr("Your answer: {score}").format(score=answer.score)
        if answer.status == "unknown":
            return self.tr("Your answer: unknown")
        if answer.status == "not_applicable":
            return self.tr("Your answer: not applicable")
        return self.tr("Not answered yet: choose below, or press a score key, U or N")

    def _on_answer_changed(self, criterion_id: str) -> None:
        if criterion_id == self.criterion_id:
            self._show_answer()

    # Editing: every change is one call to document.edit_answer.
    def _answer(self) -> Answer:
        if self.document is None or self.criterion_id is None:
            return Answer()
        return self.document.assessment.answer(self.criterion_id)

    def _edit(self, label: str, merge_key: str = "", **changes: object) -> None:
        if self.document is None or self.criterion_id is None:
            return
        answer = replace(self._answer(), **changes)  # type: ignore[arg-type]
        self.document.edit_answer(self.criterion_id, answer, f"{label} ({self.criterion_id})", merge_key)

    def choose_score(self, score: int) -> None:
        if score in self._scale() and self.document is not None and self.criterion_id is not None:
            self.document.edit_answer(
                self.criterion_id,
                self._answer().scored(score),
                self.tr("Score {score} ({id})").format(score=score, id=self.criterion_id),
            )
            self.scroll_area.ensureWidgetVisible(self.choices.score_choices[score])

    def choose_status(self, status: Status) -> None:
        if self.document is None or self.criterion_id is None:
            return
        labels = {
            "unknown": self.tr("Mark unknown"),
            "not_applicable": self.tr("Mark not applicable"),
            "unanswered": self.tr("Clear answer"),
        }
        self.document.edit_answer(
            self.criterion_id, self._answer().marked(status), f"{labels.get(status, status)} ({self.criterion_id})"
        )
        if status == "not_applicable":
            self.choices.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_score(self, score: int) -> None:
        self.choose_score(score)

    def _on_status(self, status: str) -> None:
        self.choose_status(status)  # type: ignore[arg-type]

    def _on_reason(self, text: str) -> None:
        reason = user_text.edited(self._answer().na_reason, self.answer_lang, text)
        self._edit(self.tr("Edit reason"), self.sessions.key("reason"), na_reason=reason)

    def _on_notes(self) -> None:
        notes = user_text.edited(self._answer().notes, self.answer_lang, self.notes.toPlainText())
        self._edit(self.tr("Edit notes"), self.sessions.key("notes"), notes=notes)

    def _on_notes_confidential(self, checked: bool) -> None:
        self._edit(
            self.tr("Mark notes confidential") if checked else self.tr("Mark notes public"), notes_confidential=checked
        )

    def _on_confidence(self, _row: int) -> None:
        self._edit(self.tr("Set confidence"), confidence=self.confidence.currentData())

    def _on_flags(self, flags: tuple[str, ...]) -> None:
        self._edit(self.tr("Red flags"), red_flags=flags)

    def _on_residual(self, score: object) -> None:
        self._edit(self.tr("Residual score"), residual_score=score)

    # Building.
    def _scale(self) -> set[int]:
        if self.document is None or self.criterion_id is None:
            return set()
        return set(self.document.assessment.rubric.criterion(self.criterion_id).anchors)

    def _confidence_choices(self) -> list[tuple[str, str]]:
        return [
            ("", self.tr("Not stated")),
            ("verified", self.tr("Verified: seen first-hand or confirmed")),
            ("documented", self.tr("Documented: in official or reliable records")),
            ("asserted", self.tr("Asserted: claimed, not yet corroborated")),
            ("none", self.tr("None: no basis beyond inference")),
        ]

    def _make_answer_actions(self) -> list[QAction]:
        actions = []
        for digit in DIGITS:
            action = QAction(self)
            action.setShortcut(QKeySequence(str(digit)))
            action.setData(digit)
            action.triggered.connect(lambda _checked=False, s=digit: self.choose_score(s))
            actions.append(action)
        for key, status in (("U", "unknown"), ("N", "not_applicable"), ("", "unanswered")):
            action = QAction(self)
            if key:
                action.setShortcut(QKeySequence(key))
            action.setData(status)
            action.triggered.connect(lambda _checked=False, s=status: self.choose_status(s))
            actions.append(action)
        self.addActions(actions)
        return actions

    def _action_text(self, data: object) -> str:
        """An Answer menu entry: a score with the rubric's label for it, or a status."""
        if not isinstance(data, int):
            statuses = {
                "unknown": self.tr("&Unknown"),
                "not_applicable": self.tr("&Not applicable"),
                "unanswered": self.tr("&Clear answer"),
            }
            return statuses.get(str(data), str(data))
        label = self.document.assessment.rubric.scoring.scale.get(data) if self.document is not None else None
        return self.tr("Score &{score}").format(score=data) + (f"  ·  {label.get(self.lang)}" if label else "")

    def _update_action_texts(self) -> None:
        if self.document is None or self.criterion_id is None:
            return
        for action in self.answer_actions:
            score = action.data()
            if isinstance(score, int):
                action.setVisible(score in self._scale())
                action.setText(self._action_text(score))
