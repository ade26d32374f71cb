"""The bundle and the Debian package, built once per run (or taken from `make dist` / `make deb` through
HRIA_BUNDLE and HRIA_DEB), and a way to run them as a person's machine would: no venv, no PYTHONPATH."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hria_app import __version__

ROOT = Path(__file__).resolve().parents[2]
RUN_VARIABLE = "HRIA_BUNDLE_TEST"
BUNDLE_VARIABLE = "HRIA_BUNDLE"
DEB_VARIABLE = "HRIA_DEB"
SAMPLE_NAME = "nakhon-thani-findface.hria"
TIMEOUT = 180


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Building takes minutes and installing touches the system: `make test-bundle` (run by .ci/run) asks for it.
    if os.environ.get(RUN_VARIABLE) or os.environ.get(BUNDLE_VARIABLE):
        return
    skip = pytest.mark.skip(reason=f"the bundle is checked by `make test-bundle` (or set {RUN_VARIABLE}=1)")
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(skip)


def bare_run(
    command: list[str], home: Path, *, gui: bool = False, timeout: int = TIMEOUT
) -> subprocess.CompletedProcess[str]:
    """`env -i PATH=/usr/bin:/bin HOME=home COMMAND`: nothing of the venv, of PYTHONPATH or of this session."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    if gui:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout, check=False)


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get(BUNDLE_VARIABLE)
    if given:
        return Path(given).resolve()
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed: pip install -e '.[dist]'")
    work = tmp_path_factory.mktemp("bundle-build")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(ROOT / "packaging" / "hria.spec")],
        check=True, timeout=1800,
    )  # fmt: skip
    built = work / "dist" / "hria"
    subprocess.run([sys.executable, str(ROOT / "packaging" / "clear_build_paths.py"), str(built)], check=True)
    return built


@pytest.fixture(scope="session")
def deb(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get(DEB_VARIABLE)
    if given:
        return Path(given).resolve()
    if not shutil.which("dpkg-deb"):
        pytest.skip("dpkg-deb is not installed: the Debian package cannot be built here")
    out = tmp_path_factory.mktemp("deb")
    subprocess.run([str(ROOT / "packaging" / "build-deb.sh"), str(bundle), __version__, str(out)], check=True)
    return next(out.glob("hria_*.deb"))


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "home"
    folder.mkdir()
    yield folder


@pytest.fixture
def sample(bundle: Path, home: Path) -> Path:
    """A copy of the sample the bundle carries: opening a file takes a lock beside it."""
    carried = bundle / "_internal" / "hria_app" / "_bundled" / "resources" / "samples" / SAMPLE_NAME
    copy = home / SAMPLE_NAME
    shutil.copyfile(carried, copy)
    return copy
