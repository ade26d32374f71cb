"""The samples a new user opens first: valid, and scored as the scenario says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hria_app.cli import main
from hria_app.core.assessment_file import load_assessment
from tests.conftest import ROOT

SAMPLES = ROOT / "resources" / "samples"
FINDFACE = SAMPLES / "nakhon-thani-findface.hria"


def test_every_shipped_file_validates(capsys: pytest.CaptureFixture[str]) -> None:
    files = [*sorted((ROOT / "rubrics").glob("*.yaml")), *sorted(SAMPLES.glob("*.hria"))]
    assert len(files) >= 5
    assert main(["validate", *map(str, files)]) == 0
    assert "warning" not in capsys.readouterr().err


def test_the_findface_sample_reaches_the_top_level_through_its_red_flags(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(FINDFACE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    overall = data["overall"]
    assert overall["rank"] == overall["max_rank"]
    assert {"RF1", "RF3", "RF4", "RF5", "RF7"} <= set(data["red_flags"])
    reasons = " ".join(overall["reasons"])
    for flag in ("RF1", "RF3", "RF4", "RF5", "RF7"):
        assert f"red flag {flag} raised on" in reasons
    assert data["completeness"] == 1.0


def test_the_findface_sample_reads_like_finished_work() -> None:
    a = load_assessment(FINDFACE)
    answers = [a.answer(c.id) for c in a.rubric.criteria()]
    assert all(answer.is_answered for answer in answers)
    assert all(answer.notes.has("en") and answer.notes.has("th") for answer in answers)
    assert sum(1 for answer in answers if answer.status == "unknown") >= 2
    assert all(answer.evidence for answer in answers if answer.status == "scored")
    assert any(answer.notes_confidential for answer in answers)
    assert any(e.confidential for answer in answers for e in answer.evidence)
    assert sum(1 for answer in answers if answer.mitigation) >= 10
    assert "HYPOTHETICAL" in a.context.background.get("en").upper()
    assert set(a.sections) == {s.id for s in a.rubric.sections}


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.hria")), ids=lambda p: Path(p).stem)
def test_each_sample_scores_both_ways(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for extra in ([], ["--residual"]):
        assert main(["score", str(path), "--json", *extra]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["overall"]["rank"] == data["overall"]["max_rank"]
