"""Permissions and odd paths: who may read what the app writes, read-only files and folders, names of every kind,
folders that vanish. Each refusal says which file or folder, and nothing is lost."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from pathlib import Path

import pytest

from hria_app.core import locking, storage
from hria_app.core.assessment import Assessment
from hria_app.core.assessment_file import load_assessment, save_assessment
from hria_app.core.file_names import PATH_MAX, backup_path
from hria_app.core.save_target import (
    FolderMissing,
    IsAFolder,
    PathTooLong,
    ReadOnlyFile,
    ReadOnlyFolder,
)
from hria_app.core.storage import atomic_write

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix
def test_a_new_file_is_private_and_an_existing_one_keeps_its_mode(tmp_path: Path) -> None:
    new = tmp_path / "new.hria"
    atomic_write(new, b"x")
    assert mode(new) == 0o600
    shared = tmp_path / "shared.hria"
    shared.write_bytes(b"old")
    shared.chmod(0o640)
    atomic_write(shared, b"new", backup=True)
    assert mode(shared) == 0o640 and shared.read_bytes() == b"new"


@posix
def test_a_read_only_file_is_named_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "signed-off.hria"
    path.write_bytes(b"final")
    path.chmod(0o444)
    with pytest.raises(ReadOnlyFile, match=r"signed-off.hria is read-only: nothing was written. Save As") as raised:
        atomic_write(path, b"changed", backup=True)
    assert raised.value.offers_save_as
    assert path.read_bytes() == b"final" and sorted(p.name for p in tmp_path.iterdir()) == ["signed-off.hria"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="an administrator may write anywhere")
def test_a_read_only_folder_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "a.hria").write_bytes(b"old")
    folder.chmod(0o555)
    try:
        with pytest.raises(ReadOnlyFolder, match=r"the folder .*archive is read-only: a.hria was not saved"):
            atomic_write(folder / "a.hria", b"new", backup=True)
        assert (folder / "a.hria").read_bytes() == b"old"
    finally:
        folder.chmod(0o755)
    assert sorted(p.name for p in folder.iterdir()) == ["a.hria"]


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_a_folder_that_refuses_new_files_is_called_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    def refuse(**_kwargs: object) -> tuple[int, str]:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ReadOnlyFolder, match="is read-only"):
        atomic_write(tmp_path / "a.hria", b"x")


@pytest.mark.parametrize(
    "name",
    [
        "การประเมิน สิทธิมนุษยชน.hria",
        "with  spaces  .hria",
        "📷 cameras 🏙️.hria",
        "x" * 245 + ".hria",  # 250 characters: the backup and temporary names must be shortened to fit
    ],
)
def test_odd_names_save_twice_with_a_backup_and_a_lock(tmp_path: Path, name: str, mini_assessment: Assessment) -> None:
    path = tmp_path / name
    save_assessment(path, mini_assessment)
    save_assessment(path, mini_assessment)
    assert load_assessment(path).rubric.id == mini_assessment.rubric.id
    assert backup_path(path).read_bytes() == path.read_bytes()
    locking.acquire(path)
    assert locking.read_lock(path) is not None
    locking.release(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, backup_path(path).name])


def test_the_shortened_names_of_a_long_name_still_say_what_they_belong_to(tmp_path: Path) -> None:
    path = tmp_path / ("x" * 245 + ".hria")
    assert backup_path(path).name.endswith(".hria.bak") and len(backup_path(path).name) <= 255 - 14
    short = tmp_path / "a.hria"
    assert backup_path(short) == tmp_path / "a.hria.bak"


def _deep_folder(root: Path, length: int) -> Path:
    folder = root
    while len(os.fsencode(str(folder))) < length - 201:
        folder = folder / ("d" * 200)
    rest = length - len(os.fsencode(str(folder))) - 1
    folder = folder / ("e" * rest)
    folder.mkdir(parents=True)
    return folder


@pytest.mark.skipif(not os.sys.platform.startswith("linux"), reason="Linux's PATH_MAX")
def test_a_path_near_the_systems_limit_saves_or_says_it_is_too_long(tmp_path: Path) -> None:
    near = _deep_folder(tmp_path / "near", PATH_MAX - 40)
    path = near / "assessment.hria"  # the path fits; the temporary file's name must be shortened to fit too
    atomic_write(path, b"first")
    atomic_write(path, b"second", backup=True)
    assert path.read_bytes() == b"second" and backup_path(path).read_bytes() == b"first"

    over = _deep_folder(tmp_path / "over", PATH_MAX - 4)
    with pytest.raises(PathTooLong, match=r"too long for this system \(\d+ bytes\): nothing was written"):
        atomic_write(over / "assessment.hria", b"work")
    assert list(over.iterdir()) == []


def test_a_folder_that_vanished_since_opening_is_named_and_the_work_can_go_elsewhere(
    tmp_path: Path, mini_assessment: Assessment
) -> None:
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    save_assessment(folder / "a.hria", mini_assessment)
    shutil.move(folder, tmp_path / "renamed")
    with pytest.raises(FolderMissing, match=r"usb-stick: it no longer exists.*a.hria was not saved"):
        save_assessment(folder / "a.hria", mini_assessment)
    assert not folder.exists()
    save_assessment(tmp_path / "a.hria", mini_assessment)  # Save As elsewhere keeps the work
    assert load_assessment(tmp_path / "a.hria").rubric.id == mini_assessment.rubric.id


def test_a_file_replaced_by_a_folder_is_named_and_the_folder_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "a.hria"
    path.mkdir()
    (path / "inside.txt").write_text("someone's", encoding="utf-8")
    with pytest.raises(IsAFolder, match=r"a.hria is a folder, not a file"):
        atomic_write(path, b"work", backup=True)
    assert (path / "inside.txt").read_text(encoding="utf-8") == "someone's"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.hria"]


def test_a_folder_appearing_at_the_last_moment_is_named_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.hria"
    path.write_bytes(b"old")
    real_replace = os.replace

    def folder_now(src: str, dst: str) -> None:
        if Path(dst) == path:
            raise IsADirectoryError(errno.EISDIR, "Is a directory")
        real_replace(src, dst)

    monkeypatch.setattr(storage.os, "replace", folder_now)
    with pytest.raises(IsAFolder, match="is a folder, not a file"):
        atomic_write(path, b"new")
    assert path.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["a.hria"]
