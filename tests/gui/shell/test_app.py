"""Start-up and the safety nets around it: fonts, settings, the crash handler, and a light start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase

from hria_app.core.paths import resource
from hria_app.gui.shell.app import register_fonts
from hria_app.gui.shell.crash import CRASH_LOG, CrashHandler
from hria_app.gui.shell.main_window import MainWindow
from hria_app.gui.shell.settings import MAX_RECENT, Settings, data_dir
from tests.gui.helpers import ROOT


def run_python(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", script, *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.skipif(not any(resource("fonts").glob("*.ttf")), reason="no bundled fonts")
def test_bundled_fonts_give_thai_glyphs(qapp) -> None:
    families = register_fonts(resource("fonts"))
    assert families
    assert any(QFontDatabase.WritingSystem.Thai in QFontDatabase.writingSystems(f) for f in families)


def test_a_folder_without_fonts_is_fine(qapp, tmp_path: Path) -> None:
    assert register_fonts(tmp_path) == []
    assert register_fonts(tmp_path / "missing") == []


def test_settings_have_defaults_and_remember(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.ini")
    assert settings.rubric_language == "en"
    assert settings.recent_files == []
    assert settings.autosave_seconds == 30
    settings.rubric_language = "th"
    with pytest.raises(ValueError):
        settings.rubric_language = "fr"
    for number in range(MAX_RECENT + 2):
        settings.add_recent(tmp_path / f"{number}.hria")
    settings.add_recent(tmp_path / "3.hria")
    settings.sync()
    again = Settings(tmp_path / "s.ini")
    assert again.rubric_language == "th"
    assert len(again.recent_files) == MAX_RECENT
    assert again.recent_files[0] == (tmp_path / "3.hria").resolve()
    assert again.last_folder == tmp_path.resolve()


def test_the_data_folder_can_be_chosen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HRIA_DATA_DIR", str(tmp_path / "elsewhere"))
    assert data_dir() == tmp_path / "elsewhere"


@pytest.mark.expected_log_warning
def test_the_crash_handler_saves_the_work_before_it_says_anything(
    window: MainWindow, saved_file: Path, tmp_path: Path
) -> None:
    window.open_path(saved_file)
    window.workspace.show_criterion("LEG-1")
    window.workspace.criterion_page.choose_score(4)
    shown: list[tuple[str, str, bool]] = []

    def copies() -> list[Path]:
        return list((tmp_path / "data" / "recovery").glob("*.hria"))

    handler = CrashHandler(
        tmp_path / "logs",
        window.write_recovery,
        lambda message, detail: shown.append((message, detail, bool(copies()))),
    )
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        handler.handle(*sys.exc_info())
    (message, detail, saved_first) = shown[0]
    assert saved_first
    assert "recovery copy" in message
    assert "RuntimeError: boom in a slot" in detail
    assert str(copies()[0]) in detail
    assert "boom in a slot" in (tmp_path / "logs" / CRASH_LOG).read_text(encoding="utf-8")


@pytest.mark.expected_log_warning
def test_the_crash_handler_survives_a_failing_save(tmp_path: Path) -> None:
    def failing_save() -> Path:
        raise OSError("disk full")

    shown: list[str] = []
    handler = CrashHandler(tmp_path, failing_save, lambda message, _detail: shown.append(message))
    handler.handle(ValueError, ValueError("x"), None)
    assert "save them now" in shown[0]


INSTALLED = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from hria_app.gui.shell.app import create_application
from hria_app.gui.shell.crash import CrashHandler

app = create_application([])
handler = CrashHandler(Path(sys.argv[1]), lambda: Path("copy.hria"), lambda m, d: print("SHOWN", m, flush=True))
handler.install()

def fail():
    raise KeyError("lost key")

QTimer.singleShot(0, fail)
QTimer.singleShot(0, lambda: print("STILL RUNNING", flush=True))
QTimer.singleShot(0, app.quit)
app.exec()
handler.uninstall()
"""


def test_an_error_in_the_event_loop_reaches_the_handler_and_the_app_goes_on(tmp_path: Path) -> None:
    result = run_python(INSTALLED, str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "SHOWN Something went wrong" in result.stdout
    assert "STILL RUNNING" in result.stdout
    assert "KeyError: 'lost key'" in (tmp_path / CRASH_LOG).read_text(encoding="utf-8")


RUN_APP = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from hria_app.gui.shell import app as gui_app

def report_and_quit():
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "" and w.isWindow()
                  and type(w).__name__ == "MainWindow")
    print("TITLE", window.windowTitle(), flush=True)
    heavy = [name for name in ("reportlab", "PySide6.QtPdf", "PySide6.QtPdfWidgets") if name in sys.modules]
    print("HEAVY", heavy, flush=True)
    QApplication.quit()

exec_loop = QApplication.exec
def exec_and_report(self):
    QTimer.singleShot(0, report_and_quit)
    return exec_loop()

QApplication.exec = exec_and_report
sys.exit(gui_app.run_app(Path(sys.argv[1])))
"""


def test_run_app_opens_a_file_without_loading_the_pdf_machinery(saved_file: Path, tmp_path: Path) -> None:
    result = run_python(RUN_APP, str(saved_file))
    assert result.returncode == 0, result.stderr
    assert "TITLE city.hria[*]" in result.stdout
    assert "HEAVY []" in result.stdout
