"""Choosing what to show of a text in a given report language, without ever mixing languages silently.

A report is in English, in Thai, or in both ("en+th"). Every text becomes a `Shown`: one `Piece` per language
shown. In a single-language report a text missing that language is shown in the language it exists in, marked
`missing` so the renderer puts a visible "[translation missing]" beside it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from hria_app.core.dates import iso_to_date, long_date
from hria_app.core.messages import STATUS_NAMES
from hria_app.core.text import LANGUAGES, REPORT_LANGUAGES, Text
from hria_app.report.labels import label, value_label

__all__ = ["REPORT_LANGUAGES"]  # where the brief's callers have always found it; defined in core.text


@dataclass(frozen=True)
class Piece:
    text: str
    lang: str
    missing: bool = False  # shown in place of the report language's version, which does not exist


Shown = tuple[Piece, ...]


def languages_of(lang: str) -> tuple[str, ...]:
    if lang not in REPORT_LANGUAGES:
        raise ValueError(f"unknown report language {lang!r}; expected one of {', '.join(REPORT_LANGUAGES)}")
    return tuple(lang.split("+"))


def show(text: Text, langs: tuple[str, ...]) -> Shown:
    """The versions of `text` a report in `langs` shows."""
    if not text:
        return ()
    present = [Piece(text.get(lang, fallback=False), lang) for lang in langs if text.has(lang)]
    if len(present) == len(langs):
        if len(present) == 2 and present[0].text == present[1].text:
            return (present[0],)
        return tuple(present)
    if present:  # a bilingual brief, and the text exists in one of its languages only: say so
        return (Piece(present[0].text, present[0].lang, missing=True),)
    other = text.languages[0]
    return (Piece(text.get(other, fallback=False), other, missing=True),)


def show_plain(value: str, langs: tuple[str, ...]) -> Shown:
    """A value that is the same in every language: a date, an identifier, a URL."""
    return (Piece(value, langs[0]),) if value else ()


def show_label(key: str, langs: tuple[str, ...], **params: object) -> Shown:
    """One of the brief's own labels; parameters that are Texts are resolved per language."""
    return tuple(Piece(label(key, lang, **_resolve(params, lang)), lang) for lang in langs)


def show_value(value: str, langs: tuple[str, ...]) -> Shown:
    return tuple(Piece(value_label(value, lang), lang) for lang in langs) if value else ()


def value_text(value: str) -> Text:
    """A fixed value (a confidence, a reliability) as a Text in every language the brief speaks."""
    return Text({lang: value_label(value, lang) for lang in LANGUAGES})


def status_text(status: str) -> Text:
    """A mitigation measure's status, named as the scoring reasons name it (core.messages)."""
    return Text({lang: STATUS_NAMES[lang].get(status, status) for lang in LANGUAGES})


def statuses_text(statuses: tuple[str, ...]) -> Text:
    """Measure statuses joined, as in "implemented / verified"."""
    return Text({lang: " / ".join(status_text(s).get(lang) for s in statuses) for lang in LANGUAGES})


def show_each(render: Callable[[str], str], langs: tuple[str, ...]) -> Shown:
    """A text the core renders per language, such as a scoring reason."""
    pieces = tuple(Piece(render(lang), lang) for lang in langs)
    if len(pieces) == 2 and pieces[0].text == pieces[1].text:
        return pieces[:1]
    return pieces


def plain(shown: Shown, separator: str = " / ") -> str:
    """A Shown as one line of plain text, for metadata and bookmarks."""
    return separator.join(piece.text for piece in shown)


def _resolve(params: dict[str, object], lang: str) -> dict[str, object]:
    return {key: (value.get(lang) if isinstance(value, Text) else value) for key, value in params.items()}


def format_date(date: dt.date, lang: str) -> str:
    """A date as readers of `lang` write it: Thai readers date by the Buddhist Era, and the brief says so."""
    return long_date(date, lang)


def format_iso_date(value: str, lang: str) -> str:
    """An ISO date from the file (YYYY-MM-DD) in the reader's calendar; anything else as written."""
    date = iso_to_date(value)
    return value if date is None else long_date(date, lang)
