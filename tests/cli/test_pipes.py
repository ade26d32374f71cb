"""Every command leaves quietly when its reader goes away, as `cat` does: no traceback, status 141."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hria_app.cli import build_parser
from hria_app.cli.main import READER_GONE
from tests.conftest import DATA, ROOT

SAMPLE = ROOT / "resources" / "samples" / "nakhon-thani-findface.hria"
RUBRIC = ROOT / "rubrics" / "facial-recognition-surveillance.yaml"


def _sub_commands() -> list[str]:
    parser = build_parser()
    choices = next(a.choices for a in parser._actions if a.choices and isinstance(a.choices, dict))
    return sorted(choices)


def _run_into_closed_pipe(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """The reader end is closed before the command starts, so its first write meets a closed pipe every time."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "hria_app", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            cwd=cwd,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)


def _commands_that_print(tmp_path: Path) -> dict[str, list[str]]:
    return {
        "rubrics": ["rubrics"],
        "rubrics --json": ["rubrics", "--json"],
        "validate": ["validate", str(RUBRIC), str(SAMPLE)],
        "new": ["new", "--rubric", str(DATA / "mini-rubric.yaml"), "-o", str(tmp_path / "new.hria")],
        "score": ["score", str(SAMPLE)],
        "score --json": ["score", str(SAMPLE), "--json"],
        "export": ["export", str(SAMPLE), "-o", str(tmp_path / "brief.pdf")],
        "rubric-diff": ["rubric-diff", str(DATA / "mini-rubric.yaml"), str(RUBRIC)],
        "completion": ["completion", "bash"],
        "evidence": ["evidence", "list", str(SAMPLE)],
        "bundle": ["bundle", str(SAMPLE), "-o", str(tmp_path / "bundle.zip"), "--public"],
        "diff": ["diff", str(SAMPLE), str(SAMPLE)],
        "show": ["show", str(SAMPLE)],
        "resolve": ["resolve", str(SAMPLE)],
        "gitattributes": ["gitattributes"],
        "merge": ["merge", str(SAMPLE), str(SAMPLE), str(SAMPLE), "-o", str(tmp_path / "merged.hria")],
        "--help": ["--help"],
        "--version": ["--version"],
    }


@pytest.mark.parametrize(
    "name",
    [
        "rubrics",
        "rubrics --json",
        "validate",
        "new",
        "score",
        "score --json",
        "export",
        "rubric-diff",
        "completion",
        "evidence",
        "bundle",
        "show",
        "gitattributes",
    ],
)
def test_a_closed_pipe_ends_the_command_quietly(name: str, tmp_path: Path) -> None:
    done = _run_into_closed_pipe(_commands_that_print(tmp_path)[name], tmp_path)
    assert done.stderr.decode() == ""
    assert done.returncode == READER_GONE


# Help and version are printed by argparse, which itself ignores a failed write and exits 0 (Python 3.12+).
@pytest.mark.parametrize("args", [["--help"], ["--version"], *([c, "--help"] for c in _sub_commands())])
def test_help_survives_a_closed_pipe(args: list[str], tmp_path: Path) -> None:
    done = _run_into_closed_pipe(args, tmp_path)
    assert done.stderr.decode() == ""
    assert done.returncode in (0, READER_GONE)


def test_the_pipe_test_covers_every_command(tmp_path: Path) -> None:
    """A new command that prints joins the table above; this fails until it does."""
    covered = {args[0] for args in _commands_that_print(tmp_path).values()}
    assert set(_sub_commands()) - {"gui"} <= covered


def test_head_reads_the_first_line_and_nothing_breaks(tmp_path: Path) -> None:
    hria = f"{sys.executable} -m hria_app"
    done = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {hria} score '{SAMPLE}' --json | head -1; echo status=$?"],
        capture_output=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    # The whole JSON may fit in the pipe before head leaves (status 0), or not (status 141); never a traceback.
    first, status = done.stdout.decode().splitlines()
    assert first == "{"
    assert status in ("status=0", f"status={READER_GONE}")
    assert done.stderr.decode() == ""
