"""Keeping the evidence store with its assessment: a copy for Save As, and re-encryption when the assessment's
encryption changes (encrypted, a new passphrase, or encryption removed).

Re-encryption rewrites every stored file, attached or detached, under the new key (or in the clear).

The order keeps every step safe to interrupt: (1) `reseal_store` writes each file anew under its new name beside
the old one and points the attachments at the new names; (2) the caller saves the assessment; (3) the caller
calls `remove_replaced` to delete the old copies. A crash before (2) leaves the old assessment and its old files.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from hria_app.core.assessment import Answer, Assessment
from hria_app.core.crypto import EncryptionError, SealingKey
from hria_app.core.evidence_store import INCOMING_PREFIX, Cancellation, Cancelled, EvidenceError, EvidenceStore
from hria_app.core.sealed_files import Sealer


def reseal_store(
    assessment: Assessment, store: EvidenceStore, new_key: SealingKey | None, cancel: Cancellation | None = None
) -> list[str]:
    """Rewrite every stored file under `new_key` (None: in the clear) and update the attachments; return the old
    names to remove once the assessment is saved. `store` must be able to read the files as they are."""
    target = EvidenceStore(store.folder, new_key, store.keys, store.max_bytes)
    renamed: dict[str, str] = {}
    for old in sorted(store.stored_names()):
        try:
            renamed[old] = _rewrite(store, target, old, cancel)
        except EncryptionError:
            renamed[old] = old  # altered: left as it is, for verify to flag
    for criterion_id, answer in list(assessment.answers.items()):
        assessment.answers[criterion_id] = _renamed(answer, renamed)
    assessment.archive = tuple(replace(a, answer=_renamed(a.answer, renamed)) for a in assessment.archive)
    return [old for old, new in renamed.items() if old != new]


def remove_replaced(store: EvidenceStore, old_names: list[str]) -> None:
    for name in old_names:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(store.path_of(name))


def _rewrite(store: EvidenceStore, target: EvidenceStore, old: str, cancel: Cancellation | None) -> str:
    fd, tmp_name = tempfile.mkstemp(prefix=INCOMING_PREFIX, suffix=".tmp", dir=store.folder)
    tmp = Path(tmp_name)
    digest = hashlib.sha256()
    sealer = Sealer(target.seal_with) if target.seal_with is not None else None
    try:
        with os.fdopen(fd, "wb") as out, store.open_plain(old) as pieces:
            if sealer is not None:
                out.write(sealer.prefix)
            for piece in pieces:
                digest.update(piece)
                out.write(sealer.update(piece) if sealer is not None else piece)
                if cancel is not None and cancel.is_set():
                    raise Cancelled("re-encrypting the evidence was cancelled; the files are as they were")
            if sealer is not None:
                out.write(sealer.finish())
            out.flush()
            os.fsync(out.fileno())
        new = target.stored_name(digest.hexdigest())
        os.replace(tmp, store.folder / new)
        return new
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise EvidenceError(f"could not re-encrypt a stored file: {exc.strerror or exc}") from exc
        raise


def _renamed(answer: Answer, renamed: dict[str, str]) -> Answer:
    if not any(e.files for e in answer.evidence):
        return answer
    items = tuple(
        replace(e, files=tuple(replace(a, stored=renamed.get(a.stored, a.stored)) for a in e.files))
        for e in answer.evidence
    )
    return replace(answer, evidence=items)


def copy_store(store: EvidenceStore, folder: Path) -> EvidenceStore:
    """The store copied to `folder` (the evidence folder of the assessment saved under a new name), detached files
    included, each file hard-linked where the disk allows and copied otherwise. Files already there are kept."""
    target = EvidenceStore(folder, store.seal_with, store.keys, store.max_bytes)
    target.prepare_folder()
    for name in sorted(store.stored_names()):
        destination = folder / name
        if destination.exists():
            continue
        try:
            os.link(store.path_of(name), destination)
        except OSError:
            staged = folder / f"{INCOMING_PREFIX}{name[:8]}.tmp"
            try:
                shutil.copyfile(store.path_of(name), staged)
                os.replace(staged, destination)
            except OSError as exc:
                with contextlib.suppress(OSError):
                    staged.unlink()
                raise EvidenceError(f"could not copy the evidence to {folder.name}: {exc.strerror or exc}") from exc
    return target
