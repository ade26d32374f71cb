"""Saving through symbolic links and onto hard-linked files: the team's real file gets the change, never a copy."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hria_app.core import locking
from hria_app.core.assessment import Answer, Assessment
from hria_app.core.assessment_file import load_assessment, save_assessment
from hria_app.core.errors import SaveError
from hria_app.core.file_identity import backup_for, watch_paths
from hria_app.core.file_replace import IN_PLACE
from hria_app.core.rubric_writer import write_rubric
from hria_app.core.save_target import (
    DanglingLink,
    HardLinkChoice,
    HardLinked,
    LinkLoop,
    resolve_save_target,
)
from hria_app.core.storage import atomic_write

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")


@pytest.fixture
def linked(tmp_path: Path) -> tuple[Path, Path]:
    """work/a.hria -> ../team/a.hria, as a link into a synced team folder."""
    (tmp_path / "work").mkdir()
    (tmp_path / "team").mkdir()
    real = tmp_path / "team" / "a.hria"
    link = tmp_path / "work" / "a.hria"
    link.symlink_to(Path("..") / "team" / "a.hria")
    return link, real


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_save_through_a_link_updates_the_real_file_and_keeps_the_link(
    linked: tuple[Path, Path], mini_assessment: Assessment
) -> None:
    link, real = linked
    save_assessment(real, mini_assessment)
    first = real.read_bytes()
    mini_assessment.set_answer("LEG-1", Answer().scored(3))
    report = save_assessment(link, mini_assessment)

    assert link.is_symlink() and os.readlink(link) == os.path.join("..", "team", "a.hria")
    assert load_assessment(real).answer("LEG-1").score == 3  # the team's copy has the change
    assert report.target.real == real.resolve() and report.target.chain == (link,)
    backup = real.with_name("a.hria.bak")
    assert not backup.is_symlink() and backup.read_bytes() == first  # a real copy of the old version
    assert backup_for(link) == backup.resolve()  # where Revert and re-encrypting the backup must look
    assert names(link.parent) == ["a.hria"]  # nothing written beside the link
    assert names(real.parent) == ["a.hria", "a.hria.bak"]


def test_a_chain_of_links_is_followed_to_its_end(tmp_path: Path) -> None:
    real = tmp_path / "real.hria"
    real.write_bytes(b"old")
    (tmp_path / "middle.hria").symlink_to(real)
    (tmp_path / "first.hria").symlink_to("middle.hria")
    atomic_write(tmp_path / "first.hria", b"new", backup=True)
    assert real.read_bytes() == b"new" and not real.is_symlink()
    assert (tmp_path / "first.hria").is_symlink() and (tmp_path / "middle.hria").is_symlink()
    assert (tmp_path / "real.hria.bak").read_bytes() == b"old"
    target = resolve_save_target(tmp_path / "first.hria")
    assert target.chain == (tmp_path / "first.hria", tmp_path / "middle.hria")


def test_a_dangling_link_says_where_it_leads_and_writes_nothing(tmp_path: Path) -> None:
    link = tmp_path / "a.hria"
    link.symlink_to(tmp_path / "unplugged-drive" / "a.hria")
    with pytest.raises(DanglingLink, match=r"a.hria is a link to .*unplugged-drive.*which does not exist"):
        atomic_write(link, b"work", backup=True)
    assert link.is_symlink() and names(tmp_path) == ["a.hria"]


def test_a_loop_of_links_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.hria").symlink_to("b.hria")
    (tmp_path / "b.hria").symlink_to("a.hria")
    with pytest.raises(LinkLoop, match="round in a circle"):
        atomic_write(tmp_path / "a.hria", b"work")


def test_the_lock_and_change_detection_follow_the_link(linked: tuple[Path, Path]) -> None:
    link, real = linked
    atomic_write(real, b"first")
    assert locking.lock_path(link) == real.resolve().with_name(".a.hria.lock")
    locking.acquire(link)
    assert (real.parent / ".a.hria.lock").exists() and names(link.parent) == ["a.hria"]
    assert locking.read_lock(real) is not None  # the same lock, whichever name was opened
    locking.release(link)

    known = locking.stamp(link)
    assert known is not None and known.real == str(real.resolve())
    atomic_write(link, b"ours")  # saving through the link...
    known = locking.stamp(link)
    assert not locking.changed_on_disk(link, known)
    real.write_bytes(b"a colleague's version")  # ...then another program changes the target
    assert locking.changed_on_disk(link, known)
    assert real.resolve() in watch_paths(link) and link.parent in watch_paths(link)


def test_a_link_pointed_at_another_file_counts_as_a_change(tmp_path: Path) -> None:
    (tmp_path / "one.hria").write_bytes(b"same")
    (tmp_path / "two.hria").write_bytes(b"same")
    link = tmp_path / "a.hria"
    link.symlink_to("one.hria")
    known = locking.stamp(link)
    link.unlink()
    link.symlink_to("two.hria")
    os.utime(tmp_path / "two.hria", ns=(known.mtime_ns, known.mtime_ns) if known else None)
    assert locking.changed_on_disk(link, known)


def test_a_rubric_and_an_exported_file_follow_links_too(tmp_path: Path) -> None:
    (tmp_path / "shared").mkdir()
    rubric = tmp_path / "shared" / "r.yaml"
    rubric.write_text("old: 1\n", encoding="utf-8")
    (tmp_path / "r.yaml").symlink_to(rubric)
    write_rubric(tmp_path / "r.yaml", {"schema_version": 1, "id": "x"})
    assert (tmp_path / "r.yaml").is_symlink() and "id: x" in rubric.read_text(encoding="utf-8")
    brief = tmp_path / "shared" / "brief.pdf"
    brief.write_bytes(b"%PDF old")
    (tmp_path / "brief.pdf").symlink_to(brief)
    atomic_write(tmp_path / "brief.pdf", b"%PDF new")  # the call the report's export makes
    assert brief.read_bytes() == b"%PDF new" and (tmp_path / "brief.pdf").is_symlink()


@pytest.fixture
def hard_linked(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "a.hria"
    path.write_bytes(b"old version")
    other = tmp_path / "elsewhere.hria"
    os.link(path, other)
    return path, other


def test_a_hard_linked_file_is_never_split_silently(hard_linked: tuple[Path, Path]) -> None:
    path, other = hard_linked
    target = resolve_save_target(path)
    assert target.nlink == 2 and target.other_names == 1 and target.is_hard_linked
    with pytest.raises(HardLinked, match=r"a.hria has 1 other name on this disk.*Nothing was written") as raised:
        atomic_write(path, b"new version", backup=True)
    assert raised.value.target.other_names == 1
    assert path.read_bytes() == other.read_bytes() == b"old version"
    assert os.stat(path).st_ino == os.stat(other).st_ino
    assert sorted(p.name for p in path.parent.iterdir()) == ["a.hria", "elsewhere.hria"]


def test_a_hard_linked_file_saved_in_place_keeps_every_name_and_a_real_backup(
    hard_linked: tuple[Path, Path],
) -> None:
    path, other = hard_linked
    report = atomic_write(path, b"new version", backup=True, hard_links=HardLinkChoice.IN_PLACE)
    assert report.method == IN_PLACE
    assert other.read_bytes() == path.read_bytes() == b"new version"
    assert os.stat(path).st_ino == os.stat(other).st_ino
    backup = path.with_name("a.hria.bak")
    assert backup.read_bytes() == b"old version" and os.stat(backup).st_nlink == 1


def test_a_failed_in_place_save_puts_the_old_version_back(
    hard_linked: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, other = hard_linked
    real_fsync = os.fsync
    calls = []

    def disk_full(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:  # the backup's fsync passes; the rewrite's fails
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(SaveError, match="No space left on device"):
        atomic_write(path, b"a much longer new version", backup=True, hard_links=HardLinkChoice.IN_PLACE)
    assert path.read_bytes() == other.read_bytes() == b"old version"


def test_a_hard_linked_file_saved_as_a_separate_file_leaves_the_other_name(hard_linked: tuple[Path, Path]) -> None:
    path, other = hard_linked
    atomic_write(path, b"new version", backup=True, hard_links=HardLinkChoice.SEPARATE)
    assert path.read_bytes() == b"new version" and other.read_bytes() == b"old version"


def test_our_own_backup_link_is_not_taken_for_another_name(tmp_path: Path) -> None:
    path = tmp_path / "a.hria"
    path.write_bytes(b"v1")
    os.link(path, tmp_path / "a.hria.bak")  # what a save killed between backing up and replacing leaves
    atomic_write(path, b"v2", backup=True)
    assert path.read_bytes() == b"v2" and (tmp_path / "a.hria.bak").read_bytes() == b"v1"
