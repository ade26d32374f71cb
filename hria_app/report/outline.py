"""The brief as a plain outline — headings, paragraphs, lists and tables of text — for the formats people edit
(Word, Markdown). Built from the same view-model as the PDF, in the same order, so every format says the same
and leaves out the same: what the public variant must not show never reaches the outline.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from hria_app.report.labels import label
from hria_app.report.localise import Shown, show_label
from hria_app.report.model import CriterionView, Fact, Rating, Report

Tone = Literal["body", "muted", "strong", "warning"]


@dataclass(frozen=True)
class Heading:
    level: int  # 0 the title, 1 a part, 2 a right, 3 a criterion
    text: str


@dataclass(frozen=True)
class Para:
    text: str
    tone: Tone = "body"


@dataclass(frozen=True)
class Items:
    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Grid:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Heading | Para | Items | Grid


class _Words:
    """Turns Shown texts into plain text in the brief's languages, marking what is missing or confidential."""

    def __init__(self, langs: tuple[str, ...]) -> None:
        self.langs = langs
        self.missing = " / ".join(label("translation_missing", lang) for lang in langs)
        self.confidential = "[" + " / ".join(label("confidential", lang) for lang in langs) + "]"

    def __call__(self, shown: Shown, separator: str = "\n") -> str:
        return separator.join(p.text + (f" {self.missing}" if p.missing else "") for p in shown)

    def line(self, shown: Shown) -> str:
        return self(shown, " / ")

    def label(self, key: str, **params: object) -> str:
        return self.line(show_label(key, self.langs, **params))

    def tagged(self, text: str, confidential: bool) -> str:
        return f"{text} {self.confidential}" if confidential else text


def build_outline(report: Report) -> list[Block]:
    w = _Words(report.langs)
    out: list[Block] = []
    for mark in (report.incomplete_mark, report.draft_mark):
        if mark:
            out.append(Para(w.line(mark), "warning"))
    out += [Para(w.line(report.cover.classification), "warning"), Heading(0, w.line(report.cover.title))]
    out.append(Para(w.line(report.cover.kind), "muted"))
    out.append(Para(f"{w.label('overall_level')}: {_rating(report.summary.overall, w)}", "strong"))
    if report.cover.answered:
        out.append(Para(w.line(report.cover.answered), "strong"))
    out.append(_facts(report.cover.facts, w))
    out += _summary(report, w)
    if report.context:
        out.append(Heading(1, w.label("context")))
        for fact in report.context:
            out += [Heading(3, w.line(fact.label)), Para(w(fact.value))]
    out += _rights(report, w)
    out += _findings(report, w)
    out += _recommendations(report, w)
    out += _actions(report, w)
    out += _methodology(report, w)
    if report.references:
        out += [Heading(1, w.label("references")), Items(tuple(w.line(r) for r in report.references), True)]
    return out


def _rating(rating: Rating, w: _Words) -> str:
    if rating.rank is None:
        return w.line(rating.label)
    return f"{w.line(rating.label)} ({rating.percent_shown})"


def _facts(facts: tuple[Fact, ...], w: _Words) -> Grid:
    return Grid(("", ""), tuple((w.line(f.label), w(f.value)) for f in facts))


def _summary(report: Report, w: _Words) -> list[Block]:
    s = report.summary
    out: list[Block] = [Heading(1, w.label("executive_summary"))]
    if s.incomplete:
        out.append(Para(w.line(s.incomplete), "warning"))
    if s.driver:
        out.append(Para(w.line(s.driver), "strong"))
    out.append(Para(f"{w.label('inherent')}: {_rating(s.overall, w)}", "strong"))
    out.append(Para(f"{w.label('residual')}: {_rating(s.residual, w)}", "strong"))
    out.append(Heading(3, w.label("why_level")))
    out.append(Items(tuple(w.line(r) for r in (*s.reasons, *s.residual_reasons))))
    out.append(Heading(3, w.label("red_flags_raised")))
    if s.red_flags:
        out.append(
            Items(
                tuple(f"{f.flag} — {w.line(f.title)} ({f.criterion}: {w.line(f.criterion_title)})" for f in s.red_flags)
            )
        )
    else:
        out.append(Para(w.label("no_red_flags")))
    if s.top_recommendations:
        out.append(Heading(3, w.label("top_recommendations")))
        items = (w.tagged(f"{w.label(f'to_{r.to}')}: {w.line(r.text)}", r.confidential) for r in s.top_recommendations)
        out.append(Items(tuple(items), True))
    out.append(Para(w.line(s.completeness), "muted"))
    return out


def _rights(report: Report, w: _Words) -> list[Block]:
    matrix = report.method == "rights_matrix"
    keys = (
        ("right", "share_short", "severity", "likelihood", "rating", "residual_short")
        if matrix
        else (
            "right",
            "share_short",
            "level",
            "residual_short",
        )
    )
    rows = []
    for row in report.rights:
        cells = [f"{row.id} {w.line(row.title)}", row.inherent.percent_shown]
        if matrix:
            cells += [_number(row.inherent.severity), _number(row.inherent.likelihood)]
        cells += [w.line(row.inherent.label), w.line(row.residual.label)]
        rows.append(tuple(cells))
    return [Heading(1, w.label("results_by_right")), Grid(tuple(w.label(k) for k in keys), tuple(rows))]


def _number(value: int | None) -> str:
    return "—" if value is None else str(value)


def _findings(report: Report, w: _Words) -> list[Block]:
    out: list[Block] = [Heading(1, w.label("findings"))]
    for section in report.findings:
        out.append(Heading(2, f"{section.id}  {w.line(section.title)}"))
        for text in (section.description, section.severity):
            if text:
                out.append(Para(w(text), "muted"))
        if section.notes:
            out += [Para(w.label("right_notes"), "strong"), Para(w(section.notes))]
        for criterion in section.criteria:
            out += _criterion(criterion, w)
    return out


def _criterion(c: CriterionView, w: _Words) -> list[Block]:
    out: list[Block] = [Heading(3, f"{c.score_text}  {c.id}  {w.line(c.title)}")]
    out.append(Para(f"{w.label('question')}: {w(c.question)}"))
    out.append(Para(f"{w.label('answer')}: {w(c.answer)}", "strong"))
    if c.anchor:
        out.append(Para(w(c.anchor), "muted"))
    if c.na_reason:
        out.append(Para(f"{w.label('reason')}: {w(c.na_reason)}"))
    for flag in c.red_flags:
        out.append(Para(f"{w.label('red_flag')} {flag.flag} — {w.line(flag.title)}", "warning"))
    if c.confidence:
        out.append(Para(f"{w.label('confidence')}: {w.line(c.confidence)}", "muted"))
    if c.notes:
        out += [Para(w.tagged(w.label("notes"), c.notes_confidential), "strong"), Para(w(c.notes))]
    if c.evidence:
        out.append(Para(w.label("evidence"), "strong"))
        items = []
        for e in c.evidence:
            parts = [p for p in (w.line(e.title), e.link, w.line(e.details), w.line(e.note)) if p]
            items.append(w.tagged(" — ".join(parts), e.confidential))
        out.append(Items(tuple(items), True))
    if c.measures:
        out.append(Para(w.label("mitigation"), "strong"))
        out.append(
            Items(
                tuple(
                    w.tagged(f"[{w.line(m.status)}] {w.line(m.to)}: {w.line(m.text)}", m.confidential)
                    for m in c.measures
                )
            )
        )
    if c.residual:
        out.append(Para(w.line(c.residual)))
    out.append(Para(w.line(c.counted), "muted"))
    return out


def _recommendations(report: Report, w: _Words) -> list[Block]:
    out: list[Block] = [Heading(1, w.label("recommendations"))]
    if not report.recommendations:
        return [*out, Para(w.label("no_recommendations"))]
    for group in report.recommendations:
        out.append(Heading(2, w.line(group.heading)))
        items = (w.tagged(f"{w.line(i.text)} ({w.line(i.source)})", i.confidential) for i in group.items)
        out.append(Items(tuple(items), True))
    return out


def _actions(report: Report, w: _Words) -> list[Block]:
    out: list[Block] = [Heading(1, w.label("action_plan"))]
    if not report.actions:
        return [*out, Para(w.label("no_actions"))]
    keys = ("action", "addressee", "owner", "due", "status", "criteria")
    overdue = w.label("overdue")
    rows = tuple(
        (
            w.tagged(w.line(a.text), a.confidential),
            w.line(a.to),
            a.owner or "—",
            (w.line(a.due) or "—") + (f" ({overdue})" if a.overdue else ""),
            w.line(a.status),
            a.criteria or "—",
        )
        for a in report.actions
    )
    return [*out, Para(w.label("action_plan_intro")), Grid(tuple(w.label(k) for k in keys), rows)]


def _methodology(report: Report, w: _Words) -> list[Block]:
    m = report.methodology
    out: list[Block] = [Heading(1, w.label("methodology")), _facts(m.facts, w)]
    out += [Heading(3, w.label("scoring_method")), Para(w(m.method))]
    if m.rules:
        out.append(Items(tuple(w.line(r) for r in m.rules)))
    out += [Heading(3, w.label("scale")), _facts(m.scale, w)]
    out += [Heading(3, w.label("levels")), _facts(m.levels, w)]
    return out
