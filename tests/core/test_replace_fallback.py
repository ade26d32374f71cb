"""Folders that refuse an atomic replace (some synced, FUSE and SMB mounts): the safe rename sequence, logged."""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path

import pytest

from hria_app.core import file_replace
from hria_app.core.errors import SaveError
from hria_app.core.file_replace import RENAMED, REPLACED
from hria_app.core.storage import atomic_write

REFUSALS = [errno.EXDEV, errno.EPERM, errno.EBUSY]


def refuse_replacing(monkeypatch: pytest.MonkeyPatch, target: Path, code: int) -> None:
    """The mount refuses to replace `target` (only it: the backup's own swap still works)."""
    real_replace = os.replace

    def replace(src: str | Path, dst: str | Path) -> None:
        if Path(dst) == target:
            raise OSError(code, os.strerror(code))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.expected_log_warning
@pytest.mark.parametrize("code", REFUSALS, ids=errno.errorcode.get)
@pytest.mark.expected_log_warning
def test_a_refused_replace_falls_back_to_the_rename_sequence_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, code: int
) -> None:
    path = tmp_path / "a.hria"
    path.write_bytes(b"old")
    path.chmod(0o640)
    refuse_replacing(monkeypatch, path, code)
    with caplog.at_level(logging.INFO, logger=file_replace.__name__):
        report = atomic_write(path, b"new", backup=True)
    assert report.method == RENAMED
    assert path.read_bytes() == b"new" and (tmp_path / "a.hria.bak").read_bytes() == b"old"
    assert path.stat().st_mode & 0o777 == 0o640
    assert leftovers(tmp_path) == []
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "refused an atomic replace" in logged and os.strerror(code) in logged
    assert "by the rename sequence" in logged


@pytest.mark.expected_log_warning
@pytest.mark.parametrize("code", REFUSALS, ids=errno.errorcode.get)
@pytest.mark.expected_log_warning
def test_without_a_backup_the_old_version_set_aside_is_removed_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    path = tmp_path / "brief.pdf"
    path.write_bytes(b"old")
    refuse_replacing(monkeypatch, path, code)
    assert atomic_write(path, b"new").method == RENAMED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"] and path.read_bytes() == b"new"


def test_the_normal_way_is_logged_too(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger=file_replace.__name__):
        assert atomic_write(tmp_path / "a.hria", b"x").method == REPLACED
    assert "by an atomic replace" in caplog.text


@pytest.mark.expected_log_warning
def test_a_failure_inside_the_sequence_puts_the_old_version_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.hria"
    path.write_bytes(b"old")
    refuse_replacing(monkeypatch, path, errno.EXDEV)
    real_rename = os.rename

    def rename(src: str | Path, dst: str | Path) -> None:
        if Path(dst) == path and Path(src).name.endswith(".tmp"):
            raise OSError(errno.EIO, "Input/output error")
        real_rename(src, dst)

    monkeypatch.setattr(os, "rename", rename)
    with pytest.raises(SaveError, match=r"cannot save a.hria: Input/output error"):
        atomic_write(path, b"new", backup=True)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_refused_replace_of_a_new_file_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "new.hria"
    refuse_replacing(monkeypatch, path, errno.EPERM)
    with pytest.raises(SaveError, match=r"cannot save new.hria: Operation not permitted"):
        atomic_write(path, b"x")
    assert list(tmp_path.iterdir()) == []


def test_other_errors_do_not_fall_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.hria"
    path.write_bytes(b"old")
    refuse_replacing(monkeypatch, path, errno.ENOSPC)
    with pytest.raises(SaveError, match="No space left on device"):
        atomic_write(path, b"new")
    assert path.read_bytes() == b"old" and leftovers(tmp_path) == []
