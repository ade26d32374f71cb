"""The summary: the overall level and why, which sections (rights) are worst, red flags, what is still unknown.

It follows the document: every change schedules one refresh on a zero-timer, so a burst of edits (an undo macro,
a paste) recomputes once. While hidden it only notes that it is stale and catches up when shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from hria_app.core.completeness import level_driver
from hria_app.core.scoring import Result
from hria_app.gui.assessment.charts import level_colour, readable_text_colour
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.assessment.summary_layout import SummaryLayout
from hria_app.gui.assessment.summary_model import (
    ReasonTemplates,
    SectionTableModel,
    chart_items,
    matrix_cells,
    open_question_entries,
    reason_entries,
    red_flag_entries,
)
from hria_app.gui.widgets.i18n import follow_language

if TYPE_CHECKING:  # scoring is imported when the document first scores, not at start-up
    from hria_app.core.scoring import Result


class SummaryPage(SummaryLayout):
    refreshed = Signal()  # the view now shows the current result

    def __init__(
        self, document: AssessmentDocument | None = None, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document: AssessmentDocument | None = None
        self._lang = lang
        self._stale = True
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._build()
        self.retranslate()
        self.set_document(document)

    def retranslate(self) -> None:
        """The page's own words in the interface language; the result is shown again for the rest."""
        self.setAccessibleName(self.tr("Summary"))
        self.scroll_area.setAccessibleName(self.tr("Summary"))
        self.level_label.setAccessibleName(self.tr("Overall level"))
        self.inherent_button.setText(self.tr("&Inherent risk"))
        self.inherent_button.setToolTip(self.tr("The risk as the system is, before any mitigation"))
        self.residual_button.setText(self.tr("&Residual risk (after mitigation)"))
        self.residual_button.setToolTip(
            self.tr("The risk once mitigation that is implemented or verified is credited; red flags are never cleared")
        )
        self.completeness_bar.setAccessibleName(self.tr("Completeness"))
        self.description_label.setAccessibleName(self.tr("What this level means"))
        self.driver_label.setAccessibleName(self.tr("What sets this level"))
        self.reasons_view.setAccessibleName(self.tr("Why this level"))
        self.charts_box.setTitle(self.tr("Where the risk lies"))
        self.heat_map_caption.setText(
            self.tr(
                "Each section by severity and likelihood; the cell's colour is the "
                "rating they give. Click a section to open it."
            )
        )
        self.bar_chart_caption.setText(
            self.tr("Sections, worst first: share of the highest possible score, coloured by rating.")
        )
        self.tabs.setAccessibleName(self.tr("Sections and severity"))
        self.tabs.tabBar().setAccessibleName(self.tr("Sections and severity"))
        self.section_table.setAccessibleName(self.tr("Sections: rating, severity, likelihood and score"))
        self.tabs.setTabText(self.tabs.indexOf(self.section_table), self.tr("&Sections"))
        self.severity_panel.setAccessibleName(self.tr("Severity judgements"))
        self.tabs.setTabText(self._severity_index, self.tr("Se&verity judgements"))
        self.section_model.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        follow_language(event, self.retranslate)
        super().changeEvent(event)

    @property
    def residual(self) -> bool:
        return self.residual_button.isChecked()

    def set_residual(self, residual: bool) -> None:
        (self.residual_button if residual else self.inherent_button).setChecked(True)

    def set_document(self, document: AssessmentDocument | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._schedule_refresh)
        self.document = document
        self.severity_panel.set_document(document)
        if document is not None:
            document.changed.connect(self._schedule_refresh)
        self._refresh_when_shown()

    def _refresh_when_shown(self) -> None:
        # A hidden summary is brought up to date when it is next shown: opening a file does not score it.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def set_language(self, lang: str) -> None:
        """The language of rubric text: titles, levels and reasons."""
        self._lang = lang
        self.severity_panel.set_language(lang)
        self._refresh_when_shown()

    def result(self) -> Result | None:
        return self.document.result(self.residual) if self.document is not None else None

    def worst_criterion(self, section_id: str) -> str | None:
        """The section's criterion that counts for most (the first of equals): where to look to see why."""
        result = self.result()
        if self.document is None or result is None:
            return None
        criteria = self.document.assessment.rubric.section(section_id).criteria
        if not criteria:
            return None
        scores = result.criterion_scores
        return max(criteria, key=lambda c: -1 if scores.get(c.id) is None else scores[c.id] or 0).id

    # Refreshing
    def _schedule_refresh(self) -> None:
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._refresh_timer.stop()
        result = self.result()
        self._stale = False
        if result is None:
            self._show_nothing()
            return
        self._show_headline(result)
        self._show_attention(result)
        self._show_charts(result)
        self.section_model.set_result(result, self._lang)
        self.refreshed.emit()

    def _show_nothing(self) -> None:
        self.level_label.setText(self.tr("No assessment is open"))
        self.level_label.setStyleSheet("")
        self.description_label.clear()
        self.driver_label.clear()
        self.completeness_bar.setValue(0)
        self.completeness_label.clear()
        for model in (self.reasons_model, self.red_flags_model, self.open_questions_model):
            model.set_entries([])
        self.section_model.clear()
        self.bar_chart.set_items([])
        self.heat_map.set_data({}, [])
        self.refreshed.emit()

    def _show_headline(self, result: Result) -> None:
        overall = result.overall
        colour = level_colour(overall.colour, overall.rank, overall.max_rank)
        _set_text(self.level_label, overall.label.get(self._lang))
        style = (
            f"QLabel {{ background: {colour.name()}; color: {readable_text_colour(colour).name()};"
            " border-radius: 6px; padding: 0.4em 1em; }"
        )
        if style != self.level_label.styleSheet():  # a new style sheet re-polishes the widget: only on change
            self.level_label.setStyleSheet(style)
        view = self.tr("residual") if result.residual else self.tr("inherent")
        self.level_label.setAccessibleDescription(
            self.tr("Overall {view} level: {level}").format(view=view, level=overall.label.get(self._lang))
        )
        assert self.document is not None
        total = self.document.assessment.rubric.criterion_count
        answered = total - len(result.unanswered)
        self.completeness_bar.setValue(round(result.completeness * 100))
        _set_text(
            self.completeness_label,
            self.tr("{answered} of {total} criteria answered").format(answered=answered, total=total),
        )
        driver = level_driver(self.document.assessment, result).text(self._lang)
        _set_text(self.driver_label, driver[:1].upper() + driver[1:] + ("" if self._lang == "th" else "."))
        description = self.document.assessment.rubric.scoring.level(overall.level).description.get(self._lang)
        meaning = self.tr("What this level means: {description}").format(description=description)
        _set_text(self.description_label, meaning if description else self.tr("Why this level:"))
        templates = ReasonTemplates(
            red_flags=self.tr("red flags raised on {criteria} (listed below), each a red line"),
            critical_sections=self.tr("sections {sections} are rated {rating}, which sets at least {level}"),
        )
        self.reasons_model.set_entries(reason_entries(result, self._lang, templates))

    def _show_attention(self, result: Result) -> None:
        assert self.document is not None
        rubric = self.document.assessment.rubric
        self.red_flags_model.set_entries(red_flag_entries(result, rubric, self._lang, self.tr("on")))
        self.red_flags_box.setTitle(self.tr("Red flags raised ({count})").format(count=len(result.red_flags)))
        self.red_flags_view.setAccessibleName(self.red_flags_box.title())
        self.open_questions_model.set_entries(
            open_question_entries(result, rubric, self._lang, self.tr("unknown"), self.tr("not answered"))
        )
        value = rubric.scoring.unknown_counts_as
        self.open_questions_box.setTitle(
            self.tr("Unknown ({unknown}) and not answered ({unanswered}), each counted as {value}").format(
                unknown=len(result.unknown), unanswered=len(result.unanswered), value=value
            )
        )
        self.open_questions_view.setAccessibleName(self.open_questions_box.title())

    def _show_charts(self, result: Result) -> None:
        assert self.document is not None
        items = chart_items(result, self._lang)
        self.bar_chart.set_items(items)
        matrix = result.method == "rights_matrix"
        self.heat_map.setVisible(matrix)
        self.heat_map_caption.setVisible(matrix)
        self.tabs.setTabVisible(self._severity_index, matrix)
        for column in (SectionTableModel.SEVERITY, SectionTableModel.LIKELIHOOD):
            self.section_table.setColumnHidden(column, not matrix)
        if matrix:
            cells = matrix_cells(self.document.assessment.rubric.scoring, self._lang)
            self.heat_map.set_data(cells, items)


def _set_text(label: QLabel, text: str) -> None:
    # Setting a label's text relayouts the whole page even when the text is the same; most edits change little.
    if label.text() != text:
        label.setText(text)
