"""The export API as the GUI and the command line use it: progress, errors, repeatability, lazy imports."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hria_app.cli import main as cli_main
from hria_app.core.assessment import Assessment
from hria_app.core.assessment_file import save_assessment
from hria_app.report import ExportError, export_pdf, render_pdf
from tests.report.builders import ROOT, THAI_NOTE, realistic_assessment
from tests.report.pdf_tools import flat, joined, text_of

DATE = dt.date(2025, 3, 1)
MOMENT = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.timezone.utc)  # the PDF's creation time, fixed for repeatability


def test_importing_the_report_package_does_not_import_reportlab() -> None:
    code = "import sys, hria_app.report; print(any(m.startswith('reportlab') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == "False"


def test_same_input_date_and_moment_give_the_same_bytes(mini_assessment: Assessment) -> None:
    first = render_pdf(mini_assessment, lang="en+th", date=DATE, created=MOMENT)
    render_pdf(realistic_assessment(), lang="th", date=DATE)  # other work in between must not leak into it
    assert render_pdf(mini_assessment, lang="en+th", date=DATE, created=MOMENT) == first
    assert render_pdf(mini_assessment, lang="en+th", date="2025-03-01", created=MOMENT) == first
    assert render_pdf(mini_assessment, lang="en+th", date=dt.date(2025, 3, 2), created=MOMENT) != first
    assert render_pdf(mini_assessment, lang="en+th", date=DATE, created=MOMENT + dt.timedelta(seconds=1)) != first


@pytest.mark.slow
def test_a_fresh_process_gives_the_same_bytes(realistic: Assessment) -> None:
    ours = hashlib.sha256(render_pdf(realistic, lang="th", public=True, date=DATE, created=MOMENT)).hexdigest()
    code = textwrap.dedent("""
        import datetime, hashlib
        from hria_app.report import render_pdf
        from tests.report.builders import realistic_assessment
        moment = datetime.datetime(2025, 3, 1, 9, 30, tzinfo=datetime.timezone.utc)
        pdf = render_pdf(realistic_assessment(), lang="th", public=True, date=datetime.date(2025, 3, 1), created=moment)
        print(hashlib.sha256(pdf).hexdigest())
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.strip() == ours


def test_progress_rises_to_done_equals_total(mini_assessment: Assessment) -> None:
    calls: list[tuple[int, int]] = []
    render_pdf(mini_assessment, date=DATE, progress=lambda done, total: calls.append((done, total)))
    assert len(calls) >= 3
    total = calls[0][1]
    assert all(t == total for _, t in calls)
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert calls[-1] == (total, total)


def test_an_exception_from_progress_stops_the_export_and_reaches_the_caller(
    mini_assessment: Assessment, tmp_path: Path
) -> None:
    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done > 1:
            raise Cancelled

    target = tmp_path / "brief.pdf"
    with pytest.raises(Cancelled):
        export_pdf(mini_assessment, target, date=DATE, progress=cancel)
    assert not target.exists()


def test_bad_arguments_are_reported_as_export_errors(mini_assessment: Assessment) -> None:
    with pytest.raises(ExportError, match="unknown report language 'fr'"):
        render_pdf(mini_assessment, lang="fr")
    with pytest.raises(ExportError, match="YYYY-MM-DD"):
        render_pdf(mini_assessment, date="1st of March")


def test_export_writes_a_pdf_to_the_path(mini_assessment: Assessment, tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    export_pdf(mini_assessment, target, date=DATE, created=MOMENT)
    assert target.read_bytes() == render_pdf(mini_assessment, date=DATE, created=MOMENT)


def test_the_command_line_exports_a_public_thai_brief(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "phuket.hria"
    save_assessment(source, realistic_assessment(), backup=False)
    target = tmp_path / "brief.pdf"
    assert cli_main(["export", str(source), "-o", str(target), "--lang", "th", "--public"]) == 0
    assert f"wrote {target}" in capsys.readouterr().out
    text = text_of(target.read_bytes())
    assert "ฉบับเผยแพร่สาธารณะ" in text
    assert joined(THAI_NOTE) in joined(text)


def test_the_command_line_reports_a_failure_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "phuket.hria"
    save_assessment(source, realistic_assessment(), backup=False)
    target = tmp_path / "no-such-folder" / "brief.pdf"
    assert cli_main(["export", str(source), "-o", str(target)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("hria: cannot write to the folder")
    assert not target.exists()


@pytest.mark.slow
def test_the_installed_command_runs_end_to_end(tmp_path: Path) -> None:
    source = tmp_path / "phuket.hria"
    save_assessment(source, realistic_assessment(), backup=False)
    target = tmp_path / "brief.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "hria_app", "export", str(source), "-o", str(target), "--lang", "en+th"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Executive summary / บทสรุปผู้บริหาร" in flat(text_of(target.read_bytes()))
