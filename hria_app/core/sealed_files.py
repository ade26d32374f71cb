"""Encrypted files written and read in pieces, in the container format of core.crypto.

Evidence files can be hundreds of megabytes, so they are never held whole in memory. AES-GCM is a stream cipher
with one tag at the end: encrypting piece by piece gives exactly the bytes a one-shot encryption gives, so a stored
file is an ordinary encrypted container (docs/security.md) that the passphrase alone opens.

A KeyRing turns a passphrase into the key of each container it meets, stretching it once per salt, not per file.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from hria_app.core.crypto import (
    MAGIC,
    MAX_HEADER,
    EncryptionError,
    PassphraseRequired,
    SealingKey,
    WrongPassphraseError,
    _check,
    _derive,
    _Header,
    _read_header,
    container_prefix,
)
from hria_app.core.issue_messages import message

TAG_SIZE = 16
CHUNK = 1024 * 1024


def _cipher(key: bytes, nonce: bytes, tag: bytes | None = None):  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    return Cipher(algorithms.AES(key), modes.GCM(nonce, tag))


class Sealer:
    """Encrypts a stream into a container: write the `prefix`, then each `update`, then `finish` (the tag)."""

    def __init__(self, key: SealingKey) -> None:
        nonce = os.urandom(12)
        self.prefix = container_prefix(key, nonce)
        self._encryptor = _cipher(key.enc_key, nonce).encryptor()
        self._encryptor.authenticate_additional_data(self.prefix)

    def update(self, data: bytes | memoryview) -> bytes:
        return bytes(self._encryptor.update(data))

    def finish(self) -> bytes:
        tail = self._encryptor.finalize()
        return bytes(tail) + bytes(self._encryptor.tag)


@dataclass
class KeyRing:
    """The keys of one document: the passphrase (when known) and every key already stretched from it."""

    passphrase: str | None = field(default=None, repr=False)
    _keys: dict[tuple[bytes, int, int, int], SealingKey] = field(default_factory=dict, repr=False)

    def add(self, key: SealingKey) -> None:
        self._keys[(key.salt, key.params.n, key.params.r, key.params.p)] = key

    def key_for(self, header: _Header) -> SealingKey:
        """The key of a container with this (already checked) header; raises if the passphrase is wrong."""
        params, salt = header.params, header.salt
        known = self._keys.get((salt, params.n, params.r, params.p))
        if known is None:
            if not self.passphrase:
                raise PassphraseRequired("the evidence is encrypted: a passphrase is needed to read it")
            enc_key, check_key = _derive(self.passphrase, salt, params)
            known = SealingKey(params, salt, enc_key, check_key)
        unchecked = {k: v for k, v in header.fields.items() if k != "check"}
        if not hmac.compare_digest(str(header.fields["check"]), _check(known.check_key, unchecked)):
            raise WrongPassphraseError(message("wrong_passphrase"))
        self.add(known)
        return known

    def unlock(self, raw: bytes) -> tuple[bytes, SealingKey]:
        """Decrypt a whole container (an assessment file) and keep its key, so later saves and stored files reuse
        it without stretching the passphrase again."""
        header = _read_header(raw)
        key = self.key_for(header)
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            plain = AESGCM(key.enc_key).decrypt(header.nonce, raw[len(header.prefix) :], header.prefix)
        except InvalidTag:
            raise EncryptionError(message("encrypted_damaged")) from None
        return plain, key


def name_key(key: SealingKey) -> bytes:
    """A key for naming stored files, so their names say nothing about their content to whoever lacks it."""
    return hmac.new(key.enc_key, b"hria evidence file name", hashlib.sha256).digest()


def read_plain(handle: BinaryIO, keys: KeyRing, chunk: int = CHUNK) -> Iterator[memoryview]:
    """The content of a stored file, piece by piece: as it is, or decrypted when it is a container.

    A container's tag is checked at the end: an altered byte raises EncryptionError after the last piece, so a
    caller must not trust what it read until the iterator is exhausted."""
    start = handle.read(len(MAGIC))
    if start != MAGIC:
        yield memoryview(start)
        yield from _pieces(handle, chunk, -1)
        return
    rest = handle.read(4 + MAX_HEADER)
    header = _read_header(start + rest + b"\0" * TAG_SIZE)
    prefix = header.prefix
    key = keys.key_for(header)
    end = handle.seek(0, os.SEEK_END)
    body = end - len(prefix) - TAG_SIZE
    if body < 0:
        raise EncryptionError(message("encrypted_damaged"))
    handle.seek(end - TAG_SIZE)
    tag = handle.read(TAG_SIZE)
    handle.seek(len(prefix))
    decryptor = _cipher(key.enc_key, header.nonce, tag).decryptor()
    decryptor.authenticate_additional_data(prefix)
    for piece in _pieces(handle, chunk, body):
        yield memoryview(decryptor.update(piece))
    from cryptography.exceptions import InvalidTag

    try:
        decryptor.finalize()
    except InvalidTag:
        raise EncryptionError(message("encrypted_damaged")) from None


def _pieces(handle: BinaryIO, chunk: int, limit: int) -> Iterator[memoryview]:
    """Read `limit` bytes (all when -1) into one reused buffer: no allocation per piece."""
    buffer = bytearray(chunk)
    view = memoryview(buffer)
    left = limit
    while left != 0:
        want = chunk if left < 0 else min(chunk, left)
        got = handle.readinto(view[:want])  # type: ignore[attr-defined]
        if not got:
            if left > 0:
                raise EncryptionError(message("encrypted_damaged"))
            return
        if left > 0:
            left -= got
        yield view[:got]
