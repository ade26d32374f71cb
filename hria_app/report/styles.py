"""Every visual choice of the brief in one place: page geometry, colours, type sizes and paragraph styles."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from hria_app.core import level_colours
from hria_app.report.fonts import BOLD, REGULAR

PAGE_SIZE = A4
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM
PART_ROOM = FRAME_HEIGHT * 0.55  # a major part starts on a fresh page unless this much of the page is free

INK = colors.HexColor(level_colours.DARK_INK)
MUTED = colors.HexColor("#616e7c")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#cbd2d9")
PANEL = colors.HexColor("#f3f5f8")
RED_FLAG = colors.HexColor("#b3261e")
LINK = colors.HexColor("#1a5fb4")
CONFIDENTIAL = colors.HexColor("#b3261e")
PUBLIC = colors.HexColor("#2f6b3a")

BODY_SIZE = 9.5
LEADING = 1.5  # Thai stacks marks above and below the line: more leading than Latin alone needs


# Level colours and the ink on them follow core.level_colours, as the app's screens do; here they become
# reportlab colours.
def level_colour(colour: str, rank: int | None, max_rank: int) -> colors.Color:
    return colors.HexColor(level_colours.level_colour(colour, rank, max_rank))


def text_on(background: colors.Color) -> colors.Color:
    """Ink that reads on a coloured background (the higher WCAG contrast of dark ink and white)."""
    return colors.HexColor(level_colours.ink_on(hex_of(background)))


def tint(colour: colors.Color, amount: float) -> colors.Color:
    """`colour` mixed with white: 0 keeps it, 1 is white."""
    return colors.HexColor(level_colours.mix_with_white(hex_of(colour), amount))


def hex_of(colour: colors.Color) -> str:
    return "#" + str(colour.hexval())[2:]


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    kind: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_centre: ParagraphStyle
    badge: ParagraphStyle
    badge_small: ParagraphStyle
    banner: ParagraphStyle
    bullet: ParagraphStyle
    flag: ParagraphStyle
    quote: ParagraphStyle
    chart_label: ParagraphStyle


def _style(name: str, size: float = BODY_SIZE, font: str = REGULAR, **extra: object) -> ParagraphStyle:
    values: dict[str, object] = {
        "fontName": font,
        "fontSize": size,
        "leading": round(size * LEADING, 1),
        "textColor": INK,
        "alignment": TA_LEFT,
        "allowWidows": 0,
        "splitLongWords": 1,
    }
    values.update(extra)
    return ParagraphStyle(name, **values)


def make_styles() -> Styles:
    return Styles(
        body=_style("body", spaceAfter=4),
        small=_style("small", 8),
        muted=_style("muted", 8.5, textColor=MUTED),
        title=_style("title", 26, BOLD, leading=34, textColor=ACCENT, spaceAfter=6),
        subtitle=_style("subtitle", 13, leading=19, textColor=INK, spaceAfter=2),
        kind=_style("kind", 11, BOLD, textColor=MUTED, spaceAfter=10),
        h1=_style("h1", 17, BOLD, leading=24, textColor=ACCENT, spaceBefore=4, spaceAfter=8, keepWithNext=1),
        h2=_style("h2", 12.5, BOLD, leading=18, spaceBefore=12, spaceAfter=4, keepWithNext=1),
        h3=_style("h3", 10.5, BOLD, leading=15.5, spaceBefore=9, spaceAfter=2, keepWithNext=1),
        label=_style("label", 8, BOLD, textColor=MUTED, leading=12),
        cell=_style("cell", 8.5),
        cell_head=_style("cell_head", 8, BOLD, textColor=colors.white),
        cell_centre=_style("cell_centre", 8.5, alignment=TA_CENTER),
        badge=_style("badge", 16, BOLD, leading=23, alignment=TA_CENTER, textColor=colors.white),
        badge_small=_style("badge_small", 8.5, BOLD, alignment=TA_CENTER, textColor=colors.white),
        banner=_style("banner", 11, BOLD, leading=16, alignment=TA_CENTER, textColor=colors.white),
        bullet=_style("bullet", leftIndent=12, bulletIndent=2, spaceAfter=2),
        flag=_style("flag", BODY_SIZE, BOLD, textColor=RED_FLAG, spaceAfter=2),
        quote=_style("quote", leftIndent=10, textColor=MUTED, spaceAfter=3),
        chart_label=_style("chart_label", 7.5, leading=10),
    )
