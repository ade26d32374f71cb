"""Shaping text for the PDF so that it both looks right and extracts as the text that was written.

Thai needs shaping: tone marks must be swapped for smaller or shifted forms above upper vowels, consonants with
tails (ฐ, ญ) lose them above lower vowels, and marks are positioned from the font's anchors. HarfBuzz (uharfbuzz)
does this, and reportlab can draw its output: a `ShapedStr` holds one character per glyph plus the glyph's
advance and offsets, and reportlab's text object turns that into positioned glyphs.

What reportlab's own shaper gets wrong is the text layer. A PDF viewer learns what a glyph means from the font's
ToUnicode map, one entry per code; reportlab writes the code's own character there, and glyphs the shaper
substituted have no character (reportlab gives them private-use code points), so copying "ที่" yields "ที" and
"นำ" yields "นํา". The text is lost at the step that maps glyphs back to text, so that is where this module
fixes it:

1. Shape each word with HarfBuzz at cluster level MONOTONE_CHARACTERS, direction forced left-to-right so that
   glyphs stay in logical order (text in scripts the font lacks is drawn as boxes, but extracts in order).
2. Give each cluster's text (one or more characters, e.g. "้ำ" when sara am was split around a tone mark) to its
   first glyph with an advance; a cluster of marks only joins the spacing glyph before it ("ผู้" rides on ผ).
   Marks then stand for nothing, so no extractor can reorder them or see a gap where text should be: poppler
   rebuilds words from glyph boxes and drops empty ones, pypdf reads a jump to the right as a word space.
3. Draw each glyph under a character that means exactly that: its own character when glyph, text and width
   agree (the common case, so most of the map stays ordinary), else a virtual code point allocated by the font
   (`TextMappedFont.char_for`) whose ToUnicode entry is that text, possibly empty, and whose width is the
   glyph's advance minus its horizontal offset. The pen thus never jumps back to the right after a shifted
   mark; the offset itself is a small move before the glyph.

Extraction then concatenates, cluster by cluster, the characters as written, for pypdf, poppler and any reader
that honours ToUnicode. Words are shaped one by one (Thai words meet at break opportunities, see `thai_words`),
and results are cached by font and text, since the same words recur across a report.
"""

from __future__ import annotations

from functools import lru_cache

import uharfbuzz  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from hria_app.report.fonts import TextMappedFont, mapped_font

_FEATURES = {"kern": True, "liga": True}


def shape(text: str, font_name: str) -> str:
    """`text` ready to draw in the font: itself when it needs no shaping, else a ShapedStr of glyph characters.

    Positions are in thousandths of the font size, so one result serves every size."""
    font = pdfmetrics.getFont(font_name)
    if not text or not isinstance(font, TextMappedFont) or font.plain_chars.issuperset(text):
        return text
    shaped: str = _shape_cached(text, font_name)
    return shaped


def shaped_width(text: str, font_name: str, size: float) -> float:
    return float(mapped_font(font_name).stringWidth(shape(text, font_name), size))


@lru_cache(maxsize=50_000)
def _shape_cached(text: str, font_name: str) -> ShapedStr:
    font = mapped_font(font_name)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "ltr"
    uharfbuzz.shape(_harfbuzz_font(font_name), buffer, _FEATURES)
    infos = buffer.glyph_infos
    positions = buffer.glyph_positions
    meanings = _glyph_meanings(text, [info.cluster for info in infos], [p.x_advance for p in positions])
    scale = 1000.0 / font.units_per_em
    widths = font.face.charWidths
    chars: list[str] = []
    data: list[ShapeData] = []
    for info, position, meaning in zip(infos, positions, meanings, strict=True):
        x_advance = position.x_advance * scale
        x_offset = position.x_offset * scale
        # The glyph's PDF width absorbs its offset, so the pen never jumps back right after a shifted mark:
        # extractors read such a jump as a word gap and insert a space.
        pen_advance = x_advance - x_offset
        char = font.char_for(info.codepoint, meaning, pen_advance if pen_advance >= 0 else None)
        chars.append(char)
        data.append(
            ShapeData(
                info.cluster,
                x_advance,
                position.y_advance * scale,
                x_offset,
                position.y_offset * scale,
                widths[ord(char)],
            )
        )
    return ShapedStr("".join(chars), shapeData=data)


def _glyph_meanings(text: str, clusters: list[int], advances: list[int]) -> list[str]:
    """The text each glyph stands for; joined in glyph order they give `text` back.

    Text rides on spacing glyphs: a cluster's text goes to its first glyph with an advance, and a cluster made
    only of marks joins the spacing glyph before it. Text extractors that rebuild words from glyph positions
    (poppler) then never see a gap without text nor a mark out of place."""
    ends = _cluster_ends(clusters, len(text))
    meanings = [""] * len(clusters)
    last_spacing = -1
    i = 0
    while i < len(clusters):
        cluster = clusters[i]
        j = i
        while j < len(clusters) and clusters[j] == cluster:
            j += 1
        cluster_text = text[cluster : ends[cluster]]
        carrier = next((k for k in range(i, j) if advances[k]), -1)
        if carrier >= 0:
            meanings[carrier] = cluster_text
            last_spacing = max(k for k in range(i, j) if advances[k])
        elif last_spacing >= 0:
            meanings[last_spacing] += cluster_text
        else:
            meanings[i] = cluster_text
        i = j
    return meanings


def _cluster_ends(clusters: list[int], length: int) -> dict[int, int]:
    """Where each cluster's text ends: at the next cluster's start, or at the end of the text."""
    starts = sorted(set(clusters))
    return {start: end for start, end in zip(starts, [*starts[1:], length], strict=True)}


@lru_cache(maxsize=8)
def _harfbuzz_font(font_name: str) -> uharfbuzz.Font:
    font: TextMappedFont = mapped_font(font_name)
    face = uharfbuzz.Face(uharfbuzz.Blob(font.face._ttf_data))
    return uharfbuzz.Font(face)  # default scale: font units, converted above
