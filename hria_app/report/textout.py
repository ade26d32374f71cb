"""Writing shaped text into the page stream, quickly.

reportlab's text object draws a ShapedStr glyph by glyph through a general path that costs several times more
than drawing plain text. Here the same operators are written with less work per glyph: runs of glyphs that need
no adjustment go out as one string, a glyph's offset becomes a number in the TJ array before it, and a vertical
offset a text rise (Ts) around it. Glyphs shaped by `shaping` carry their horizontal offset in their own width, so
most glyphs need no number after them. The pen ends where reportlab's own path would leave it. Everything else
goes through reportlab unchanged.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.textobject import PDFTextObject

from hria_app.report.fonts import TextMappedFont


class ShapedTextObject(PDFTextObject):  # type: ignore[misc]
    def _formatText(self, text: Any) -> str:
        if text.__class__ is not ShapedStr:
            return str(super()._formatText(text))
        font = getFont(self._fontname)
        if not isinstance(font, TextMappedFont):
            return str(super()._formatText(text))
        canvas = self._canvas
        document = canvas._doc
        escape = canvas._escape
        size = self._fontsize
        base_rise = self._rise
        rise = base_rise
        out: list[str] = []
        shape_data = text.__shapeData__
        start = 0
        for subset, codes in font.splitString(text, document):
            if subset != getattr(self, "_curSubset", None):
                out.append(
                    f"{font.getSubsetInternalName(subset, document)} {fp_str(size)} Tf {fp_str(self._leading)} TL"
                )
                self._curSubset = subset
            items: list[str] = []
            run = bytearray()
            for code, data in zip(codes, shape_data[start : start + len(codes)], strict=True):
                glyph_rise = base_rise + size * data.y_offset / 1000 if data.y_offset else base_rise
                if glyph_rise != rise:
                    _flush(items, run, escape, out)
                    out.append(f"{fp_str(glyph_rise)} Ts")
                    rise = glyph_rise
                before = -data.x_offset
                after = data.width - data.x_advance + data.x_offset
                if before:
                    _number(items, run, escape, before)
                run.append(code)
                if after:
                    _number(items, run, escape, after)
            start += len(codes)
            _flush(items, run, escape, out)
        if rise != base_rise:
            out.append(f"{fp_str(base_rise)} Ts")
        return " ".join(out)


def _number(items: list[str], run: bytearray, escape: Any, value: float) -> None:
    if run:
        items.append(f"({escape(bytes(run))})")
        run.clear()
    elif items and not items[-1].startswith("("):
        value += float(items.pop())  # two adjustments in a row: one number
        if not value:
            return
    items.append(_number_text(value))


def _number_text(value: float) -> str:
    whole = int(value)
    return str(whole) if whole == value else f"{value:.2f}".rstrip("0")


def _flush(items: list[str], run: bytearray, escape: Any, out: list[str]) -> None:
    if run:
        items.append(f"({escape(bytes(run))})")
        run.clear()
    if len(items) == 1 and items[0].startswith("("):
        out.append(f"{items[0]} Tj")
    elif items:
        out.append(f"[{' '.join(items)}] TJ")
    items.clear()
