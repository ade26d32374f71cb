"""Turning shown text into paragraphs and canvas strings: escaped, shaped, marked where a translation is missing."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from hria_app.report.labels import label
from hria_app.report.localise import Shown
from hria_app.report.paragraphs import ShapedParagraph, clean, markup
from hria_app.report.shaping import shape, shaped_width
from hria_app.report.styles import MUTED, RED_FLAG, hex_of

_BLANK_LINE = re.compile(r"\n\s*\n")
ELLIPSIS = "…"


def missing_marker(langs: tuple[str, ...]) -> str:
    text = " / ".join(label("translation_missing", lang) for lang in langs)
    return f' <font color="{hex_of(MUTED)}" size="-1">{markup(text)}</font>'


def confidential_tag(langs: tuple[str, ...]) -> str:
    """The mark a full brief puts on what the public brief leaves out."""
    text = " / ".join(label("confidential", lang) for lang in langs)
    return f' <font color="{hex_of(RED_FLAG)}" size="-1"><b>[{markup(text)}]</b></font>'


def inline(shown: Shown, langs: tuple[str, ...], separator: str = " / ") -> str:
    """All versions on one line, as markup."""
    return separator.join(markup(p.text) + (missing_marker(langs) if p.missing else "") for p in shown)


def paragraphs(shown: Shown, style: ParagraphStyle, langs: tuple[str, ...], prefix: str = "") -> list[Flowable]:
    """Each version as its own paragraphs, split at blank lines so that long text flows across pages; a second
    version (in a bilingual brief) follows in grey. `prefix` is markup put before the first paragraph."""
    flowables: list[Flowable] = []
    for index, piece in enumerate(shown):
        blocks = [b for b in _BLANK_LINE.split(clean(piece.text)) if b.strip()] or [""]
        for number, block in enumerate(blocks):
            body = markup(block)
            if index:
                body = f'<font color="{hex_of(MUTED)}">{body}</font>'
            if number == 0 and index == 0 and prefix:
                body = prefix + body
            if number == len(blocks) - 1 and piece.missing:
                body += missing_marker(langs)
            flowables.append(ShapedParagraph(body, style))
    return flowables


def para(body: str, style: ParagraphStyle) -> ShapedParagraph:
    return ShapedParagraph(body, style)


@lru_cache(maxsize=1024)
def fit(text: str, font: str, size: float, width: float) -> str:
    """`text`, cut with an ellipsis if needed to fit `width`; never between a letter and its marks."""
    # No glyph is narrower than a fifth of the font size: anything beyond that many characters cannot show.
    text = clean(text[: int(width / (size * 0.2)) + 2]).replace("\n", " ")
    if shaped_width(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if shaped_width(text[:middle] + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    cut = low
    while 0 < cut < len(text) and _joins_previous(text[cut]):
        cut -= 1
    return text[:cut].rstrip() + ELLIPSIS


def _joins_previous(char: str) -> bool:
    return unicodedata.category(char).startswith("M") or char == "\u0e33"


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float, anchor: str = "start") -> float:
    """Draw shaped text at a baseline point; returns its width. `anchor`: start, middle or end."""
    shaped = shape(clean(text).replace("\n", " "), font)
    canvas.setFont(font, size)
    width = float(canvas.stringWidth(shaped, font, size))
    if anchor == "middle":
        x -= width / 2
    elif anchor == "end":
        x -= width
    canvas.drawString(x, y, shaped)
    return width
