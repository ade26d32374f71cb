"""What is confidential in an assessment, defined once.

`confidential_items` lists every item the assessor marked confidential that a reader could see: notes, evidence,
mitigation measures and recommendations, including those kept in the archive of answers to removed criteria.
`without_confidential` is the same rule applied: the assessment with exactly those items left out. The public
brief is made from that copy, and the export dialog counts the list, so what the dialog announces is what the
public brief leaves out.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from hria_app.core.assessment import Answer, ArchivedAnswer, Assessment
from hria_app.core.text import Text

ItemKind = Literal["notes", "evidence", "measure", "recommendation"]


@dataclass(frozen=True)
class ConfidentialItem:
    kind: ItemKind
    criterion: str  # the criterion it belongs to; "" for the assessor's own recommendations
    text: Text  # what it says (an evidence item's title), so that a test or a reviewer can find it
    archived: bool = False  # kept from a criterion that a later rubric version removed


def confidential_items(assessment: Assessment) -> tuple[ConfidentialItem, ...]:
    items: list[ConfidentialItem] = []
    for criterion_id, answer in sorted(assessment.answers.items()):
        items += _in_answer(criterion_id, answer, archived=False)
    for kept in assessment.archive:
        items += _in_answer(kept.criterion_id, kept.answer, archived=True)
    items += [
        ConfidentialItem("recommendation", "", item.text)
        for item in assessment.recommendations
        if item.confidential and item.text
    ]
    return tuple(items)


def without_confidential(assessment: Assessment) -> Assessment:
    """A copy with every item of `confidential_items` left out; the original is not changed."""
    return replace(
        assessment,
        answers={criterion_id: _public_answer(answer) for criterion_id, answer in assessment.answers.items()},
        sections=dict(assessment.sections),
        recommendations=tuple(item for item in assessment.recommendations if not item.confidential),
        archive=tuple(
            ArchivedAnswer(kept.criterion_id, kept.rubric_version, kept.question, _public_answer(kept.answer))
            for kept in assessment.archive
        ),
    )


def _in_answer(criterion_id: str, answer: Answer, archived: bool) -> list[ConfidentialItem]:
    items = []
    if answer.notes_confidential and answer.notes:
        items.append(ConfidentialItem("notes", criterion_id, answer.notes, archived))
    items += [ConfidentialItem("evidence", criterion_id, e.title, archived) for e in answer.evidence if e.confidential]
    items += [
        ConfidentialItem("measure", criterion_id, m.text, archived)
        for m in answer.mitigation
        if m.confidential and m.text
    ]
    return items


def _public_answer(answer: Answer) -> Answer:
    return replace(
        answer,
        notes=Text() if answer.notes_confidential else answer.notes,
        notes_confidential=False,
        evidence=tuple(e for e in answer.evidence if not e.confidential),
        mitigation=tuple(m for m in answer.mitigation if not m.confidential),
    )
