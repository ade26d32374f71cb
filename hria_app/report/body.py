"""The body of the brief: findings per criterion, grouped by right."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer
from reportlab.platypus.flowables import HRFlowable

from hria_app.report.blocks import bullets, heading, part_break
from hria_app.report.localise import Shown, show_label
from hria_app.report.model import CriterionView, EvidenceView, Report, SectionFindings
from hria_app.report.paragraphs import ShapedParagraph, attribute, markup
from hria_app.report.rich import confidential_tag, inline, paragraphs
from hria_app.report.styles import LINK, MUTED, RULE, Styles, hex_of, level_colour, text_on


def findings(report: Report, styles: Styles) -> list[Flowable]:
    langs = report.langs
    out: list[Flowable] = [part_break(), heading(show_label("findings", langs), styles.h1, langs)]
    for section in report.findings:
        out += _section(section, report, styles)
    return out


def _section(section: SectionFindings, report: Report, styles: Styles) -> list[Flowable]:
    langs = report.langs
    out: list[Flowable] = [CondPageBreak(60 * mm), heading(section.title, styles.h2, langs, 1, section.id)]
    out += paragraphs(section.description, styles.muted, langs)
    out += paragraphs(section.severity, styles.muted, langs)
    if section.notes:
        out += [_label("right_notes", langs, styles), *paragraphs(section.notes, styles.body, langs)]
    for criterion in section.criteria:
        out += _criterion(criterion, report, styles)
    return out


def _criterion(c: CriterionView, report: Report, styles: Styles) -> list[Flowable]:
    langs = report.langs
    out: list[Flowable] = [
        ShapedParagraph(f"{_score_chip(c)}&nbsp;&nbsp;{markup(c.id)}&nbsp;&nbsp;{inline(c.title, langs)}", styles.h3)
    ]
    out += paragraphs(c.question, styles.body, langs, _prefix("question", langs))
    out += paragraphs(c.answer, styles.body, langs, _prefix("answer", langs))
    out += paragraphs(c.anchor, styles.quote, langs)
    if c.na_reason:
        out += paragraphs(c.na_reason, styles.body, langs, _prefix("reason", langs))
    for flag in c.red_flags:
        label = inline(show_label("red_flag", langs), langs)
        out.append(ShapedParagraph(f"{label} {markup(flag.flag)} — {inline(flag.title, langs)}", styles.flag))
    if c.confidence:
        out.append(ShapedParagraph(_prefix("confidence", langs) + inline(c.confidence, langs), styles.muted))
    if c.notes:
        tag = confidential_tag(langs) if c.notes_confidential else ""
        out += [_label("notes", langs, styles, tag), *paragraphs(c.notes, styles.body, langs)]
    if c.evidence:
        out.append(_label("evidence", langs, styles))
        for number, evidence in enumerate(c.evidence, 1):
            out += _evidence(number, evidence, langs, styles)
    if c.measures:
        out.append(_label("mitigation", langs, styles))
        out += bullets(
            [
                f"[{inline(m.status, langs)}] <b>{inline(m.to, langs)}:</b> {inline(m.text, langs)}"
                + (confidential_tag(langs) if m.confidential else "")
                for m in c.measures
            ],
            styles,
        )
    if c.residual:
        out.append(ShapedParagraph(inline(c.residual, langs), styles.body))
    out += [ShapedParagraph(inline(c.counted, langs), styles.muted), Spacer(1, 4)]
    out.append(HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=2, spaceAfter=2))
    return out


def _evidence(number: int, evidence: EvidenceView, langs: tuple[str, ...], styles: Styles) -> list[Flowable]:
    parts = [inline(evidence.title, langs)]
    if evidence.link:
        parts.append(_link(evidence.link))
    body = " — ".join(p for p in parts if p)
    if evidence.details:
        body += f' <font color="{hex_of(MUTED)}">({inline(evidence.details, langs, "; ")})</font>'
    if evidence.confidential:
        body += confidential_tag(langs)
    out: list[Flowable] = [ShapedParagraph(body, styles.bullet, bulletText=f"{number}.")]
    out += paragraphs(evidence.note, styles.bullet, langs)
    return out


def _link(url: str) -> str:
    text = markup(url)
    if url.lower().startswith(("https://", "http://")) and " " not in url:
        return f'<link href="{attribute(url)}" color="{hex_of(LINK)}">{text}</link>'
    return text  # a file kept elsewhere, or something that is not a web address: shown, never made clickable


def _score_chip(c: CriterionView) -> str:
    rank = None if c.score_share is None else round(c.score_share * 4)
    colour = level_colour("", rank, 4)
    ink = hex_of(text_on(colour))
    return f'<font backColor="{hex_of(colour)}" color="{ink}">&nbsp;{markup(c.score_text)}&nbsp;</font>'


def _prefix(key: str, langs: tuple[str, ...]) -> str:
    return f'<font color="{hex_of(MUTED)}"><b>{inline(show_label(key, langs), langs)}:</b></font> '


def _label(key: str, langs: tuple[str, ...], styles: Styles, tag: str = "") -> ShapedParagraph:
    shown: Shown = show_label(key, langs)
    return ShapedParagraph(inline(shown, langs) + tag, styles.label)
