"""A real export is dated with the moment it was made, in UTC; a test fixes the moment through a parameter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hria_app.core.assessment import Assessment
from hria_app.report import export_pdf, render_pdf
from tests.report.pdf_tools import reader

UTC = dt.timezone.utc


def _dates(pdf: bytes) -> tuple[dt.datetime, dt.datetime]:
    info = reader(pdf).metadata
    assert info is not None and info.creation_date is not None and info.modification_date is not None
    return info.creation_date, info.modification_date


def test_a_real_export_carries_the_time_it_was_made(mini_assessment: Assessment, tmp_path: Path) -> None:
    before = dt.datetime.now(UTC).replace(microsecond=0)
    target = tmp_path / "brief.pdf"
    export_pdf(mini_assessment, target)
    after = dt.datetime.now(UTC)
    created, modified = _dates(target.read_bytes())
    assert created == modified
    assert before <= created <= after
    assert created.date() == after.date() or created.date() == before.date()
    assert created.utcoffset() == dt.timedelta(0)  # the machine's time zone is not written


def test_a_fixed_moment_is_written_as_given_in_utc(mini_assessment: Assessment) -> None:
    bangkok = dt.timezone(dt.timedelta(hours=7))
    created, modified = _dates(render_pdf(mini_assessment, created=dt.datetime(2025, 3, 1, 16, 30, 5, tzinfo=bangkok)))
    assert created == modified == dt.datetime(2025, 3, 1, 9, 30, 5, tzinfo=UTC)
    assert created.year != 2000
