"""The rubric library: bundled rubrics (read-only) and the user's own. An invalid rubric is listed, never fatal."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from hria_app.core.errors import Issue, LoadError
from hria_app.core.issue_messages import message
from hria_app.core.paths import bundled_rubric_dir, user_rubric_dir
from hria_app.core.rubric import Rubric
from hria_app.core.rubric_cache import RubricSummary, check_rubric_file_cached, summarise_rubric_file

Origin = Literal["bundled", "user"]
RUBRIC_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class LibraryEntry:
    path: Path
    origin: Origin
    rubric: Rubric | None
    issues: tuple[Issue, ...]

    @property
    def valid(self) -> bool:
        return self.rubric is not None

    @property
    def first_error(self) -> str:
        errors = [i for i in self.issues if i.severity == "error"]
        return str(errors[0]) if errors else ""


@dataclass(frozen=True)
class LibraryListing:
    """A rubric file as the library list shows it."""

    path: Path
    origin: Origin
    summary: RubricSummary

    @property
    def valid(self) -> bool:
        return self.summary.valid

    @property
    def first_error(self) -> str:
        return self.summary.first_error


class RubricLibrary:
    def __init__(self, bundled_dir: Path | None = None, user_dir: Path | None = None) -> None:
        self.bundled_dir = bundled_dir or bundled_rubric_dir()
        self.user_dir = user_dir or user_rubric_dir()
        self._entries: list[LibraryEntry] | None = None

    def entries(self, refresh: bool = False) -> list[LibraryEntry]:
        if self._entries is None or refresh:
            self._entries = [*self._scan(self.bundled_dir, "bundled"), *self._scan(self.user_dir, "user")]
        return self._entries

    def listing(self) -> list[LibraryListing]:
        """Every rubric file with its id, version, title, size and first error, from the cache where it can:
        no rubric is built for a file already checked in this version of the app."""
        listed = []
        folders: tuple[tuple[Path, Origin], ...] = ((self.bundled_dir, "bundled"), (self.user_dir, "user"))
        for folder, origin in folders:
            listed += [LibraryListing(path, origin, summarise_rubric_file(path)) for path in self._files(folder)]
        return listed

    def rubrics(self) -> list[Rubric]:
        return [e.rubric for e in self.entries() if e.rubric is not None]

    def find(self, rubric_id: str, version: str | None = None) -> Rubric | None:
        """The rubric with this id (and version, if given); a user's copy wins over a bundled one."""
        matches = [r for r in self.rubrics() if r.id == rubric_id and (version is None or r.version == version)]
        return matches[-1] if matches else None

    def newer_versions(self, rubric_id: str, version: str) -> list[Rubric]:
        """Valid rubrics with this id and a higher version, reading in full only files that could be one."""
        mine = parse_version(version)
        if mine is None:
            return []
        if self._entries is not None:
            return [r for r in self.rubrics() if r.id == rubric_id and (parse_version(r.version) or mine) > mine]
        found = []
        for folder in (self.bundled_dir, self.user_dir):
            for path in self._files(folder):
                declared_id, declared_version = _declared(path)
                if declared_id not in (rubric_id, None):
                    continue
                if declared_version is not None and declared_version <= mine:
                    continue
                rubric, _ = check_rubric_file_cached(path)
                if rubric is not None and rubric.id == rubric_id and (parse_version(rubric.version) or mine) > mine:
                    found.append(rubric)
        return found

    def resolve(self, id_or_path: str) -> Rubric:
        """A rubric by library id or by file path; LoadError if neither works."""
        path = Path(id_or_path)
        if path.suffix in RUBRIC_SUFFIXES or path.exists():
            rubric, issues = check_rubric_file_cached(path)
            if rubric is None:
                raise LoadError(issues)
            return rubric
        found = self.find(id_or_path)
        if found is None:
            known = ", ".join(sorted({r.id for r in self.rubrics()})) or message("none_defined")
            raise LoadError([Issue.of(id_or_path, message("no_rubric_with_id", known=known))])
        return found

    @staticmethod
    def _files(folder: Path) -> list[Path]:
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.iterdir() if p.suffix in RUBRIC_SUFFIXES and p.is_file())

    @classmethod
    def _scan(cls, folder: Path, origin: Origin) -> list[LibraryEntry]:
        entries = []
        for path in cls._files(folder):
            rubric, issues = check_rubric_file_cached(path)
            entries.append(LibraryEntry(path, origin, rubric, tuple(issues)))
        return entries


_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
_TOP_LEVEL = re.compile(r"""^(id|version):[ \t]*["']?([A-Za-z0-9.-]+)["']?[ \t]*(?:#.*)?$""", re.MULTILINE)
_PEEK_BYTES = 4096


def parse_version(text: str) -> tuple[int, int, int] | None:
    match = _SEMVER.match(text.strip())
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


def _declared(path: Path) -> tuple[str | None, tuple[int, int, int] | None]:
    """The id and version a file declares near its top, without parsing it; None for what cannot be told so.

    Only a hint for skipping files that cannot match: anything not found this way is read in full."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_PEEK_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return None, None
    found: dict[str, str] = {}
    for match in _TOP_LEVEL.finditer(head):
        found.setdefault(match[1], match[2])
    version = found.get("version")
    return found.get("id"), parse_version(version) if version else None
