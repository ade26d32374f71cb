"""An assessment opened together with its evidence store and, when it is encrypted, its key.

The passphrase is stretched once: the key that opens the file also encrypts new evidence and the saved file, so
a command on an encrypted assessment costs one key derivation, not one per file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hria_app.core.assessment import Assessment
from hria_app.core.assessment_file import MAX_ASSESSMENT_BYTES, loads, save_assessment
from hria_app.core.crypto import SealingKey, is_encrypted
from hria_app.core.evidence_store import DEFAULT_MAX_BYTES, EvidenceStore, store_folder
from hria_app.core.sealed_files import KeyRing
from hria_app.core.yaml_source import read_bytes


@dataclass
class EvidenceDocument:
    path: Path
    assessment: Assessment
    raw: bytes = field(repr=False)  # the file as it is on disk: a bundle carries exactly these bytes
    key: SealingKey | None = field(default=None, repr=False)
    keys: KeyRing = field(default_factory=KeyRing, repr=False)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def store(self, max_bytes: int = DEFAULT_MAX_BYTES) -> EvidenceStore:
        return EvidenceStore(store_folder(self.path), self.key, self.keys, max_bytes)

    def save(self) -> None:
        """Write the assessment back atomically (encrypted with the same key when it was), keeping a backup."""
        save_assessment(self.path, self.assessment, backup=True, passphrase=self.key)
        self.raw = read_bytes(self.path, MAX_ASSESSMENT_BYTES)


def open_document(path: Path, ask_passphrase: Callable[[Path], str]) -> EvidenceDocument:
    """Raises LoadError, EncryptionError (wrong passphrase, damaged file) or HriaError with a clear message."""
    path = Path(path)
    raw = read_bytes(path, MAX_ASSESSMENT_BYTES)
    if not is_encrypted(raw):
        return EvidenceDocument(path, loads(raw, str(path)), raw)
    keys = KeyRing(ask_passphrase(path))
    plain, key = keys.unlock(raw)
    return EvidenceDocument(path, loads(plain, str(path)), raw, key, keys)
