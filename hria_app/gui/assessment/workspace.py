"""The open assessment's workspace: the navigator beside a stack of pages.

Pages plug in with `add_page(key, widget, title, shortcut)`. A page widget may define `set_document(document)`
(called with an AssessmentDocument, or None when the assessment closes), `set_language(lang)` (the language of
rubric text, "en" or "th") and `set_answer_language(lang)` (the version of the assessor's own text to edit); the
workspace calls them on every page, including pages added later. A page's title follows the interface language
through `set_page_title`.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from hria_app.gui.assessment.context_page import ContextPage
from hria_app.gui.assessment.criterion_page import CriterionPage
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.assessment.navigator import Navigator
from hria_app.gui.widgets.i18n import follow_language

CONTEXT = "context"
CRITERION = "criterion"
SUMMARY = "summary"


@runtime_checkable
class FollowsDocument(Protocol):
    def set_document(self, document: AssessmentDocument | None) -> None: ...


@runtime_checkable
class FollowsLanguage(Protocol):
    def set_language(self, lang: str) -> None: ...


@runtime_checkable
class FollowsAnswerLanguage(Protocol):
    def set_answer_language(self, lang: str) -> None: ...


class Workspace(QWidget):
    page_changed = Signal(str)  # the key of the page now shown
    page_added = Signal(str)
    message_posted = Signal(str)  # a short note for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: AssessmentDocument | None = None
        self.language = "en"
        self.answer_language = "en"
        self.navigator = Navigator()
        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        self._page_actions: dict[str, QAction] = {}

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._layout = layout

        self.next_action = self._action(self.tr("&Next criterion"), [QKeySequence("Ctrl+Down"), "Alt+Right"])
        self.previous_action = self._action(self.tr("&Previous criterion"), [QKeySequence("Ctrl+Up"), "Alt+Left"])
        self.next_unanswered_action = self._action(self.tr("Next &unanswered"), [QKeySequence("Ctrl+U")])
        self.next_action.triggered.connect(lambda: self.step(1))
        self.previous_action.triggered.connect(lambda: self.step(-1))
        self.next_unanswered_action.triggered.connect(self.next_unanswered)

        self.context_page = ContextPage()
        self.criterion_page = CriterionPage()
        self.add_page(CONTEXT, self.context_page, self.tr("Context"), "Ctrl+1")
        self.stack.addWidget(self.criterion_page)
        self._pages[CRITERION] = self.criterion_page
        self.criterion_page.previous_button.clicked.connect(self.previous_action.trigger)
        self.criterion_page.next_button.clicked.connect(self.next_action.trigger)
        self.criterion_page.next_unanswered_button.clicked.connect(self.next_unanswered_action.trigger)

        self.navigator.criterion_activated.connect(self.show_criterion)
        self.navigator.page_activated.connect(self.show_page)
        self._update_actions()

    # Plugging pages in.
    def add_page(self, key: str, widget: QWidget, title: str, shortcut: str = "") -> QAction:
        """Add a page listed in the navigator; returns its Go menu action (the main window lists it)."""
        if key in self._pages:
            raise ValueError(f"a page with key {key!r} exists already")
        self._pages[key] = widget
        self.stack.addWidget(widget)
        self.navigator.add_page_entry(key, title)
        action = QAction(title, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda: self.show_page(key))
        self._page_actions[key] = action
        if isinstance(widget, FollowsLanguage):
            widget.set_language(self.language)
        if isinstance(widget, FollowsAnswerLanguage):
            widget.set_answer_language(self.answer_language)
        if isinstance(widget, FollowsDocument):
            widget.set_document(self.document)
        action.setEnabled(self.document is not None)
        self.page_added.emit(key)
        return action

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def page_action(self, key: str) -> QAction:
        return self._page_actions[key]

    @property
    def current_key(self) -> str:
        current = self.stack.currentWidget()
        return next((key for key, page in self._pages.items() if page is current), "")

    @property
    def current_criterion(self) -> str | None:
        return self.criterion_page.criterion_id

    # Following the document and the language.
    def set_document(self, document: AssessmentDocument | None) -> None:
        self.document = document
        self.navigator.set_document(document)
        for page in self._pages.values():
            if isinstance(page, FollowsDocument):
                page.set_document(document)
        self._update_actions()

    def set_language(self, lang: str) -> None:
        self.language = lang
        self.navigator.set_language(lang)
        for page in self._pages.values():
            if isinstance(page, FollowsLanguage):
                page.set_language(lang)

    def set_answer_language(self, lang: str) -> None:
        self.answer_language = lang
        for page in self._pages.values():
            if isinstance(page, FollowsAnswerLanguage):
                page.set_answer_language(lang)

    def set_page_title(self, key: str, title: str) -> None:
        """A page's name in the navigator and the Go menu, in the interface language."""
        self.navigator.set_page_title(key, title)
        self._page_actions[key].setText(title)

    def retranslate(self) -> None:
        self.next_action.setText(self.tr("&Next criterion"))
        self.previous_action.setText(self.tr("&Previous criterion"))
        self.next_unanswered_action.setText(self.tr("Next &unanswered"))
        self.set_page_title(CONTEXT, self.tr("Context"))

    def changeEvent(self, event: QEvent) -> None:
        follow_language(event, self.retranslate)
        super().changeEvent(event)

    # Moving around.
    def show_page(self, key: str) -> None:
        if key == CRITERION:
            self.show_criterion(self.current_criterion or self._first_criterion())
            return
        self.stack.setCurrentWidget(self._pages[key])
        self.navigator.show_page(key)
        self._update_actions()
        self.page_changed.emit(key)

    def show_criterion(self, criterion_id: str | None) -> None:
        if self.document is None or not criterion_id:
            return
        self.criterion_page.show_criterion(criterion_id)
        self.stack.setCurrentWidget(self.criterion_page)
        self.navigator.show_criterion(criterion_id)
        self._update_actions()
        self.page_changed.emit(CRITERION)

    def step(self, offset: int) -> None:
        ids = self._criterion_ids()
        if not ids:
            return
        current = self.current_criterion
        if self.current_key != CRITERION or current not in ids:
            self.show_criterion(current or ids[0])
            return
        position = ids.index(current) + offset
        if 0 <= position < len(ids):
            self.show_criterion(ids[position])

    def next_unanswered(self) -> None:
        if self.document is None:
            return
        after = self.current_criterion if self.current_key == CRITERION else None
        found = self.document.assessment.next_unanswered(after)
        if found is None:
            self.message_posted.emit(self.tr("Every criterion has an answer."))
            return
        self.show_criterion(found)

    def add_bar(self, bar: QWidget) -> None:
        """A notice bar across the top of the workspace, over the navigator and the pages."""
        self._layout.insertWidget(self._layout.indexOf(self.splitter), bar)
        self._layout.setStretchFactor(self.splitter, 1)  # the bar keeps the height its text needs

    def reload_rubric(self) -> None:
        """The open assessment moved to another version of its rubric: rebuild every page, staying on the same
        page or criterion when it still exists."""
        key, criterion = self.current_key, self.current_criterion
        self.set_document(self.document)
        rubric = self.document.assessment.rubric if self.document is not None else None
        if key == CRITERION and criterion and rubric is not None and rubric.has_criterion(criterion):
            self.show_criterion(criterion)
        elif key and key != CRITERION:
            self.show_page(key)
        else:
            self.show_start()

    def show_start(self) -> None:
        """Where an assessment opens: the context of a new one, else the first criterion still unanswered."""
        if self.document is None:
            return
        assessment = self.document.assessment
        if not assessment.answers and not assessment.context.deployment:
            self.show_page(CONTEXT)
        else:
            self.show_criterion(assessment.next_unanswered() or self._first_criterion())

    def _first_criterion(self) -> str | None:
        ids = self._criterion_ids()
        return ids[0] if ids else None

    def _criterion_ids(self) -> list[str]:
        if self.document is None:
            return []
        return [c.id for c in self.document.assessment.rubric.criteria()]

    def _action(self, text: str, keys: list[QKeySequence | str]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        return action

    def _update_actions(self) -> None:
        has_document = self.document is not None
        for action in self._page_actions.values():
            action.setEnabled(has_document)
        ids = self._criterion_ids()
        on_criterion = self.current_key == CRITERION and self.current_criterion in ids
        position = ids.index(self.current_criterion) if on_criterion and self.current_criterion else -1
        self.next_action.setEnabled(bool(ids) and (not on_criterion or position < len(ids) - 1))
        self.previous_action.setEnabled(on_criterion and position > 0)
        self.next_unanswered_action.setEnabled(has_document)
        page = self.criterion_page
        # A button disabled while it has focus would pass focus down the chain and away from the page.
        if page.next_button.hasFocus() and not self.next_action.isEnabled():
            page.previous_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if page.previous_button.hasFocus() and not self.previous_action.isEnabled():
            page.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        page.previous_button.setEnabled(self.previous_action.isEnabled())
        page.next_button.setEnabled(self.next_action.isEnabled())
        self.criterion_page.set_answer_keys_enabled(on_criterion)
