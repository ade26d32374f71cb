"""Assessments with attached files, saved beside their evidence store, for the evidence tests."""

from __future__ import annotations

from pathlib import Path

from hria_app.core import custody
from hria_app.core.assessment import Assessment, Context
from hria_app.core.assessment_file import save_assessment
from hria_app.core.crypto import KdfParams, SealingKey
from hria_app.core.evidence_store import EvidenceStore, store_folder
from hria_app.core.text import Text

FAST_KDF = KdfParams(n=2**10)
AT = "2026-12-03T10:00:00Z"
AUTHOR = "Author-Marker-Kanya"


def attach_files(
    assessment: Assessment,
    path: Path,
    criterion: str,
    files: dict[str, bytes],
    sources: Path,
    title: str = "",
    confidential: bool = False,
    key: SealingKey | None = None,
) -> int:
    """Write `files` (name -> content) under `sources`, attach them as one new item, and save the assessment."""
    store = EvidenceStore(store_folder(path), key)
    attached = []
    for name, content in files.items():
        (sources / name).write_bytes(content)
        attached.append(store.add_file(sources / name, AUTHOR, AT, custody.known_files(assessment)))
    index = custody.attach(
        assessment, criterion, attached, AUTHOR, AT, Text.of(title) if title else None, confidential, "probable"
    )
    save_assessment(path, assessment, backup=False, passphrase=key)
    return index


def with_context(assessment: Assessment, assessor: str) -> Assessment:
    assessment.set_context(Context(title=Text.of("Evidence test"), assessors=(assessor,)))
    return assessment
