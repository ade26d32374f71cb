"""Small building blocks the brief's parts share: headings that feed the outline, badges, bullet lists, tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle

from hria_app.report.localise import Shown, plain
from hria_app.report.model import Fact, Rating
from hria_app.report.paragraphs import ShapedParagraph, markup
from hria_app.report.rich import inline, paragraphs
from hria_app.report.shaping import shaped_width
from hria_app.report.styles import ACCENT, PANEL, PART_ROOM, RULE, Styles, level_colour, text_on
from hria_app.report.thai_words import split_words


class Heading(ShapedParagraph):
    """A heading that adds itself to the PDF outline (bookmarks) when drawn."""

    def __init__(self, text: str, style: Any, outline_title: str = "", outline_level: int = 0) -> None:
        super().__init__(text, style)
        self.outline_title = outline_title
        self.outline_level = outline_level


def part_break() -> CondPageBreak:
    """A major part starts on a new page unless most of the current one is still free."""
    return CondPageBreak(PART_ROOM)


def heading(shown: Shown, style: Any, langs: tuple[str, ...], level: int | None = 0, prefix: str = "") -> Heading:
    title = (prefix + "  " if prefix else "") + plain(shown)
    body = (f"{markup(prefix)}&nbsp;&nbsp;" if prefix else "") + inline(shown, langs)
    return Heading(body, style, title if level is not None else "", level or 0)


def fact_table(
    facts: Sequence[Fact], styles: Styles, langs: tuple[str, ...], label_width: float, width: float
) -> Table:
    rows = []
    for fact in facts:
        value: list[Flowable] = paragraphs(fact.value, styles.cell, langs)
        if fact.detail:
            value += paragraphs(fact.detail, styles.muted, langs)
        rows.append([ShapedParagraph(inline(fact.label, langs), styles.label), value])
    table = Table(rows, colWidths=[label_width, width - label_width], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def level_badge(
    rating: Rating, caption: Shown, styles: Styles, langs: tuple[str, ...], width: float, detail: str = ""
) -> Table:
    colour = level_colour(rating.colour, rating.rank, rating.max_rank)
    ink = text_on(colour).hexval()[2:]
    rows = [
        [ShapedParagraph(f'<font color="#{ink}">{inline(caption, langs)}</font>', styles.badge_small)],
        [ShapedParagraph(f'<font color="#{ink}">{inline(rating.label, langs, "<br/>")}</font>', styles.badge)],
    ]
    if detail:
        rows.append([ShapedParagraph(f'<font color="#{ink}">{markup(detail)}</font>', styles.badge_small)])
    table = Table(rows, colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colour),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
                ("ROUNDEDCORNERS", [4, 4, 4, 4]),
            ]
        )
    )
    return table


def rating_cell(rating: Rating, styles: Styles, langs: tuple[str, ...], suffix: str = "") -> ShapedParagraph:
    ink = text_on(level_colour(rating.colour, rating.rank, rating.max_rank)).hexval()[2:]
    return ShapedParagraph(
        f'<font color="#{ink}"><b>{inline(rating.label, langs)}</b>{markup(suffix)}</font>', styles.cell_centre
    )


def rating_styles(cells: Sequence[tuple[int, int, Rating]]) -> list[tuple[Any, ...]]:
    """Table commands colouring each (column, row) cell by its rating."""
    return [("BACKGROUND", (col, row), (col, row), level_colour(r.colour, r.rank, r.max_rank)) for col, row, r in cells]


def header_width(shown: Shown, style: Any, padding: float = 12) -> float:
    """The width a header cell needs so that no word in it is cut."""
    widest = max(
        (
            shaped_width(piece, style.fontName, style.fontSize)
            for p in shown
            for word in p.text.split()
            for piece in split_words(word)
        ),
        default=0.0,
    )
    return widest + padding


def data_table(
    header: list[str],
    rows: list[list[Any]],
    widths: list[float],
    styles: Styles,
    extra: list[tuple[Any, ...]] | None = None,
) -> Table:
    head = [ShapedParagraph(text, styles.cell_head) for text in header]
    table = Table([head, *rows], colWidths=widths, repeatRows=1, splitInRow=1)
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PANEL]),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    table.setStyle(TableStyle(commands + (extra or [])))
    return table


def bullets(items: Sequence[str], styles: Styles, numbered: bool = False) -> list[Flowable]:
    return [
        ShapedParagraph(body, styles.bullet, bulletText=f"{i}." if numbered else "•") for i, body in enumerate(items, 1)
    ]


def panel(
    flowables: list[Flowable], width: float, colour: colors.Color = PANEL, edge: colors.Color | None = None
) -> Table:
    """Flowables in a shaded box; `edge` draws a coloured bar on its left."""
    table = Table([[flowables]], colWidths=[width])
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, -1), colour),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]
    if edge is not None:
        commands.append(("LINEBEFORE", (0, 0), (0, -1), 3, edge))
    table.setStyle(TableStyle(commands))
    return table
