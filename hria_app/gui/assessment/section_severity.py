"""The assessor's severity judgement per section: scale, scope and irremediability, each 1-4 or not judged.

Severity is a judgement about the people affected, not something the criterion scores can show, so it is asked
for separately (as in the UN Guiding Principles: how grave, how widespread, how hard to put right).
Every edit is one undo step through the document.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSizePolicy, QWidget

from hria_app.core.assessment import SEVERITY_DIMENSIONS
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.widgets.i18n import follow_language

NOT_JUDGED = None
VALUES = (NOT_JUDGED, 1, 2, 3, 4)


class SectionSeverityPanel(QWidget):
    """A grid: one row per section, one drop-down per severity dimension."""

    section_input_edited = Signal(str)  # section id, after the edit was pushed to the undo stack

    def __init__(
        self, document: AssessmentDocument | None = None, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._document: AssessmentDocument | None = None
        self._lang = lang
        self._combos: dict[tuple[str, str], QComboBox] = {}
        self._titles: dict[str, QLabel] = {}
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.set_document(document)

    def combo(self, section_id: str, dimension: str) -> QComboBox:
        return self._combos[(section_id, dimension)]

    def set_document(self, document: AssessmentDocument | None) -> None:
        if self._document is not None:
            self._document.section_input_changed.disconnect(self._show_section)
        self._document = document
        self._clear()
        if document is not None:
            self._build(document)
            document.section_input_changed.connect(self._show_section)

    def retranslate(self) -> None:
        """Headings, help and "not judged" in the interface language: the grid is built again."""
        if self._document is not None:
            self._clear()
            self._build(self._document)

    def changeEvent(self, event: QEvent) -> None:
        follow_language(event, self.retranslate)
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        self._lang = lang
        if self._document is None:
            return
        for section in self._document.assessment.rubric.sections:
            self._titles[section.id].setText(section.title.get(lang))
            for dimension in SEVERITY_DIMENSIONS:
                self.combo(section.id, dimension).setAccessibleName(self._combo_name(section.id, dimension))

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._combos.clear()
        self._titles.clear()

    def _dimension_names(self) -> dict[str, str]:
        return {"scale": self.tr("Scale"), "scope": self.tr("Scope"), "irremediability": self.tr("Irremediability")}

    def _dimension_help(self) -> dict[str, str]:
        return {
            "scale": self.tr(
                "How grave the harm to the right is: 1 minor inconvenience, 4 the essence of the "
                "right is lost (for example a person is detained or silenced)."
            ),
            "scope": self.tr(
                "How many people are affected: 1 a few individuals, 4 a whole population or every passer-by."
            ),
            "irremediability": self.tr(
                "How hard it is to put right: 1 easily reversed, 4 cannot be undone "
                "(for example biometric data that has leaked)."
            ),
        }

    def _combo_name(self, section_id: str, dimension: str) -> str:
        assert self._document is not None
        title = self._document.assessment.rubric.section(section_id).title.get(self._lang)
        return self.tr("{dimension} of {section}").format(dimension=self._dimension_names()[dimension], section=title)

    def _build(self, document: AssessmentDocument) -> None:
        rubric = document.assessment.rubric
        names, help_texts = self._dimension_names(), self._dimension_help()
        unknown_value = rubric.scoring.severity_unknown_counts_as
        self._layout.addWidget(QLabel(self.tr("Section"), self), 0, 0)
        for column, dimension in enumerate(SEVERITY_DIMENSIONS, start=1):
            header = QLabel(names[dimension], self)
            header.setToolTip(help_texts[dimension])
            self._layout.addWidget(header, 0, column)
        for row, section in enumerate(rubric.sections, start=1):
            title = QLabel(section.title.get(self._lang), self)
            title.setWordWrap(True)
            title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self._titles[section.id] = title
            self._layout.addWidget(title, row, 0)
            for column, dimension in enumerate(SEVERITY_DIMENSIONS, start=1):
                combo = QComboBox(self)
                combo.addItem(self.tr("Not judged (counts as {value})").format(value=unknown_value), NOT_JUDGED)
                for value in VALUES[1:]:
                    combo.addItem(str(value), value)
                combo.setToolTip(help_texts[dimension])
                combo.setAccessibleName(self._combo_name(section.id, dimension))
                combo.setAccessibleDescription(help_texts[dimension])
                combo.currentIndexChanged.connect(lambda _index, s=section.id, d=dimension: self._edit(s, d))
                self._combos[(section.id, dimension)] = combo
                self._layout.addWidget(combo, row, column)
                if column == 1:
                    title.setBuddy(combo)
            self._show_section(section.id)
        self._layout.setColumnStretch(0, 1)
        self._layout.setRowStretch(len(rubric.sections) + 1, 1)

    def _show_section(self, section_id: str) -> None:
        if self._document is None or section_id not in self._titles:
            return
        judged = self._document.assessment.section_input(section_id)
        for dimension in SEVERITY_DIMENSIONS:
            combo = self.combo(section_id, dimension)
            # The document announced this value; writing it back must not push a second undo step.
            with QSignalBlocker(combo):
                combo.setCurrentIndex(VALUES.index(getattr(judged, dimension)))

    def _edit(self, section_id: str, dimension: str) -> None:
        if self._document is None:
            return
        value = self.combo(section_id, dimension).currentData()
        current = self._document.assessment.section_input(section_id)
        if getattr(current, dimension) == value:
            return
        section = self._document.assessment.rubric.section(section_id).title.get(self._lang)
        label = self.tr("Set {dimension} of {section}").format(
            dimension=self._dimension_names()[dimension].lower(), section=section
        )
        self._document.edit_section_input(section_id, replace(current, **{dimension: value}), label)
        self.section_input_edited.emit(section_id)
