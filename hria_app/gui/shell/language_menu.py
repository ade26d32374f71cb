"""The language choices of the View menu, beside the rubric text language the main window already offers:

- the interface language (menus, buttons, messages): the system's, English or Thai; it changes at once;
- the language of your answers: which version (English or Thai) of your notes, reasons, evidence, measures and
  facts the editors show and write. The other version stays visible beneath each field, so translating one's own
  notes is switching this and typing. Ctrl+Shift+T switches it; the status bar shows it.

Choosing an interface language also sets the rubric text and the answers to it (each can be changed after).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from hria_app.core.text import LANGUAGES
from hria_app.gui.shell.settings import Settings
from hria_app.gui.widgets.bilingual_edit import language_name
from hria_app.gui.widgets.i18n import NATIVE_NAMES, system_language

SWITCH_ANSWER_LANGUAGE = "Ctrl+Shift+T"


class LanguageMenus(QObject):
    interface_chosen = Signal(str)  # "system", "en" or "th"
    answer_language_chosen = Signal(str)  # "en" or "th"

    def __init__(self, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.settings = settings
        self.interface_menu = QMenu(parent)
        self.answer_menu = QMenu(parent)
        self.interface_group = QActionGroup(self)
        for choice in ("system", *LANGUAGES):
            action = self._checkable(self.interface_group, choice, partial(self.interface_chosen.emit, choice))
            self.interface_menu.addAction(action)
        self.answer_group = QActionGroup(self)
        for lang in LANGUAGES:
            action = self._checkable(self.answer_group, lang, partial(self.answer_language_chosen.emit, lang))
            self.answer_menu.addAction(action)
        self.answer_menu.addSeparator()
        self.switch_answer_action = QAction(parent)
        self.switch_answer_action.setShortcut(QKeySequence(SWITCH_ANSWER_LANGUAGE))
        self.switch_answer_action.triggered.connect(self.switch_answer_language)
        self.answer_menu.addAction(self.switch_answer_action)
        # In the status bar: which language your typing goes into, one click to switch.
        self.answer_indicator = QToolButton(parent)
        self.answer_indicator.setAutoRaise(True)
        self.answer_indicator.clicked.connect(self.switch_answer_language)
        self.answer_language = settings.answer_language
        self.retranslate()

    def _checkable(self, group: QActionGroup, data: str, chosen: Callable[[], None]) -> QAction:
        action = QAction(self.parent())
        action.setCheckable(True)
        action.setData(data)
        action.triggered.connect(lambda _checked=False: chosen())
        group.addAction(action)
        return action

    def show_interface(self, choice: str) -> None:
        for action in self.interface_group.actions():
            action.setChecked(action.data() == choice)

    def show_answer_language(self, lang: str) -> None:
        self.answer_language = lang
        for action in self.answer_group.actions():
            action.setChecked(action.data() == lang)
        self._update_indicator()

    def switch_answer_language(self) -> None:
        self.answer_language_chosen.emit("th" if self.answer_language == "en" else "en")

    def retranslate(self) -> None:
        self.interface_menu.setTitle(self.tr("&Interface language"))
        self.answer_menu.setTitle(self.tr("Language of your &answers"))
        system = self.tr("&System language ({language})").format(language=NATIVE_NAMES[system_language()])
        # Each language named in itself, so a person who cannot read the current interface still finds theirs.
        names = {"system": system, "en": NATIVE_NAMES["en"], "th": NATIVE_NAMES["th"]}
        for action in self.interface_group.actions():
            action.setText(names[action.data()])
            action.setToolTip(self.tr("Menus, buttons and messages; it changes at once, without a restart"))
        for action in self.answer_group.actions():
            action.setText(self.tr("Write in {language}").format(language=language_name(action.data())))
        self.switch_answer_action.setText(self.tr("S&witch the language of your answers"))
        self._update_indicator()

    def _update_indicator(self) -> None:
        language = language_name(self.answer_language)
        keys = QKeySequence(SWITCH_ANSWER_LANGUAGE).toString(QKeySequence.SequenceFormat.NativeText)
        indicator = self.answer_indicator
        indicator.setText(self.tr("Answers in {language}").format(language=language))
        indicator.setAccessibleName(self.tr("Language of your answers: {language}").format(language=language))
        indicator.setToolTip(
            self.tr(
                "Your notes, reasons, evidence, measures and facts are written in {language}; the other "
                "language's version is shown beneath each field. Click or press {keys} to switch."
            ).format(language=language, keys=keys)
        )
