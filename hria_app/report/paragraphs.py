"""Paragraphs whose text is shaped for the PDF and whose Thai breaks only between words.

`ShapedParagraph` parses its markup like any reportlab Paragraph, then turns the result into reportlab's own
"frag words" (the units its line breaker fills lines with) before layout:

- each Thai run is cut into dictionary words (`thai_words`); the pieces become words of their own, joined to the
  next without a space, so a line can end between them and nowhere else;
- each word's text is shaped (`shaping`), so the line breaker measures, and the canvas draws, the real glyphs.

reportlab lays out pre-built frag words as it does when it continues a paragraph on the next page, so line
filling, splitting across frames, links and styles all keep working. Paragraph styles keep `shaping=0`:
reportlab's shaper never runs, and its shaped text path draws what `shaping` prepared.

Everything a user typed goes through `markup()`, which escapes it: `<b>` typed in a note prints as "<b>".
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import _getFragWords

from hria_app.report.fonts import TextMappedFont
from hria_app.report.shaping import shape
from hria_app.report.thai_words import has_thai, split_words

# Control characters cannot be drawn and some break the markup parser; a soft hyphen would take reportlab's
# hyphenation path, which expects text it prepared itself. Lone surrogates cannot be encoded.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f\xad\ud800-\udfff]")


def clean(text: str) -> str:
    """User text made safe to lay out: unprintable characters dropped, line ends normalised."""
    return _UNPRINTABLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def markup(text: str) -> str:
    """Plain text as paragraph markup that prints it literally; line breaks are kept."""
    return escape(clean(text)).replace("\n", "<br/>").replace("\t", " ")


def attribute(value: str) -> str:
    """A value for a markup attribute, quoted."""
    return escape(clean(value), {'"': "&quot;"}).replace("\n", " ")


class ShapedParagraph(Paragraph):  # type: ignore[misc]
    def __init__(
        self,
        text: str | None,
        style: Any = None,
        bulletText: Any = None,
        frags: list[Any] | None = None,
        caseSensitive: int = 1,
        encoding: str = "utf8",
    ) -> None:
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
        # Freshly parsed text that needs shaping or Thai breaks gets its words prepared once (continuations made
        # by split() receive prepared words). Other text keeps reportlab's faster path for plain paragraphs.
        parsed: list[Any] = self.frags  # type: ignore[has-type]
        if frags is None and needs_preparation(parsed):
            self.frags = prepare_words(_getFragWords(parsed))


def needs_preparation(frags: list[Any]) -> bool:
    for frag in frags:
        text = getattr(frag, "text", "")
        if text:
            font = getFont(frag.fontName)
            if isinstance(font, TextMappedFont) and not font.plain_chars.issuperset(text):
                return True
    return False


def prepare_words(words: list[list[Any]]) -> list[list[Any]]:
    prepared: list[list[Any]] = []
    for word in words:
        prepared.extend(_prepare_word(word))
    return prepared


def _prepare_word(word: list[Any]) -> list[list[Any]]:
    pairs = word[1:]
    if not pairs or any(hasattr(style, "cbDefn") or not isinstance(text, str) for style, text in pairs):
        return [word]
    text = "".join(t for _, t in pairs)
    if not text:
        return [word]
    if not has_thai(text):
        shaped = [(style, shape(t, style.fontName)) for style, t in pairs]
        if all(s is t for (_, s), (_, t) in zip(shaped, pairs, strict=True)):
            return [word]  # nothing to shape: reportlab's own measurement stands
        return [_measured(word.__class__, shaped)]
    pieces = split_words(text)
    if len(pieces) == 1:
        return [_shaped_word(word.__class__, pairs)]
    groups = _cut(pairs, list(accumulate(len(p) for p in pieces)))
    # Pieces but the last are joined to the next without a space; the last keeps the word's own kind
    # (followed by a space or not).
    return [_shaped_word(list, g) for g in groups[:-1]] + [_shaped_word(word.__class__, groups[-1])]


def _cut(pairs: list[tuple[Any, str]], ends: list[int]) -> list[list[tuple[Any, str]]]:
    """Style/text pairs regrouped so that each group ends at the next of `ends` (character offsets)."""
    groups: list[list[tuple[Any, str]]] = [[] for _ in ends]
    piece = 0
    offset = 0
    for style, text in pairs:
        start = 0
        while start < len(text):
            stop = min(len(text), ends[piece] - offset)
            groups[piece].append((style, text[start:stop]))
            start = stop
            if offset + start == ends[piece] and piece < len(ends) - 1:
                piece += 1
        offset += len(text)
    return groups


def _shaped_word(kind: type, pairs: list[tuple[Any, str]]) -> list[Any]:
    return _measured(kind, [(style, shape(text, style.fontName)) for style, text in pairs])


def _measured(kind: type, pairs: list[tuple[Any, str]]) -> list[Any]:
    width = sum(stringWidth(text, style.fontName, style.fontSize) for style, text in pairs)
    return kind([width, *pairs])  # type: ignore[no-any-return]
