"""What the About dialog shows: the app's version and licence, and the licences of what ships with it.

The texts live in resources/licenses (and the fonts' own OFL.txt beside the fonts), so they travel with every
install: a wheel, the standalone bundle, the Debian package. Versions come from the installed distributions'
metadata; the bundle carries that metadata for the components listed here (packaging/hria.spec).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from hria_app import __version__
from hria_app.core.paths import resource

APP_NAME = "HRIA"
APP_DESCRIPTION = "Human-rights impact assessment of surveillance deployments"
APP_LICENCE = "GPL-3.0-or-later"
APP_LICENCE_FILE = ("licenses", "GPL-3.0.txt")


@dataclass(frozen=True)
class Notice:
    """One bundled component: what it is, under which licence, and where the licence text is."""

    name: str
    role: str
    licence: str
    text_file: tuple[str, ...]
    distribution: str = ""  # the installed distribution to read the version from; empty when it has none

    @property
    def path(self) -> Path:
        return resource(*self.text_file)

    @property
    def version(self) -> str:
        if not self.distribution:
            return ""
        try:
            return metadata.version(self.distribution)
        except metadata.PackageNotFoundError:
            return ""

    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


NOTICES = (
    Notice("Noto Sans Thai", "the fonts of the app and the PDF brief", "OFL-1.1", ("fonts", "OFL.txt")),
    Notice(
        "Qt for Python (PySide6)",
        "the window toolkit",
        "LGPL-3.0-only",
        ("licenses", "LGPL-3.0.txt"),
        "PySide6-Essentials",
    ),
    Notice("ReportLab", "the PDF brief", "BSD-3-Clause", ("licenses", "reportlab.txt"), "reportlab"),
    Notice("rl_accel", "ReportLab's accelerator", "BSD-3-Clause", ("licenses", "rl_accel.txt"), "rl_accel"),
    Notice(
        "uharfbuzz (HarfBuzz)",
        "Thai text shaping in the brief",
        "Apache-2.0",
        ("licenses", "Apache-2.0.txt"),
        "uharfbuzz",
    ),
    Notice("nlpo3", "Thai word breaking", "Apache-2.0", ("licenses", "Apache-2.0.txt"), "nlpo3"),
    Notice(
        "PyThaiNLP word list", "the Thai dictionary for word breaking", "CC0-1.0", ("licenses", "pythainlp-corpus.md")
    ),
    Notice(
        "cryptography",
        "encrypted files",
        "Apache-2.0 OR BSD-3-Clause",
        ("licenses", "cryptography-BSD.txt"),
        "cryptography",
    ),
    Notice("PyYAML", "reading rubrics", "MIT", ("licenses", "PyYAML.txt"), "PyYAML"),
    Notice("msgpack", "the cache of checked rubrics", "Apache-2.0", ("licenses", "Apache-2.0.txt"), "msgpack"),
    Notice("python-docx", "the Word brief", "MIT", ("licenses", "python-docx.txt"), "python-docx"),
    Notice("lxml", "the Word brief's XML", "BSD-3-Clause", ("licenses", "lxml.txt"), "lxml"),
    Notice("openpyxl", "the Excel workbook", "MIT", ("licenses", "openpyxl.txt"), "openpyxl"),
    Notice("et-xmlfile", "the Excel workbook's XML", "MIT", ("licenses", "et_xmlfile.txt"), "et-xmlfile"),
    Notice(
        "platformdirs", "where settings and rubrics are kept", "MIT", ("licenses", "platformdirs.txt"), "platformdirs"
    ),
    Notice("Pillow", "images in the PDF brief", "MIT-CMU", ("licenses", "Pillow.txt"), "pillow"),
    Notice("Python", "the interpreter inside the standalone app", "PSF-2.0", ("licenses", "Python.txt")),
)


@dataclass(frozen=True)
class About:
    name: str
    version: str
    description: str
    licence: str
    notices: tuple[Notice, ...]

    @property
    def licence_path(self) -> Path:
        return resource(*APP_LICENCE_FILE)

    def notice_lines(self) -> list[str]:
        """One line per component, for a list: "ReportLab 5.1.0 — the PDF brief — BSD-3-Clause"."""
        return [
            " — ".join(part for part in (f"{n.name} {n.version}".strip(), n.role, n.licence) if part)
            for n in self.notices
        ]

    def full_text(self) -> str:
        """The app's licence, then every component's licence text once (several share Apache-2.0), as plain text
        for a read-only text box or a file."""
        sections = [f"{self.name} {self.version} — {self.licence}\n\n{self.licence_path.read_text(encoding='utf-8')}"]
        shown: set[Path] = {self.licence_path}
        for notice in self.notices:
            if notice.path in shown:
                continue
            shown.add(notice.path)
            users = ", ".join(n.name for n in self.notices if n.path == notice.path)
            sections.append(f"{users} — {notice.licence}\n\n{notice.text()}")
        return "\n\n".join(sections)


def about() -> About:
    return About(APP_NAME, __version__, APP_DESCRIPTION, APP_LICENCE, NOTICES)
