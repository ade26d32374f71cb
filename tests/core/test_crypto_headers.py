"""Hostile and damaged headers of encrypted files: refused with a message naming the problem, never a traceback;
accidental damage named as damage; format 1 files still open; the KDF limit is one rule with scrypt's."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from hria_app.core import crypto
from hria_app.core.assessment import Assessment
from hria_app.core.assessment_file import load_assessment, serialise
from hria_app.core.crypto import EncryptionError, KdfParams, WrongPassphraseError, decrypt, encrypt
from tests.core.hostile_headers import CORPUS, PASSPHRASE, damaged, forged, format_one, good_container


@pytest.fixture
def plain(mini_assessment: Assessment) -> bytes:
    return serialise(mini_assessment)


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_every_hostile_header_is_refused_with_its_reason(name: str, plain: bytes) -> None:
    make, expected = CORPUS[name]
    started = time.perf_counter()
    with pytest.raises(EncryptionError) as raised:
        decrypt(make(good_container(plain)), PASSPHRASE)
    assert expected in str(raised.value)
    assert not isinstance(raised.value, WrongPassphraseError)
    assert time.perf_counter() - started < 1.0  # refused before any key derivation


def test_a_format_given_as_text_is_refused_not_a_type_error(plain: bytes) -> None:
    with pytest.raises(EncryptionError, match="format is not a whole number"):
        decrypt(forged(good_container(plain), lambda h: h.update(format="2")), PASSPHRASE)


@pytest.mark.parametrize("field", ["salt", "nonce", "check"])
def test_accidental_damage_to_the_header_is_named_with_a_pointer_to_the_backup(plain: bytes, field: str) -> None:
    with pytest.raises(EncryptionError, match=r"header is damaged \(its checksum does not match\).*\.bak") as raised:
        decrypt(damaged(good_container(plain), field), PASSPHRASE)
    assert not isinstance(raised.value, WrongPassphraseError)


def test_a_format_one_file_without_the_checksum_still_opens(tmp_path: Path, plain: bytes) -> None:
    path = tmp_path / "old.hria"
    path.write_bytes(format_one(plain, "an older passphrase", KdfParams(n=2**10)))
    assert load_assessment(path, passphrase="an older passphrase").rubric.id == "mini-cctv"
    with pytest.raises(WrongPassphraseError):
        load_assessment(path, passphrase="another")


def test_new_files_are_format_two_with_the_checksum(plain: bytes) -> None:
    raw = encrypt(plain, "pass", KdfParams(n=2**10))
    assert b'"format": 2' in raw
    assert decrypt(raw, "pass") == plain


def test_the_kdf_limit_is_the_memory_scrypt_is_given() -> None:
    assert KdfParams(n=2**17, r=16).memory <= crypto.MAX_KDF_MEMORY < KdfParams(n=2**20, r=8).memory
    crypto.check_kdf(crypto.DEFAULT_KDF)
    with pytest.raises(EncryptionError, match="key derivation of 1024 MB"):
        crypto.check_kdf(KdfParams(n=2**20, r=8))
    with pytest.raises(EncryptionError, match="key derivation of 1024 MB"):
        crypto.SealingKey.derive("a passphrase", KdfParams(n=2**20, r=8))


@pytest.mark.slow
def test_a_stronger_kdf_within_the_limit_opens(plain: bytes) -> None:
    # Twice the default's memory (256 MB): what a future default could be. It used to crash inside scrypt.
    stronger = KdfParams(n=2**17, r=16)
    raw = encrypt(plain, "a long passphrase", stronger)
    assert decrypt(raw, "a long passphrase") == plain
