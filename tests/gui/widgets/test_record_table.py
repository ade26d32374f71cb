"""The record table: a date is checked on the calendar as the core checks a file's dates, and a refused value is
explained next to the table, naming the row and the column."""

from __future__ import annotations

from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from hria_app.core.dates import date_problem
from hria_app.gui.widgets.record_table import Column, RecordEditor

NAMES = {
    "table": "Visits",
    "add": "Add",
    "remove": "Remove",
    "edit": "Edit visit",
    "add_step": "Add visit",
    "remove_step": "Remove visit",
}


@dataclass(frozen=True)
class Visit:
    place: str = ""
    day: str = ""


def _editor(qtbot: QtBot) -> tuple[RecordEditor, list[tuple[Visit, ...]]]:
    editor = RecordEditor([Column("place", "Place"), Column("day", "Day", "date")], Visit, NAMES)
    qtbot.addWidget(editor)
    editor.set_records((Visit("Depot"), Visit("Square", "2026-01-05")))
    edits: list[tuple[Visit, ...]] = []
    editor.records_edited.connect(lambda records, _label: edits.append(records))
    return editor, edits


def test_a_day_not_on_the_calendar_is_refused_with_a_located_message(qtbot: QtBot) -> None:
    editor, edits = _editor(qtbot)
    editor.show()
    day = editor.model.index(1, 1)
    assert editor.model.setData(day, "2026-02-30") is False
    assert edits == [] and editor.model.records[1].day == "2026-01-05"
    problem = date_problem("2026-02-30")
    assert problem is not None
    assert editor.problem_label.isVisible()
    assert editor.problem_label.text() == f"Row 2, Day: {problem.text('en')}"
    assert "28 days" in editor.problem_label.text()


def test_a_real_day_is_taken_and_the_message_goes(qtbot: QtBot) -> None:
    editor, edits = _editor(qtbot)
    editor.show()
    day = editor.model.index(0, 1)
    assert editor.model.setData(day, "2026-13-01") is False
    assert "no month 13" in editor.problem_label.text()
    assert editor.model.setData(day, "2028-02-29") is True  # a leap day
    assert edits[-1][0] == Visit("Depot", "2028-02-29")
    assert not editor.problem_label.isVisible()
