"""The action plan in the PDF brief: one table of every action, overdue ones marked."""

from __future__ import annotations

from reportlab.platypus import Flowable

from hria_app.report.blocks import data_table, heading, part_break
from hria_app.report.localise import show_label
from hria_app.report.model import Report
from hria_app.report.paragraphs import ShapedParagraph, markup
from hria_app.report.rich import confidential_tag, inline
from hria_app.report.styles import FRAME_WIDTH, RED_FLAG, Styles, hex_of

_COLUMNS = ("action", "addressee", "owner", "due", "status", "criteria")
_WIDTHS = (0, 58, 70, 64, 64, 56)  # the action takes what the others leave


def action_plan(report: Report, styles: Styles) -> list[Flowable]:
    langs = report.langs
    out: list[Flowable] = [part_break(), heading(show_label("action_plan", langs), styles.h1, langs)]
    if not report.actions:
        return [*out, ShapedParagraph(inline(show_label("no_actions", langs), langs), styles.body)]
    out.append(ShapedParagraph(inline(show_label("action_plan_intro", langs), langs), styles.body))
    overdue = inline(show_label("overdue", langs), langs)
    rows = []
    for action in report.actions:
        text = inline(action.text, langs) + (confidential_tag(langs) if action.confidential else "")
        due = inline(action.due, langs, "<br/>") if action.due else "—"
        if action.overdue:
            due += f'<br/><font color="{hex_of(RED_FLAG)}"><b>{overdue}</b></font>'
        rows.append(
            [
                ShapedParagraph(text, styles.cell),
                ShapedParagraph(inline(action.to, langs, "<br/>"), styles.cell),
                ShapedParagraph(markup(action.owner) if action.owner else "—", styles.cell),
                ShapedParagraph(due, styles.cell),
                ShapedParagraph(inline(action.status, langs, "<br/>"), styles.cell),
                ShapedParagraph(markup(action.criteria) or "—", styles.cell),
            ]
        )
    widths: list[float] = list(_WIDTHS)
    widths[0] = FRAME_WIDTH - sum(widths[1:])
    header = [inline(show_label(key, langs), langs, "<br/>") for key in _COLUMNS]
    out.append(data_table(header, rows, widths, styles))
    return out
