"""The walk-through of docs/teamwork.md, step by step, in a real git repository with the driver installed."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from hria_app.cli import main
from hria_app.core.assessment import Answer
from hria_app.core.assessment_file import check_assessment_file, load_assessment, save_assessment
from tests.conftest import DATA

HRIA = f"{shlex.quote(sys.executable)} -m hria_app"


def _git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Alice",
        "GIT_AUTHOR_EMAIL": "alice@example.org",
        "GIT_COMMITTER_NAME": "Alice",
        "GIT_COMMITTER_EMAIL": "alice@example.org",
        "GIT_PAGER": "cat",
    }
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=check, timeout=60)


def _score(repo: Path, criterion_id: str, answer: Answer) -> None:
    """What the assessor does in the app: answer a criterion and save."""
    path = repo / "city.hria"
    assessment = load_assessment(path)
    assessment.set_answer(criterion_id, answer)
    save_assessment(path, assessment, backup=False)


@pytest.fixture
def repo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    repo = tmp_path / "team"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    # Step 1: install the driver and the textconv, as `hria gitattributes` says.
    assert main(["gitattributes", "--command", HRIA]) == 0
    printed = capsys.readouterr().out.splitlines()
    (repo / ".gitattributes").write_text(next(line for line in printed if line.startswith("*.hria")) + "\n")
    for line in printed:
        if line.startswith("git config "):
            _git(repo, *shlex.split(line)[1:])
    (repo / ".gitignore").write_text("*.bak\n")
    # Step 2: start the assessment and commit it.
    assert main(["new", "--rubric", str(DATA / "mini-rubric.yaml"), "-o", str(repo / "city.hria")]) == 0
    _score(repo, "LEG-1", Answer(status="scored", score=2))
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "Start the assessment")
    return repo


def test_two_people_edit_different_criteria_and_git_merges_cleanly(repo: Path) -> None:
    _git(repo, "checkout", "-q", "-b", "alice")
    _score(repo, "LEG-1", Answer(status="scored", score=3))
    _git(repo, "commit", "-q", "-am", "Alice: LEG-1")
    _git(repo, "checkout", "-q", "main")
    _score(repo, "LEG-2", Answer(status="unknown"))
    _git(repo, "commit", "-q", "-am", "Bob: LEG-2")
    merged = _git(repo, "merge", "-q", "--no-edit", "alice")
    assert merged.returncode == 0
    result = load_assessment(repo / "city.hria")
    assert (result.answer("LEG-1").score, result.answer("LEG-2").status) == (3, "unknown")
    assert result.conflicts == ()


def test_both_set_one_score_git_reports_the_conflict_and_resolving_it_lets_the_commit_through(repo: Path) -> None:
    _git(repo, "checkout", "-q", "-b", "alice")
    _score(repo, "LEG-1", Answer(status="scored", score=3))
    _git(repo, "commit", "-q", "-am", "Alice: LEG-1 is 3")
    _git(repo, "checkout", "-q", "main")
    _score(repo, "LEG-1", Answer(status="scored", score=4))
    _git(repo, "commit", "-q", "-am", "Bob: LEG-1 is 4")
    merged = _git(repo, "merge", "--no-edit", "alice", check=False)
    assert merged.returncode == 1
    assert "CONFLICT (content): Merge conflict in city.hria" in merged.stdout
    text = (repo / "city.hria").read_text(encoding="utf-8")
    assert "<<<<<<<" not in text
    assert yaml.safe_load(text)["conflicts"][0]["field"] == ["answers", "LEG-1", "score"]
    opened, issues = check_assessment_file(repo / "city.hria")
    assert opened is not None
    (conflict,) = opened.conflicts
    assert (conflict.ours, conflict.theirs, conflict.base) == (4, 3, 2)
    assert any("unresolved merge conflict in answers › LEG-1 › score" in str(i) for i in issues)
    # Resolve: take Alice's score (the command calls core's resolve_conflict), then commit.
    assert main(["resolve", str(repo / "city.hria"), "--field", "answers.LEG-1.score", "--take", "theirs"]) == 0
    _git(repo, "add", "city.hria")
    assert _git(repo, "commit", "-q", "--no-edit").returncode == 0
    final = load_assessment(repo / "city.hria")
    assert final.answer("LEG-1").score == 3 and final.conflicts == ()
    assert _git(repo, "status", "--porcelain").stdout == ""


def test_git_diff_and_log_show_the_score_change_in_words(repo: Path) -> None:
    _score(repo, "LEG-1", Answer(status="scored", score=4))
    diff = _git(repo, "diff").stdout
    assert "-LEG-1 Specific law: score 2 (General powers only)" in diff
    assert "+LEG-1 Specific law: score 4 (Used against the law)" in diff
    _git(repo, "commit", "-q", "-am", "LEG-1 is 4")
    log = _git(repo, "log", "-p", "-1").stdout
    assert "+LEG-1 Specific law: score 4 (Used against the law)" in log
