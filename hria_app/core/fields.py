"""Typed reading of YAML data that collects every problem instead of stopping at the first."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from hria_app.core.dates import date_problem
from hria_app.core.errors import Issue
from hria_app.core.issue_messages import Message, message
from hria_app.core.text import Text
from hria_app.core.yaml_source import PathKey, YamlDocument

LANG_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
MAX_TEXT = 100_000


def describe(value: Any) -> str:
    return str(describe_value(value))


def describe_value(value: Any) -> Message:
    """What a value was found to be, as a message in any language."""
    if value is None:
        return message("value_nothing")
    if isinstance(value, bool):
        return message("value_bool", value=str(value).lower())
    if isinstance(value, (int, float)):
        return message("value_number", value=value)
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:27] + "..."
        return message("value_text", value=shown)
    if isinstance(value, list):
        return message("value_list")
    return message("value_mapping")


_LANGUAGE_CODES_SEEN: set[str] = set()


def _is_language_code(lang: object) -> bool:
    if not isinstance(lang, str) or not LANG_CODE.match(lang):
        return False
    if len(_LANGUAGE_CODES_SEEN) < 64:
        _LANGUAGE_CODES_SEEN.add(lang)
    return True


class FieldReader:
    def __init__(self, doc: YamlDocument) -> None:
        self.doc = doc
        self.issues: list[Issue] = []

    def error(self, path: PathKey, problem: str | Message) -> None:
        self.issues.append(self.doc.issue(path, problem))

    def warn(self, path: PathKey, problem: str | Message) -> None:
        self.issues.append(self.doc.issue(path, problem, "warning"))

    @property
    def failed(self) -> bool:
        return any(issue.severity == "error" for issue in self.issues)

    def mapping(
        self,
        value: Any,
        path: PathKey,
        required: Collection[str] = (),
        optional: Collection[str] = (),
        what: Message | None = None,
    ) -> dict[Any, Any] | None:
        what = what or message("what_mapping")
        if not isinstance(value, dict):
            self.error(path, message("expected_found", what=what, found=describe_value(value)))
            return None
        allowed = [*required, *optional]
        for key in value:
            if key not in allowed:
                self.error((*path, key), message("unknown_field", key=key, expected=", ".join(allowed)))
        for key in required:
            if key not in value:
                self.error((*path, key), message("missing_field", key=key))
        return value

    def any_mapping(self, value: Any, path: PathKey, what: Message) -> dict[Any, Any] | None:
        if not isinstance(value, dict):
            self.error(path, message("expected_found", what=what, found=describe_value(value)))
            return None
        return value

    def sequence(self, value: Any, path: PathKey, what: Message | None = None, min_len: int = 0) -> list[Any] | None:
        what = what or message("what_list")
        if not isinstance(value, list):
            self.error(path, message("expected_found", what=what, found=describe_value(value)))
            return None
        if len(value) < min_len:
            self.error(path, message("too_few_item" if min_len == 1 else "too_few_items", what=what, count=min_len))
        return value

    def string(
        self,
        value: Any,
        path: PathKey,
        pattern: re.Pattern[str] | None = None,
        hint: Message | None = None,
        max_len: int = 2000,
    ) -> str | None:
        if not isinstance(value, str):
            code = "expected_text_quote" if isinstance(value, (bool, int, float)) else "expected_text"
            self.error(path, message(code, found=describe_value(value)))
            return None
        if len(value) > max_len:
            self.error(path, message("text_too_long", length=len(value), limit=max_len))
            return None
        if pattern is not None and not pattern.match(value):
            self.error(path, message("invalid_value", value=value, hint=hint or ""))
            return None
        return value

    def date(self, value: Any, path: PathKey) -> str:
        """An ISO date that exists on the calendar; "" when absent or wrong (the problem is recorded)."""
        if value in (None, ""):
            return ""
        text = self.string(value, path, max_len=40)
        if text is None:
            return ""
        problem = date_problem(text)
        if problem is not None:
            self.error(path, problem)
            return ""
        return text

    def integer(self, value: Any, path: PathKey, low: int | None = None, high: int | None = None) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(path, message("expected_whole_number", found=describe_value(value)))
            return None
        if (low is not None and value < low) or (high is not None and value > high):
            self.error(path, message("out_of_range", value=value, low=low, high=high))
            return None
        return value

    def number(self, value: Any, path: PathKey, low: float | None = None, high: float | None = None) -> float | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.error(path, message("expected_number", found=describe_value(value)))
            return None
        if (low is not None and value < low) or (high is not None and value > high):
            self.error(path, message("out_of_range", value=value, low=low, high=high))
            return None
        return float(value)

    def boolean(self, value: Any, path: PathKey) -> bool | None:
        if not isinstance(value, bool):
            self.error(path, message("expected_bool", found=describe_value(value)))
            return None
        return value

    def choice(self, value: Any, path: PathKey, options: Collection[str]) -> str | None:
        if not isinstance(value, str) or value not in options:
            self.error(path, message("expected_choice", options=", ".join(options), found=describe_value(value)))
            return None
        return value

    def text(self, value: Any, path: PathKey, required: bool = True, max_len: int = MAX_TEXT) -> Text | None:
        """A plain string (English) or a map language code -> string."""
        if value is None and not required:
            return Text()
        if isinstance(value, str):
            if required and not value.strip():
                self.error(path, message("text_empty"))
            if len(value) > max_len:
                self.error(path, message("text_too_long", length=len(value), limit=max_len))
                return None
            return Text.of(value)
        if isinstance(value, dict):
            out: dict[str, str] = {}
            written = False
            for lang, item in value.items():
                if lang not in _LANGUAGE_CODES_SEEN and not _is_language_code(lang):
                    self.error((*path, lang), message("not_language_code", lang=lang))
                    continue
                # The common case checked inline: a rubric has tens of thousands of these.
                if type(item) is not str or len(item) > max_len:
                    item = self.string(item, (*path, lang), max_len=max_len)
                if item:
                    out[lang] = item
                    written = written or not required or bool(item.strip())
            if required and not written:
                self.error(path, message("text_empty"))
            return Text.from_clean(out)
        quote = isinstance(value, (bool, int, float))
        code = "expected_text_or_map_quote" if quote else "expected_text_or_map"
        self.error(path, message(code, found=describe_value(value)))
        return None

    def text_list(self, value: Any, path: PathKey) -> tuple[Text, ...]:
        items = self.sequence(value, path, message("what_texts"))
        if items is None:
            return ()
        texts = (self.text(item, (*path, i)) for i, item in enumerate(items))
        return tuple(t for t in texts if t is not None)

    def id_list(self, value: Any, path: PathKey, known: Collection[str], what: Message) -> tuple[str, ...]:
        """`what`: the kind of item, such as message("item_red_flag")."""
        items = self.sequence(value, path, message("what_id_list", item=what))
        if items is None:
            return ()
        out = []
        for i, item in enumerate(items):
            if not isinstance(item, str):
                self.error((*path, i), message("expected_id", what=what, found=describe_value(item)))
            elif item not in known:
                listed = ", ".join(sorted(known)[:12]) or message("none_defined")
                self.error((*path, i), message("unknown_id", what=what, item=item, listed=listed))
            else:
                out.append(item)
        return tuple(out)
