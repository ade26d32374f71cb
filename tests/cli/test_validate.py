"""`hria validate`: every bad input gives exit 1 and located messages, never a traceback. (How fast:
benchmarks/bench_hostile.py.)"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from hria_app.cli import main
from tests.cli.bad_rubrics import CASES, MINI, write_case
from tests.conftest import ROOT

LOCATED = re.compile(r"^(?P<file>[^\n]+?):(?P<line>\d+):(?P<col>\d+): (?P<rest>.+)$")


@pytest.mark.parametrize(("make", "expected", "located"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_rubrics_are_refused_clearly(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: Callable[[Path], Path],
    expected: str,
    located: bool,
) -> None:
    path = make(tmp_path)
    code = main(["validate", str(path)])
    err = capsys.readouterr().err
    assert code == 1
    assert expected in err
    assert "Traceback" not in err
    first = err.splitlines()[0]
    assert first.startswith(str(path))
    if located:
        match = LOCATED.match(first)
        assert match, first
        assert int(match["line"]) >= 1


def test_field_errors_name_the_path_and_position(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_case(MINI.replace("red_flags: [RF1]", "red_flags: [RF9]"))(tmp_path)
    main(["validate", str(path)])
    line = capsys.readouterr().err.splitlines()[0]
    expected_line = next(i for i, text in enumerate(MINI.splitlines(), 1) if "red_flags: [RF1]" in text)
    assert line.startswith(f"{path}:{expected_line}:")
    assert "sections[0].criteria[0].red_flags[0]: unknown red flag 'RF9'" in line


def test_all_problems_are_reported_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = MINI.replace("red_flags: [RF1]", "red_flags: [RF9]").replace("id: LEG-2", "id: LEG-1")
    main(["validate", str(write_case(broken)(tmp_path))])
    err = capsys.readouterr().err
    assert "unknown red flag 'RF9'" in err
    assert "duplicate criterion id" in err


def test_every_shipped_rubric_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted((ROOT / "rubrics").glob("*.yaml"))
    assert files, "no bundled rubrics"
    assert main(["validate", *map(str, files)]) == 0
    assert "warning" not in capsys.readouterr().err


def test_the_installed_command_reports_without_a_traceback(tmp_path: Path) -> None:
    path = write_case("a: !!python/object/new:os.system [ls]\n")(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "hria_app", "validate", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(f"{path}:1:4: a: the tag")


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["validate"])
    assert caught.value.code == 2
