"""Domain errors. Every problem a user can cause is reported as an Issue with a location."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from hria_app.core.issue_messages import Message, text_of, warning_label

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
    # The message as data (issue_messages): `message` is its English text; empty for a message without a code.
    code: str = ""
    params: Mapping[str, object] = field(default_factory=dict, hash=False)

    @classmethod
    def of(
        cls,
        file: str,
        message: str | Message,
        line: int = 0,
        column: int = 0,
        path: str = "",
        severity: Severity = "error",
    ) -> Issue:
        """An issue from an English message or a coded one."""
        if isinstance(message, Message):
            return cls(file, str(message), line, column, path, severity, message.code, dict(message.params))
        return cls(file, message, line, column, path, severity)

    def text(self, lang: str = "en") -> str:
        """The message alone, in `lang` (English when no translation is known)."""
        return text_of(self.code, self.params, self.message, lang)

    def describe(self, lang: str = "en") -> str:
        """As `str(issue)`, in `lang`: FILE:LINE:COLUMN: field: message."""
        label = "" if self.severity == "error" else warning_label(lang)
        located = f"{self.path}: " if self.path else ""
        return f"{self.where}: {label}{located}{self.text(lang)}"

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}:{self.column}" if self.line else self.file

    def __str__(self) -> str:
        return self.describe("en")


class HriaError(Exception):
    """Base of every error the app reports to a user as a message rather than a crash.

    Raised with a coded `Message` it can say itself in any language; with a plain string, in English only."""

    def __init__(self, what: str | Message = "") -> None:
        self.coded = what if isinstance(what, Message) else None
        super().__init__(str(what))

    def text(self, lang: str = "en") -> str:
        """The message in `lang` when it was raised with a code; else as raised."""
        return self.coded.text(lang) if self.coded is not None else str(self)

    def as_message(self) -> str | Message:
        """What to make an Issue of: the coded message when there is one."""
        return self.coded if self.coded is not None else str(self)


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
