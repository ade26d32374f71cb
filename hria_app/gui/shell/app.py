"""Starting the desktop app: the QApplication, fonts, logging, the crash handler and the first window.

Start-up stays light: the PDF report (reportlab) and the PDF preview (QtPdf) are imported when first used.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from hria_app import __version__
from hria_app.core.library import RubricLibrary
from hria_app.core.paths import resource
from hria_app.gui.shell.about_dialog import application_icon
from hria_app.gui.shell.crash import CrashHandler
from hria_app.gui.shell.dialogs import Dialogs
from hria_app.gui.shell.main_window import MainWindow
from hria_app.gui.shell.refcount_guard import guard_against_lost_none_references
from hria_app.gui.shell.settings import Settings, data_dir
from hria_app.gui.widgets.i18n import Translations

log = logging.getLogger(__name__)
SAMPLE_NAME = "nakhon-thani-findface.hria"
FONT_SUFFIXES = (".ttf", ".otf")
LOG_LEVEL_VARIABLE = "HRIA_LOG"


def sample_path() -> Path:
    return resource("samples", SAMPLE_NAME)


def create_application(argv: list[str] | None = None) -> QApplication:
    QCoreApplication.setApplicationName("hria")
    QCoreApplication.setOrganizationName("hria")
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv)
    guard_against_lost_none_references()  # sessions last hours; see refcount_guard
    QApplication.setApplicationDisplayName("HRIA")
    QApplication.setWindowIcon(application_icon())
    QApplication.setDesktopFileName("hria")  # the desktop entry the Debian package installs
    prefer_bundled_thai(register_fonts(resource("fonts")))
    return app


def register_fonts(folder: Path) -> list[str]:
    """Make the bundled fonts available, so Thai renders on machines that have no Thai font installed."""
    families: list[str] = []
    if not folder.is_dir():
        return families
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def prefer_bundled_thai(families: list[str]) -> None:
    """Thai in every widget from the bundled font, Latin from the system's: the bundled Thai family follows the
    system font in the application font's family list, so Qt takes Thai glyphs from it before any other."""
    thai = [f for f in dict.fromkeys(families) if QFontDatabase.WritingSystem.Thai in QFontDatabase.writingSystems(f)]
    if not thai:
        return
    font = QApplication.font()
    first = [family for family in font.families() or [font.family()] if family not in thai]
    font.setFamilies([*first, *thai])
    QApplication.setFont(font)


def configure_logging() -> None:
    level_name = os.environ.get(LOG_LEVEL_VARIABLE, "warning").upper()
    logging.basicConfig(
        level=getattr(logging, level_name, logging.WARNING),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def build_window(
    settings: Settings | None = None,
    dialogs: Dialogs | None = None,
    data_folder: Path | None = None,
    library: RubricLibrary | None = None,
) -> MainWindow:
    return MainWindow(
        settings or Settings(),
        library or RubricLibrary(),
        dialogs or Dialogs(),
        data_folder or data_dir(),
        sample=sample_path(),
    )


def start(window: MainWindow, path: Path | None) -> None:
    """Offer work left unsaved by a crash, open `path`, then show the window.

    Opening before showing means a window started on a file never lays out the start page (nor reads every
    rubric in the library to fill it)."""
    recovered = window.offer_recovery()
    if path is not None and not recovered:
        window.open_path(path)
    window.show()


def install_crash_handler(window: MainWindow, folder: Path) -> CrashHandler:
    def show(message: str, detail: str) -> None:
        window.dialogs.show_error(
            window, QCoreApplication.translate("CrashHandler", "Unexpected error"), message, detail
        )

    handler = CrashHandler(folder, window.write_recovery, show)
    handler.install()
    return handler


def run_app(path: Path | None) -> int:
    app = create_application()
    configure_logging()
    folder = data_dir()
    settings = Settings()
    Translations.of(app).use(settings.interface_language)
    window = build_window(settings=settings, data_folder=folder)
    handler = install_crash_handler(window, folder)
    try:
        start(window, path)
        return app.exec()
    finally:
        handler.uninstall()
