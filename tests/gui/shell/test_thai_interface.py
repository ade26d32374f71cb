"""The interface in Thai: walking the main flow, no English word is left on screen but names and codes.

Scanned on every page: labels, buttons, group boxes, tabs, menu titles and entries, tooltips, window titles,
placeholders, accessible names, list and table entries and headers. Allowed in Latin letters: ids and codes
(LEG-1, RF1), the app's name, PDF, file names and extensions, key names, language names written in their own
language, and what the rubric itself writes in Latin letters in its Thai text or plain fields (an issuer, a URL).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hria_app.core.rubric import Rubric
from hria_app.gui.assessment.workspace import SUMMARY
from hria_app.gui.shell.main_window import MainWindow
from hria_app.gui.widgets.i18n import Translations

ALLOWED = {
    "HRIA",
    "PDF",
    "Word",  # the export formats, by the names their programs carry
    "Excel",
    "CSV",
    "JSON",
    "Markdown",
    "docx",
    "xlsx",
    "PDPA",
    "YAML",
    "English",  # the English interface's name in the language menu, written in English on purpose
    "Ctrl",
    "Shift",
    "Alt",
    "Page",  # the key's name, as printed on keyboards
    "hria",
    "yaml",
    "yml",
    "pdf",
    "Qt",
}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
CODE = re.compile(r"\b[A-Z]{1,6}-?\d+\b|\b[A-Z]{2,}\b(?=-)")
FILE_NAME = re.compile(r"\S+\.(?:hria|pdf|yaml|yml|png|bak)\b|\*\.\w+|[\w.-]*[/\\][^\s)]*")
MNEMONIC = re.compile(r"\(&\w\)|&")


def rubric_words(rubric: Rubric) -> set[str]:
    """Latin words the rubric itself shows in a Thai interface: in its Thai texts and its plain fields."""
    words: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict) and "th" in value and all(isinstance(k, str) for k in value):
            walk(value["th"])
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            words.update(LATIN_WORD.findall(value))

    walk(rubric.source)
    return words


def english_words(text: str, allowed: set[str]) -> list[str]:
    text = MNEMONIC.sub("", text)
    text = FILE_NAME.sub(" ", text)
    text = CODE.sub(" ", text)
    return [word for word in LATIN_WORD.findall(text) if word not in allowed]


def item_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list widget's own model keeps columnCount private: it has one column
            return 1

    for section in range(columns(QModelIndex())):
        header = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(header, str):
            yield header

    def rows(parent: QModelIndex) -> Iterator[str]:
        for row in range(model.rowCount(parent)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield value
            yield from rows(model.index(row, 0, parent))

    yield from rows(QModelIndex())


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a visible widget under `root` shows or speaks."""
    widgets = [root, *(w for w in root.findChildren(QWidget) if w.isVisibleTo(root))]
    for widget in widgets:
        kind = type(widget).__name__
        yield f"{kind} tooltip", widget.toolTip()
        yield f"{kind} accessible name", widget.accessibleName()
        yield f"{kind} window title", widget.windowTitle() if widget.isWindow() else ""
        if isinstance(widget, QLabel):
            yield kind, widget.text()
        if isinstance(widget, QAbstractButton):
            yield kind, widget.text()
        if isinstance(widget, QGroupBox):
            yield kind, widget.title()
        if isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                yield f"{kind} tab", widget.tabText(tab)
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            yield f"{kind} placeholder", widget.placeholderText()
        if isinstance(widget, QComboBox):
            for row in range(widget.count()):
                yield f"{kind} item", widget.itemText(row)
        if isinstance(widget, QAbstractItemView):
            for text in item_texts(widget):
                yield f"{kind} item", text


def menu_texts(window: MainWindow) -> Iterator[tuple[str, str]]:
    def walk(menu: QMenu) -> Iterator[tuple[str, str]]:
        menu.aboutToShow.emit()  # menus filled when opened (recent files)
        yield "menu", menu.title()
        for action in menu.actions():
            if action.menu() is not None:
                yield from walk(action.menu())
            elif action.isVisible() and not action.isSeparator():
                yield "menu entry", action.text()
                yield "menu entry tooltip", action.toolTip() if action.toolTip() != action.text() else ""

    for action in window.menuBar().actions():
        if action.menu() is not None:
            yield from walk(action.menu())


def english_left(texts: Iterator[tuple[str, str]], allowed: set[str]) -> list[tuple[str, str, list[str]]]:
    found = []
    for where, text in texts:
        words = english_words(text or "", allowed)
        if words:
            found.append((where, text, words))
    return found


def check_thai(root: QWidget, rubric: Rubric | None = None) -> None:
    allowed = ALLOWED | (rubric_words(rubric) if rubric is not None else set())
    left = english_left(shown_texts(root), allowed)
    assert left == [], "\n".join(f"{where}: {text!r} {words}" for where, text, words in left)


def walk_main_flow(qtbot: QtBot, window: MainWindow, rubric: Rubric, check: Callable[[QWidget], None]) -> None:
    """Start page, new assessment (context), a criterion, the summary, the export dialog: `check` on each."""
    check(window)
    window.files.new_from_rubric(rubric)
    assert window.workspace.current_key == "context"
    check(window)
    page = window.workspace.criterion_page
    window.workspace.show_criterion("LEG-1")
    page.choose_status("not_applicable")  # the reason field and its hint show too
    page.evidence.add_record()
    page.mitigation.measures.add_record()
    check(window)
    window.workspace.show_page(SUMMARY)
    check(window)
    window.summary_page.tabs.setCurrentIndex(1)
    check(window)
    from hria_app.gui.export.export_dialog import ExportDialog

    window.export_pdf()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    with qtbot.waitSignal(dialog.rendered, timeout=60_000):
        pass
    check(dialog)
    dialog.reject()


def test_every_word_of_the_main_flow_is_thai(
    qtbot: QtBot, thai: Translations, make_window: Callable[..., MainWindow], mini_rubric: Rubric
) -> None:
    window = make_window()
    assert window.language == "th"  # the Thai interface shows Thai rubric text too, until told otherwise
    assert window.answer_language == "th"

    def check(root: QWidget) -> None:
        check_thai(root, mini_rubric)
        left = english_left(menu_texts(window), ALLOWED | rubric_words(mini_rubric))
        assert left == [], left

    walk_main_flow(qtbot, window, mini_rubric, check)
    assert window.windowTitle().startswith("การประเมินที่ยังไม่มีชื่อ")


def test_the_scan_finds_english(make_window: Callable[..., MainWindow], mini_rubric: Rubric) -> None:
    window = make_window()  # in English
    left = english_left(shown_texts(window.start_page), ALLOWED)
    assert any("Start" in words for _where, _text, words in left)
    assert english_words("ส่งออก PDF…(&E) LEG-1 RF1 city.hria ไฟล์(&F)", ALLOWED) == []
    assert english_words("Save the changes", ALLOWED) == ["Save", "the", "changes"]


def test_switching_to_thai_in_the_window_leaves_no_english(
    qtbot: QtBot, make_window: Callable[..., MainWindow], mini_rubric: Rubric, qapp: QApplication
) -> None:
    """Built in English, switched live: every widget sets its words again; nothing needs a restart."""
    window = make_window()
    window.files.new_from_rubric(mini_rubric)
    window.workspace.show_criterion("LEG-1")
    window.workspace.criterion_page.evidence.add_record()
    font, locale = QApplication.font(), QLocale()
    try:
        window.set_interface_language("th")
        assert window.language == "th"
        check_thai(window, mini_rubric)
        window.workspace.show_page("context")
        check_thai(window, mini_rubric)
        window.workspace.show_page(SUMMARY)
        check_thai(window, mini_rubric)
        # Edits made before the switch keep the names they were given in the undo history ("Undo Add evidence").
        history = [text for text in (window.undo_group.undoText(), window.undo_group.redoText()) if text]
        menus = [(where, text) for where, text in menu_texts(window) if not any(h in text for h in history)]
        left = english_left(iter(menus), ALLOWED | rubric_words(mini_rubric))
        assert left == [], left
        assert window.undo_action.text().startswith("เลิกทำ(&U)")
        window.set_interface_language("en")
        assert window.file_menu.title() == "&File"
        assert window.workspace.criterion_page.next_button.text() == "Next"
    finally:
        Translations.of(qapp).use("en")
        QApplication.setFont(font)
        QLocale.setDefault(locale)


def test_the_start_page_says_where_rubrics_go_in_thai(
    thai: Translations, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window()
    assert window.start_page.start_button.text() == "เริ่มการประเมิน(&S)"
    assert window.start_page.new_heading.accessibleName() == "เริ่มการประเมินใหม่"
