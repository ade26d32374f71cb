"""docs/command-line.md and README's command list describe the commands the parser has: none missing, none
invented. New command modules are caught without editing this test."""

from __future__ import annotations

import re

import pytest

from tests.cli.parser_tools import options, sub_parsers
from tests.conftest import ROOT

GUIDE = (ROOT / "docs" / "command-line.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _guide_section(command: str) -> str:
    found = re.search(rf"^### hria {re.escape(command)}\n(.*?)(?=^##)", GUIDE + "\n##", re.M | re.S)
    assert found, f"docs/command-line.md has no '### hria {command}' section"
    return found.group(1)


def _readme_commands() -> list[str]:
    block = re.search(r"## The command line\n.*?```\n(.*?)```", README, re.S)
    assert block, "README.md has no command list"
    names = []
    for line in block.group(1).splitlines():
        words = line.replace("[", " ").replace("]", " ").split()
        assert words and words[0] == "hria", line
        names.append(words[1])
    return names


@pytest.mark.parametrize("command", sorted(sub_parsers()))
def test_the_guide_describes_every_command_and_option(command: str) -> None:
    section = _guide_section(command)
    for option in options(sub_parsers()[command]):
        assert f"`{option}" in section or f"{option}`" in section, f"hria {command}: {option} is not described"


def test_the_guide_describes_no_command_the_program_lacks() -> None:
    described = set(re.findall(r"^### hria (\S+)$", GUIDE, re.M))
    assert described == set(sub_parsers())


def test_readme_lists_exactly_the_commands_of_the_parser() -> None:
    listed = _readme_commands()
    # `hria [gui] [FILE]`: gui is optional, the first word in brackets
    assert set(listed) == set(sub_parsers())
    assert len(listed) == len(set(listed))


def test_the_guide_lists_every_exit_code_the_program_uses() -> None:
    from hria_app.cli.main import READER_GONE

    for code in (0, 1, 2, 130, READER_GONE):
        assert re.search(rf"^\| {code} \|", GUIDE, re.M), f"exit code {code} is not in the table"
