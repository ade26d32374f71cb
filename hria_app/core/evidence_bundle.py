"""The evidence bundle: one zip file to hand to a lawyer, a court or a newsroom.

    brief.pdf / brief-public.pdf       the brief (rendered by the caller: the core draws no PDF)
    assessment/NAME.hria               the assessment file as it is on disk (full bundle only)
    evidence/CRITERION/NN-HASH-NAME    every attached file, as it was when attached
    evidence-index.json                what each file is: item, criterion, reliability, when and by whom added
    custody-log.json                   the custody log (full bundle only)
    README.txt                         how to check the bundle
    SHA256SUMS                         every other entry's SHA-256, checked by `sha256sum -c SHA256SUMS`

The public bundle holds only items not marked confidential, the public brief, and no assessment file: a .hria file
holds assessors' names, notes and confidential items, and a redacted copy could be mistaken for the real one.
Every file is hashed as it is copied from the store; one that no longer matches stops the bundle, which is written
to a temporary file and renamed only when complete.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hria_app.core.assessment import Assessment
from hria_app.core.errors import HriaError, SaveError
from hria_app.core.evidence_format import custody_data
from hria_app.core.evidence_store import Cancellation, Cancelled, EvidenceError, EvidenceStore
from hria_app.core.evidence_verify import AttachedFile, attached_files

SUMS = "SHA256SUMS"
MAX_NAME = 100
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")
README = """\
Evidence bundle of a human-rights impact assessment.

To check that no file changed since it was attached, unpack the bundle and run, in the folder it made:

    sha256sum -c SHA256SUMS

Each line must end in OK. evidence-index.json says what each file under evidence/ is, which criterion and
evidence item it belongs to, and its SHA-256 as recorded when it was attached.
"""


@dataclass(frozen=True)
class BundleSummary:
    path: Path
    files: int  # attached files in the bundle
    left_out: int  # attached to confidential items, left out of a public bundle


def safe_name(name: str, limit: int = MAX_NAME) -> str:
    """A name that is one harmless path component in any zip tool and in SHA256SUMS: no separators, no control
    characters, no leading dots; Thai and other letters kept; long names cut, keeping the extension."""
    cleaned = _UNSAFE.sub("_", unicodedata.normalize("NFC", name)).strip(" .")
    cleaned = cleaned.replace("..", "_") or "file"
    if len(cleaned) > limit:
        _stem, dot, ext = cleaned.rpartition(".")
        ext = ext if dot and 0 < len(ext) <= 10 else ""
        cleaned = cleaned[: limit - len(ext) - 1].rstrip(" .") + ("." + ext if ext else "")
    return cleaned


def write_bundle(
    out: Path,
    assessment: Assessment,
    store: EvidenceStore,
    brief_pdf: bytes,
    assessment_file: tuple[str, bytes] | None,
    public: bool,
    progress: Callable[[int, int], None] | None = None,
    cancel: Cancellation | None = None,
) -> BundleSummary:
    """Write the bundle to `out` atomically. `assessment_file` (name, bytes) is left out of a public bundle.

    Raises EvidenceError naming a missing or altered file, Cancelled, or SaveError; `out` is then untouched."""
    out = Path(out)
    everything = attached_files(assessment)
    chosen = [f for f in everything if not (public and _item(assessment, f).confidential)]
    total = sum(f.attachment.size for f in chosen)
    folder = out.parent if str(out.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise SaveError(f"cannot write to the folder {folder}: {exc.strerror or exc}") from exc
    tmp = Path(tmp_name)
    sums: list[tuple[str, str]] = []
    stamp = dt.datetime.now(dt.timezone.utc).timetuple()[:6]
    try:
        with os.fdopen(fd, "wb") as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as zf:

            def put(name: str, data: bytes) -> None:
                zf.writestr(_info(name, stamp), data)
                sums.append((hashlib.sha256(data).hexdigest(), name))

            put("brief-public.pdf" if public else "brief.pdf", brief_pdf)
            if assessment_file is not None and not public:
                put(f"assessment/{safe_name(assessment_file[0])}", assessment_file[1])
            index: list[dict[str, Any]] = []
            done = 0
            for f in chosen:
                name = _entry_name(f)

                def moved(read: int, base: int = done) -> None:
                    if progress is not None:
                        progress(base + read, total)

                _copy_entry(zf, _info(name, stamp, stored=True), store, f, moved, cancel)
                done += f.attachment.size
                sums.append((f.attachment.sha256, name))
                index.append(_index_entry(assessment, f, name, public))
            put("evidence-index.json", _json(index))
            if not public:
                put("custody-log.json", _json([custody_data(e) for e in assessment.custody]))
            put("README.txt", README.encode("utf-8"))
            zf.writestr(_info(SUMS, stamp), "".join(f"{sha}  {name}\n" for sha, name in sums).encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, out)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise SaveError(f"cannot write {out.name}: {exc.strerror or exc}") from exc
        raise
    return BundleSummary(out, len(chosen), len(everything) - len(chosen))


def _item(assessment: Assessment, f: AttachedFile) -> Any:
    return assessment.answer(f.criterion_id).evidence[f.item_index]


def _entry_name(f: AttachedFile) -> str:
    a = f.attachment
    return f"evidence/{safe_name(f.criterion_id, 40)}/{f.item_index + 1:02d}-{a.sha256[:12]}-{safe_name(a.name)}"


def _info(name: str, stamp: tuple[int, ...], stored: bool = False) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=stamp)  # type: ignore[arg-type]
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def _copy_entry(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    store: EvidenceStore,
    f: AttachedFile,
    progress: Callable[[int], None],
    cancel: Cancellation | None,
) -> None:
    a = f.attachment
    where = f"{f.criterion_id}, evidence {f.item_index + 1}: {a.name}"
    digest = hashlib.sha256()
    read = 0
    try:
        with store.open_plain(a.stored) as pieces, zf.open(info, "w", force_zip64=a.size > 2**31) as entry:
            for piece in pieces:
                digest.update(piece)
                entry.write(piece)
                read += len(piece)
                progress(read)
                if cancel is not None and cancel.is_set():
                    raise Cancelled("the bundle was cancelled; no file was written")
    except FileNotFoundError:
        raise EvidenceError(f"{where}: the stored copy is missing; the bundle was not written") from None
    except HriaError as exc:
        if isinstance(exc, Cancelled):
            raise
        raise EvidenceError(f"{where}: {exc}; the bundle was not written") from None
    if digest.hexdigest() != a.sha256:
        raise EvidenceError(f"{where}: the stored copy has changed since it was attached; the bundle was not written")


def _index_entry(assessment: Assessment, f: AttachedFile, name: str, public: bool) -> dict[str, Any]:
    item = _item(assessment, f)
    a = f.attachment
    entry: dict[str, Any] = {
        "path": name,
        "sha256": a.sha256,
        "size": a.size,
        "name": a.name,
        "media_type": a.media_type,
        "criterion": f.criterion_id,
        "item": f.item_index + 1,
        "title": item.title.to_data(),
        "reliability": item.reliability,
        "accessed": item.accessed,
    }
    if not public:  # who added a file is an assessor's name: never in a public bundle
        entry.update(confidential=item.confidential, added=a.added, added_by=a.added_by, was_link=a.was_link)
    return entry


def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
