"""Alt+letter reaches exactly one control: a letter shared by two visible controls only moves the focus."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from hria_app.gui.shell.main_window import MainWindow


def _mnemonic(text: str) -> str | None:
    i = 0
    while (i := text.find("&", i)) >= 0 and i + 1 < len(text):
        if text[i + 1] != "&":
            return text[i + 1].lower()
        i += 2
    return None


def _visible_mnemonics(window: MainWindow) -> Counter[str]:
    letters: list[str] = [m for a in window.menuBar().actions() if a.isVisible() and (m := _mnemonic(a.text()))]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(widget, QAbstractButton):
            text = widget.text()
        else:
            continue
        if (letter := _mnemonic(text)) is not None:
            letters.append(letter)
    return Counter(letters)


def _shared(counts: Counter[str]) -> dict[str, int]:
    return {letter: n for letter, n in counts.items() if n > 1}


def test_the_start_page_has_no_shared_mnemonic(make_window: Callable[..., MainWindow], sample_file: Path) -> None:
    window = make_window(sample=sample_file)
    assert window.start_page.sample_button.isVisible()
    assert _shared(_visible_mnemonics(window)) == {}


@pytest.mark.parametrize("page", ["context", "criterion"])
def test_the_workspace_pages_have_no_shared_mnemonic(open_window: MainWindow, page: str) -> None:
    if page == "context":
        open_window.workspace.show_page("context")
    assert _shared(_visible_mnemonics(open_window)) == {}
