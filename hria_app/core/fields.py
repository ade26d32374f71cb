"""Typed reading of YAML data that collects every problem instead of stopping at the first."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from hria_app.core.errors import Issue
from hria_app.core.text import Text
from hria_app.core.yaml_source import PathKey, YamlDocument

LANG_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
MAX_TEXT = 100_000


def describe(value: Any) -> str:
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:27] + "..."
        return f"text ({shown!r})"
    if isinstance(value, list):
        return "a list"
    return "a mapping"


class FieldReader:
    def __init__(self, doc: YamlDocument) -> None:
        self.doc = doc
        self.issues: list[Issue] = []

    def error(self, path: PathKey, message: str) -> None:
        self.issues.append(self.doc.issue(path, message))

    def warn(self, path: PathKey, message: str) -> None:
        self.issues.append(self.doc.issue(path, message, "warning"))

    @property
    def failed(self) -> bool:
        return any(issue.severity == "error" for issue in self.issues)

    def mapping(
        self,
        value: Any,
        path: PathKey,
        required: Collection[str] = (),
        optional: Collection[str] = (),
        what: str = "a mapping",
    ) -> dict[Any, Any] | None:
        if not isinstance(value, dict):
            self.error(path, f"expected {what}, found {describe(value)}")
            return None
        allowed = [*required, *optional]
        for key in value:
            if key not in allowed:
                self.error((*path, key), f"unknown field {key!r}; expected one of: {', '.join(allowed)}")
        for key in required:
            if key not in value:
                self.error((*path, key), f"missing required field {key!r}")
        return value

    def any_mapping(self, value: Any, path: PathKey, what: str) -> dict[Any, Any] | None:
        if not isinstance(value, dict):
            self.error(path, f"expected {what}, found {describe(value)}")
            return None
        return value

    def sequence(self, value: Any, path: PathKey, what: str = "a list", min_len: int = 0) -> list[Any] | None:
        if not isinstance(value, list):
            self.error(path, f"expected {what}, found {describe(value)}")
            return None
        if len(value) < min_len:
            self.error(path, f"expected {what} with at least {min_len} item{'s' * (min_len != 1)}")
        return value

    def string(
        self,
        value: Any,
        path: PathKey,
        pattern: re.Pattern[str] | None = None,
        hint: str = "",
        max_len: int = 2000,
    ) -> str | None:
        if not isinstance(value, str):
            extra = " (put it in quotes)" if isinstance(value, (bool, int, float)) else ""
            self.error(path, f"expected text{extra}, found {describe(value)}")
            return None
        if len(value) > max_len:
            self.error(path, f"text is too long ({len(value)} characters; the limit is {max_len})")
            return None
        if pattern is not None and not pattern.match(value):
            self.error(path, f"{value!r} is not valid: {hint}")
            return None
        return value

    def integer(self, value: Any, path: PathKey, low: int | None = None, high: int | None = None) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(path, f"expected a whole number, found {describe(value)}")
            return None
        if (low is not None and value < low) or (high is not None and value > high):
            self.error(path, f"{value} is out of range: expected {low} to {high}")
            return None
        return value

    def number(self, value: Any, path: PathKey, low: float | None = None, high: float | None = None) -> float | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.error(path, f"expected a number, found {describe(value)}")
            return None
        if (low is not None and value < low) or (high is not None and value > high):
            self.error(path, f"{value} is out of range: expected {low} to {high}")
            return None
        return float(value)

    def boolean(self, value: Any, path: PathKey) -> bool | None:
        if not isinstance(value, bool):
            self.error(path, f"expected true or false, found {describe(value)}")
            return None
        return value

    def choice(self, value: Any, path: PathKey, options: Collection[str]) -> str | None:
        if not isinstance(value, str) or value not in options:
            self.error(path, f"expected one of {', '.join(options)}; found {describe(value)}")
            return None
        return value

    def text(self, value: Any, path: PathKey, required: bool = True, max_len: int = MAX_TEXT) -> Text | None:
        """A plain string (English) or a map language code -> string."""
        if value is None and not required:
            return Text()
        if isinstance(value, str):
            if required and not value.strip():
                self.error(path, "this text must not be empty")
            if len(value) > max_len:
                self.error(path, f"text is too long ({len(value)} characters; the limit is {max_len})")
                return None
            return Text.of(value)
        if isinstance(value, dict):
            out: dict[str, str] = {}
            for lang, item in value.items():
                if not isinstance(lang, str) or not LANG_CODE.match(lang):
                    self.error((*path, lang), f"{lang!r} is not a language code (such as en or th)")
                    continue
                checked = self.string(item, (*path, lang), max_len=max_len)
                if checked is not None:
                    out[lang] = checked
            if required and not any(v.strip() for v in out.values()):
                self.error(path, "this text must not be empty")
            return Text(out)
        hint = " (put it in quotes)" if isinstance(value, (bool, int, float)) else ""
        self.error(
            path,
            f"expected text{hint}, or a map of language to text (en: ..., th: ...), found {describe(value)}",
        )
        return None

    def text_list(self, value: Any, path: PathKey) -> tuple[Text, ...]:
        items = self.sequence(value, path, "a list of texts")
        if items is None:
            return ()
        texts = (self.text(item, (*path, i)) for i, item in enumerate(items))
        return tuple(t for t in texts if t is not None)

    def id_list(self, value: Any, path: PathKey, known: Collection[str], what: str) -> tuple[str, ...]:
        items = self.sequence(value, path, f"a list of {what} ids")
        if items is None:
            return ()
        out = []
        for i, item in enumerate(items):
            if not isinstance(item, str):
                self.error((*path, i), f"expected a {what} id, found {describe(item)}")
            elif item not in known:
                listed = ", ".join(sorted(known)[:12]) or "none are defined"
                self.error((*path, i), f"unknown {what} {item!r} (defined: {listed})")
            else:
                out.append(item)
        return tuple(out)
