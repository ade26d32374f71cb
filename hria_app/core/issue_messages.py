"""Validation and file messages by language. Core stays free of Qt: a problem is a code and parameters, and the
GUI renders it in the interface language, as scoring reasons are rendered through `messages.render`.

Every message the app writes is made with `message(code, **params)` where it arises, so it can be rendered in any
language; the texts are in `issue_templates`. A parameter may itself be a message (the `what` of "expected
{what}, found {found}"), rendered in the same language. Parameters are plain values otherwise; a template applies
its own conversions (`{key!r}` quotes a key). The only English text matched by pattern is PyYAML's own (the
`problem` and `context` of a syntax error), which libyaml writes in English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from hria_app.core.issue_templates import TEMPLATES, YAML_PATTERNS, YAML_PHRASES

# The parameters that carry PyYAML's English: translated by its phrase table and patterns.
_YAML_PARAMS = frozenset({"problem", "context"})


@dataclass(frozen=True)
class Message:
    """A message as data: render it in any language with `text(lang)`; `str()` is the English."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)

    def text(self, lang: str = "en") -> str:
        return render(self.code, self.params, lang)

    def __str__(self) -> str:
        return self.text("en")


def message(code: str, **params: object) -> Message:
    if code not in TEMPLATES["en"]:
        raise KeyError(f"no message with code {code!r}")
    return Message(code, params)


def codes() -> tuple[str, ...]:
    return tuple(TEMPLATES["en"])


def template(code: str, lang: str = "en") -> str:
    return TEMPLATES.get(lang, TEMPLATES["en"]).get(code) or TEMPLATES["en"][code]


def render(code: str, params: Mapping[str, object], lang: str = "en") -> str:
    values = {key: _localise(key, value, lang) for key, value in params.items()}
    return template(code, lang).format(**values)


def yaml_phrase(text: str, lang: str) -> str:
    """One of PyYAML's English complaints in `lang`, or the complaint itself when neither table knows it."""
    known = YAML_PHRASES.get(lang, {}).get(text)
    if known is not None:
        return known
    for pattern, translated in YAML_PATTERNS.get(lang, ()):
        found = pattern.match(text)
        if found:
            return translated.format(*found.groups())
    return text


def _localise(key: str, value: object, lang: str) -> object:
    if isinstance(value, Message):
        return value.text(lang)
    if isinstance(value, str) and key in _YAML_PARAMS:
        return yaml_phrase(value, lang)
    return value


def text_of(code: str, params: Mapping[str, object], english: str, lang: str) -> str:
    """What an issue or error says in `lang`: from its code; a message made without one is shown as written."""
    if lang == "en" or not code:
        return english
    return render(code, params, lang)


def warning_label(lang: str) -> str:
    return template("warning_label", lang)
