"""The back of the brief: recommendations by addressee, the methodology annex and the references."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from hria_app.report.blocks import bullets, data_table, fact_table, heading, part_break
from hria_app.report.localise import show_label
from hria_app.report.model import Report
from hria_app.report.paragraphs import ShapedParagraph
from hria_app.report.rich import confidential_tag, inline, paragraphs
from hria_app.report.styles import FRAME_WIDTH, LINK, MUTED, Styles, hex_of

_URL_END = (" ", ")", "]")


def recommendations(report: Report, styles: Styles) -> list[Flowable]:
    langs = report.langs
    out: list[Flowable] = [part_break(), heading(show_label("recommendations", langs), styles.h1, langs)]
    if not report.recommendations:
        return [*out, ShapedParagraph(inline(show_label("no_recommendations", langs), langs), styles.body)]
    for group in report.recommendations:
        out.append(heading(group.heading, styles.h2, langs, 1))
        out += bullets(
            [
                f'{inline(item.text, langs)} <font color="{hex_of(MUTED)}" size="-1">({inline(item.source, langs)})'
                "</font>" + (confidential_tag(langs) if item.confidential else "")
                for item in group.items
            ],
            styles,
            numbered=True,
        )
    return out


def methodology(report: Report, styles: Styles) -> list[Flowable]:
    langs = report.langs
    m = report.methodology
    out: list[Flowable] = [part_break(), heading(show_label("methodology", langs), styles.h1, langs)]
    out.append(fact_table(m.facts, styles, langs, 105, FRAME_WIDTH))
    out += [heading(show_label("scoring_method", langs), styles.h3, langs, None)]
    out += paragraphs(m.method, styles.body, langs)
    out += bullets([inline(rule, langs) for rule in m.rules], styles)
    out += [heading(show_label("scale", langs), styles.h3, langs, None)]
    out.append(fact_table(m.scale, styles, langs, 30, FRAME_WIDTH))
    out += [heading(show_label("levels", langs), styles.h3, langs, None)]
    rows = [
        [
            ShapedParagraph(f"<b>{inline(level.label, langs)}</b>", styles.cell),
            ShapedParagraph(inline(level.value, langs, "<br/>"), styles.cell),
            paragraphs(level.detail, styles.cell, langs),
        ]
        for level in m.levels
    ]
    header = [inline(show_label(key, langs), langs, "<br/>") for key in ("level", "share")] + [""]
    out += [data_table(header, rows, [110, 90, FRAME_WIDTH - 200], styles), Spacer(1, 6)]
    return out


def archive(report: Report, styles: Styles) -> list[Flowable]:
    if not report.archive:
        return []
    langs = report.langs
    out: list[Flowable] = [heading(show_label("archive", langs), styles.h1, langs)]
    out.append(ShapedParagraph(inline(show_label("archive_intro", langs), langs), styles.body))
    for kept in report.archive:
        title = show_label("archived_from", langs, criterion=kept.id, version=kept.rubric_version)
        out.append(heading(title, styles.h3, langs, None))
        out += paragraphs(kept.question, styles.body, langs)
        out.append(ShapedParagraph(f"<b>{inline(kept.answer, langs)}</b>", styles.body))
        if kept.notes:
            tag = confidential_tag(langs) if kept.notes_confidential else ""
            out += paragraphs(kept.notes, styles.body, langs)
            if tag:
                out.append(ShapedParagraph(tag, styles.body))
    return out


def references(report: Report, styles: Styles) -> list[Flowable]:
    if not report.references:
        return []
    langs = report.langs
    out: list[Flowable] = [heading(show_label("references", langs), styles.h1, langs)]
    out += bullets(
        [_with_links(inline(citation, langs, "<br/>")) for citation in report.references], styles, numbered=True
    )
    return out


def _with_links(body: str) -> str:
    """Markup with its web addresses made clickable. Addresses in `body` are already escaped."""
    out = []
    rest = body
    while True:
        start = min((i for i in (rest.find("https://"), rest.find("http://")) if i >= 0), default=-1)
        if start < 0:
            out.append(rest)
            return "".join(out)
        end = min((i for i in (rest.find(c, start) for c in (*_URL_END, "<")) if i >= 0), default=len(rest))
        url = rest[start:end]
        out.append(rest[:start])
        out.append(f'<link href="{url}" color="{hex_of(LINK)}">{url}</link>')
        rest = rest[end:]
