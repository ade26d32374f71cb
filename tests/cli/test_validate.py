"""`hria validate`: every bad input gives exit 1 and located messages, never a traceback, within 2 s."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from hria_app.cli import main
from tests.conftest import DATA, ROOT

MINI = (DATA / "mini-rubric.yaml").read_text(encoding="utf-8")
LOCATED = re.compile(r"^(?P<file>[^\n]+?):(?P<line>\d+):(?P<col>\d+): (?P<rest>.+)$")


def _alias_bomb() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def _write(text: str | bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / "case.yaml"
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return make


def _huge(folder: Path) -> Path:
    path = folder / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing 50 MB
    return path


# (case id, how to make the file, text the message must contain, located at a line?)
CASES: list[tuple[str, Callable[[Path], Path], str, bool]] = [
    ("missing file", lambda d: d / "nope.yaml", "file not found", False),
    ("a directory", lambda d: d, "folder, not a file", False),
    ("empty file", _write(""), "empty", False),
    ("binary garbage", _write(bytes(range(256)) * 4), "NUL byte", True),
    (
        "invalid UTF-8",
        _write(MINI.replace("Mini CCTV check", "Mini caf\udce9").encode("utf-8", "surrogateescape")),
        "invalid UTF-8",
        True,
    ),
    ("YAML syntax error", _write(MINI.replace("sections:\n", "sections: [\n", 1)), "YAML syntax error", True),
    ("python tag", _write("!!python/object/apply:os.system ['echo pwned']\n"), "not allowed", True),
    ("alias bomb", _write(_alias_bomb()), "aliases", True),
    ("wrong type", _write(MINI.replace("version: 1.0.0", "version: [1, 0]")), "version: expected text", True),
    (
        "wrong nested type",
        _write(MINI.replace("red_flags: [RF1]", "red_flags: RF1")),
        "red_flags: expected a list",
        True,
    ),
    (
        "duplicate criterion id",
        _write(MINI.replace("id: LEG-2", "id: LEG-1")),
        "duplicate criterion id 'LEG-1'",
        True,
    ),
    (
        "dangling red flag",
        _write(MINI.replace("red_flags: [RF1]", "red_flags: [RF9]")),
        "unknown red flag 'RF9'",
        True,
    ),
    (
        "dangling reference",
        _write(MINI.replace("references: [iccpr-17]", "references: [gc-99]", 1)),
        "unknown reference 'gc-99'",
        True,
    ),
    (
        "missing anchor",
        _write(MINI.replace("          4: {en: Obstructed, th: ถูกขัดขวาง}\n", "")),
        "missing [4]",
        True,
    ),
    ("10,000-deep nesting", _write("a: " + "[" * 10_000 + "]" * 10_000 + "\n"), "nest", True),
    ("50 MB file", _huge, "too large", False),
    (
        "newer schema",
        _write(MINI.replace("schema_version: 1", "schema_version: 7")),
        "format version 7",
        True,
    ),
]


@pytest.mark.parametrize(("make", "expected", "located"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_rubrics_are_refused_clearly(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: Callable[[Path], Path],
    expected: str,
    located: bool,
) -> None:
    path = make(tmp_path)
    started = time.perf_counter()
    code = main(["validate", str(path)])
    elapsed = time.perf_counter() - started
    err = capsys.readouterr().err
    assert code == 1
    assert elapsed < 2.0
    assert expected in err
    assert "Traceback" not in err
    first = err.splitlines()[0]
    assert first.startswith(str(path))
    if located:
        match = LOCATED.match(first)
        assert match, first
        assert int(match["line"]) >= 1


def test_field_errors_name_the_path_and_position(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(MINI.replace("red_flags: [RF1]", "red_flags: [RF9]"))(tmp_path)
    main(["validate", str(path)])
    line = capsys.readouterr().err.splitlines()[0]
    expected_line = next(i for i, text in enumerate(MINI.splitlines(), 1) if "red_flags: [RF1]" in text)
    assert line.startswith(f"{path}:{expected_line}:")
    assert "sections[0].criteria[0].red_flags[0]: unknown red flag 'RF9'" in line


def test_all_problems_are_reported_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = MINI.replace("red_flags: [RF1]", "red_flags: [RF9]").replace("id: LEG-2", "id: LEG-1")
    main(["validate", str(_write(broken)(tmp_path))])
    err = capsys.readouterr().err
    assert "unknown red flag 'RF9'" in err
    assert "duplicate criterion id" in err


def test_every_shipped_rubric_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted((ROOT / "rubrics").glob("*.yaml"))
    assert files, "no bundled rubrics"
    assert main(["validate", *map(str, files)]) == 0
    assert "warning" not in capsys.readouterr().err


def test_the_installed_command_reports_without_a_traceback(tmp_path: Path) -> None:
    path = _write("a: !!python/object/new:os.system [ls]\n")(tmp_path)
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
