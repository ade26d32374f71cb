"""The answer to one criterion as a set of choices: each score with its anchor text, Unknown and Not applicable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from hria_app.core.assessment import Answer
from hria_app.core.rubric import Criterion, Rubric
from hria_app.gui.widgets import look
from hria_app.gui.widgets.choice_row import ChoiceRow
from hria_app.gui.widgets.i18n import follow_language

UNKNOWN_ID = 100
NOT_APPLICABLE_ID = 101


class AnswerChoices(QWidget):
    """Emits what the person chose; shows whatever the document holds, without echoing it back."""

    score_chosen = Signal(int)
    status_chosen = Signal(str)  # "unknown" or "not_applicable"
    reason_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.idClicked.connect(self._on_clicked)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(look.spacing(self) // 4)  # the rows have margins of their own
        self.score_choices: dict[int, ChoiceRow] = {}
        self.unknown = self._add_choice(UNKNOWN_ID)
        self.not_applicable = self._add_choice(NOT_APPLICABLE_ID)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why does this criterion not apply here?"))
        self.reason.setAccessibleName(self.tr("Reason it does not apply"))
        self.reason.textEdited.connect(self.reason_edited)
        self.reason_hint = QLabel()
        self.reason_hint.setWordWrap(True)
        look.set_warning(self.reason_hint)
        reason_box = QWidget()
        reason_layout = QVBoxLayout(reason_box)
        reason_layout.setContentsMargins(look.indent(self), 0, 0, 0)
        reason_layout.addWidget(self.reason)
        reason_layout.addWidget(self.reason_hint)
        self.reason_box = reason_box
        self._layout.addWidget(reason_box)
        reason_box.hide()
        self.retranslate()

    def retranslate(self) -> None:
        # The reason field's own name and placeholder are the criterion page's (they say which language it holds).
        self.reason_hint.setText(self.tr("A reason is required: a reader of the brief must see why."))

    def changeEvent(self, event: QEvent) -> None:
        follow_language(event, self.retranslate)
        super().changeEvent(event)

    def set_criterion(self, rubric: Rubric, criterion: Criterion, lang: str) -> None:
        scores = sorted(criterion.anchors)
        if sorted(self.score_choices) != scores:
            for choice in self.score_choices.values():
                self.group.removeButton(choice.button)
                choice.hide()
                choice.deleteLater()
            self.score_choices = {}
            for position, score in enumerate(scores):
                self.score_choices[score] = self._add_choice(score, position)
        for score, choice in self.score_choices.items():
            scale_label = rubric.scoring.scale.get(score)
            choice.set_texts(
                str(score), scale_label.get(lang) if scale_label else "", criterion.anchors[score].get(lang)
            )
        counted = rubric.scoring.unknown_counts_as
        self.unknown.set_texts(
            "U",
            self.tr("Unknown"),
            self.tr(
                "The information is missing, refused or not public. Counted as {score}: unknown is never "
                "treated as safe."
            ).format(score=counted),
        )
        self.not_applicable.set_texts(
            "N",
            self.tr("Not applicable"),
            self.tr("The criterion does not concern this deployment; it is left out of the total."),
        )

    def chain(self) -> list[QWidget]:
        """The focusable parts, in the order they are shown (for the page's tab order)."""
        return [
            *(c.button for c in self.score_choices.values()),
            self.unknown.button,
            self.not_applicable.button,
            self.reason,
        ]

    def show_answer(self, answer: Answer, reason: str) -> None:
        button_id = {"unknown": UNKNOWN_ID, "not_applicable": NOT_APPLICABLE_ID}.get(answer.status)
        if answer.status == "scored" and answer.score is not None:
            button_id = answer.score
        checked = self.group.button(button_id) if button_id is not None else None
        if checked is None:
            # An exclusive group cannot show "nothing chosen" unless exclusivity is lifted for a moment.
            self.group.setExclusive(False)
            for button in self.group.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            checked.setChecked(True)
        # Tab enters the group on the chosen answer (or the first one), as in any native radio group; arrows
        # move within it. Qt only does this for the button that last had focus.
        stop = checked or self.chain()[0]
        for button in self.group.buttons():
            policy = Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(policy)
        is_na = answer.status == "not_applicable"
        self.reason_box.setVisible(is_na)
        if self.reason.text() != reason:
            self.reason.setText(reason)
        self.reason_hint.setVisible(is_na and not reason.strip())

    def _add_choice(self, button_id: int, position: int | None = None) -> ChoiceRow:
        choice = ChoiceRow(QRadioButton(), self)
        self.group.addButton(choice.button, button_id)
        if position is None:
            self._layout.addWidget(choice)
        else:
            self._layout.insertWidget(position, choice)
        return choice

    def _on_clicked(self, button_id: int) -> None:
        if button_id == UNKNOWN_ID:
            self.status_chosen.emit("unknown")
        elif button_id == NOT_APPLICABLE_ID:
            self.status_chosen.emit("not_applicable")
        else:
            self.score_chosen.emit(button_id)
