"""What the About dialog will show, and the icon files the window and the desktop entry use."""

from __future__ import annotations

from hria_app import __version__
from hria_app.core.about import about
from hria_app.core.paths import ICON_SIZES, icon_files


def test_about_names_the_app_its_version_and_licence() -> None:
    info = about()
    assert (info.name, info.version, info.licence) == ("HRIA", __version__, "GPL-3.0-or-later")
    assert "GNU GENERAL PUBLIC LICENSE" in info.licence_path.read_text(encoding="utf-8")


def test_every_bundled_component_has_its_licence_text() -> None:
    notices = about().notices
    names = {n.name for n in notices}
    assert {
        "Noto Sans Thai",
        "Qt for Python (PySide6)",
        "ReportLab",
        "nlpo3",
        "cryptography",
        "python-docx",
        "openpyxl",
    } <= names
    for notice in notices:
        assert notice.path.is_file(), notice.name
        assert len(notice.text()) > 300, notice.name


def test_the_fonts_are_shown_under_the_open_font_licence() -> None:
    fonts = next(n for n in about().notices if n.name == "Noto Sans Thai")
    assert fonts.licence == "OFL-1.1"
    assert "SIL OPEN FONT LICENSE" in fonts.text().upper()


def test_notice_lines_carry_installed_versions() -> None:
    lines = about().notice_lines()
    reportlab = next(line for line in lines if line.startswith("ReportLab "))
    assert reportlab.split(" — ")[0].split()[1][0].isdigit()  # "ReportLab 5.1.0"
    assert reportlab.endswith("BSD-3-Clause")


def test_the_full_text_holds_each_licence_once() -> None:
    text = about().full_text()
    assert text.startswith(f"HRIA {__version__} — GPL-3.0-or-later")
    # uharfbuzz, nlpo3 and msgpack share the Apache text: it appears once, naming them all.
    assert text.count("— Apache-2.0\n") == 1
    assert "uharfbuzz (HarfBuzz), nlpo3, msgpack — Apache-2.0" in text


def test_the_icon_comes_as_svg_and_every_png_size() -> None:
    files = icon_files()
    assert files[0].suffix == ".svg" and files[0].is_file()
    pngs = files[1:]
    assert [int(p.stem.split("-")[1]) for p in pngs] == list(ICON_SIZES)
    for png in pngs:
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png.name
