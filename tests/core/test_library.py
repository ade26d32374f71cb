"""The library finds newer versions of a rubric without reading every rubric in full."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hria_app.core import library as library_module
from hria_app.core.library import RubricLibrary
from tests.conftest import DATA

MINI = (DATA / "mini-rubric.yaml").read_text(encoding="utf-8")


@pytest.fixture
def user_dir() -> Path:
    folder = Path(os.environ["HRIA_RUBRIC_DIR"])
    folder.mkdir(parents=True)
    return folder


def test_newer_versions_of_a_rubric(user_dir: Path) -> None:
    (user_dir / "mini-1.1.0.yaml").write_text(MINI.replace("version: 1.0.0", "version: 1.1.0"), encoding="utf-8")
    (user_dir / "mini-0.9.0.yaml").write_text(MINI.replace("version: 1.0.0", "version: 0.9.0"), encoding="utf-8")
    (user_dir / "other.yaml").write_text(MINI.replace("id: mini-cctv", "id: other-rubric"), encoding="utf-8")
    found = RubricLibrary().newer_versions("mini-cctv", "1.0.0")
    assert [(r.id, r.version) for r in found] == [("mini-cctv", "1.1.0")]
    assert RubricLibrary().newer_versions("mini-cctv", "1.1.0") == []


def test_only_files_that_could_be_newer_are_read_in_full(user_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (user_dir / "same.yaml").write_text(MINI, encoding="utf-8")
    (user_dir / "other.yaml").write_text(MINI.replace("id: mini-cctv", "id: other-rubric"), encoding="utf-8")
    # A file whose id sits below a long comment cannot be told cheaply: it is read in full, never skipped.
    hidden = "#" + "x" * 5000 + "\n" + MINI.replace("version: 1.0.0", "version: 2.0.0")
    (user_dir / "hidden.yaml").write_text(hidden, encoding="utf-8")
    read: list[str] = []
    real = library_module.check_rubric_file_cached

    def counting(path: Path):  # type: ignore[no-untyped-def]
        read.append(path.name)
        return real(path)

    monkeypatch.setattr(library_module, "check_rubric_file_cached", counting)
    found = RubricLibrary(bundled_dir=user_dir / "none", user_dir=user_dir).newer_versions("mini-cctv", "1.0.0")
    assert [r.version for r in found] == ["2.0.0"]
    assert read == ["hidden.yaml"]
