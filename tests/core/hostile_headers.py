"""Encrypted files with forged or damaged headers, for the tests and the hostile corpus.

`python -m tests.core.hostile_headers FOLDER` writes the corpus files (tests/data/hostile/encrypted-*.hria).
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hria_app.core import crypto

PASSPHRASE = "any"


def split(raw: bytes) -> tuple[dict[str, Any], bytes]:
    """The header of a format-2 container, and its ciphertext with tag."""
    start = len(crypto.MAGIC) + 4
    (length,) = struct.unpack(">I", raw[len(crypto.MAGIC) : start])
    header = json.loads(raw[start : start + length])
    return header, raw[start + length + crypto.CHECKSUM_SIZE :]


def build(header: Any, body: bytes, checksum: bytes | None = None, raw_header: bytes | None = None) -> bytes:
    """A container; the checksum is recomputed (as a forger would) unless one is given."""
    header_bytes = raw_header if raw_header is not None else json.dumps(header, sort_keys=True).encode("utf-8")
    framed = crypto.MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes
    return framed + (checksum if checksum is not None else hashlib.sha256(framed).digest()) + body


def forged(raw: bytes, change: Callable[[dict[str, Any]], Any]) -> bytes:
    header, body = split(raw)
    changed = change(header)
    return build(header if changed is None else changed, body)


def damaged(raw: bytes, field: str) -> bytes:
    """One character of `field` changed by accident: the stored checksum no longer matches."""
    start = len(crypto.MAGIC) + 4
    (length,) = struct.unpack(">I", raw[len(crypto.MAGIC) : start])
    header_bytes = raw[start : start + length]
    at = header_bytes.index(f'"{field}": "'.encode()) + len(field) + 5
    flipped = b"B" if header_bytes[at : at + 1] != b"B" else b"C"
    mutated = header_bytes[:at] + flipped + header_bytes[at + 1 :]
    return raw[:start] + mutated + raw[start + length :]


def format_one(plain: bytes, passphrase: str, params: crypto.KdfParams) -> bytes:
    """A container as format 1 wrote it: no checksum, the magic, length and header as associated data."""
    import os

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = crypto.SealingKey.derive(passphrase, params)
    nonce = os.urandom(12)
    header: dict[str, Any] = {
        "format": 1,
        "kdf": {"name": "scrypt", "n": params.n, "r": params.r, "p": params.p},
        "salt": base64.b64encode(key.salt).decode("ascii"),
        "cipher": "AES-256-GCM",
        "nonce": base64.b64encode(nonce).decode("ascii"),
    }
    header["check"] = crypto._check(key.check_key, header)
    header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
    prefix = crypto.MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes
    return prefix + AESGCM(key.enc_key).encrypt(nonce, plain, prefix)


def _kdf(**values: Any) -> Callable[[dict[str, Any]], None]:
    return lambda header: header["kdf"].update(values)


def _set(name: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda header: header.update({name: value})


def _drop(name: str) -> Callable[[dict[str, Any]], None]:
    return lambda header: header.pop(name) and None


SHORT_NONCE = base64.b64encode(b"12345678").decode()

# corpus name -> (how the file is made from a good one, what the first message must say)
CORPUS: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "encrypted-format-string.hria": (lambda raw: forged(raw, _set("format", "2")), "format is not a whole number"),
    "encrypted-format-bool.hria": (lambda raw: forged(raw, _set("format", True)), "format is not a whole number"),
    "encrypted-format-zero.hria": (lambda raw: forged(raw, _set("format", 0)), "format 0 is not one this app"),
    "encrypted-format-newer.hria": (lambda raw: forged(raw, _set("format", 3)), "newer version of the app"),
    "encrypted-kdf-1gb.hria": (lambda raw: forged(raw, _kdf(n=2**20, r=8)), "key derivation of 1024 MB"),
    "encrypted-kdf-p-huge.hria": (lambda raw: forged(raw, _kdf(p=64)), "allows at most 512 MB and p = 4"),
    "encrypted-kdf-n-not-power.hria": (lambda raw: forged(raw, _kdf(n=1000)), "not valid scrypt parameters"),
    "encrypted-kdf-n-text.hria": (lambda raw: forged(raw, _kdf(n="131072")), "are not whole numbers"),
    "encrypted-kdf-r-zero.hria": (lambda raw: forged(raw, _kdf(r=0)), "not valid scrypt parameters"),
    "encrypted-kdf-unknown.hria": (lambda raw: forged(raw, _kdf(name="argon2")), "unknown key derivation"),
    "encrypted-kdf-list.hria": (lambda raw: forged(raw, _set("kdf", [1, 2])), "unknown key derivation"),
    "encrypted-salt-damaged.hria": (lambda raw: damaged(raw, "salt"), "its checksum does not match"),
    "encrypted-nonce-damaged.hria": (lambda raw: damaged(raw, "nonce"), "its checksum does not match"),
    "encrypted-check-damaged.hria": (lambda raw: damaged(raw, "check"), "its checksum does not match"),
    "encrypted-salt-not-base64.hria": (lambda raw: forged(raw, _set("salt", "not base64!")), "unreadable"),
    "encrypted-salt-missing.hria": (lambda raw: forged(raw, _drop("salt")), "missing or unreadable"),
    "encrypted-nonce-short.hria": (lambda raw: forged(raw, _set("nonce", SHORT_NONCE)), "the wrong length"),
    "encrypted-header-list.hria": (lambda raw: build([1, 2, 3], split(raw)[1]), "header is damaged"),
    "encrypted-header-not-json.hria": (lambda raw: build(None, split(raw)[1], raw_header=b"{nope"), "damaged"),
    "encrypted-header-length-huge.hria": (
        lambda raw: raw[: len(crypto.MAGIC)] + b"\xff\xff\xff\xff" + raw[len(crypto.MAGIC) + 4 :],
        "header is damaged",
    ),
    "encrypted-checksum-cut.hria": (lambda raw: raw[: raw.index(b"}") + 1 + 20], "header is damaged"),
}


def good_container(plain: bytes) -> bytes:
    return crypto.encrypt(plain, PASSPHRASE, crypto.KdfParams(n=2**10))


def write_corpus(folder: Path, plain: bytes) -> None:
    raw = good_container(plain)
    for name, (make, _expected) in CORPUS.items():
        (folder / name).write_bytes(make(raw))


if __name__ == "__main__":
    from hria_app.core.assessment import new_assessment
    from hria_app.core.assessment_file import serialise
    from hria_app.core.rubric_loader import load_rubric

    rubric = load_rubric(Path(__file__).parent.parent / "data" / "mini-rubric.yaml")
    write_corpus(Path(sys.argv[1]), serialise(new_assessment(rubric, "Hostile header")))
