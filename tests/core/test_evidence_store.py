"""The evidence store: files copied in whole and unchanged at their source, stored once, refused clearly."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest

from hria_app.core import evidence_store
from hria_app.core.crypto import KdfParams, SealingKey, decrypt
from hria_app.core.evidence_store import EvidenceError, EvidenceStore
from hria_app.core.sealed_files import KeyRing

FAST = KdfParams(n=2**10)
AT = "2026-12-03T10:00:00Z"


@pytest.fixture
def sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sources")


def _store(tmp_path: Path, **kwargs: object) -> EvidenceStore:
    return EvidenceStore(tmp_path / "a.hria.evidence", **kwargs)  # type: ignore[arg-type]


def _everything_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_a_file_is_copied_whole_and_its_source_left_alone(tmp_path: Path, sources: Path) -> None:
    source = sources / "procurement notice.pdf"
    source.write_bytes(b"%PDF-1.4 tender for 400 cameras")
    before = (source.read_bytes(), os.stat(source).st_mtime_ns)
    a = _store(tmp_path).add_file(source, "Somchai", AT)
    assert (source.read_bytes(), os.stat(source).st_mtime_ns) == before
    assert a.sha256 == hashlib.sha256(before[0]).hexdigest()
    assert (a.size, a.name, a.media_type, a.added, a.added_by) == (
        len(before[0]),
        "procurement notice.pdf",
        "application/pdf",
        AT,
        "Somchai",
    )
    stored = tmp_path / "a.hria.evidence" / a.sha256
    assert stored.read_bytes() == before[0]
    assert a.stored == a.sha256 and not a.was_link


def test_the_same_file_attached_twice_is_stored_once(tmp_path: Path, sources: Path) -> None:
    (sources / "one.jpg").write_bytes(b"camera at the mosque road")
    (sources / "copy.jpg").write_bytes(b"camera at the mosque road")
    store = _store(tmp_path)
    first = store.add_file(sources / "one.jpg", "x", AT)
    second = store.add_file(sources / "copy.jpg", "x", AT, {first.sha256: first.stored})
    assert first.stored == second.stored
    assert len(_everything_under(store.folder)) == 1


def test_a_file_over_the_limit_is_refused_and_nothing_is_stored(tmp_path: Path, sources: Path) -> None:
    (sources / "video.mp4").write_bytes(b"x" * 2049)
    store = _store(tmp_path, max_bytes=2048)
    with pytest.raises(EvidenceError, match=r"video\.mp4 is 2\.0 kB; files above 2\.0 kB are not attached"):
        store.add_file(sources / "video.mp4", "x", AT)
    assert _everything_under(tmp_path) == []


def test_a_folder_a_missing_file_and_a_nul_in_the_name_are_refused(tmp_path: Path, sources: Path) -> None:
    store = _store(tmp_path)
    with pytest.raises(EvidenceError, match="is a folder"):
        store.add_file(sources, "x", AT)
    with pytest.raises(EvidenceError, match="no such file"):
        store.add_file(sources / "gone.pdf", "x", AT)
    with pytest.raises(EvidenceError, match="NUL"):
        store.add_file(sources / "bad\0name.pdf", "x", AT)
    assert _everything_under(tmp_path) == []


def test_a_link_stores_its_target_and_says_it_was_a_link(tmp_path: Path, sources: Path) -> None:
    (sources / "photo.png").write_bytes(b"\x89PNG the camera")
    (sources / "shortcut.png").symlink_to(sources / "photo.png")
    (sources / "dangling.png").symlink_to(sources / "nowhere.png")
    store = _store(tmp_path)
    a = store.add_file(sources / "shortcut.png", "x", AT)
    assert a.was_link and a.name == "shortcut.png"
    assert (store.folder / a.stored).read_bytes() == b"\x89PNG the camera"
    assert not (store.folder / a.stored).is_symlink()
    with pytest.raises(EvidenceError, match="link to a file that does not exist"):
        store.add_file(sources / "dangling.png", "x", AT)


@pytest.mark.parametrize(
    "name",
    ["ประกาศจัดซื้อ กล้อง.pdf", "with  spaces .txt", "..hidden..", "a..b", "x" * 240 + ".txt", "-rf", "\\back"],
)
def test_odd_names_are_kept_as_names_and_never_become_paths(tmp_path: Path, sources: Path, name: str) -> None:
    deep = sources / ("d" * 100) / ("e" * 100) / ("f" * 100)  # a path of over 300 characters
    deep.mkdir(parents=True)
    (deep / name).write_bytes(name.encode("utf-8"))
    store = _store(tmp_path)
    a = store.add_file(deep / name, "x", AT)
    assert a.name == name
    assert [p.relative_to(tmp_path) for p in _everything_under(tmp_path)] == [Path("a.hria.evidence") / a.sha256]


def test_a_file_that_vanishes_during_the_copy_is_not_attached(tmp_path: Path, sources: Path) -> None:
    source = sources / "statement.txt"
    source.write_bytes(b"witness statement")
    store = _store(tmp_path)
    with pytest.raises(EvidenceError, match="vanished while it was being copied"):
        store.add_file(source, "x", AT, progress=lambda done, total: source.unlink())
    assert _everything_under(tmp_path) == []


def test_a_file_that_changes_during_the_copy_is_not_attached(tmp_path: Path, sources: Path) -> None:
    source = sources / "log.txt"
    source.write_bytes(b"a" * 100)

    def rewrite(done: int, total: int) -> None:
        with source.open("r+b") as handle:
            handle.write(b"edited")
        os.utime(source, ns=(1, 1))

    store = _store(tmp_path)
    with pytest.raises(EvidenceError, match="changed while it was being copied"):
        store.add_file(source, "x", AT, progress=rewrite)
    big = sources / "big.bin"
    big.write_bytes(b"b" * (evidence_store.CHUNK + 10))

    def grow(done: int, total: int) -> None:
        with big.open("ab") as handle:
            handle.write(b"c" * evidence_store.CHUNK)

    with pytest.raises(EvidenceError, match="grew while it was being copied"):
        store.add_file(big, "x", AT, progress=grow)
    assert _everything_under(tmp_path) == []


def test_a_full_disk_leaves_nothing_half_stored(tmp_path: Path, sources: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (sources / "photo.jpg").write_bytes(b"y" * 5000)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(evidence_store.os, "fsync", full)
    store = _store(tmp_path)
    with pytest.raises(EvidenceError, match=r"photo\.jpg: the disk is full; the file was not attached"):
        store.add_file(sources / "photo.jpg", "x", AT)
    assert _everything_under(tmp_path) == []


def test_a_cancelled_copy_keeps_nothing(tmp_path: Path, sources: Path) -> None:
    import threading

    (sources / "big.bin").write_bytes(b"z" * (3 * evidence_store.CHUNK))
    stop = threading.Event()
    store = _store(tmp_path)
    with pytest.raises(evidence_store.Cancelled):
        store.add_file(sources / "big.bin", "x", AT, progress=lambda d, t: stop.set(), cancel=stop)
    assert _everything_under(tmp_path) == []


def test_an_encrypted_store_holds_no_plaintext_even_while_copying(tmp_path: Path, sources: Path) -> None:
    marker = b"WITNESS-MARKER-7f3a9c Somchai saw the van"
    content = marker * (evidence_store.CHUNK // len(marker) * 3)
    (sources / "witness.txt").write_bytes(content)
    key = SealingKey.derive("correct horse battery", FAST)
    store = _store(tmp_path, seal_with=key)
    seen_during_copy: list[bytes] = []

    def peek(done: int, total: int) -> None:
        seen_during_copy.extend(p.read_bytes() for p in _everything_under(tmp_path))

    a = store.add_file(sources / "witness.txt", "x", AT, progress=peek)
    assert seen_during_copy, "the copy was watched while the temporary file existed"
    sha = a.sha256.encode("ascii")
    for data in [*seen_during_copy, *(p.read_bytes() for p in _everything_under(tmp_path))]:
        assert marker[:20] not in data
    assert all(sha.decode() not in p.name for p in _everything_under(tmp_path)), "names say nothing of the content"
    assert sha not in b"".join(p.read_bytes() for p in _everything_under(tmp_path))
    stored = store.folder / a.stored
    assert decrypt(stored.read_bytes(), "correct horse battery") == content  # the passphrase alone opens it
    later = EvidenceStore(store.folder, keys=KeyRing("correct horse battery"))
    with later.open_plain(a.stored) as pieces:
        assert hashlib.sha256(b"".join(bytes(p) for p in pieces)).hexdigest() == a.sha256
