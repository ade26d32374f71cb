"""Encrypted assessment files: a passphrase, scrypt, and AES-256-GCM.

Layout (docs/security.md):

    b"HRIA-ENCRYPTED\\n"            magic
    4 bytes, big-endian             length of the header
    header                          UTF-8 JSON: format, kdf and its parameters, salt, nonce, key check
    32 bytes (format 2 on)          SHA-256 of everything before it: an unkeyed checksum of the header
    ciphertext + 16-byte tag        AES-256-GCM over the plain .hria bytes, with all the above as associated data

scrypt turns the passphrase and a random salt into 64 bytes (a SealingKey, stretched once and reused for every
later save of the same document, each with a fresh nonce): the first 32 are the AES key, the last 32 compute a
key check (HMAC-SHA256 of the header without the check) so a wrong passphrase is told apart from a damaged file.
Every header byte is authenticated, so an altered parameter, salt or ciphertext is refused, never half-read.
The checksum proves nothing against a forger (anyone can recompute it) but names accidental damage to the salt,
nonce or key check as damage, which would otherwise look like a wrong passphrase. Format 1 files, without it, are
read as before.

The KDF's cost is one rule: the memory scrypt needs for the header's n, r and p must be within MAX_KDF_MEMORY,
and exactly that much is what scrypt is allowed; a header asking for more is refused with a message before any
work is done, so a stronger future default opens, and a hostile one cannot exhaust memory or crash the app.
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
CONTAINER_VERSION = 2
READABLE_VERSIONS = (1, 2)
MAX_HEADER = 4096
CHECKSUM_SIZE = 32
TAG_SIZE = 16
MIB = 1024 * 1024
# Four times the default's memory: a future stronger default still opens; gigabytes are refused.
MAX_KDF_MEMORY = 512 * MIB


@dataclass(frozen=True)
class KdfParams:
    n: int = 2**17  # about 128 MB and a few tenths of a second: costly for guessing, bearable at each save
    r: int = 8
    p: int = 1

    @property
    def memory(self) -> int:
        """The bytes scrypt allocates for these parameters (as OpenSSL counts them)."""
        return 128 * self.r * (self.n + self.p + 2)


DEFAULT_KDF = KdfParams()
MAX_P = 4  # p multiplies the time, not the memory: bounded on its own


class EncryptionError(HriaError):
    """The file cannot be decrypted: the passphrase is wrong, or the file is damaged or altered."""


class WrongPassphraseError(EncryptionError):
    pass


class PassphraseRequired(HriaError):
    """The file is encrypted and no passphrase was given."""


def _damaged(detail: str = "") -> EncryptionError:
    # Worded as issue_messages' header_damaged templates, so the message is shown in the interface language.
    found = message("header_damaged_detail", detail=detail) if detail else message("header_damaged")
    return EncryptionError(found)


def is_encrypted(raw: bytes) -> bool:
    return raw.startswith(MAGIC)


def check_kdf(params: KdfParams) -> None:
    """Raise EncryptionError unless scrypt can run with these parameters within the app's limits."""
    n, r, p = params.n, params.r, params.p
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p)):
        raise _damaged("its key derivation parameters are not whole numbers")
    if n < 2 or n & (n - 1) or r < 1 or p < 1 or n >= 2 ** (16 * r):
        raise _damaged(f"n = {n}, r = {r}, p = {p} are not valid scrypt parameters")
    if p > MAX_P or params.memory > MAX_KDF_MEMORY:
        costly = message(
            "kdf_too_costly", memory=params.memory // MIB, n=n, r=r, p=p, limit=MAX_KDF_MEMORY // MIB, max_p=MAX_P
        )
        raise EncryptionError(costly)


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> tuple[bytes, bytes]:
    check_kdf(params)
    key = hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        maxmem=params.memory + MIB,
        dklen=64,
    )
    return key[:32], key[32:]


def _check(check_key: bytes, header: dict[str, Any]) -> str:
    body = json.dumps(header, sort_keys=True).encode("utf-8")
    return base64.b64encode(hmac.new(check_key, body, hashlib.sha256).digest()).decode("ascii")


@dataclass(frozen=True)
class SealingKey:
    """A passphrase stretched by scrypt, kept for the later saves of one document.

    scrypt is slow on purpose; stretching once per passphrase instead of once per save keeps saves and recovery
    copies quick. The salt is drawn once per key (so once per document and passphrase); every file still gets its
    own nonce, so no two ciphertexts share one."""

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


def container_prefix(key: SealingKey, nonce: bytes) -> bytes:
    """Everything a container holds before its ciphertext: the magic, the header's length, the header with its
    key check, and (format 2) an unkeyed checksum of all that, so damage is told apart from a wrong key. It is
    also the associated data of AES-GCM."""
    header: dict[str, Any] = {
        "format": CONTAINER_VERSION,
        "kdf": {"name": "scrypt", "n": key.params.n, "r": key.params.r, "p": key.params.p},
        "salt": base64.b64encode(key.salt).decode("ascii"),
        "cipher": "AES-256-GCM",
        "nonce": base64.b64encode(nonce).decode("ascii"),
    }
    header["check"] = _check(key.check_key, header)
    header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
    framed = MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes
    return framed + hashlib.sha256(framed).digest()


def encrypt(plain: bytes, passphrase: str | SealingKey, params: KdfParams | None = None) -> bytes:
    key = passphrase if isinstance(passphrase, SealingKey) else SealingKey.derive(passphrase, params)
    nonce = os.urandom(12)
    prefix = container_prefix(key, nonce)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # imported here: not needed to start the app

    return prefix + AESGCM(key.enc_key).encrypt(nonce, plain, prefix)


@dataclass(frozen=True)
class _Header:
    fields: dict[str, Any]
    params: KdfParams
    salt: bytes
    nonce: bytes
    prefix: bytes  # the associated data: everything before the ciphertext


def decrypt(raw: bytes, passphrase: str) -> bytes:
    header = _read_header(raw)
    enc_key, check_key = _derive(passphrase, header.salt, header.params)
    fields = dict(header.fields)
    stated = fields.pop("check")
    if not hmac.compare_digest(stated, _check(check_key, fields)):
        raise WrongPassphraseError(message("wrong_passphrase"))
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(enc_key).decrypt(header.nonce, raw[len(header.prefix) :], header.prefix)
    except InvalidTag:
        raise EncryptionError(message("encrypted_damaged")) from None


def _read_header(raw: bytes) -> _Header:
    if not is_encrypted(raw) or len(raw) < len(MAGIC) + 4:
        raise _damaged()
    (length,) = struct.unpack(">I", raw[len(MAGIC) : len(MAGIC) + 4])
    end = len(MAGIC) + 4 + length
    if length > MAX_HEADER or len(raw) < end + TAG_SIZE:
        raise _damaged()
    try:
        fields = json.loads(raw[len(MAGIC) + 4 : end].decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise _damaged() from None
    if not isinstance(fields, dict):
        raise _damaged()
    version = fields.get("format")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _damaged("its format is not a whole number")
    if version > CONTAINER_VERSION:
        raise EncryptionError(message("encrypted_newer"))
    if version not in READABLE_VERSIONS:
        raise _damaged(f"format {version} is not one this app wrote")
    prefix = raw[:end]
    if version >= 2:
        if len(raw) < end + CHECKSUM_SIZE + TAG_SIZE:
            raise _damaged()
        if not hmac.compare_digest(raw[end : end + CHECKSUM_SIZE], hashlib.sha256(prefix).digest()):
            raise _damaged("its checksum does not match")
        prefix = raw[: end + CHECKSUM_SIZE]
    return _checked(fields, prefix)


def _checked(fields: dict[str, Any], prefix: bytes) -> _Header:
    kdf = fields.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt" or fields.get("cipher") != "AES-256-GCM":
        raise _damaged("unknown key derivation or cipher")
    params = KdfParams(kdf.get("n"), kdf.get("r"), kdf.get("p"))  # type: ignore[arg-type]  # checked next
    check_kdf(params)
    try:
        salt = base64.b64decode(fields["salt"], validate=True)
        nonce = base64.b64decode(fields["nonce"], validate=True)
        check = base64.b64decode(fields["check"], validate=True)
    except (KeyError, TypeError, ValueError):
        raise _damaged("its salt, nonce or key check is missing or unreadable") from None
    if not 8 <= len(salt) <= 64 or len(nonce) != 12 or len(check) != 32:
        raise _damaged("its salt, nonce or key check has the wrong length")
    return _Header(fields, params, salt, nonce, prefix)
