"""Domain errors. Every problem a user can cause is reported as an Issue with a location."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Issue:
    """One problem found in a file, located as precisely as the file allows."""

    file: str
    message: str
    line: int = 0
    column: int = 0
    path: str = ""
    severity: Severity = "error"

    def __str__(self) -> str:
        where = self.file
        if self.line:
            where += f":{self.line}:{self.column}"
        label = "" if self.severity == "error" else "warning: "
        field = f"{self.path}: " if self.path else ""
        return f"{where}: {label}{field}{self.message}"


class HriaError(Exception):
    """Base of every error the app reports to a user as a message rather than a crash."""


class LoadError(HriaError):
    """A file could not be read or is not valid. Carries every problem found, not just the first."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = [i for i in issues if i.severity == "error"] or list(issues)
        self.warnings = [i for i in issues if i.severity == "warning"]
        super().__init__("\n".join(str(i) for i in self.issues))


class SaveError(HriaError):
    """Writing a file failed; the previous version of the file is untouched."""


class UnsupportedVersionError(LoadError):
    """The file was written by a newer version of the app."""
