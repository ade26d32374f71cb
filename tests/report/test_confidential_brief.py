"""The public brief leaves out exactly what `core.confidential` lists: counted there, printed only in full."""

from __future__ import annotations

import datetime as dt

from hria_app.core.assessment import Answer, ArchivedAnswer, Assessment
from hria_app.core.confidential import confidential_items
from hria_app.core.text import Text
from hria_app.report import render_pdf
from tests.report.builders import realistic_assessment
from tests.report.pdf_tools import flat, text_of

DATE = dt.date(2025, 3, 1)
ARCHIVED_SECRET = "Said by a clerk at the registry office on the third floor."


def _briefs(assessment: Assessment) -> tuple[str, str]:
    full = flat(text_of(render_pdf(assessment, date=DATE)))
    public = flat(text_of(render_pdf(assessment, public=True, date=DATE)))
    return full, public


def _archive_note(assessment: Assessment) -> Assessment:
    note = Answer(notes=Text.of(ARCHIVED_SECRET), notes_confidential=True).marked("unknown")
    assessment.archive = (ArchivedAnswer("OLD-2", "0.9.0", Text.of("A removed question"), note),)
    return assessment


def test_an_archived_note_alone_is_counted_and_left_out_of_the_public_brief(mini_assessment: Assessment) -> None:
    assessment = _archive_note(mini_assessment)
    items = confidential_items(assessment)
    full, public = _briefs(assessment)
    dropped = [item for item in items if flat(item.text.get("en")) in full and flat(item.text.get("en")) not in public]
    assert len(items) == len(dropped) == 1
    assert ARCHIVED_SECRET in full
    assert ARCHIVED_SECRET not in public


def test_each_listed_item_of_a_realistic_assessment_is_what_the_public_brief_drops() -> None:
    assessment = _archive_note(realistic_assessment())
    items = confidential_items(assessment)
    assert {item.kind for item in items} == {"notes", "evidence", "measure", "recommendation"}
    full, public = _briefs(assessment)
    for item in items:
        text = flat(item.text.get("en"))
        assert text in full, item
        assert text not in public, item
