"""Checking that every attached file is still in the store, unchanged: read in pieces, hashed, compared.

Made to run off the main thread: `progress` is called as bytes are read and `cancel` is looked at between pieces,
so a window stays usable and can stop a long check. Each stored file is read once however many items refer to it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from hria_app.core.assessment import Assessment
from hria_app.core.crypto import EncryptionError, PassphraseRequired, WrongPassphraseError
from hria_app.core.errors import HriaError
from hria_app.core.evidence import Attachment
from hria_app.core.evidence_store import Cancellation, EvidenceStore

FileState = Literal["intact", "missing", "altered", "unreadable"]


@dataclass(frozen=True)
class AttachedFile:
    """An attachment and where it sits: criterion, item and file, counted from 0."""

    criterion_id: str
    item_index: int
    file_index: int
    attachment: Attachment


@dataclass(frozen=True)
class FileCheck:
    where: AttachedFile
    state: FileState
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.state == "intact"

    def describe(self) -> str:
        a = self.where.attachment
        item = f"{self.where.criterion_id}, evidence {self.where.item_index + 1}"
        return f"{item}: {a.name} ({a.short_hash}): {self.state}" + (f": {self.detail}" if self.detail else "")


@dataclass(frozen=True)
class VerifyProgress:
    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    current: str  # the name of the file being read


@dataclass(frozen=True)
class VerifyReport:
    checks: tuple[FileCheck, ...]  # one per attachment checked, in the rubric's order
    cancelled: bool = False  # stopped before the end: files not reached have no check

    @property
    def problems(self) -> tuple[FileCheck, ...]:
        return tuple(c for c in self.checks if not c.ok)

    @property
    def ok(self) -> bool:
        return not self.cancelled and not self.problems

    def for_criterion(self, criterion_id: str) -> tuple[FileCheck, ...]:
        return tuple(c for c in self.checks if c.where.criterion_id == criterion_id)


def attached_files(assessment: Assessment) -> list[AttachedFile]:
    found = []
    for criterion in assessment.rubric.criteria():
        for i, item in enumerate(assessment.answer(criterion.id).evidence):
            found += [AttachedFile(criterion.id, i, j, a) for j, a in enumerate(item.files)]
    return found


def verify_evidence(
    assessment: Assessment,
    store: EvidenceStore,
    progress: Callable[[VerifyProgress], None] | None = None,
    cancel: Cancellation | None = None,
) -> VerifyReport:
    files = attached_files(assessment)
    by_stored: dict[str, list[AttachedFile]] = {}
    for f in files:
        by_stored.setdefault(f.attachment.stored, []).append(f)
    total_bytes = sum(group[0].attachment.size for group in by_stored.values())
    results: dict[AttachedFile, FileCheck] = {}
    done_bytes = 0
    for done_files, (stored, group) in enumerate(by_stored.items()):
        name = group[0].attachment.name

        def report(read: int, name: str = name, done_files: int = done_files, base: int = done_bytes) -> None:
            if progress is not None:
                progress(VerifyProgress(done_files, len(by_stored), base + read, total_bytes, name))

        report(0)
        outcome = _hash_stored(store, stored, report, cancel)
        if outcome is None:
            return VerifyReport(tuple(results[f] for f in files if f in results), cancelled=True)
        for f in group:
            results[f] = _judge(f, outcome)
        done_bytes += group[0].attachment.size
    if progress is not None:
        progress(VerifyProgress(len(by_stored), len(by_stored), total_bytes, total_bytes, ""))
    return VerifyReport(tuple(results[f] for f in files))


def _judge(f: AttachedFile, outcome: tuple[FileState, str]) -> FileCheck:
    state, found = outcome
    if state != "intact":
        return FileCheck(f, state, found)
    if found != f.attachment.sha256:
        return FileCheck(f, "altered", f"its content has changed (SHA-256 now {found[:16]})")
    return FileCheck(f, "intact")


def _hash_stored(
    store: EvidenceStore, stored: str, report: Callable[[int], None], cancel: Cancellation | None
) -> tuple[FileState, str] | None:
    """("intact", sha256) when read through, or a state and why; None when cancelled."""
    digest = hashlib.sha256()
    read = 0
    try:
        with store.open_plain(stored) as pieces:
            for piece in pieces:
                digest.update(piece)
                read += len(piece)
                report(read)
                if cancel is not None and cancel.is_set():
                    return None
    except (WrongPassphraseError, PassphraseRequired):
        raise  # about the whole store, not this file
    except FileNotFoundError:
        return "missing", "the stored copy is gone from the evidence folder"
    except EncryptionError as exc:
        return "altered", str(exc)
    except HriaError as exc:
        return "unreadable", str(exc)
    except OSError as exc:
        return "unreadable", exc.strerror or str(exc)
    return "intact", digest.hexdigest()
