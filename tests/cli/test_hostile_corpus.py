"""The hostile corpus: every file gives exit 1 and a clear, located message. (How fast, and in how much memory:
benchmarks/bench_hostile.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from hria_app.cli import main
from tests.cli.hostile_corpus import CORPUS, ENCRYPTED, EXPECTED, GENERATED, WHOLE_FILE


def test_the_corpus_is_complete() -> None:
    assert {p.name for p in CORPUS.iterdir()} == set(EXPECTED)
    assert len(EXPECTED) + len(GENERATED) >= 40


def _check(
    path: Path, expected: str, located: bool, capsys: pytest.CaptureFixture[str], command: str = "validate"
) -> None:
    code = main([command, str(path)])
    err = capsys.readouterr().err
    first = err.splitlines()[0]
    assert code == 1
    assert "Traceback" not in err
    assert expected in first, first
    assert first.startswith(f"{path}:")
    if located:
        line, column = first[len(str(path)) + 1 :].split(":")[:2]
        assert int(line) >= 1
        assert int(column) >= 1


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_hostile_file_is_refused_clearly(
    name: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HRIA_PASSPHRASE", "any")
    _check(CORPUS / name, EXPECTED[name], name not in WHOLE_FILE, capsys)


@pytest.mark.parametrize("case", sorted(GENERATED))
def test_each_generated_hostile_file_is_refused_clearly(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, expected, located = GENERATED[case]
    _check(make(tmp_path), expected, located, capsys)


@pytest.mark.parametrize("name", sorted(ENCRYPTED))
def test_each_hostile_encrypted_header_is_refused_clearly_when_scoring(
    name: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HRIA_PASSPHRASE", "any")
    _check(CORPUS / name, EXPECTED[name], False, capsys, command="score")
