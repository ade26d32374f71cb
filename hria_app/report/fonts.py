"""The report's fonts: Noto Sans Thai (Thai and Latin in one face), registered once per process.

`TextMappedFont` is reportlab's TrueType font with one addition: a glyph can be drawn under a *virtual code
point* that stands for "this glyph, meaning this text". reportlab embeds fonts as subsets of 8-bit codes and
writes a ToUnicode map from each code to the character it was allocated for; a virtual code point lets the map
say what a shaped glyph really means (see `shaping.py`), so copying and searching the PDF give back the text
as written.
"""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.lib.rl_accel import instanceStringWidthTTF
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, ShapedStr, TTFont

from hria_app.core.paths import resource

REGULAR = "HriaNotoSansThai"
BOLD = "HriaNotoSansThai-Bold"
FONT_FILES = {REGULAR: "NotoSansThai-Regular.ttf", BOLD: "NotoSansThai-Bold.ttf"}

# Supplementary Private Use Area B: never in the font's cmap and never used by reportlab's own shaper (which
# allocates from U+E000). Virtual code points only live inside this process; the PDF holds glyph ids and text.
_VIRTUAL_BASE = 0x100000
_VIRTUAL_LIMIT = 0x10FFFD

_register_lock = threading.Lock()


class TextMappedFont(TTFont):  # type: ignore[misc]
    """A TrueType font whose ToUnicode map covers glyphs that stand for more, less or other text than their own
    character: shaped tone marks, tail-less consonants, decomposed vowels, and the box drawn for a missing one."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename, shapable=True)
        self._text_of: dict[int, str] = {}
        self._code_of: dict[tuple[int, str, float | None], int] = {}
        self._next_code = _VIRTUAL_BASE
        self._lock = threading.Lock()
        face = self.face
        # Characters drawn as themselves with their nominal advance, no shaping needed: everything the font
        # maps except Thai and combining marks. (Latin kerning is given up for speed, as reportlab does.)
        self.plain_chars = frozenset(
            chr(c) for c in face.charToGlyph if c < 0xE000 and not 0x0E00 <= c <= 0x0E7F and not _combining(c)
        )
        self.units_per_em = face.unitsPerEm

    def char_for(self, glyph: int, text: str, advance: float | None = None) -> str:
        """A character that draws `glyph`, extracts as `text` (empty when other glyphs carry the text) and, when
        `advance` is given, moves the pen by that much (thousandths of an em) instead of the glyph's own width."""
        natural = len(text) == 1 and ord(text) < _VIRTUAL_BASE and self.face.charToGlyph.get(ord(text)) == glyph
        if natural and (advance is None or advance == self.face.charWidths[ord(text)]):
            return text
        key = (glyph, text, advance)
        code = self._code_of.get(key)
        if code is None:
            with self._lock:
                code = self._code_of.get(key)
                if code is None:
                    code = self._allocate(key)
        return chr(code)

    def _allocate(self, key: tuple[int, str, float | None]) -> int:
        if self._next_code > _VIRTUAL_LIMIT:
            raise OverflowError("too many distinct shaped glyphs for one font")
        glyph, text, advance = key
        code = self._next_code
        self._next_code += 1
        face = self.face
        face.charToGlyph[code] = glyph
        if advance is None:
            metrics = face.hmetrics[min(glyph, len(face.hmetrics) - 1)]
            advance = metrics[0] * 1000.0 / face.unitsPerEm
        face.charWidths[code] = advance
        self._text_of[code] = text
        self._code_of[key] = code
        return code

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        # reportlab measures shaped text by nominal advances; the shaper's advances are what is drawn.
        if text.__class__ is not ShapedStr:
            return instanceStringWidthTTF(self, text, size, encoding)  # type: ignore[no-any-return]
        # The same shaped word is measured again and again (line breaking, justification, each size): its
        # width in thousandths of the size is kept on the string itself.
        total: float | None = text.__dict__.get("_width_units")
        if total is None:
            widths = self.face.charWidths
            default = self.face.defaultWidth
            total = 0.0
            shape_data = text.__shapeData__  # type: ignore[attr-defined]
            for char, item in zip(text, shape_data, strict=True):
                total += item.x_advance if item.cluster != 0x7FFFFFFF else widths.get(ord(char), default)
            text._width_units = total  # type: ignore[attr-defined]
        return total * size / 1000.0

    def to_unicode(self, code: int) -> str:
        """The text a character of a subset stands for."""
        return self._text_of.get(code, chr(code)) if code >= _VIRTUAL_BASE else chr(code)

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:
        # As TTFont.addObjects, but with a ToUnicode map that knows the virtual code points.
        state = self._assignState(doc)
        state.frozen = 1
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            base_font_name = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = f"Font {self.fontName} subset {n}"
            pdf_font.Name = internal_name
            pdf_font.BaseFont = base_font_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = pdfdoc.PDFArray([self.face.getCharWidth(code) for code in subset])
            cmap = pdfdoc.PDFStream()
            cmap.content = to_unicode_cmap(base_font_name, [self.to_unicode(code) for code in subset])
            if doc.compression:
                cmap.filters = [pdfdoc.PDFZCompress]
            pdf_font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base_font_name)
            pdf_font.FontDescriptor = self.face.addSubsetObjects(doc, base_font_name, subset)
            doc.Reference(pdf_font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font
        del self.state[doc]


def _combining(code: int) -> bool:
    return unicodedata.category(chr(code)).startswith("M")


def to_unicode_cmap(name: str, texts: list[str]) -> str:
    """A ToUnicode CMap from one-byte codes to text of any length, empty included (PDF 32000-1, 9.10.3)."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(texts) - 1:02X}>",
        "endcodespacerange",
    ]
    # At most 100 entries per bfchar block, as the CMap format requires.
    for start in range(0, len(texts), 100):
        chunk = texts[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines.extend(f"<{start + i:02X}> <{_utf16_hex(text)}>" for i, text in enumerate(chunk))
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be", "surrogatepass").hex().upper()


def font_dir() -> Path:
    return resource("fonts")


def register_fonts() -> None:
    """Register the report's fonts with reportlab, once per process."""
    with _register_lock:
        if REGULAR in pdfmetrics.getRegisteredFontNames():
            return
        for name, file_name in FONT_FILES.items():
            pdfmetrics.registerFont(TextMappedFont(name, str(font_dir() / file_name)))
        # No italic face: emphasis is carried by weight and colour.
        for bold, italic in ((0, 0), (0, 1), (1, 0), (1, 1)):
            addMapping(REGULAR, bold, italic, BOLD if bold else REGULAR)


def mapped_font(name: str) -> TextMappedFont:
    font = pdfmetrics.getFont(name)
    if not isinstance(font, TextMappedFont):
        raise TypeError(f"{name} is not one of the report's fonts")
    return font
