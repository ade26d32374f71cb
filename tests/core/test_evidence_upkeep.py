"""Encrypting, re-keying or decrypting an assessment takes its evidence store along: no plain copy stays behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from hria_app.core import custody
from hria_app.core.assessment import Assessment
from hria_app.core.assessment_file import save_assessment
from hria_app.core.crypto import SealingKey
from hria_app.core.evidence_store import EvidenceStore, store_folder
from hria_app.core.evidence_upkeep import remove_replaced, reseal_store
from hria_app.core.evidence_verify import verify_evidence
from hria_app.core.sealed_files import KeyRing
from tests.evidence_builders import AT, FAST_KDF, attach_files

MARKER = b"RESEAL-MARKER-5e1 the minutes of the council"


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_a_plain_store_is_encrypted_then_rekeyed_then_decrypted(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, mini_assessment: Assessment
) -> None:
    sources = tmp_path_factory.mktemp("sources")
    path = tmp_path / "a.hria"
    a = mini_assessment
    attach_files(a, path, "LEG-1", {"minutes.txt": MARKER * 1000, "other.txt": b"other"}, sources)
    custody.detach(a, "LEG-1", 0, "x", AT, a.answer("LEG-1").evidence[0].files[1].sha256)
    folder = store_folder(path)
    assert MARKER in _all_bytes(folder)

    first = SealingKey.derive("first passphrase", FAST_KDF)
    old = reseal_store(a, EvidenceStore(folder), first)
    save_assessment(path, a, backup=False, passphrase=first)
    remove_replaced(EvidenceStore(folder), old)
    assert MARKER not in _all_bytes(folder), "neither the attached nor the detached file is left in the clear"
    assert len(list(folder.iterdir())) == 2
    assert verify_evidence(a, EvidenceStore(folder, keys=KeyRing("first passphrase"))).ok

    second = SealingKey.derive("second passphrase", FAST_KDF)
    old = reseal_store(a, EvidenceStore(folder, keys=KeyRing("first passphrase")), second)
    remove_replaced(EvidenceStore(folder), old)
    assert verify_evidence(a, EvidenceStore(folder, keys=KeyRing("second passphrase"))).ok
    with pytest.raises(Exception, match="passphrase is wrong"):
        verify_evidence(a, EvidenceStore(folder, keys=KeyRing("first passphrase")))

    old = reseal_store(a, EvidenceStore(folder, keys=KeyRing("second passphrase")), None)
    remove_replaced(EvidenceStore(folder), old)
    attached = a.answer("LEG-1").evidence[0].files[0]
    assert attached.stored == attached.sha256 and (folder / attached.sha256).read_bytes() == MARKER * 1000
    assert verify_evidence(a, EvidenceStore(folder)).ok


def test_save_as_takes_the_store_along(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, mini_assessment: Assessment
) -> None:
    from hria_app.core.evidence_upkeep import copy_store

    sources = tmp_path_factory.mktemp("sources")
    path = tmp_path / "a.hria"
    attach_files(mini_assessment, path, "LEG-1", {"minutes.txt": MARKER}, sources)
    copied = copy_store(EvidenceStore(store_folder(path)), store_folder(tmp_path / "renamed.hria"))
    assert verify_evidence(mini_assessment, copied).ok
    (store_folder(path) / mini_assessment.answer("LEG-1").evidence[0].files[0].stored).unlink()
    assert verify_evidence(mini_assessment, copied).ok, "the copy does not depend on the original folder"
