"""Everything stays on the computer: the main flows run with every way of reaching the network refused, and
no widget loads anything remote by itself."""

from __future__ import annotations

import re
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, Qt
from PySide6.QtWidgets import QLabel, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from hria_app.core.assessment import new_assessment
from hria_app.core.rubric_loader import load_rubric
from hria_app.gui.shell.app import sample_path
from hria_app.gui.shell.main_window import MainWindow
from tests.gui.fakes import FakeDialogs
from tests.gui.helpers import DATA
from tests.gui.security_fakes import run_main_flows

TRACKER = "tracker.example"


@pytest.fixture
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every attempt to open a socket or resolve a name, refused and remembered (even if the caller swallows
    the error)."""
    attempts: list[str] = []

    def refuse(name: str) -> Callable[..., NoReturn]:
        def refused(*args: object, **kwargs: object) -> NoReturn:
            attempts.append(f"{name}{args!r}")
            raise OSError(f"network use is forbidden in this test: {name}")

        return refused

    class RefusedSocket(socket.socket):
        # A class, not a function: the standard library subclasses socket.socket (ssl does, on import).
        def __init__(self, *args: object, **kwargs: object) -> None:
            refuse("socket")(*args, **kwargs)

    monkeypatch.setattr(socket, "socket", RefusedSocket)
    for name in ("create_connection", "socketpair", "getaddrinfo", "gethostbyname", "create_server"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


@pytest.fixture
def opened_links(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    return opened


def test_the_main_flows_never_touch_the_network(
    qtbot: QtBot,
    make_window,
    dialogs: FakeDialogs,
    tmp_path: Path,
    network_attempts: list[str],
    opened_links: list[QUrl],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    modules_before = set(sys.modules)
    window = make_window(sample=sample_path())
    folder = tmp_path / "work"
    folder.mkdir()
    run_main_flows(qtbot, window, dialogs, folder)
    assert (folder / "brief.pdf").read_bytes().startswith(b"%PDF")
    assert network_attempts == []
    assert opened_links == []  # nothing opens a browser unless the person clicks a link
    loaded = set(sys.modules) - modules_before
    assert not [name for name in loaded if name.startswith(("PySide6.QtNetwork", "PySide6.QtWebEngine"))]


def rich_text_shown(window: QWidget) -> list[tuple[str, str]]:
    """(widget, text) for every piece of rich text the window shows, where markup could ask for a resource."""
    shown = []
    for label in window.findChildren(QLabel):
        text_format = label.textFormat()
        rich = text_format == Qt.TextFormat.RichText or (
            text_format == Qt.TextFormat.AutoText and Qt.mightBeRichText(label.text())
        )
        if rich:
            shown.append((label.accessibleName() or type(label).__name__, label.text()))
    for editor in window.findChildren(QTextEdit):
        shown.append((type(editor).__name__, editor.toHtml()))
    return shown


def test_markup_from_a_rubric_is_shown_as_text_never_loaded(
    window: MainWindow, tmp_path: Path, network_attempts: list[str]
) -> None:
    hostile = (DATA / "mini-rubric.yaml").read_text(encoding="utf-8")
    image = f'<img src="https://{TRACKER}/pixel.png">'
    hostile = hostile.replace(
        "        red_flags: [RF1]\n",
        f"        red_flags: [RF1]\n        guidance: {{en: '{image} guidance'}}\n"
        f"        evidence: [{{en: '{image} minutes'}}]\n",
        1,
    )
    rubric_file = tmp_path / "hostile.yaml"
    rubric_file.write_text(hostile, encoding="utf-8")
    window.files.new_from_rubric(new_assessment(load_rubric(rubric_file)).rubric)
    window.workspace.show_criterion("LEG-1")
    shown = rich_text_shown(window)
    assert any(TRACKER in text for _widget, text in shown), "the hostile text is not on screen"
    for widget, text in shown:
        assert not re.search(r"<img[^>]*src=[\"']?https?://", text, re.IGNORECASE), widget
    for label in window.findChildren(QLabel):
        assert not label.openExternalLinks() or not label.text()
    assert network_attempts == []
