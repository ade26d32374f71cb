"""What changed between two assessments, in the assessment's terms: the data behind `hria diff`, the app's
compare view and a comparison brief.

A is "before", B is "after". When they use different versions of a rubric, A's answers are carried over to B's
rubric as an upgrade would (criteria are matched by id, wherever they moved; answers to criteria B's rubric
removed are reported as archived), while A's levels stay the ones A's own rubric gives.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from hria_app.core.assessment import CONTEXT_TEXT_FIELDS, SEVERITY_DIMENSIONS, Answer, Assessment, Evidence, Measure
from hria_app.core.diff_words import answer_value, confidence_value, plain
from hria_app.core.rubric import Rubric
from hria_app.core.rubric_diff import upgrade
from hria_app.core.scoring import Reason, Result, evaluate
from hria_app.core.text import Text


@dataclass(frozen=True)
class Change:
    """One change, ready to be said in any language: `code` names the sentence (diff_words), values are Text."""

    code: str
    before: Text | None = None
    after: Text | None = None
    item: Text | None = None  # the evidence title, measure text, red flag, dimension or field concerned
    field: str = ""  # the name of the field (context field, text field of an answer)


@dataclass(frozen=True)
class CriterionChange:
    id: str
    title: Text
    section: str
    before: Answer
    after: Answer
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class SectionComparison:
    id: str
    title: Text
    before: Text | None  # the rating (or level) label; None when the section is not rated on that side
    after: Text | None
    before_rank: int | None
    after_rank: int | None
    changes: tuple[Change, ...]  # severity inputs and the rating

    @property
    def changed(self) -> bool:
        return bool(self.changes)


@dataclass(frozen=True)
class OverallComparison:
    before: Text
    after: Text
    before_rank: int
    after_rank: int
    max_rank: int
    reasons_gone: tuple[Reason, ...]
    reasons_new: tuple[Reason, ...]

    @property
    def changed(self) -> bool:
        return self.before != self.after or bool(self.reasons_gone or self.reasons_new)


@dataclass(frozen=True)
class AssessmentDiff:
    rubric_before: str  # "id version"
    rubric_after: str
    archived: tuple[str, ...]  # criteria of A's rubric that B's rubric removed, with an answer in A
    context: tuple[Change, ...]
    criteria: tuple[CriterionChange, ...]  # only the criteria that changed
    sections: tuple[SectionComparison, ...]  # every section of B's rubric, changed or not
    overall: OverallComparison
    other: tuple[Change, ...]  # recommendations, conflicts, baseline

    @property
    def equal(self) -> bool:
        return (
            self.rubric_before == self.rubric_after
            and not (self.archived or self.context or self.criteria or self.other or self.overall.changed)
            and not any(s.changed for s in self.sections)
        )


def diff_assessments(a: Assessment, b: Assessment) -> AssessmentDiff:
    carried = a
    archived: tuple[str, ...] = ()
    if a.rubric.fingerprint != b.rubric.fingerprint:
        carried, report = upgrade(a, b.rubric)
        archived = tuple(report.archived)
    result_a, result_b = evaluate(a), evaluate(b)
    criteria = []
    for criterion in b.rubric.criteria():
        before, after = carried.answer(criterion.id), b.answer(criterion.id)
        changes = _answer_changes(a.rubric, b.rubric, criterion.id, before, after)
        if a.rubric.has_criterion(criterion.id):
            moved_from = a.rubric.section_of(criterion.id)
            moved_to = b.rubric.section_of(criterion.id)
            if moved_from.id != moved_to.id:
                changes.insert(0, Change("moved", moved_from.title, moved_to.title))
        if changes:
            section = b.rubric.section_of(criterion.id).id
            criteria.append(CriterionChange(criterion.id, criterion.title, section, before, after, tuple(changes)))
    return AssessmentDiff(
        rubric_before=f"{a.rubric.id} {a.rubric.version}",
        rubric_after=f"{b.rubric.id} {b.rubric.version}",
        archived=archived,
        context=tuple(_context_changes(a, b)),
        criteria=tuple(criteria),
        sections=tuple(_sections(a, b, result_a, result_b)),
        overall=_overall(result_a, result_b),
        other=tuple(_other_changes(a, b)),
    )


def _texts(before: Text, after: Text, name: str) -> list[Change]:
    if before == after:
        return []
    code = "text_added" if not before else "text_removed" if not after else "text_changed"
    return [Change(code, before or None, after or None, field=name)]


def _context_changes(a: Assessment, b: Assessment) -> list[Change]:
    out: list[Change] = []
    for name in CONTEXT_TEXT_FIELDS:
        out += _texts(getattr(a.context, name), getattr(b.context, name), name)
    for name in ("started", "updated"):
        out += _texts(plain(getattr(a.context, name)), plain(getattr(b.context, name)), name)
    gone = [n for n in a.context.assessors if n not in b.context.assessors]
    new = [n for n in b.context.assessors if n not in a.context.assessors]
    out += [Change("assessor_removed", item=plain(n)) for n in gone]
    out += [Change("assessor_added", item=plain(n)) for n in new]
    return out


def _answer_changes(old: Rubric, new: Rubric, criterion_id: str, before: Answer, after: Answer) -> list[Change]:
    out: list[Change] = []
    if (before.status, before.score) != (after.status, after.score):
        code = "score" if before.status == after.status == "scored" else "answer"
        out.append(Change(code, answer_value(old, criterion_id, before), answer_value(new, criterion_id, after)))
    if before.residual_score != after.residual_score:
        out.append(
            Change("residual", _number(before.residual_score), _number(after.residual_score)),
        )
    for flag in after.red_flags:
        if flag not in before.red_flags:
            out.append(Change("flag_ticked", item=_flag(new, flag)))
    for flag in before.red_flags:
        if flag not in after.red_flags:
            out.append(Change("flag_cleared", item=_flag(new, flag)))
    if before.confidence != after.confidence:
        out.append(Change("confidence", confidence_value(before.confidence), confidence_value(after.confidence)))
    out += _texts(before.na_reason, after.na_reason, "reason")
    out += _texts(before.notes, after.notes, "notes")
    if before.notes_confidential != after.notes_confidential:
        out.append(Change("notes_confidential" if after.notes_confidential else "notes_public"))
    out += _items("evidence", before.evidence, after.evidence)
    out += _items("measure", before.mitigation, after.mitigation)
    if before.carried_over != after.carried_over:
        out.append(Change("carried_over" if after.carried_over else "confirmed"))
    return out


def _number(value: int | None) -> Text | None:
    return None if value is None else plain(str(value))


def _flag(rubric: Rubric, flag: str) -> Text:
    title = next((f.title for f in rubric.red_flags if f.id == flag), Text())
    return Text({lang: f"{flag} ({text})" for lang, text in title.by_lang.items()}) if title else plain(flag)


def _label(item: Evidence | Measure) -> Text:
    return item.title if isinstance(item, Evidence) else item.text


def _items(kind: str, before: tuple[Evidence | Measure, ...], after: tuple[Evidence | Measure, ...]) -> list[Change]:
    """Matched by id, so an edited item is "changed", not "removed" and "added"."""
    old = {item.id: item for item in before}
    new = {item.id: item for item in after}
    out = [Change(f"{kind}_added", item=_label(item)) for key, item in new.items() if key not in old]
    for key, item in new.items():
        if key in old and old[key] != item:
            names = [f.name for f in fields(item) if f.compare and getattr(item, f.name) != getattr(old[key], f.name)]
            out.append(Change(f"{kind}_changed", item=_label(item), field=", ".join(names)))
    out += [Change(f"{kind}_removed", item=_label(item)) for key, item in old.items() if key not in new]
    return out


def _sections(a: Assessment, b: Assessment, result_a: Result, result_b: Result) -> list[SectionComparison]:
    rated_a = {s.id: s for s in result_a.sections}
    out = []
    for after in result_b.sections:
        before = rated_a.get(after.id)
        changes: list[Change] = []
        old_input, new_input = a.section_input(after.id), b.section_input(after.id)
        for dim in SEVERITY_DIMENSIONS:
            was, now = getattr(old_input, dim), getattr(new_input, dim)
            if was != now:
                changes.append(Change("severity_input", _number(was), _number(now), field=dim))
        changes += _texts(old_input.notes, new_input.notes, "section_notes")
        before_label = before.label if before and before.level else None
        after_label = after.label if after.level else None
        if before_label != after_label:
            changes.append(Change("rating", before_label, after_label))
        out.append(
            SectionComparison(
                after.id,
                after.title,
                before_label,
                after_label,
                before.rank if before else None,
                after.rank,
                tuple(changes),
            )
        )
    return out


def _overall(result_a: Result, result_b: Result) -> OverallComparison:
    def said(reasons: tuple[Reason, ...]) -> dict[str, Reason]:
        return {reason.text("en"): reason for reason in reasons}

    old, new = said(result_a.overall.reasons), said(result_b.overall.reasons)
    return OverallComparison(
        result_a.overall.label,
        result_b.overall.label,
        result_a.overall.rank,
        result_b.overall.rank,
        result_b.overall.max_rank,
        tuple(r for key, r in old.items() if key not in new),
        tuple(r for key, r in new.items() if key not in old),
    )


def _other_changes(a: Assessment, b: Assessment) -> list[Change]:
    out = []
    if a.recommendations != b.recommendations:
        out.append(Change("recommendations", plain(str(len(a.recommendations))), plain(str(len(b.recommendations)))))
    if len(a.conflicts) != len(b.conflicts):
        out.append(Change("conflicts", plain(str(len(a.conflicts))), plain(str(len(b.conflicts)))))
    if a.baseline != b.baseline and b.baseline is not None:
        out.append(Change("baseline", item=plain(b.baseline.file or b.baseline.fingerprint)))
    return out
