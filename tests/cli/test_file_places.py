"""The command line writes through the same saves as the app: links followed, refusals named, nothing lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hria_app.cli import main
from tests.conftest import DATA

RUBRIC = str(DATA / "mini-rubric.yaml")


def test_new_through_a_dangling_link_says_where_it_leads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "a.hria"
    link.symlink_to(tmp_path / "not-mounted" / "a.hria")
    assert main(["new", "--rubric", RUBRIC, "-o", str(link)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "a.hria is a link to" in err and "not-mounted" in err and "nothing was written" in err
    assert link.is_symlink() and sorted(p.name for p in tmp_path.iterdir()) == ["a.hria"]


def test_new_into_a_vanished_folder_names_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "--rubric", RUBRIC, "-o", str(tmp_path / "gone" / "a.hria")]) == 1
    assert "gone: it no longer exists" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_score_reads_through_a_link_and_new_refuses_a_read_only_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "team" / "a.hria"
    real.parent.mkdir()
    assert main(["new", "--rubric", RUBRIC, "-o", str(real)]) == 0
    link = tmp_path / "a.hria"
    link.symlink_to(real)
    assert main(["score", str(link)]) == 0
    brief = tmp_path / "brief.pdf"
    brief.write_bytes(b"%PDF signed copy")
    brief.chmod(0o444)
    capsys.readouterr()
    assert main(["export", str(link), "-o", str(brief)]) == 1
    err = capsys.readouterr().err
    assert "brief.pdf is read-only: nothing was written" in err
    assert brief.read_bytes() == b"%PDF signed copy"
