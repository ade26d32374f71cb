"""Verify: every attached file hashed again, in pieces, with progress; a changed store never passes silently."""

from __future__ import annotations

import threading
import tracemalloc
from pathlib import Path

import pytest

from hria_app.core.assessment import Assessment
from hria_app.core.crypto import SealingKey, WrongPassphraseError
from hria_app.core.evidence_store import EvidenceStore, store_folder
from hria_app.core.evidence_verify import VerifyProgress, verify_evidence
from hria_app.core.sealed_files import KeyRing
from tests.evidence_builders import FAST_KDF, attach_files


@pytest.fixture
def sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sources")


def test_intact_files_pass_and_hand_edits_are_named(tmp_path: Path, sources: Path, mini_assessment: Assessment) -> None:
    path = tmp_path / "a.hria"
    attach_files(mini_assessment, path, "LEG-1", {"tor.pdf": b"terms", "photo.jpg": b"camera"}, sources)
    attach_files(mini_assessment, path, "LEG-2", {"oia.pdf": b"official information reply"}, sources)
    store = EvidenceStore(store_folder(path))
    report = verify_evidence(mini_assessment, store)
    assert report.ok and len(report.checks) == 3
    files = {c.where.attachment.name: c.where.attachment for c in report.checks}
    (store.folder / files["tor.pdf"].stored).write_bytes(b"terms, edited by hand")
    (store.folder / files["oia.pdf"].stored).unlink()
    (store.folder / files["photo.jpg"].stored).unlink()
    (store.folder / files["photo.jpg"].stored).symlink_to(sources / "photo.jpg")  # same content, but a link
    report = verify_evidence(mini_assessment, store)
    states = {c.where.attachment.name: c.state for c in report.problems}
    assert states == {"tor.pdf": "altered", "oia.pdf": "missing", "photo.jpg": "unreadable"}
    assert [c.where.criterion_id for c in report.for_criterion("LEG-2")] == ["LEG-2"]
    assert "tor.pdf" in report.problems[0].describe() and "LEG-1, evidence 1" in report.problems[0].describe()
    assert not report.ok


def test_progress_is_reported_and_a_check_can_be_cancelled(
    tmp_path: Path, sources: Path, mini_assessment: Assessment
) -> None:
    path = tmp_path / "a.hria"
    files = {f"f{i}.bin": bytes([i]) * 300_000 for i in range(4)}
    attach_files(mini_assessment, path, "LEG-1", files, sources)
    seen: list[VerifyProgress] = []
    report = verify_evidence(mini_assessment, EvidenceStore(store_folder(path)), seen.append)
    assert report.ok
    assert [p.bytes_done for p in seen] == sorted(p.bytes_done for p in seen)
    assert seen[-1].bytes_done == seen[-1].bytes_total == 1_200_000
    assert (seen[-1].files_done, seen[-1].files_total) == (4, 4)
    stop = threading.Event()

    def stop_after_first_file(p: VerifyProgress) -> None:
        if p.files_done == 1:
            stop.set()

    cancelled = verify_evidence(mini_assessment, EvidenceStore(store_folder(path)), stop_after_first_file, stop)
    assert cancelled.cancelled and not cancelled.ok
    assert 1 <= len(cancelled.checks) < 4


def test_a_large_file_is_verified_without_reading_it_whole(
    tmp_path: Path, sources: Path, mini_assessment: Assessment
) -> None:
    path = tmp_path / "a.hria"
    attach_files(mini_assessment, path, "LEG-1", {"video.mp4": b"v" * 24_000_000}, sources)
    tracemalloc.start()
    try:
        report = verify_evidence(mini_assessment, EvidenceStore(store_folder(path)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report.ok
    assert peak < 4_000_000, f"verify held {peak} bytes at once for a 24 MB file"


def test_an_encrypted_store_verifies_in_a_later_session_and_refuses_a_wrong_passphrase(
    tmp_path: Path, sources: Path, mini_assessment: Assessment
) -> None:
    path = tmp_path / "a.hria"
    key = SealingKey.derive("correct horse battery", FAST_KDF)
    attach_files(mini_assessment, path, "LEG-1", {"w.txt": b"witness " * 200_000}, sources, key=key)
    later = EvidenceStore(store_folder(path), keys=KeyRing("correct horse battery"))
    assert verify_evidence(mini_assessment, later).ok
    stored = next(store_folder(path).iterdir())
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 1
    stored.write_bytes(bytes(data))
    report = verify_evidence(mini_assessment, later)
    assert [c.state for c in report.checks] == ["altered"]
    with pytest.raises(WrongPassphraseError):
        verify_evidence(mini_assessment, EvidenceStore(store_folder(path), keys=KeyRing("wrong passphrase")))
