"""The comparison brief: two assessments then and now (a re-assessment, two deployments, two versions).

Its content is core's Comparison, the data of `hria diff`: the overall levels and why they changed, every
right's rating with an arrow, and every changed answer. The public variant compares the public copies of both
assessments, so nothing marked confidential, no assessor's name and no merge conflict can reach it.
"""

from __future__ import annotations

import datetime as dt
import io
from functools import partial
from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from hria_app.core.assessment import Assessment
from hria_app.core.comparison import Comparison, compare, public_copy
from hria_app.core.diff import Change
from hria_app.core.diff_report import change_text
from hria_app.core.storage import atomic_write
from hria_app.core.text import Text
from hria_app.report.blocks import bullets, data_table, heading
from hria_app.report.document import BriefDocument, PagedCanvas, furniture_for
from hria_app.report.errors import ExportError
from hria_app.report.export import _render_lock
from hria_app.report.fonts import register_fonts
from hria_app.report.localise import REPORT_LANGUAGES, Piece, Shown, languages_of, plain, show
from hria_app.report.model import Meta
from hria_app.report.paragraphs import ShapedParagraph, markup
from hria_app.report.styles import CONFIDENTIAL, FRAME_WIDTH, PUBLIC, Styles, make_styles

WORDS = {
    "en": {
        "kind": "Comparison brief",
        "public": "Public version: confidential material is left out",
        "full": "Confidential: full version for the assessment team",
        "then": "Then",
        "now": "Now",
        "change": "Change",
        "right": "Right",
        "overall": "Overall level",
        "higher": "+ higher concern",
        "lower": "− lower concern",
        "same": "= unchanged",
        "unrated": "not rated",
        "why": "Why it matters",
        "ratings": "Ratings by right, then » now",
        "answers": "What changed",
        "context": "Context",
        "nothing": "No answer changed.",
        "reassessment": "A re-assessment of the same deployment against its baseline.",
        "same_rubric": "Two assessments made with the same rubric.",
        "rubric_versions": "Two assessments made with different versions of one rubric; answers are matched by "
        "criterion.",
        "different_rubrics": "Two assessments made with different rubrics: only the overall levels compare.",
    },
    "th": {
        "kind": "รายงานเปรียบเทียบ",
        "public": "ฉบับเผยแพร่: ไม่รวมข้อมูลที่เป็นความลับ",
        "full": "ลับ: ฉบับเต็มสำหรับคณะผู้ประเมิน",
        "then": "ครั้งก่อน",
        "now": "ครั้งนี้",
        "change": "การเปลี่ยนแปลง",
        "right": "สิทธิ",
        "overall": "ระดับผลรวม",
        "higher": "+ น่ากังวลมากขึ้น",
        "lower": "− น่ากังวลน้อยลง",
        "same": "= ไม่เปลี่ยน",
        "unrated": "ไม่ได้จัดระดับ",
        "why": "เหตุใดจึงสำคัญ",
        "ratings": "ระดับรายสิทธิ ครั้งก่อน » ครั้งนี้",
        "answers": "สิ่งที่เปลี่ยนไป",
        "context": "บริบท",
        "nothing": "ไม่มีคำตอบใดเปลี่ยน",
        "reassessment": "การประเมินซ้ำของการติดตั้งใช้งานเดิม เทียบกับการประเมินครั้งก่อน",
        "same_rubric": "การประเมินสองชุดที่ใช้แบบประเมินเดียวกัน",
        "rubric_versions": "การประเมินสองชุดที่ใช้แบบประเมินเดียวกันต่างรุ่น จับคู่คำตอบตามเกณฑ์",
        "different_rubrics": "การประเมินสองชุดที่ใช้แบบประเมินต่างกัน เปรียบเทียบได้เฉพาะระดับผลรวม",
    },
}


def _word(key: str, langs: tuple[str, ...]) -> Shown:
    return tuple(Piece(WORDS[lang][key], lang) for lang in langs)


def _inline(shown: Shown) -> str:
    return " / ".join(markup(p.text) for p in shown)


def _trend(before: int | None, after: int | None) -> str:
    if before is None or after is None or before == after:
        return "same"
    return "higher" if after > before else "lower"


def render_comparison_pdf(
    before: Assessment, after: Assessment, lang: str = "en", public: bool = False, date: dt.date | None = None
) -> bytes:
    """`before` is then, `after` is now. Raises ExportError when the brief cannot be made."""
    if lang not in REPORT_LANGUAGES:
        raise ExportError(f"unknown report language {lang!r}; choose one of {', '.join(REPORT_LANGUAGES)}")
    if public:
        before, after = public_copy(before), public_copy(after)
    comparison = compare(before, after)
    langs = languages_of(lang)
    with _render_lock:
        register_fonts()
        return _render(comparison, after, langs, public, date or dt.date.today())


def export_comparison_pdf(
    before: Assessment, after: Assessment, out_path: Path, lang: str = "en", public: bool = False
) -> None:
    atomic_write(Path(out_path), render_comparison_pdf(before, after, lang, public))


def _render(comparison: Comparison, after: Assessment, langs: tuple[str, ...], public: bool, day: dt.date) -> bytes:
    styles = make_styles()
    classification = _word("public" if public else "full", langs)
    title = show(comparison.after_title or Text.of(after.rubric.title.get("en")), langs)
    meta = Meta(plain(title)[:500], plain(_word("kind", langs)), "comparison", None, title, classification)
    story = [*_cover(comparison, title, classification, public, day, styles, langs), *_body(comparison, styles, langs)]
    buffer = io.BytesIO()
    document = BriefDocument(buffer, meta, None, len(story) + 1)
    footer = f"{after.rubric.id} {after.rubric.version}"
    document.build(story, canvasmaker=partial(PagedCanvas, furniture=furniture_for(meta, langs, public, footer)))
    return buffer.getvalue()


def _cover(
    comparison: Comparison,
    title: Shown,
    classification: Shown,
    public: bool,
    day: dt.date,
    styles: Styles,
    langs: tuple[str, ...],
) -> list[Flowable]:
    banner = Table([[ShapedParagraph(_inline(classification), styles.banner)]], colWidths=[FRAME_WIDTH])
    banner.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PUBLIC if public else CONFIDENTIAL)]))
    then = show(comparison.before_title, langs)
    overall = comparison.diff.overall
    rows = [
        [
            ShapedParagraph(_inline(_word("overall", langs)), styles.cell),
            ShapedParagraph(_inline(show(overall.before, langs)), styles.cell),
            ShapedParagraph(_inline(show(overall.after, langs)), styles.cell),
            ShapedParagraph(_inline(_word(_trend(overall.before_rank, overall.after_rank), langs)), styles.cell),
        ]
    ]
    head = [_inline(_word(k, langs)) for k in ("overall", "then", "now", "change")]
    widths = [FRAME_WIDTH * share for share in (0.3, 0.22, 0.22, 0.26)]
    return [
        banner,
        Spacer(1, 60),
        ShapedParagraph(_inline(_word("kind", langs)), styles.kind),
        ShapedParagraph(_inline(title), styles.title),
        ShapedParagraph(f"{_inline(_word('then', langs))}: {_inline(then)}", styles.subtitle),
        ShapedParagraph(_inline(_word(comparison.relation, langs)), styles.body),
        ShapedParagraph(day.isoformat(), styles.muted),
        Spacer(1, 24),
        data_table(head, rows, widths, styles),
        NextPageTemplate("page"),
        PageBreak(),
    ]


def _body(comparison: Comparison, styles: Styles, langs: tuple[str, ...]) -> list[Flowable]:
    diff = comparison.diff
    out: list[Flowable] = [heading(_word("why", langs), styles.h1, langs)]
    reasons = [f"+ {_inline(tuple(Piece(r.text(lang), lang) for lang in langs))}" for r in diff.overall.reasons_new]
    reasons += [f"− {_inline(tuple(Piece(r.text(lang), lang) for lang in langs))}" for r in diff.overall.reasons_gone]
    out += bullets(reasons or [_inline(_word("same", langs))], styles)
    out.append(heading(_word("ratings", langs), styles.h1, langs))
    rows = []
    for section in comparison.sections:
        unrated = _word("unrated", langs)
        rows.append(
            [
                ShapedParagraph(f"<b>{markup(section.id)}</b> {_inline(show(section.title, langs))}", styles.cell),
                ShapedParagraph(_inline(show(section.before, langs) if section.before else unrated), styles.cell),
                ShapedParagraph(_inline(show(section.after, langs) if section.after else unrated), styles.cell),
                ShapedParagraph(_inline(_word(_trend(section.before_rank, section.after_rank), langs)), styles.cell),
            ]
        )
    head = [_inline(_word(k, langs)) for k in ("right", "then", "now", "change")]
    out.append(data_table(head, rows, [FRAME_WIDTH * s for s in (0.4, 0.18, 0.18, 0.24)], styles))
    out.append(heading(_word("answers", langs), styles.h1, langs))
    for section in comparison.sections:
        if section.changes:
            label = tuple(Piece(f"{section.id} {p.text}", p.lang) for p in show(section.title, langs))
            out.append(heading(label, styles.h3, langs, level=None))
            out += bullets([_said(change, langs) for change in section.changes], styles)
    if diff.context:
        out.append(heading(_word("context", langs), styles.h2, langs))
        out += bullets([_said(change, langs) for change in diff.context], styles)
    for criterion in comparison.changed_answers:
        label = tuple(Piece(f"{criterion.id} {p.text}", p.lang) for p in show(criterion.title, langs))
        out.append(heading(label, styles.h3, langs, level=None))
        out += bullets([_said(change, langs) for change in criterion.changes], styles)
    if not comparison.changed_answers:
        out.append(ShapedParagraph(_inline(_word("nothing", langs)), styles.body))
    return out


def _said(change: Change, langs: tuple[str, ...]) -> str:
    # The brief's font has no arrow: "»" reads the same way.
    return "<br/>".join(markup(change_text(change, lang).replace("→", "»")) for lang in langs)
