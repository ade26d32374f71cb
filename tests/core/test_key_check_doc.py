"""The key check of an encrypted file can be recomputed from docs/security.md alone, with the standard library."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import struct

from hria_app.core.crypto import MAGIC, KdfParams, encrypt


def test_the_key_check_is_what_the_doc_says() -> None:
    passphrase = "correct horse ฟ้า"
    raw = encrypt(b"format_version: 1\n", passphrase, KdfParams(n=2**10, r=8, p=1))
    assert raw.startswith(MAGIC)
    (length,) = struct.unpack(">I", raw[len(MAGIC) : len(MAGIC) + 4])
    stored = raw[len(MAGIC) + 4 : len(MAGIC) + 4 + length]
    header = json.loads(stored)
    # The header in the file: sorted keys, ", " and ": " separators, ASCII.
    assert stored == json.dumps(header, sort_keys=True, separators=(", ", ": "), ensure_ascii=True).encode("utf-8")
    check = header.pop("check")
    kdf = header["kdf"]
    key = hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=base64.b64decode(header["salt"]),
        n=kdf["n"],
        r=kdf["r"],
        p=kdf["p"],
        maxmem=64 * 1024 * 1024,
        dklen=64,
    )
    body = json.dumps(header, sort_keys=True, separators=(", ", ": "), ensure_ascii=True).encode("utf-8")
    assert base64.b64encode(hmac.new(key[32:], body, hashlib.sha256).digest()).decode("ascii") == check
