"""One definition of what is confidential: every marked item is listed, the archive included, and the public copy
leaves out exactly those items."""

from __future__ import annotations

from dataclasses import replace

from hria_app.core.assessment import Answer, ArchivedAnswer, Assessment, Evidence, Measure, Recommendation
from hria_app.core.confidential import confidential_items, without_confidential
from hria_app.core.text import Text


def _archived(answer: Answer) -> ArchivedAnswer:
    return ArchivedAnswer("OLD-1", "0.9.0", Text.of("A removed question"), answer)


def test_an_assessment_with_nothing_marked_lists_nothing(mini_assessment: Assessment) -> None:
    assert confidential_items(mini_assessment) == ()


def test_every_kind_is_listed_in_answers_archive_and_recommendations(mini_assessment: Assessment) -> None:
    criterion = next(mini_assessment.rubric.criteria()).id
    secret = Answer(
        notes=Text.of("note"),
        notes_confidential=True,
        evidence=(Evidence(Text.of("open")), Evidence(Text.of("hidden source"), confidential=True)),
        mitigation=(Measure(Text.of("quiet measure"), confidential=True), Measure(Text.of("open measure"))),
    ).scored(2)
    mini_assessment.set_answer(criterion, secret)
    mini_assessment.archive = (_archived(secret),)
    mini_assessment.set_recommendations(
        (Recommendation(Text.of("open advice")), Recommendation(Text.of("quiet advice"), confidential=True))
    )
    items = confidential_items(mini_assessment)
    assert [(i.kind, i.text.get("en"), i.archived) for i in items] == [
        ("notes", "note", False),
        ("evidence", "hidden source", False),
        ("measure", "quiet measure", False),
        ("notes", "note", True),
        ("evidence", "hidden source", True),
        ("measure", "quiet measure", True),
        ("recommendation", "quiet advice", False),
    ]
    public = without_confidential(mini_assessment)
    assert confidential_items(public) == ()
    kept = public.answer(criterion)
    assert [e.title.get("en") for e in kept.evidence] == ["open"]
    assert [m.text.get("en") for m in kept.mitigation] == ["open measure"]
    assert not kept.notes
    assert [r.text.get("en") for r in public.recommendations] == ["open advice"]
    assert confidential_items(mini_assessment) == items  # the original is untouched


def test_an_empty_note_marked_confidential_is_not_an_item(mini_assessment: Assessment) -> None:
    mini_assessment.archive = (_archived(replace(Answer(), notes_confidential=True)),)
    assert confidential_items(mini_assessment) == ()


def test_an_archived_confidential_note_is_counted(mini_assessment: Assessment) -> None:
    mini_assessment.archive = (_archived(Answer(notes=Text.of("said by a clerk"), notes_confidential=True)),)
    items = confidential_items(mini_assessment)
    assert len(items) == 1
    assert items[0].archived and items[0].kind == "notes"
