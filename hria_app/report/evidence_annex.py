"""The evidence annex (every item, its reliability, access date and the short hash of each file kept) and, in
the full brief only, the custody log."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from hria_app.core.assessment import Assessment
from hria_app.core.evidence import CustodyEvent
from hria_app.report.blocks import data_table, heading, part_break
from hria_app.report.localise import Shown, format_iso_date, show, show_each, show_label, show_value
from hria_app.report.model import CustodyRow, EvidenceRow, Report
from hria_app.report.paragraphs import ShapedParagraph, markup
from hria_app.report.rich import confidential_tag, inline
from hria_app.report.styles import FRAME_WIDTH, MUTED, Styles, hex_of


def build_evidence_rows(assessment: Assessment, langs: tuple[str, ...], public: bool) -> tuple[EvidenceRow, ...]:
    rows = []
    for criterion in assessment.rubric.criteria():
        for number, item in enumerate(assessment.answer(criterion.id).evidence, 1):
            if public and item.confidential:
                continue
            rows.append(
                EvidenceRow(
                    criterion=criterion.id,
                    number=number,
                    title=show(item.title, langs),
                    reliability=show_value(item.reliability, langs),
                    accessed=_date(item.accessed, langs),
                    files=tuple((a.name, a.short_hash) for a in item.files),
                    confidential=item.confidential,
                )
            )
    return tuple(rows)


def _date(value: str, langs: tuple[str, ...]) -> Shown:
    if not value:
        return ()
    return show_each(lambda lang: format_iso_date(value, lang), langs)


def build_custody_rows(assessment: Assessment, langs: tuple[str, ...], public: bool) -> tuple[CustodyRow, ...]:
    """The custody log names who did what with which file: it belongs to the full brief only."""
    if public:
        return ()
    return tuple(
        CustodyRow(e.at.replace("T", " ").removesuffix("Z"), e.by, _action(e, langs), _what(e))
        for e in assessment.custody
    )


def _action(e: CustodyEvent, langs: tuple[str, ...]) -> Shown:
    if e.action == "purged" and e.detail.isdigit():
        return show_label("custody_purged_count", langs, count=e.detail)
    if e.action == "attached" and e.detail == "link":
        return show_label("custody_attached_link", langs)
    return show_label(f"custody_{e.action}", langs)


def _what(e: CustodyEvent) -> str:
    parts = [f"{e.criterion}: {e.item}" if e.criterion else ""]
    if e.action == "retitled" and e.detail:
        parts.append(f'"{e.detail}"')
    if e.file:
        parts.append(f"{e.file} ({e.sha256[:16]})" if e.sha256 else e.file)
    return " — ".join(p for p in parts if p)


def evidence(report: Report, styles: Styles) -> list[Flowable]:
    if not report.evidence:
        return []
    langs = report.langs
    out: list[Flowable] = [part_break(), heading(show_label("evidence_annex", langs), styles.h1, langs)]
    out.append(ShapedParagraph(inline(show_label("evidence_annex_intro", langs), langs), styles.body))
    rows = []
    for row in report.evidence:
        title = inline(row.title, langs) + (confidential_tag(langs) if row.confidential else "")
        if row.files:
            files = "<br/>".join(
                f'{markup(name)} <font color="{hex_of(MUTED)}">{short}</font>' for name, short in row.files
            )
        else:
            files = f'<font color="{hex_of(MUTED)}">{inline(show_label("no_file_kept", langs), langs)}</font>'
        rows.append(
            [
                ShapedParagraph(f"{markup(row.criterion)} · {row.number}", styles.cell),
                ShapedParagraph(title, styles.cell),
                ShapedParagraph(inline(row.reliability, langs, "<br/>"), styles.cell),
                ShapedParagraph(inline(row.accessed, langs, "<br/>"), styles.cell),
                ShapedParagraph(files, styles.cell),
            ]
        )
    keys = ("criterion_head", "evidence_item", "reliability_head", "accessed_head", "files_head")
    header = [inline(show_label(key, langs), langs, "<br/>") for key in keys]
    widths = [62, FRAME_WIDTH - 62 - 72 - 96 - 160, 72, 96, 160]
    out += [data_table(header, rows, widths, styles), Spacer(1, 6)]
    return out


def custody(report: Report, styles: Styles) -> list[Flowable]:
    if not report.custody:
        return []
    langs = report.langs
    out: list[Flowable] = [heading(show_label("custody_log", langs), styles.h1, langs)]
    out.append(ShapedParagraph(inline(show_label("custody_intro", langs), langs), styles.body))
    rows = [
        [
            ShapedParagraph(markup(row.at), styles.cell),
            ShapedParagraph(markup(row.by), styles.cell),
            ShapedParagraph(inline(row.action, langs, "<br/>"), styles.cell),
            ShapedParagraph(markup(row.what), styles.cell),
        ]
        for row in report.custody
    ]
    keys = ("custody_time", "custody_by", "custody_action", "custody_what")
    header = [inline(show_label(key, langs), langs, "<br/>") for key in keys]
    out += [data_table(header, rows, [82, 80, 90, FRAME_WIDTH - 252], styles), Spacer(1, 6)]
    return out
