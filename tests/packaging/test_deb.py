"""The Debian package installed, used and removed: where the machine lets this process run `dpkg -i` (root)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from hria_app import __version__
from tests.packaging.conftest import SAMPLE_NAME, bare_run
from tests.packaging.deb_tools import _installed, _unmet_depends

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(deb: Path) -> Iterator[list[str]]:
    """The package installed for the tests of this module, removed afterwards; yields the files it installed."""
    if not shutil.which("dpkg") or os.geteuid() != 0:
        pytest.skip("installing a .deb needs dpkg and root (CI runs as root); the package was built and checked")
    if _installed("hria"):
        pytest.skip("an hria package is already installed here; the test will not replace it")
    unmet = _unmet_depends(deb)
    if unmet:
        pytest.skip(f"the package's dependencies are not installed: apt-get install {' '.join(unmet)}")
    subprocess.run(["dpkg", "-i", str(deb)], check=True, capture_output=True)
    try:
        listed = subprocess.run(["dpkg", "-L", "hria"], capture_output=True, text=True, check=True).stdout
        yield [line for line in listed.splitlines() if line and line != "/."]
    finally:
        subprocess.run(["dpkg", "-r", "hria"], check=True, capture_output=True)


def test_the_installed_command_runs(installed: list[str], home: Path) -> None:
    done = bare_run(["/usr/bin/hria", "--version"], home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"hria {__version__}"


def test_the_installed_app_opens_the_sample_offscreen(installed: list[str], home: Path) -> None:
    sample = Path("/opt/hria/_internal/hria_app/_bundled/resources/samples") / SAMPLE_NAME
    copy = home / SAMPLE_NAME
    shutil.copyfile(sample, copy)
    done = bare_run(["/usr/bin/hria", "gui", "--quit-after-start", str(copy)], home, gui=True)
    assert done.returncode == 0, done.stdout + done.stderr
    # The title: the file, the app and the review status ("NAME.hria — HRIA [Draft]").
    assert done.stdout.strip().startswith(f"started: {SAMPLE_NAME} — HRIA")


def test_the_package_registers_the_file_type_and_the_desktop_entry(installed: list[str]) -> None:
    assert "/usr/share/applications/hria.desktop" in installed
    assert "/usr/share/icons/hicolor/scalable/apps/hria.svg" in installed
    assert "/usr/share/icons/hicolor/48x48/apps/hria.png" in installed
    # The shared-mime-info trigger compiled our type into the database.
    compiled = Path("/usr/share/mime/application/x-hria.xml")
    assert compiled.is_file() and "*.hria" in compiled.read_text(encoding="utf-8")
    desktop = Path("/usr/share/applications/hria.desktop").read_text(encoding="utf-8")
    assert "MimeType=application/x-hria;" in desktop and "Name[th]=" in desktop
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", "/usr/share/applications/hria.desktop"], capture_output=True)
        assert check.returncode == 0, check.stdout
