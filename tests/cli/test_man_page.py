"""The manual page is generated from the parser: every command and option is in it."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.cli.parser_tools import options, sub_parsers
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def man_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    page = tmp_path_factory.mktemp("man") / "hria.1"
    # As `make man` runs it.
    subprocess.run([sys.executable, str(ROOT / "tools" / "man_page.py"), str(page)], check=True, timeout=120)
    if shutil.which("man") is None:
        return page.read_text(encoding="utf-8").replace("\\-", "-")
    env = {"MANWIDTH": "200", "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        ["man", "-l", str(page)], capture_output=True, text=True, check=True, env=env, timeout=60
    ).stdout


def test_the_man_page_lists_every_command_and_option(man_text: str) -> None:
    for command, parser in sub_parsers().items():
        assert f"COMMAND 'hria {command}'" in man_text
        for option in options(parser):
            assert option in man_text, f"hria {command} {option}"


def test_the_man_page_has_exit_status_and_environment(man_text: str) -> None:
    assert "EXIT STATUS" in man_text
    assert "141" in man_text
    assert "HRIA_PASSPHRASE" in man_text
