"""What the rubric says about answering a criterion: guidance, evidence to look for, and the standards behind
it. Folds away behind one toggle, because after the first pass through a rubric the answer is what matters."""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from hria_app.core.rubric import Criterion, Rubric
from hria_app.gui.widgets import look
from hria_app.gui.widgets.i18n import follow_language


def _label(rich: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class GuidancePanel(QWidget):
    expanded_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setChecked(False)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setFont(look.scaled_font(self.toggle, 1.0, bold=True))
        self.toggle.toggled.connect(self._on_toggled)
        self._has_text = True
        self.guidance = _label()
        self.prompts = _label(rich=True)
        self.standards = _label(rich=True)
        look.set_secondary(self.standards)
        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.guidance, self.prompts, self.standards):
            body_layout.addWidget(label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)  # the page may place it elsewhere
        layout.addWidget(self.body)
        self._on_toggled(False)
        self.retranslate()

    def retranslate(self) -> None:
        # The headings inside the body are the criterion's: the page shows the criterion again.
        self.toggle.setText(self.tr("Guidance and sources"))
        self.toggle.setAccessibleName(self.tr("Show guidance and sources"))

    def changeEvent(self, event: QEvent) -> None:
        follow_language(event, self.retranslate)
        super().changeEvent(event)

    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.setChecked(expanded)

    def show_criterion(self, rubric: Rubric, criterion: Criterion, lang: str) -> None:
        self._set(self.guidance, criterion.guidance.get(lang))
        prompts = "".join(f"<li>{html.escape(p.get(lang))}</li>" for p in criterion.evidence)
        heading = html.escape(self.tr("Evidence to look for"))
        self._set(self.prompts, f"<b>{heading}</b><ul>{prompts}</ul>" if prompts else "")
        references = [rubric.reference(key) for key in criterion.references]
        # Links stay in the tooltip: long URLs would drown the citations.
        items = "".join(f"<li>{html.escape(replace(ref, url='').citation(lang))}</li>" for ref in references)
        heading = html.escape(self.tr("Standards"))
        self._set(self.standards, f"<b>{heading}</b><ul>{items}</ul>" if items else "")
        self.standards.setToolTip("\n".join(ref.citation(lang) for ref in references))
        self._has_text = bool(criterion.guidance or criterion.evidence or references)
        self.toggle.setVisible(self._has_text)
        self._show_body()

    def _show_body(self) -> None:
        # Folded, the panel takes no room at all (not even the page's spacing around it).
        self.body.setVisible(self.expanded)
        self.setVisible(self._has_text and (self.expanded or self.toggle.parent() is self))

    def _on_toggled(self, expanded: bool) -> None:
        self._show_body()
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.expanded_changed.emit(expanded)

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))
