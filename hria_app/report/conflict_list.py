"""Unresolved merge conflicts in the full brief: a short list right after the summary, so nobody reads a disputed
field as settled. Each field holds the OURS value until someone chooses (core/conflicts.py); the list names the
field and both sides. The public brief is never made while conflicts remain (the app refuses it), and it would
not show them: its view-model has none."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from hria_app.core.assessment import Assessment
from hria_app.core.conflicts import short_value
from hria_app.report.blocks import data_table, heading
from hria_app.report.localise import Piece, Shown
from hria_app.report.model import ConflictRow, Report
from hria_app.report.paragraphs import ShapedParagraph, markup
from hria_app.report.rich import inline
from hria_app.report.styles import FRAME_WIDTH, Styles

WORDS = {
    "en": {
        "title": "Unresolved merge conflicts",
        "intro": "Two versions of this assessment changed these fields differently and nobody has chosen yet. "
        "The brief shows the first value (ours) in each.",
        "field": "Field",
        "ours": "Ours (shown)",
        "theirs": "Theirs",
        "base": "Common version",
        "nothing": "(nothing)",
    },
    "th": {
        "title": "ข้อขัดแย้งจากการรวมที่ยังไม่ได้แก้",
        "intro": "การประเมินสองฉบับแก้ไขช่องเหล่านี้ต่างกัน และยังไม่มีผู้เลือก รายงานนี้แสดงค่าแรก (ของเรา) ในแต่ละช่อง",
        "field": "ช่อง",
        "ours": "ของเรา (ที่แสดง)",
        "theirs": "ของอีกฝ่าย",
        "base": "ฉบับร่วม",
        "nothing": "(ไม่มี)",
    },
}
_WIDTHS = (0, 100, 100, 90)  # the field takes what the values leave


def _word(key: str, langs: tuple[str, ...]) -> Shown:
    return tuple(Piece(WORDS[lang][key], lang) for lang in langs)


def conflict_rows(assessment: Assessment, lang: str = "en") -> tuple[ConflictRow, ...]:
    rubric = assessment.rubric
    rows = []
    for conflict in assessment.conflicts:
        field = conflict.field
        criterion_id = conflict.criterion_id
        if criterion_id and rubric.has_criterion(criterion_id):
            rest = " › ".join(conflict.path[2:])
            field = f"{criterion_id} {rubric.criterion(criterion_id).title.get(lang)}" + (f" › {rest}" if rest else "")
        ours, theirs, base = (_value(conflict.value(side)) for side in ("ours", "theirs", "base"))
        rows.append(ConflictRow(field, ours, theirs, base, conflict.ours_label, conflict.theirs_label))
    return tuple(rows)


def _value(raw: object) -> str | None:
    return None if raw is None else short_value(raw, 120)


def unresolved_conflicts(report: Report, styles: Styles) -> list[Flowable]:
    if report.public or not report.conflicts:
        return []
    langs = report.langs
    nothing = inline(_word("nothing", langs), langs)

    def cell(text: str | None, label: str = "") -> ShapedParagraph:
        shown = markup(text) if text is not None else nothing
        return ShapedParagraph(shown + (f"<br/><i>{markup(label)}</i>" if label else ""), styles.cell)

    rows = [
        [cell(row.field), cell(row.ours, row.ours_label), cell(row.theirs, row.theirs_label), cell(row.base)]
        for row in report.conflicts
    ]
    widths: list[float] = list(_WIDTHS)
    widths[0] = FRAME_WIDTH - sum(widths[1:])
    header = [inline(_word(key, langs), langs, "<br/>") for key in ("field", "ours", "theirs", "base")]
    return [
        heading(_word("title", langs), styles.h1, langs),
        ShapedParagraph(inline(_word("intro", langs), langs), styles.body),
        data_table(header, rows, widths, styles),
        Spacer(1, 8),
    ]
