"""Encrypted assessments: round trip, wrong passphrase, tampering, and no plain text on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from hria_app.core import crypto
from hria_app.core.assessment import Answer, Assessment, Context, Evidence
from hria_app.core.assessment_file import load_assessment, save_assessment
from hria_app.core.crypto import EncryptionError, KdfParams, PassphraseRequired, WrongPassphraseError
from hria_app.core.text import Text

WITNESS = "Somchai Witness-Name"
SOURCE = "แหล่งข่าวลับในศาลากลาง"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    # The real cost (n = 2**17) is for attackers; tests only need the same code path.
    monkeypatch.setattr(crypto, "DEFAULT_KDF", KdfParams(n=2**12))


@pytest.fixture
def secret(mini_assessment: Assessment) -> Assessment:
    mini_assessment.set_context(Context(title=Text.of("Confidential review"), assessors=(WITNESS,)))
    mini_assessment.set_answer(
        "LEG-1",
        Answer(
            notes=Text({"en": f"Told by {WITNESS}", "th": SOURCE}),
            notes_confidential=True,
            evidence=(Evidence(Text.of("Interview notes"), confidential=True),),
        ).scored(4),
    )
    return mini_assessment


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_round_trip_and_nothing_readable_on_disk(tmp_path: Path, secret: Assessment) -> None:
    path = tmp_path / "secret.hria"
    save_assessment(path, secret, passphrase="correct horse ม้า")
    save_assessment(path, secret, passphrase="correct horse ม้า")  # a second save leaves a .bak beside it
    assert (tmp_path / "secret.hria.bak").exists()
    on_disk = _all_bytes(tmp_path)
    for needle in (WITNESS, SOURCE, "Confidential review", "LEG-1", "mini-cctv"):
        assert needle.encode() not in on_disk
    reopened = load_assessment(path, passphrase="correct horse ม้า")
    assert reopened.answers == secret.answers
    assert reopened.context == secret.context


def test_an_encrypted_file_asks_for_a_passphrase(tmp_path: Path, secret: Assessment) -> None:
    path = tmp_path / "secret.hria"
    save_assessment(path, secret, passphrase="pass")
    with pytest.raises(PassphraseRequired, match="encrypted"):
        load_assessment(path)


def test_a_wrong_passphrase_is_told_apart(tmp_path: Path, secret: Assessment) -> None:
    path = tmp_path / "secret.hria"
    save_assessment(path, secret, passphrase="pass")
    with pytest.raises(WrongPassphraseError, match="passphrase is wrong"):
        load_assessment(path, passphrase="Pass")


@pytest.mark.parametrize("where", ["ciphertext", "tag", "header", "length", "truncated"])
def test_a_tampered_file_is_refused_whole(tmp_path: Path, secret: Assessment, where: str) -> None:
    path = tmp_path / "secret.hria"
    save_assessment(path, secret, passphrase="pass")
    raw = bytearray(path.read_bytes())
    header_end = len(crypto.MAGIC) + 4 + int.from_bytes(raw[len(crypto.MAGIC) : len(crypto.MAGIC) + 4], "big")
    if where == "ciphertext":
        raw[header_end + 10] ^= 1
    elif where == "tag":
        raw[-1] ^= 1
    elif where == "header":
        raw = bytearray(bytes(raw).replace(b'"r": 8', b'"r": 9'))
    elif where == "length":
        raw[len(crypto.MAGIC) + 3] ^= 0x40
    else:
        raw = raw[: header_end + 5]
    path.write_bytes(bytes(raw))
    with pytest.raises(EncryptionError):
        load_assessment(path, passphrase="pass")


def test_a_hostile_header_cannot_demand_huge_memory(tmp_path: Path, secret: Assessment) -> None:
    path = tmp_path / "secret.hria"
    save_assessment(path, secret, passphrase="pass")
    raw = path.read_bytes().replace(b'"n": 4096', b'"n": 1073741824')
    path.write_bytes(raw)
    with pytest.raises(EncryptionError, match="header is damaged"):
        load_assessment(path, passphrase="pass")


def test_an_empty_passphrase_is_refused(tmp_path: Path, secret: Assessment) -> None:
    with pytest.raises(EncryptionError, match="empty passphrase"):
        save_assessment(tmp_path / "x.hria", secret, passphrase="")
    assert not (tmp_path / "x.hria").exists()


def test_a_key_stretched_once_seals_many_files_each_with_its_own_nonce(tmp_path: Path, secret: Assessment) -> None:
    key = crypto.SealingKey.derive("one stretch, many saves")
    first, second = tmp_path / "first.hria", tmp_path / "second.hria"
    save_assessment(first, secret, passphrase=key)
    save_assessment(second, secret, passphrase=key)
    assert first.read_bytes() != second.read_bytes()  # a fresh nonce per file
    for path in (first, second):
        assert load_assessment(path, passphrase="one stretch, many saves").answers == secret.answers
    with pytest.raises(WrongPassphraseError):
        load_assessment(first, passphrase="another")
