"""The assessment as tables — scores per criterion, results per section, the action plan — for spreadsheets.

One set of rows feeds both the XLSX workbook and the CSV files, so they hold the same. The public variant drops
notes, confidential evidence and confidential actions, and never names an assessor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hria_app.core.actions import action_plan
from hria_app.core.assessment import Assessment
from hria_app.core.scoring import Result, evaluate
from hria_app.core.scoring.display import shown_percent
from hria_app.core.text import Text
from hria_app.report.labels import label, value_label
from hria_app.report.localise import languages_of

Cell = str | int | float | dt.date | None


@dataclass(frozen=True)
class Table:
    name: str  # the sheet's name, and the CSV file's
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    date_columns: tuple[int, ...] = ()


class _Say:
    """Texts of the export's languages on one line ("Legality / ความชอบด้วยกฎหมาย" in a bilingual export)."""

    def __init__(self, lang: str) -> None:
        self.langs = languages_of(lang)

    def text(self, value: Text) -> str:
        versions = dict.fromkeys(value.get(lang) for lang in self.langs if value)
        return " / ".join(v for v in versions if v)

    def each(self, render: Callable[[str], str]) -> str:
        return " / ".join(dict.fromkeys(render(lang) for lang in self.langs))

    def label(self, key: str) -> str:
        return self.each(lambda lang: label(key, lang))

    def value(self, value: str) -> str:
        return self.each(lambda lang: value_label(value, lang)) if value else ""


def build_tables(assessment: Assessment, lang: str, public: bool, today: dt.date) -> tuple[Table, Table, Table]:
    say = _Say(lang)
    inherent, residual = evaluate(assessment), evaluate(assessment, residual=True)
    return (
        _scores(assessment, inherent, say, public),
        _sections(inherent, residual, say),
        _actions(assessment, say, public, today, inherent),
    )


def _scores(assessment: Assessment, result: Result, say: _Say, public: bool) -> Table:
    keys = ["right", "criterion_id", "title", "status", "score", "counted_score", "residual_short", "red_flags_raised"]
    keys += ["confidence", "evidence"] + ([] if public else ["notes"])
    rows = []
    for section in assessment.rubric.sections:
        for criterion in section.criteria:
            answer = assessment.answer(criterion.id)
            evidence = [e for e in answer.evidence if not (public and e.confidential)]
            row: list[Cell] = [
                section.id,
                criterion.id,
                say.text(criterion.title),
                say.value(answer.status),
                answer.score,
                result.criterion_scores.get(criterion.id),
                answer.residual_score,
                ", ".join(answer.red_flags),
                say.value(answer.confidence),
                len(evidence),
            ]
            if not public:
                row.append(say.text(answer.notes))
            rows.append(tuple(row))
    return Table("Scores", tuple(say.label(k) for k in keys), tuple(rows))


def _sections(inherent: Result, residual: Result, say: _Say) -> Table:
    keys = ("right_id", "right", "level", "share_short", "severity", "likelihood", "residual_short")
    rows = tuple(
        (
            s.id,
            say.text(s.title),
            say.text(s.label) if s.level else "",
            shown_percent(s.percent, s.edges),
            s.severity,
            s.likelihood,
            say.text(residual.section(s.id).label) if residual.section(s.id).level else "",
        )
        for s in inherent.sections
    )
    return Table("Sections", tuple(say.label(k) for k in keys), rows)


def _actions(assessment: Assessment, say: _Say, public: bool, today: dt.date, inherent: Result) -> Table:
    keys = ["action", "addressee", "owner", "due", "status", "criteria", "overdue"]
    rows = []
    for action in action_plan(assessment, inherent.criterion_scores):
        if public and action.confidential:
            continue
        t = action.tracking
        due = dt.date.fromisoformat(t.due) if t.due else None
        status = _status_text(say, t.status, t.drop_reason)
        rows.append(
            (
                say.text(action.text),
                say.label(f"to_{action.to}"),
                t.owner,
                due,
                status,
                ", ".join(action.criteria),
                say.label("yes") if action.is_overdue(today) else "",
            )
        )
    return Table("Action plan", tuple(say.label(k) for k in keys), tuple(rows), date_columns=(3,))


def _status_text(say: _Say, status: str, drop_reason: Text) -> str:
    if status != "dropped" or not drop_reason:
        return say.value(status)

    def dropped(lang: str) -> str:
        return label("dropped_because", lang, reason=drop_reason.get(lang))

    return say.each(dropped)


def as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
