"""Choosing what to show of a text in a given report language, without ever mixing languages silently.

A report is in English, in Thai, or in both ("en+th"). Every text becomes a `Shown`: one `Piece` per language
shown. In a single-language report a text missing that language is shown in the language it exists in, marked
`missing` so the renderer puts a visible "[translation missing]" beside it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from hria_app.core.dates import BUDDHIST_ERA_OFFSET, ENGLISH_MONTHS, THAI_MONTHS
from hria_app.core.text import Text
from hria_app.report.labels import label, value_label

REPORT_LANGUAGES = ("en", "th", "en+th")


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
    """A fixed value (a status, a reliability) as a Text in every language the brief speaks."""
    return Text({lang: value_label(value, lang) for lang in ("en", "th")})


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
    if lang == "th":
        return f"{date.day} {THAI_MONTHS[date.month - 1]} พ.ศ. {date.year + BUDDHIST_ERA_OFFSET}"
    return f"{date.day} {ENGLISH_MONTHS[date.month - 1]} {date.year}"


def format_iso_date(value: str, lang: str) -> str:
    """An ISO date from the file (YYYY-MM-DD) in the reader's calendar; anything else as written."""
    try:
        return format_date(dt.date.fromisoformat(value), lang)
    except ValueError:
        return value
