"""What changed between two versions of a rubric, and carrying an assessment over to the newer one.

Answers follow their criterion id. A criterion the new version removed keeps its answer in the assessment's
archive; a criterion whose question, anchors or red flags changed is listed for review. Nothing is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

from hria_app.core.assessment import Answer, ArchivedAnswer, Assessment
from hria_app.core.rubric import Criterion, Rubric
from hria_app.core.text import Text

# The parts of a criterion whose change can change what an answer means.
MEANINGFUL = ("question", "anchors", "red_flags", "weight", "gateway")


@dataclass(frozen=True)
class Change:
    kind: str  # criterion, section, red_flag, scoring
    id: str
    what: str  # added, removed, changed
    detail: str = ""


@dataclass(frozen=True)
class RubricDiff:
    old: Rubric
    new: Rubric
    changes: tuple[Change, ...] = ()

    def of(self, kind: str, what: str) -> list[Change]:
        return [c for c in self.changes if c.kind == kind and c.what == what]

    @property
    def empty(self) -> bool:
        return not self.changes

    def lines(self) -> list[str]:
        out = [f"{self.old.id} {self.old.version} -> {self.new.id} {self.new.version}"]
        if self.empty:
            out.append("  no changes to sections, criteria, red flags or scoring")
        for change in self.changes:
            sign = {"added": "+", "removed": "-", "changed": "~"}[change.what]
            detail = f": {change.detail}" if change.detail else ""
            out.append(f"  {sign} {change.kind.replace('_', ' ')} {change.id}{detail}")
        return out


def diff_rubrics(old: Rubric, new: Rubric) -> RubricDiff:
    changes: list[Change] = []
    changes += _keyed("section", {s.id: s.title for s in old.sections}, {s.id: s.title for s in new.sections})
    old_criteria = {c.id: c for c in old.criteria()}
    new_criteria = {c.id: c for c in new.criteria()}
    for cid in new_criteria.keys() - old_criteria.keys():
        changes.append(Change("criterion", cid, "added", new_criteria[cid].title.get("en")))
    for cid in old_criteria.keys() - new_criteria.keys():
        changes.append(Change("criterion", cid, "removed", old_criteria[cid].title.get("en")))
    for cid in old_criteria.keys() & new_criteria.keys():
        changed = _criterion_changes(old_criteria[cid], new_criteria[cid])
        if changed:
            changes.append(Change("criterion", cid, "changed", ", ".join(changed)))
    changes += _keyed("red_flag", {f.id: f.title for f in old.red_flags}, {f.id: f.title for f in new.red_flags})
    for name in (f.name for f in fields(old.scoring)):
        before, after = getattr(old.scoring, name), getattr(new.scoring, name)
        if _plain(before) != _plain(after):
            changes.append(Change("scoring", name, "changed", f"{_short(before)} -> {_short(after)}"))
    order = {"section": 0, "criterion": 1, "red_flag": 2, "scoring": 3}
    changes.sort(key=lambda c: (order[c.kind], c.id))
    return RubricDiff(old, new, tuple(changes))


def _keyed(kind: str, old: dict[str, Text], new: dict[str, Text]) -> list[Change]:
    out = [Change(kind, k, "added", new[k].get("en")) for k in new.keys() - old.keys()]
    out += [Change(kind, k, "removed", old[k].get("en")) for k in old.keys() - new.keys()]
    out += [Change(kind, k, "changed", "title") for k in old.keys() & new.keys() if old[k] != new[k]]
    return out


def _criterion_changes(old: Criterion, new: Criterion) -> list[str]:
    names = [f.name for f in fields(Criterion) if f.name != "id"]
    return [name for name in names if _plain(getattr(old, name)) != _plain(getattr(new, name))]


def _plain(value: Any) -> Any:
    if isinstance(value, Text):
        return dict(value.by_lang)
    if isinstance(value, dict) or hasattr(value, "items"):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    return value


def _short(value: Any) -> str:
    text = repr(_plain(value))
    return text if len(text) <= 60 else text[:57] + "..."


@dataclass
class UpgradeReport:
    diff: RubricDiff
    added: list[str] = field(default_factory=list)  # new criteria, now unanswered
    archived: list[str] = field(default_factory=list)  # removed criteria whose answers went to the archive
    review: list[str] = field(default_factory=list)  # answered criteria whose meaning changed


def upgrade(assessment: Assessment, new: Rubric) -> tuple[Assessment, UpgradeReport]:
    """A copy of the assessment on the new rubric, and what the user must know about the move."""
    old = assessment.rubric
    diff = diff_rubrics(old, new)
    report = UpgradeReport(diff)
    upgraded = Assessment(
        rubric=new,
        context=assessment.context,
        recommendations=assessment.recommendations,
        archive=assessment.archive,
        conflicts=assessment.conflicts,
        baseline=assessment.baseline,
    )
    upgraded.sections = {sid: v for sid, v in assessment.sections.items() if any(s.id == sid for s in new.sections)}
    changed = {c.id for c in diff.of("criterion", "changed") if set(c.detail.split(", ")) & set(MEANINGFUL)}
    for criterion in new.criteria():
        if not old.has_criterion(criterion.id):
            report.added.append(criterion.id)
            continue
        answer = assessment.answer(criterion.id)
        if answer == Answer():
            continue
        allowed = set(criterion.red_flags)
        kept = replace(answer, red_flags=tuple(f for f in answer.red_flags if f in allowed))
        if kept.score is not None and kept.score > new.scoring.scale_max:
            kept = kept.marked("unanswered")
        upgraded.answers[criterion.id] = kept
        if criterion.id in changed or kept != answer:
            report.review.append(criterion.id)
    archived = list(upgraded.archive)
    for criterion in old.criteria():
        if not new.has_criterion(criterion.id) and assessment.answer(criterion.id) != Answer():
            archived.append(
                ArchivedAnswer(criterion.id, old.version, criterion.question, assessment.answer(criterion.id))
            )
            report.archived.append(criterion.id)
    upgraded.archive = tuple(archived)
    return upgraded, report
