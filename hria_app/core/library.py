"""The rubric library: bundled rubrics (read-only) and the user's own. An invalid rubric is listed, never fatal."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from hria_app.core.errors import Issue, LoadError
from hria_app.core.paths import bundled_rubric_dir, user_rubric_dir
from hria_app.core.rubric import Rubric
from hria_app.core.rubric_loader import check_rubric_file

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


class RubricLibrary:
    def __init__(self, bundled_dir: Path | None = None, user_dir: Path | None = None) -> None:
        self.bundled_dir = bundled_dir or bundled_rubric_dir()
        self.user_dir = user_dir or user_rubric_dir()
        self._entries: list[LibraryEntry] | None = None

    def entries(self, refresh: bool = False) -> list[LibraryEntry]:
        if self._entries is None or refresh:
            self._entries = [*self._scan(self.bundled_dir, "bundled"), *self._scan(self.user_dir, "user")]
        return self._entries

    def rubrics(self) -> list[Rubric]:
        return [e.rubric for e in self.entries() if e.rubric is not None]

    def find(self, rubric_id: str, version: str | None = None) -> Rubric | None:
        """The rubric with this id (and version, if given); a user's copy wins over a bundled one."""
        matches = [r for r in self.rubrics() if r.id == rubric_id and (version is None or r.version == version)]
        return matches[-1] if matches else None

    def resolve(self, id_or_path: str) -> Rubric:
        """A rubric by library id or by file path; LoadError if neither works."""
        path = Path(id_or_path)
        if path.suffix in RUBRIC_SUFFIXES or path.exists():
            rubric, issues = check_rubric_file(path)
            if rubric is None:
                raise LoadError(issues)
            return rubric
        found = self.find(id_or_path)
        if found is None:
            known = ", ".join(sorted({r.id for r in self.rubrics()})) or "none"
            raise LoadError([Issue(id_or_path, f"no rubric with this id in the library (available: {known})")])
        return found

    @staticmethod
    def _scan(folder: Path, origin: Origin) -> list[LibraryEntry]:
        if not folder.is_dir():
            return []
        entries = []
        for path in sorted(p for p in folder.iterdir() if p.suffix in RUBRIC_SUFFIXES and p.is_file()):
            rubric, issues = check_rubric_file(path)
            entries.append(LibraryEntry(path, origin, rubric, tuple(issues)))
        return entries
