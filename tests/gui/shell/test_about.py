"""Help > About names the version and licence, and lists what ships with the app with its licence text."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hria_app import __version__
from hria_app.gui.shell.about_dialog import AboutDialog, application_icon
from hria_app.gui.shell.main_window import MainWindow


def test_about_shows_version_licence_and_every_bundled_licence(window: MainWindow, qtbot: QtBot) -> None:
    window.about_action.trigger()
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert __version__ in dialog.heading.text()
    assert "GPL-3.0-or-later" in dialog.summary.text()
    listed = dialog.notices.text()
    for component in ("Noto Sans Thai", "ReportLab", "Qt for Python", "nlpo3", "python-docx", "openpyxl"):
        assert component in listed
    licences = dialog.licences.toPlainText()
    assert "GNU GENERAL PUBLIC LICENSE" in licences and "SIL OPEN FONT LICENSE" in licences.upper()
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_app_has_its_icon_in_several_sizes(qapp) -> None:
    icon = application_icon()
    assert not icon.isNull()
    assert len(icon.availableSizes()) >= 5
