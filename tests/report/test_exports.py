"""The exports people edit and track: each opened back by its own library, and each public variant clean."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile

import pytest
from docx import Document
from openpyxl import load_workbook

from hria_app.core.actions import action_plan, set_tracking
from hria_app.core.assessment import Assessment
from hria_app.core.review import criterion_target, new_comment
from hria_app.core.scoring import evaluate
from hria_app.core.text import Text
from hria_app.core.tracking import Tracking
from hria_app.report.formats import FORMATS, format_for, render
from hria_app.report.markdown_brief import escape
from tests.report.builders import (
    ASSESSOR,
    CONFIDENTIAL_STRINGS,
    PUBLIC_EVIDENCE,
    PUBLIC_RECOMMENDATION,
    SECRET_NOTE,
    THAI_NOTE,
    realistic_assessment,
)

DAY = dt.date(2026, 6, 1)
COMMENT = "Reviewer comment QX7-internal: check the minutes again"
OWNER = "Office of the Governor"
OFFICE_FORMATS = ("docx", "xlsx")
TEXT_FORMATS = ("csv", "json", "md")


@pytest.fixture(scope="module")
def tracked() -> Assessment:
    assessment = realistic_assessment()
    first = next(a for a in action_plan(assessment) if not a.confidential)
    set_tracking(assessment, first.key, Tracking(OWNER, "2026-05-01", "in_progress"))
    criterion = next(iter(assessment.rubric.criteria())).id
    assessment.set_comments((new_comment(criterion_target(criterion), "Reviewer Name", COMMENT),))
    return assessment


def _readable(fmt: str, data: bytes) -> str:
    """Everything a reader or a tool could find in the file: for Office files every part of the package."""
    if fmt in OFFICE_FORMATS:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return "\n".join(package.read(name).decode("utf-8", "replace") for name in package.namelist())
    return data.decode("utf-8-sig")


@pytest.mark.parametrize("fmt", [*OFFICE_FORMATS, *TEXT_FORMATS])
@pytest.mark.parametrize("lang", ["en", "th", "en+th"])
def test_a_public_export_holds_nothing_confidential_no_assessor_and_no_comment(
    tracked: Assessment, fmt: str, lang: str
) -> None:
    table = "actions" if fmt == "csv" else "scores"
    readable = _readable(fmt, render(tracked, fmt, lang, public=True, date=DAY, table=table))
    for secret in (*CONFIDENTIAL_STRINGS, COMMENT, "Reviewer Name"):
        assert secret not in readable, f"{secret!r} leaked into the public {fmt}"
    if fmt != "csv":
        assert PUBLIC_RECOMMENDATION in readable or PUBLIC_EVIDENCE in readable


@pytest.mark.parametrize("fmt", [*OFFICE_FORMATS, *TEXT_FORMATS])
def test_the_full_export_keeps_confidential_work_but_never_comments(tracked: Assessment, fmt: str) -> None:
    readable = _readable(fmt, render(tracked, fmt, "en", public=False, date=DAY))
    assert COMMENT not in readable
    if fmt in ("docx", "md", "json"):
        assert SECRET_NOTE in readable or ASSESSOR in readable


def test_the_word_brief_has_real_headings_every_criterion_and_exact_thai(tracked: Assessment) -> None:
    document = Document(io.BytesIO(render(tracked, "docx", "th", date=DAY)))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "แผนปฏิบัติการ" in headings and "บทสรุปผู้บริหาร" in " ".join(headings)
    text = "\n".join(p.text for p in document.paragraphs)
    for criterion in tracked.rubric.criteria():
        assert criterion.id in "\n".join(headings)
    assert THAI_NOTE in text
    normal = document.styles["Normal"].element.rPr.rFonts
    assert normal.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cs") == "Noto Sans Thai"
    assert document.core_properties.author == "" and document.core_properties.last_modified_by == ""


def test_the_workbook_has_its_three_sheets_with_real_dates_and_frozen_filtered_headers(tracked: Assessment) -> None:
    book = load_workbook(io.BytesIO(render(tracked, "xlsx", "en", date=DAY)))
    assert book.sheetnames == ["Scores", "Sections", "Action plan"]
    assert all(sheet.sheet_state == "visible" for sheet in book.worksheets)
    scores = book["Scores"]
    assert scores.max_row - 1 == tracked.rubric.criterion_count
    assert scores.freeze_panes == "A2" and scores.auto_filter.ref
    ids = {row[1] for row in scores.iter_rows(min_row=2, values_only=True)}
    assert ids == {c.id for c in tracked.rubric.criteria()}
    plan = book["Action plan"]
    owned = next(row for row in plan.iter_rows(min_row=2, values_only=True) if row[2] == OWNER)
    assert owned[3] == dt.datetime(2026, 5, 1) and owned[6] == "yes"  # overdue on 1 June
    sections = book["Sections"]
    levels = {row[0]: row[2] for row in sections.iter_rows(min_row=2, values_only=True)}
    assert levels == {s.id: (s.label.get("en") if s.level else None) for s in evaluate(tracked).sections}
    assert book.properties.creator in ("", None)


def test_csv_is_utf8_with_a_byte_order_mark_and_keeps_thai(tracked: Assessment) -> None:
    data = render(tracked, "csv", "th", date=DAY)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) - 1 == tracked.rubric.criterion_count
    assert any(THAI_NOTE in cell for row in rows for cell in row)
    actions = list(csv.reader(io.StringIO(render(tracked, "csv", "en", date=DAY, table="actions").decode("utf-8-sig"))))
    assert any(row[2] == OWNER and row[3] == "2026-05-01" for row in actions)


def test_json_carries_the_result_the_context_and_the_actions(tracked: Assessment) -> None:
    data = json.loads(render(tracked, "json", "en", date=DAY))
    assert data["format"] == "hria-export/1"
    assert data["result"]["overall"]["level"] == evaluate(tracked).overall.level
    assert any(a["owner"] == OWNER and a["overdue"] for a in data["actions"])
    assert "assessors" in data["context"]
    assert "assessors" not in json.loads(render(tracked, "json", "en", public=True, date=DAY))["context"]


def test_markdown_shows_markup_in_notes_as_written(mini_assessment: Assessment) -> None:
    from hria_app.core.assessment import Answer

    hostile = "<script>alert(1)</script> **bold** [link](https://evil.example) # not a heading"
    mini_assessment.set_answer("LEG-1", Answer(notes=Text.of(hostile)).scored(3))
    md = render(mini_assessment, "md", "en", date=DAY).decode("utf-8")
    assert escape(hostile) in md
    assert "<script>" not in md and "[link](" not in md and "\n# not" not in md


def test_the_format_comes_from_the_suffix_unless_given() -> None:
    from pathlib import Path

    from hria_app.cli.assessment_commands import EXPORT_FORMATS
    from hria_app.report.errors import ExportError

    assert EXPORT_FORMATS == FORMATS
    assert format_for(Path("brief.DOCX"), None) == "docx"
    assert format_for(Path("brief.txt"), "md") == "md"
    with pytest.raises(ExportError, match="choose a format"):
        format_for(Path("brief.txt"), None)
