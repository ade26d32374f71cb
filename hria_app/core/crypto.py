"""Encrypted assessment files: a passphrase, scrypt, and AES-256-GCM.

Layout (docs/security.md):

    b"HRIA-ENCRYPTED\\n"            magic
    4 bytes, big-endian             length of the header
    header                          UTF-8 JSON: format, kdf and its parameters, salt, nonce, key check
    ciphertext + 16-byte tag        AES-256-GCM over the plain .hria bytes, with magic + header as associated data

scrypt turns the passphrase and a random salt into 64 bytes (a SealingKey, stretched once and reused for every
later save of the same document, each with a fresh nonce): the first 32 are the AES key, the last 32 compute a
key check (HMAC-SHA256 of the header without the check) so a wrong passphrase is told apart from a damaged file.
Every header byte is authenticated, so an altered parameter, salt or ciphertext is refused, never half-read.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
from dataclasses import dataclass, field
from typing import Any

from hria_app.core.errors import HriaError
from hria_app.core.issue_messages import message

MAGIC = b"HRIA-ENCRYPTED\n"
CONTAINER_VERSION = 1
MAX_HEADER = 4096


@dataclass(frozen=True)
class KdfParams:
    n: int = 2**17  # about 128 MB and a few tenths of a second: costly for guessing, bearable at each save
    r: int = 8
    p: int = 1


DEFAULT_KDF = KdfParams()
# A hostile header could ask for terabytes of memory; nothing above this is accepted.
MAX_N = 2**20


class EncryptionError(HriaError):
    """The file cannot be decrypted: the passphrase is wrong, or the file is damaged or altered."""


class WrongPassphraseError(EncryptionError):
    pass


class PassphraseRequired(HriaError):
    """The file is encrypted and no passphrase was given."""


def is_encrypted(raw: bytes) -> bool:
    return raw.startswith(MAGIC)


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> tuple[bytes, bytes]:
    key = hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=params.n, r=params.r, p=params.p, maxmem=256 * 1024 * 1024, dklen=64
    )
    return key[:32], key[32:]


def _check(check_key: bytes, header: dict[str, Any]) -> str:
    body = json.dumps(header, sort_keys=True).encode("utf-8")
    return base64.b64encode(hmac.new(check_key, body, hashlib.sha256).digest()).decode("ascii")


@dataclass(frozen=True)
class SealingKey:
    """A passphrase stretched by scrypt, kept for the later saves of one document.

    scrypt is slow on purpose; stretching once per passphrase instead of once per save keeps saves and recovery
    copies quick. Every file still gets its own nonce, so no two ciphertexts share one."""

    params: KdfParams
    salt: bytes
    enc_key: bytes = field(repr=False)
    check_key: bytes = field(repr=False)

    @classmethod
    def derive(cls, passphrase: str, params: KdfParams | None = None) -> SealingKey:
        if not passphrase:
            raise EncryptionError(message("empty_passphrase"))
        params = params or DEFAULT_KDF
        salt = os.urandom(16)
        enc_key, check_key = _derive(passphrase, salt, params)
        return cls(params, salt, enc_key, check_key)


def encrypt(plain: bytes, passphrase: str | SealingKey, params: KdfParams | None = None) -> bytes:
    key = passphrase if isinstance(passphrase, SealingKey) else SealingKey.derive(passphrase, params)
    nonce = os.urandom(12)
    header: dict[str, Any] = {
        "format": CONTAINER_VERSION,
        "kdf": {"name": "scrypt", "n": key.params.n, "r": key.params.r, "p": key.params.p},
        "salt": base64.b64encode(key.salt).decode("ascii"),
        "cipher": "AES-256-GCM",
        "nonce": base64.b64encode(nonce).decode("ascii"),
    }
    header["check"] = _check(key.check_key, header)
    header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
    prefix = MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # imported here: not needed to start the app

    return prefix + AESGCM(key.enc_key).encrypt(nonce, plain, prefix)


def decrypt(raw: bytes, passphrase: str) -> bytes:
    header, prefix = _read_header(raw)
    kdf = header["kdf"]
    params = KdfParams(kdf["n"], kdf["r"], kdf["p"])
    enc_key, check_key = _derive(passphrase, base64.b64decode(header["salt"]), params)
    stated = header.pop("check")
    if not hmac.compare_digest(stated, _check(check_key, header)):
        raise WrongPassphraseError(message("wrong_passphrase"))
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(enc_key).decrypt(base64.b64decode(header["nonce"]), raw[len(prefix) :], prefix)
    except InvalidTag:
        raise EncryptionError(message("encrypted_damaged")) from None


def _read_header(raw: bytes) -> tuple[dict[str, Any], bytes]:
    damaged = EncryptionError(message("header_damaged"))
    if not is_encrypted(raw) or len(raw) < len(MAGIC) + 4:
        raise damaged
    (length,) = struct.unpack(">I", raw[len(MAGIC) : len(MAGIC) + 4])
    if length > MAX_HEADER or len(raw) < len(MAGIC) + 4 + length + 16:
        raise damaged
    prefix = raw[: len(MAGIC) + 4 + length]
    try:
        header = json.loads(prefix[len(MAGIC) + 4 :].decode("utf-8"))
        kdf = header["kdf"]
        valid = (
            header["format"] == CONTAINER_VERSION
            and kdf["name"] == "scrypt"
            and header["cipher"] == "AES-256-GCM"
            and all(isinstance(kdf[k], int) for k in ("n", "r", "p"))
            and 2 <= kdf["n"] <= MAX_N
            and kdf["n"] & (kdf["n"] - 1) == 0
            and 1 <= kdf["r"] <= 16
            and 1 <= kdf["p"] <= 4
            and isinstance(header["salt"], str)
            and isinstance(header["nonce"], str)
            and isinstance(header["check"], str)
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise damaged from None
    if not valid:
        if isinstance(header, dict) and header.get("format", 0) > CONTAINER_VERSION:
            raise EncryptionError(message("encrypted_newer"))
        raise damaged
    return header, prefix
