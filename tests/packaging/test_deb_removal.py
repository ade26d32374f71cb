"""Removing the Debian package leaves nothing behind (after test_deb.py, whose installation is gone by then)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.packaging.deb_tools import _installed, _unmet_depends

pytestmark = pytest.mark.slow


def test_removing_the_package_leaves_nothing_behind(deb: Path) -> None:
    # Install, then remove, then look for every file it had.
    if not Path("/usr/bin/dpkg").is_file() or os.geteuid() != 0 or _installed("hria") or _unmet_depends(deb):
        pytest.skip("installing a .deb needs dpkg, root and the package's dependencies")
    subprocess.run(["dpkg", "-i", str(deb)], check=True, capture_output=True)
    listed = subprocess.run(["dpkg", "-L", "hria"], capture_output=True, text=True, check=True).stdout.splitlines()
    ours = [p for p in listed if p.startswith(("/opt/hria", "/usr/bin/hria")) or "hria" in Path(p).name]
    subprocess.run(["dpkg", "-r", "hria"], check=True, capture_output=True)
    assert ours, "the package listed none of its own files"
    assert [p for p in ours if os.path.lexists(p)] == []
    assert not Path("/opt/hria").exists()
    assert not Path("/usr/share/mime/application/x-hria.xml").exists()
    assert not _installed("hria")
