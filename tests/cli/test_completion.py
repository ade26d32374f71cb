"""Shell completion: generated from the parser, it offers commands, options, rubric ids and the right files."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hria_app.cli import main
from tests.cli.parser_tools import options, sub_parsers
from tests.conftest import DATA


def _script(shell: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["completion", shell]) == 0
    return capsys.readouterr().out


def _complete(script: Path, folder: Path, *words: str) -> list[str]:
    """What bash offers for the last word of `hria WORDS...`."""
    quoted = " ".join(shlex.quote(word) for word in words)
    driver = (
        f"source {shlex.quote(str(script))}; COMP_WORDS=(hria {quoted}); COMP_CWORD={len(words)}; "
        "_hria; printf '%s\\n' \"${COMPREPLY[@]}\""
    )
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(
        ["bash", "--norc", "-c", driver], cwd=folder, env=env, capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stderr == ""
    return sorted(set(done.stdout.split()))


@pytest.fixture
def bash_script(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "hria.bash"
    path.write_text(_script("bash", capsys), encoding="utf-8")
    for name in ("a.hria", "b.yaml", "c.yml", "d.txt"):
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    return path


def test_bash_completes_every_command(bash_script: Path, tmp_path: Path) -> None:
    offered = _complete(bash_script, tmp_path, "")
    assert set(sub_parsers()) <= set(offered)
    assert "a.hria" in offered  # hria FILE opens the app
    assert "d.txt" not in offered


@pytest.mark.parametrize("command", sorted(sub_parsers()))
def test_bash_completes_every_option_of_every_command(bash_script: Path, tmp_path: Path, command: str) -> None:
    flags = [o for o in options(sub_parsers()[command]) if o.startswith("-")]
    assert set(flags) <= set(_complete(bash_script, tmp_path, command, "-"))


@pytest.mark.parametrize(
    ("words", "expected", "not_expected"),
    [
        (("score", ""), {"a.hria", "sub"}, {"b.yaml", "d.txt"}),
        (("export", "--lang", ""), {"en", "th", "en+th"}, {"a.hria"}),
        (("validate", ""), {"a.hria", "b.yaml", "c.yml"}, {"d.txt"}),
        (("new", "--rubric", ""), {"b.yaml", "c.yml", "facial-recognition-surveillance", "mini-cctv"}, {"a.hria"}),
        (("rubric-diff", ""), {"b.yaml", "necessary-proportionate"}, {"d.txt"}),
        (("completion", ""), {"bash", "zsh"}, set()),
    ],
)
def test_bash_offers_what_the_argument_takes(
    bash_script: Path, tmp_path: Path, words: tuple[str, ...], expected: set[str], not_expected: set[str]
) -> None:
    library = Path(os.environ["HRIA_RUBRIC_DIR"])
    library.mkdir(parents=True, exist_ok=True)
    shutil.copy(DATA / "mini-rubric.yaml", library / "mini.yaml")
    offered = set(_complete(bash_script, tmp_path, *words))
    assert expected <= offered
    assert not (not_expected & offered)


def test_zsh_script_names_every_command_and_option(capsys: pytest.CaptureFixture[str]) -> None:
    script = _script("zsh", capsys)
    assert script.startswith("#compdef hria\n")
    for command, parser in sub_parsers().items():
        assert f"'{command}:" in script
        assert f"                {command}) _arguments" in script
        for option in options(parser):
            if option.startswith("--") and option != "--help":
                assert option in script


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
def test_zsh_script_parses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "_hria"
    path.write_text(_script("zsh", capsys), encoding="utf-8")
    subprocess.run(["zsh", "-n", str(path)], check=True, timeout=60)


def test_rubric_ids_for_the_scripts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["completion", "--rubric-ids"]) == 0
    ids = capsys.readouterr().out.split()
    assert "facial-recognition-surveillance" in ids
    assert ids == sorted(ids)


def test_completion_without_a_shell_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["completion"]) == 2
    assert "hria completion bash" in capsys.readouterr().err
