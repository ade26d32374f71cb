"""The front of the brief: cover, executive summary, context, and results by right with their charts."""

from __future__ import annotations

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from hria_app.report.blocks import (
    bullets,
    data_table,
    fact_table,
    header_width,
    heading,
    level_badge,
    panel,
    rating_cell,
    rating_styles,
)
from hria_app.report.charts import HeatMapPanel, ShareBars
from hria_app.report.localise import Piece, Shown, plain, show_label
from hria_app.report.model import Report, RightRow
from hria_app.report.paragraphs import ShapedParagraph, markup
from hria_app.report.rich import confidential_tag, inline, paragraphs
from hria_app.report.styles import CONFIDENTIAL, FRAME_WIDTH, MUTED, PUBLIC, RED_FLAG, Styles, hex_of, tint

MAX_BAR_ROWS = 22


def cover(report: Report, styles: Styles) -> list[Flowable]:
    langs = report.langs
    c = report.cover
    banner = Table([[ShapedParagraph(inline(c.classification, langs), styles.banner)]], colWidths=[FRAME_WIDTH])
    banner.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), PUBLIC if c.public else CONFIDENTIAL),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    flowables: list[Flowable] = [banner, Spacer(1, 70)]
    flowables += [ShapedParagraph(inline(c.kind, langs), styles.kind)]
    flowables += paragraphs(c.title, styles.title, langs)
    overall = report.summary.overall
    badge = level_badge(overall, show_label("overall_level", langs), styles, langs, 230, overall.percent_shown)
    badge.hAlign = "LEFT"
    # How many criteria were answered sits beside the level: a level of three answers is not a finished verdict.
    answered = ShapedParagraph(inline(c.answered, langs, "<br/>"), styles.h3) if c.answered else Spacer(1, 1)
    level_row = Table([[badge, answered]], colWidths=[242, FRAME_WIDTH - 242])
    level_row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    level_row.hAlign = "LEFT"
    flowables += [Spacer(1, 18), level_row, Spacer(1, 30), fact_table(c.facts, styles, langs, 105, FRAME_WIDTH)]
    return [*flowables, NextPageTemplate("page"), PageBreak()]


def summary(report: Report, styles: Styles) -> list[Flowable]:
    langs = report.langs
    s = report.summary
    half = (FRAME_WIDTH - 12) / 2
    inherent = level_badge(
        s.overall, _caption("overall_level", "inherent", langs), styles, langs, half, s.overall.percent_shown
    )
    residual = level_badge(
        s.residual, _caption("overall_level", "residual", langs), styles, langs, half, s.residual.percent_shown
    )
    badges = Table([[inherent, residual]], colWidths=[half + 12, half])
    badges.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    out: list[Flowable] = [heading(show_label("executive_summary", langs), styles.h1, langs)]
    # Said first: that the result rests on unanswered criteria, and what sets the level (a level's description,
    # such as "red lines crossed", must not speak for a level that unknowns set).
    if s.incomplete:
        note = ShapedParagraph(inline(s.incomplete, langs), styles.flag)
        out.append(panel([note], FRAME_WIDTH, tint(CONFIDENTIAL, 0.9), CONFIDENTIAL))
        out.append(Spacer(1, 6))
    if s.driver:
        # A full stop in English; Thai ends a sentence with a space, not a mark.
        driver = tuple(Piece(p.text + ("" if p.lang == "th" else "."), p.lang, p.missing) for p in _sentence(s.driver))
        out.append(ShapedParagraph(f"<b>{inline(driver, langs)}</b>", styles.body))
    out.append(badges)
    out += [heading(show_label("why_level", langs), styles.h3, langs, None)]
    out += bullets([inline(_sentence(reason), langs) for reason in (*s.reasons, *s.residual_reasons)], styles)
    out += [heading(show_label("red_flags_raised", langs), styles.h3, langs, None)]
    if s.red_flags:
        lines = [
            ShapedParagraph(
                f"{markup(flag.flag)} — {inline(flag.title, langs)}"
                f' <font color="{hex_of(MUTED)}" size="-1">'
                f"({inline(show_label('red_flag_on', langs, criterion=flag.criterion), langs)}: "
                f"{inline(flag.criterion_title, langs)})</font>",
                styles.flag,
            )
            for flag in s.red_flags
        ]
        out.append(panel(lines, FRAME_WIDTH, tint(RED_FLAG, 0.92), RED_FLAG))
    else:
        out.append(ShapedParagraph(inline(show_label("no_red_flags", langs), langs), styles.body))
    if s.worst:
        out += [
            heading(show_label("worst_rights", langs), styles.h3, langs, None),
            _rights_table(s.worst, report, styles),
        ]
    if s.top_recommendations:
        out += [heading(show_label("top_recommendations", langs), styles.h3, langs, None)]
        out += bullets(
            [
                f"<b>{inline(show_label(f'to_{item.to}', langs), langs)}:</b> {inline(item.text, langs)}"
                + (confidential_tag(langs) if item.confidential else "")
                for item in s.top_recommendations
            ],
            styles,
            numbered=True,
        )
    out += [Spacer(1, 6), ShapedParagraph(inline(s.completeness, langs), styles.muted)]
    return out


def context(report: Report, styles: Styles) -> list[Flowable]:
    if not report.context:
        return []
    langs = report.langs
    out: list[Flowable] = [heading(show_label("context", langs), styles.h1, langs)]
    for fact in report.context:
        out += [heading(fact.label, styles.h3, langs, None), *paragraphs(fact.value, styles.body, langs)]
    return out


def results(report: Report, styles: Styles) -> list[Flowable]:
    langs = report.langs
    out: list[Flowable] = [PageBreak(), heading(show_label("results_by_right", langs), styles.h1, langs)]
    out.append(_rights_table(report.rights, report, styles))
    if report.heat_map is not None:
        width = (FRAME_WIDTH - 16) / 2
        axes = (plain(show_label("severity", langs)), plain(show_label("likelihood", langs)))
        panels = [
            HeatMapPanel(report.heat_map, placed, plain(show_label(title, langs)), *axes, width=width)
            for placed, title in (
                (report.heat_map.inherent, "heat_map_inherent"),
                (report.heat_map.residual, "heat_map_residual"),
            )
        ]
        pair = Table([panels], colWidths=[width + 16, width])
        pair.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        out += [Spacer(1, 14), pair]
    out += [heading(show_label("bar_chart", langs), styles.h3, langs, None)]
    rows = [(f"{row.id}  {plain(row.title)}", row.inherent, row.residual) for row in report.rights]
    legend = (plain(show_label("inherent", langs)), plain(show_label("residual", langs)))
    for start in range(0, len(rows), MAX_BAR_ROWS):
        out.append(ShareBars(rows[start : start + MAX_BAR_ROWS], legend, FRAME_WIDTH))
    return out


def _sentence(shown: Shown) -> Shown:
    """Scoring reasons read as sentences in a list: capitalised where the script has capitals."""
    return tuple(Piece(p.text[:1].upper() + p.text[1:], p.lang, p.missing) for p in shown)


def _caption(first: str, second: str, langs: tuple[str, ...]) -> Shown:
    pairs = zip(show_label(first, langs), show_label(second, langs), strict=True)
    return tuple(Piece(f"{a.text} — {b.text}", a.lang) for a, b in pairs)


def _rights_table(rows: tuple[RightRow, ...], report: Report, styles: Styles) -> Table:
    langs = report.langs
    matrix = report.method == "rights_matrix"
    keys = ("right", "share_short", "severity", "likelihood", "rating", "residual_short")
    header = [show_label(key, langs) for key in keys]
    if not matrix:
        header = [header[0], header[1], show_label("level", langs), header[5]]
    body = []
    cells = []
    for index, row in enumerate(rows, 1):
        title = ShapedParagraph(f"<b>{markup(row.id)}</b>&nbsp;&nbsp;{inline(row.title, langs)}", styles.cell)
        share = ShapedParagraph(row.inherent.percent_shown, styles.cell_centre)
        residual = rating_cell(row.residual, styles, langs, _residual_suffix(row, matrix))
        if matrix:
            numbers = [
                ShapedParagraph(str(v) if v is not None else "—", styles.cell_centre)
                for v in (row.inherent.severity, row.inherent.likelihood)
            ]
            body.append([title, share, *numbers, rating_cell(row.inherent, styles, langs), residual])
            cells += [(4, index, row.inherent), (5, index, row.residual)]
        else:
            body.append([title, share, rating_cell(row.inherent, styles, langs), residual])
            cells += [(2, index, row.inherent), (3, index, row.residual)]
    minimum = [46, 50, 56, 72, 72] if matrix else [56, 94, 94]
    widths = [max(low, header_width(h, styles.cell_head)) for low, h in zip(minimum, header[1:], strict=True)]
    widths.insert(0, FRAME_WIDTH - sum(widths))
    return data_table([inline(h, langs, "<br/>") for h in header], body, widths, styles, rating_styles(cells))


def _residual_suffix(row: RightRow, matrix: bool) -> str:
    if matrix and row.residual.likelihood is not None and row.residual.likelihood != row.inherent.likelihood:
        return f" (L{row.residual.likelihood})"
    if not matrix and row.residual.rank is not None:
        return f" ({row.residual.percent_shown})"
    return ""
