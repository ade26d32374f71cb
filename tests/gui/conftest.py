"""GUI tests run offscreen (set QT_QPA_PLATFORM to watch them on screen). Settings, the data folder and the
rubric library live in tmp_path, and every dialog is a fake that answers at once."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hria_app.core import crypto
from hria_app.core.assessment import Assessment
from hria_app.core.assessment_file import save_assessment
from hria_app.core.library import RubricLibrary
from hria_app.core.paths import resource
from hria_app.gui.shell.app import prefer_bundled_thai, register_fonts
from hria_app.gui.shell.main_window import MainWindow
from hria_app.gui.shell.refcount_guard import guard_against_lost_none_references
from hria_app.gui.shell.settings import Settings
from hria_app.gui.widgets.i18n import Translations
from tests.gui.fakes import FakeDialogs
from tests.gui.helpers import DATA, OFFSCREEN_NOISE

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


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


@pytest.fixture
def thai(qapp: QApplication) -> Iterator[Translations]:
    """The interface in Thai, with the bundled Thai font; English and the previous font and locale afterwards."""
    translations = Translations.of(qapp)
    font, locale = QApplication.font(), QLocale()
    prefer_bundled_thai(register_fonts(resource("fonts")))
    translations.use("th")
    yield translations
    translations.use("en")
    QApplication.setFont(font)
    QLocale.setDefault(locale)


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication) -> None:
    """The translations the app installs at start-up (shell/app.py), English plural forms among them."""
    Translations.of(qapp)


@pytest.fixture(scope="session", autouse=True)
def refcount_guard(qapp: QApplication) -> None:
    """The guard the app applies when it creates its QApplication (shell/app.py), for the tests' own."""
    guard_against_lost_none_references()
