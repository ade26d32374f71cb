"""An AssessmentDiff said in words (lines of text) or as JSON, in English or Thai."""

from __future__ import annotations

from typing import Any

from hria_app.core.diff import AssessmentDiff, Change, CriterionChange
from hria_app.core.diff_words import field_name, sentence
from hria_app.core.text import Text

SHORT = 100


def _shown(value: Text | None, lang: str, limit: int = SHORT) -> str:
    if not value:
        return sentence("none", lang, {})
    text = " ".join(value.get(lang).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def change_text(change: Change, lang: str = "en") -> str:
    return sentence(
        change.code,
        lang,
        {
            "before": _shown(change.before, lang),
            "after": _shown(change.after, lang),
            "item": _shown(change.item, lang),
            "field": field_name(change.field, lang),
        },
    )


def criterion_heading(criterion: CriterionChange, lang: str = "en") -> str:
    return f"{criterion.id} {criterion.title.get(lang)}"


def diff_lines(diff: AssessmentDiff, lang: str = "en") -> list[str]:
    out: list[str] = []
    if diff.rubric_before != diff.rubric_after:
        out.append(sentence("rubric", lang, {"before": diff.rubric_before, "after": diff.rubric_after}))
    overall = diff.overall
    if overall.before != overall.after:
        out.append(sentence("overall", lang, {"before": overall.before.get(lang), "after": overall.after.get(lang)}))
    elif overall.changed:
        out.append(sentence("overall_same", lang, {"before": overall.before.get(lang)}))
    out += [f"  - {sentence('reason_gone', lang, {'item': r.text(lang)})}" for r in overall.reasons_gone]
    out += [f"  + {sentence('reason_new', lang, {'item': r.text(lang)})}" for r in overall.reasons_new]
    if diff.context:
        out.append(sentence("context", lang, {}))
        out += [f"  {change_text(c, lang)}" for c in diff.context]
    changed_sections = [s for s in diff.sections if s.changed]
    if changed_sections:
        out.append(sentence("sections", lang, {}))
        for section in changed_sections:
            out.append(f"  {section.id} {section.title.get(lang)}")
            out += [f"    {change_text(c, lang)}" for c in section.changes]
    if diff.criteria or diff.archived:
        out.append(sentence("criteria", lang, {}))
        for criterion in diff.criteria:
            out.append(f"  {criterion_heading(criterion, lang)}")
            out += [f"    {change_text(c, lang)}" for c in criterion.changes]
        out += [f"  {sentence('archived', lang, {'item': cid})}" for cid in diff.archived]
    if diff.other:
        out.append(sentence("other", lang, {}))
        out += [f"  {change_text(c, lang)}" for c in diff.other]
    return out or [sentence("equal", lang, {})]


def _change_json(change: Change, lang: str) -> dict[str, Any]:
    return {
        "what": change.code,
        "field": change.field or None,
        "before": change.before.get(lang) if change.before else None,
        "after": change.after.get(lang) if change.after else None,
        "item": change.item.get(lang) if change.item else None,
        "text": change_text(change, lang),
    }


def diff_json(diff: AssessmentDiff, lang: str = "en") -> dict[str, Any]:
    overall = diff.overall
    return {
        "equal": diff.equal,
        "rubric": {"before": diff.rubric_before, "after": diff.rubric_after},
        "overall": {
            "before": overall.before.get(lang),
            "after": overall.after.get(lang),
            "before_rank": overall.before_rank,
            "after_rank": overall.after_rank,
            "max_rank": overall.max_rank,
            "reasons_gone": [r.text(lang) for r in overall.reasons_gone],
            "reasons_new": [r.text(lang) for r in overall.reasons_new],
        },
        "context": [_change_json(c, lang) for c in diff.context],
        "sections": [
            {
                "id": s.id,
                "title": s.title.get(lang),
                "before": s.before.get(lang) if s.before else None,
                "after": s.after.get(lang) if s.after else None,
                "changes": [_change_json(c, lang) for c in s.changes],
            }
            for s in diff.sections
        ],
        "criteria": [
            {
                "id": c.id,
                "title": c.title.get(lang),
                "section": c.section,
                "changes": [_change_json(x, lang) for x in c.changes],
            }
            for c in diff.criteria
        ],
        "archived": list(diff.archived),
        "other": [_change_json(c, lang) for c in diff.other],
    }
