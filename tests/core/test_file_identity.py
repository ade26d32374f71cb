"""Two names, one file: case-only renames on case-insensitive disks are not another file, and not a conflict.

This machine's disk is case-sensitive, so a case-insensitive one (Windows, macOS) is simulated: stat finds a file
under any spelling of its name, as those systems do."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hria_app.core import locking
from hria_app.core.file_identity import is_case_only_rename, same_file
from hria_app.core.storage import atomic_write


@pytest.fixture
def case_insensitive(monkeypatch: pytest.MonkeyPatch) -> None:
    real_stat = os.stat

    def stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        try:
            return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]
        except FileNotFoundError:
            wanted = Path(os.fsdecode(path))  # type: ignore[arg-type]
            if wanted.parent.is_dir():
                for entry in list(os.scandir(wanted.parent)):
                    if entry.name.casefold() == wanted.name.casefold():
                        return real_stat(entry.path, *args, **kwargs)  # type: ignore[arg-type]
            raise

    monkeypatch.setattr(os, "stat", stat)


def test_a_case_only_rename_is_the_same_file_on_a_case_insensitive_disk(tmp_path: Path, case_insensitive: None) -> None:
    opened = tmp_path / "Report.hria"
    atomic_write(opened, b"mine")
    known = locking.stamp(opened)
    respelt = tmp_path / "report.hria"
    assert same_file(opened, respelt) and is_case_only_rename(opened, respelt)
    # Not "deleted" nor "changed by another program": the file is the one this window wrote.
    assert not locking.changed_on_disk(respelt, known)
    locking.acquire(opened)
    assert locking.held_by_other(respelt) is None
    locking.release(opened)


def test_on_a_case_sensitive_disk_two_spellings_are_two_files(tmp_path: Path) -> None:
    first, second = tmp_path / "Report.hria", tmp_path / "report.hria"
    first.write_bytes(b"one")
    second.write_bytes(b"one")
    assert not same_file(first, second) and not is_case_only_rename(first, second)
    known = locking.stamp(first)
    assert locking.changed_on_disk(second, known)  # another file: writing it would overwrite someone's work


def test_a_file_is_the_same_as_itself_and_as_a_link_to_it(tmp_path: Path) -> None:
    path = tmp_path / "a.hria"
    path.write_bytes(b"x")
    (tmp_path / "link.hria").symlink_to(path)
    assert same_file(path, path) and same_file(path, tmp_path / "link.hria")
    assert not same_file(path, tmp_path / "missing.hria") and not same_file(path, None)
