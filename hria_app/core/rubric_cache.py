"""Checked rubrics kept between runs, keyed by the file's bytes: a rubric read once is not parsed again.

Parsing YAML is most of the cost of reading a rubric (libyaml's composer builds a Python object for every node),
so an entry keeps what parsing produced: the plain data, where each reported problem stood in the file, and a
summary for the library list. The rubric itself is built again from that data by the same builder, with every
check, so the cache saves the parse, never the validation.

Entries are msgpack, never pickle: reading one runs no code. An entry is not trusted: anything unreadable, of the
wrong shape, for other bytes or another app version, or whose data does not check out the same way, is ignored
and replaced by a fresh one. Entries are checked for damage and for data no YAML file could give, not for who
wrote them: whoever can write the user's cache folder can as well write the rubric folder beside it.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeGuard

import msgpack

from hria_app import __version__
from hria_app.core.errors import Issue, LoadError
from hria_app.core.paths import user_cache_dir
from hria_app.core.rubric import Rubric
from hria_app.core.rubric_loader import MAX_RUBRIC_BYTES, check_rubric_document, fingerprint
from hria_app.core.text import Text
from hria_app.core.yaml_source import Mark, PathKey, YamlDocument, decode_text, format_path, parse_yaml, read_bytes

log = logging.getLogger(__name__)

ENTRY_KIND = "hria-rubric"
ENTRY_FORMAT = 2  # 2: the summary keeps the description and the languages
SUFFIX = ".msgpack"
_MAX_ENTRY_BYTES = 4 * MAX_RUBRIC_BYTES


@dataclass(frozen=True)
class RubricSummary:
    """What the library list shows of a rubric file, without the rubric."""

    id: str
    version: str
    title: Text
    criterion_count: int
    valid: bool
    first_error: str
    description: Text = field(default_factory=Text)
    languages: tuple[str, ...] = ()


def check_rubric_file_cached(path: Path, folder: Path | None = None) -> tuple[Rubric | None, list[Issue]]:
    """As rubric_loader.check_rubric_file, the same result, parsing the YAML only if no good entry exists."""
    return _check(path, folder or user_cache_dir())[:2]


def summarise_rubric_file(path: Path, folder: Path | None = None) -> RubricSummary:
    """The file's summary from its cache entry (reading only the entry's small header), else by checking the
    file in full, which leaves an entry for next time."""
    folder = folder or user_cache_dir()
    try:
        raw = read_bytes(path, MAX_RUBRIC_BYTES)
    except LoadError as exc:
        return _summary(None, None, exc.issues)
    header = _read_entry(_entry_path(folder, raw), raw, header_only=True)
    if header is not None:
        return header[0]
    return _check(path, folder, raw)[2]


def _entry_path(folder: Path, raw: bytes) -> Path:
    return folder / f"{hashlib.sha256(raw).hexdigest()}{SUFFIX}"


def _check(path: Path, folder: Path, raw: bytes | None = None) -> tuple[Rubric | None, list[Issue], RubricSummary]:
    name = str(path)
    try:
        raw = read_bytes(path, MAX_RUBRIC_BYTES) if raw is None else raw
    except LoadError as exc:
        return None, exc.issues + exc.warnings, _summary(None, None, exc.issues)
    entry = _entry_path(folder, raw)
    cached = _from_entry(entry, raw, name)
    if cached is not None:
        return cached
    try:
        doc = parse_yaml(decode_text(raw, name), name)
    except LoadError as exc:
        # Unreadable YAML fails fast and says where; there is nothing worth keeping.
        return None, exc.issues + exc.warnings, _summary(None, None, exc.issues)
    rubric, issues = check_rubric_document(doc)
    summary = _summary(doc.data, rubric, issues)
    _write_entry(entry, raw, doc.data, issues, summary)
    return rubric, issues, summary


@dataclass
class _CachedDocument(YamlDocument):
    """The data of an entry, located by the marks the entry kept for the problems found in it."""

    marks: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    unplaced: bool = False

    def mark(self, path: PathKey) -> Mark:
        where = self.marks.get(format_path(path))
        if where is None:
            # A problem the first check did not report: the entry does not match its data.
            self.unplaced = True
            return Mark(1, 1)
        return Mark(*where)


def _from_entry(entry: Path, raw: bytes, name: str) -> tuple[Rubric | None, list[Issue], RubricSummary] | None:
    found = _read_entry(entry, raw, header_only=False)
    if found is None:
        return None
    summary, marks, data = found
    try:
        # Plain data only, as the YAML reader gives it: no bytes, no extension types, no NaN or infinity.
        plain = fingerprint(data, plain_only=True)
        doc = _CachedDocument(name, data, None, marks)
        rubric, issues = check_rubric_document(doc, plain)
    except Exception:  # whatever a damaged entry makes go wrong, the file is read instead
        log.info("ignoring a rubric cache entry whose data does not check: %s", entry.name)
        return None
    if doc.unplaced or (rubric is not None) != summary.valid or _first_error(issues) != summary.first_error:
        log.info("ignoring a rubric cache entry that does not match its data: %s", entry.name)
        return None
    return rubric, issues, summary


def _read_entry(
    entry: Path, raw: bytes, header_only: bool
) -> tuple[RubricSummary, dict[str, tuple[int, int]], Any] | None:
    """The entry's summary, marks and (unless header_only) data; None for a missing, foreign or damaged one."""
    try:
        with entry.open("rb") as handle:
            unpacker = msgpack.Unpacker(handle, strict_map_key=False, max_buffer_size=_MAX_ENTRY_BYTES)
            header = next(unpacker)
            parsed = _parse_header(header, hashlib.sha256(raw).hexdigest())
            if parsed is None:
                log.info("ignoring a rubric cache entry for other content or another version: %s", entry.name)
                return None
            data = None if header_only else next(unpacker)
    except FileNotFoundError:
        return None
    except Exception:  # truncated, garbage or unreadable: the file is read instead
        log.info("ignoring an unreadable rubric cache entry: %s", entry.name)
        return None
    return (*parsed, data)


def _parse_header(header: Any, digest: str) -> tuple[RubricSummary, dict[str, tuple[int, int]]] | None:
    if not isinstance(header, dict):
        return None
    if (header.get("kind"), header.get("format"), header.get("app"), header.get("sha256")) != (
        ENTRY_KIND,
        ENTRY_FORMAT,
        __version__,
        digest,
    ):
        return None
    s, marks = header.get("summary"), header.get("marks")
    if not isinstance(s, dict) or not isinstance(marks, dict):
        return None
    texts = (s.get("id"), s.get("version"), s.get("first_error"))
    title, count, valid = s.get("title"), s.get("criteria"), s.get("valid")
    description, languages = s.get("description"), s.get("languages")
    if not all(isinstance(t, str) for t in texts) or type(count) is not int or type(valid) is not bool:
        return None
    if not (_is_text(title) and _is_text(description)):
        return None
    if not isinstance(languages, list) or not all(isinstance(code, str) for code in languages):
        return None
    located: dict[str, tuple[int, int]] = {}
    for key, where in marks.items():
        if not (isinstance(key, str) and isinstance(where, list) and len(where) == 2):
            return None
        if not all(type(n) is int and n >= 1 for n in where):
            return None
        located[key] = (where[0], where[1])
    summary = RubricSummary(
        texts[0],  # type: ignore[arg-type]
        texts[1],  # type: ignore[arg-type]
        Text(title),
        count,
        valid,
        texts[2],  # type: ignore[arg-type]
        Text(description),
        tuple(languages),
    )
    return summary, located


def _is_text(value: Any) -> TypeGuard[dict[str, str]]:
    return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())


def _first_error(issues: list[Issue]) -> str:
    return next((str(i) for i in issues if i.severity == "error"), "")


def _summary(data: Any, rubric: Rubric | None, issues: list[Issue]) -> RubricSummary:
    if rubric is not None:
        return RubricSummary(
            rubric.id,
            rubric.version,
            rubric.title,
            rubric.criterion_count,
            True,
            "",
            rubric.description,
            tuple(rubric.languages),
        )
    declared = data if isinstance(data, dict) else {}
    rubric_id, version = declared.get("id"), declared.get("version")
    return RubricSummary(
        rubric_id if isinstance(rubric_id, str) else "",
        version if isinstance(version, str) else "",
        Text(),
        0,
        False,
        _first_error(issues),
    )


def _write_entry(entry: Path, raw: bytes, data: Any, issues: list[Issue], summary: RubricSummary) -> None:
    header = {
        "kind": ENTRY_KIND,
        "format": ENTRY_FORMAT,
        "app": __version__,
        "sha256": hashlib.sha256(raw).hexdigest(),
        "summary": {
            "id": summary.id,
            "version": summary.version,
            "title": dict(summary.title.by_lang),
            "criteria": summary.criterion_count,
            "valid": summary.valid,
            "first_error": summary.first_error,
            "description": dict(summary.description.by_lang),
            "languages": list(summary.languages),
        },
        "marks": {i.path: [i.line, i.column] for i in issues if i.line >= 1 and i.column >= 1},
    }
    try:
        packed = msgpack.packb(header, use_bin_type=True) + msgpack.packb(data, use_bin_type=True)
        entry.parent.mkdir(parents=True, exist_ok=True)
        # Written whole under a temporary name, then renamed: a reader sees the old entry, the new one or none.
        fd, temporary = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=entry.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(packed)
        os.replace(temporary, entry)
    except (OSError, ValueError, TypeError) as exc:
        # No cache is only slower: a read-only or full disk must not stop the user opening a rubric.
        log.info("could not keep a rubric cache entry in %s: %s", entry.parent, exc)
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(temporary)
