"""A rubric moves from 1.0.0 to 1.1.0: the diff says what changed; the assessment keeps every answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from hria_app.cli import main
from hria_app.core.assessment import Answer, Assessment
from hria_app.core.assessment_file import load_assessment, save_assessment
from hria_app.core.rubric import Rubric
from hria_app.core.rubric_diff import diff_rubrics, upgrade
from hria_app.core.rubric_loader import check_rubric_document
from hria_app.core.scoring import evaluate
from hria_app.core.text import Text
from hria_app.core.yaml_source import parse_yaml
from tests.conftest import DATA
from tests.core.rubric_versions import V110


def _rubric(text: str) -> Rubric:
    rubric, issues = check_rubric_document(parse_yaml(text, "v.yaml"))
    assert rubric is not None, [str(i) for i in issues]
    return rubric


@pytest.fixture
def answered(mini_assessment: Assessment) -> Assessment:
    mini_assessment.set_answer("LEG-1", Answer(notes=Text.of("Royal Gazette checked")).scored(3))
    mini_assessment.set_answer("LEG-2", Answer(notes=Text.of("Oversight body never met")).scored(4))
    return mini_assessment


def test_the_diff_lists_added_removed_and_changed(mini_rubric: Rubric) -> None:
    diff = diff_rubrics(mini_rubric, _rubric(V110))
    assert [c.id for c in diff.of("criterion", "added")] == ["LEG-3"]
    assert [c.id for c in diff.of("criterion", "removed")] == ["LEG-2"]
    assert [(c.id, c.detail) for c in diff.of("criterion", "changed")] == [("LEG-1", "question")]
    assert diff_rubrics(mini_rubric, mini_rubric).empty


def test_upgrade_keeps_removed_answers_in_the_archive(tmp_path: Path, answered: Assessment) -> None:
    upgraded, report = upgrade(answered, _rubric(V110))
    assert report.added == ["LEG-3"]
    assert report.archived == ["LEG-2"]
    assert report.review == ["LEG-1"]
    assert upgraded.answer("LEG-3") == Answer()
    assert upgraded.answer("LEG-1") == answered.answer("LEG-1")
    (archived,) = upgraded.archive
    assert (archived.criterion_id, archived.rubric_version) == ("LEG-2", "1.0.0")
    assert archived.answer.notes.get("en") == "Oversight body never met"
    # Scores recompute on the new rubric: LEG-3 is unanswered and counts as unknown (3).
    result = evaluate(upgraded)
    assert result.criterion_scores == {"LEG-1": 3, "LEG-3": 3}
    assert result.unanswered == ("LEG-3",)
    # The archive survives a save and a reopen.
    save_assessment(tmp_path / "u.hria", upgraded)
    assert load_assessment(tmp_path / "u.hria").archive == upgraded.archive


def test_rubric_diff_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = tmp_path / "mini-1.1.0.yaml"
    new.write_text(V110, encoding="utf-8")
    assert main(["rubric-diff", str(DATA / "mini-rubric.yaml"), str(new)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "mini-cctv 1.0.0 -> mini-cctv 1.1.0"
    assert "  + criterion LEG-3: Watchlist rules" in out
    assert "  - criterion LEG-2: Oversight" in out
    assert "  ~ criterion LEG-1: question" in out
