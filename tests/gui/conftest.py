"""GUI tests run offscreen (set QT_QPA_PLATFORM to watch them on screen). Settings, the data folder and the
rubric library live in tmp_path, and every dialog is a fake that answers at once."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hria_app.core import crypto
from hria_app.core.assessment import Assessment
from hria_app.core.assessment_file import save_assessment
from hria_app.core.library import RubricLibrary
from hria_app.core.locking import LockInfo
from hria_app.gui.autosave import RecoveryInfo
from hria_app.gui.dialogs import ConflictChoice, ConflictReason, Dialogs, LockChoice, RecoverChoice, UnsavedChoice
from hria_app.gui.main_window import MainWindow
from hria_app.gui.settings import Settings

DATA = Path(__file__).parent.parent / "data"
HERE = Path(__file__).parent
# The offscreen platform cannot pass size hints to a window system and says so whenever a window's size
# constraints change; that is a property of the test platform, not of the app.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one key event per character as a keyboard layout delivers it. (qtbot.keyClicks maps
    characters to Latin-1 key codes and aborts on Thai.)"""
    for character in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, character, Qt.KeyboardModifier.NoModifier)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


class FakeDialogs(Dialogs):
    """Answers every question at once (file choices, unsaved work, recovery, passphrases, locks, conflicts on
    disk, encryption, full exports) and remembers what was asked."""

    def __init__(self) -> None:
        super().__init__()
        self.open_path: Path | None = None
        self.save_path: Path | None = None
        self.unsaved = UnsavedChoice.DISCARD
        self.recover = RecoverChoice.RECOVER
        self.passphrases: list[str | None] = []  # answered in turn; None is "cancel"
        self.asked: list[tuple[str, Any]] = []
        self.errors: list[tuple[str, str, str]] = []
        self.lock_choice = LockChoice.READ_ONLY
        self.conflict_choice = ConflictChoice.CANCEL
        self.reload = True
        self.new_passphrases: list[str | None] = []  # answered in turn; None is "cancel"
        self.remove_encryption = True
        self.full_export = False

    def ask_open_path(self, parent: QWidget | None, folder: Path | None) -> Path | None:
        self.asked.append(("open", folder))
        return self.open_path

    def ask_save_path(
        self, parent: QWidget | None, suggested: Path, file_filter: str = "", suffix: str = ".hria"
    ) -> Path | None:
        self.asked.append(("save", suggested))
        return self.save_path

    def ask_unsaved_changes(self, parent: QWidget | None, name: str) -> UnsavedChoice:
        self.asked.append(("unsaved", name))
        return self.unsaved

    def show_error(self, parent: QWidget | None, title: str, message: str, detail: str = "") -> None:
        self.asked.append(("error", title))
        self.errors.append((title, message, detail))

    def show_information(self, parent: QWidget | None, title: str, message: str) -> None:
        self.asked.append(("information", title))

    def ask_passphrase(self, parent: QWidget | None, name: str, wrong: bool = False) -> str | None:
        self.asked.append(("passphrase", (name, wrong)))
        return self.passphrases.pop(0) if self.passphrases else None

    def ask_recover(self, parent: QWidget | None, info: RecoveryInfo) -> RecoverChoice:
        self.asked.append(("recover", info))
        return self.recover

    def ask_lock_conflict(self, parent: QWidget | None, name: str, holder: LockInfo) -> LockChoice:
        self.asked.append(("lock", (name, holder)))
        return self.lock_choice

    def ask_save_conflict(
        self, parent: QWidget | None, name: str, reason: ConflictReason, holder: LockInfo | None = None
    ) -> ConflictChoice:
        self.asked.append(("conflict", (name, reason, holder)))
        return self.conflict_choice

    def ask_reload(self, parent: QWidget | None, name: str) -> bool:
        self.asked.append(("reload", name))
        return self.reload

    def ask_new_passphrase(self, parent: QWidget | None, name: str, changing: bool = False) -> str | None:
        self.asked.append(("new passphrase", (name, changing)))
        return self.new_passphrases.pop(0) if self.new_passphrases else None

    def confirm_remove_encryption(self, parent: QWidget | None, name: str) -> bool:
        self.asked.append(("remove encryption", name))
        return self.remove_encryption

    def confirm_full_export(self, parent: QWidget | None, name: str) -> bool:
        self.asked.append(("full export", name))
        return self.full_export

    def questions(self, kind: str) -> list[Any]:
        return [value for asked_kind, value in self.asked if asked_kind == kind]


@pytest.fixture(autouse=True)
def quick_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Same container, a fraction of scrypt's work: GUI tests are about where bytes go, not about guessing cost
    (tests/core/test_crypto.py checks the real parameters)."""
    monkeypatch.setattr(crypto, "DEFAULT_KDF", crypto.KdfParams(n=2**12))


@pytest.fixture(autouse=True)
def settings(tmp_path: Path) -> Settings:
    # Also moves any QSettings() made without a path, so nothing reaches the real user's settings.
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def library(tmp_path: Path) -> RubricLibrary:
    user_dir = tmp_path / "rubrics"
    user_dir.mkdir()
    shutil.copy(DATA / "mini-rubric.yaml", user_dir / "mini-rubric.yaml")
    return RubricLibrary(bundled_dir=tmp_path / "no-bundled-rubrics", user_dir=user_dir)


@pytest.fixture
def sample_file(tmp_path: Path, mini_assessment: Assessment) -> Path:
    path = tmp_path / "sample" / "sample.hria"
    path.parent.mkdir()
    save_assessment(path, mini_assessment, backup=False)
    return path


@pytest.fixture
def make_window(
    qtbot: QtBot, settings: Settings, library: RubricLibrary, dialogs: FakeDialogs, data_dir: Path
) -> Callable[..., MainWindow]:
    def make(sample: Path | None = None, dialogs_: FakeDialogs | None = None) -> MainWindow:
        window = MainWindow(settings, library, dialogs_ or dialogs, data_dir, sample=sample)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):  # keyboard shortcuts reach the active window only
            window.show()
            window.activateWindow()
        return window

    return make


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()


@pytest.fixture
def open_window(window: MainWindow, mini_assessment: Assessment) -> MainWindow:
    """A window with a new, unsaved assessment from the mini rubric, on its first criterion."""
    window.files.new_from_rubric(mini_assessment.rubric)
    window.workspace.show_criterion("LEG-1")
    return window


@pytest.fixture
def saved_file(tmp_path: Path, mini_assessment: Assessment) -> Path:
    path = tmp_path / "work" / "city.hria"
    path.parent.mkdir()
    save_assessment(path, mini_assessment, backup=False)
    return path
