"""Format 2: item ids, the carried-over mark, conflicts and the baseline; format-1 files still open."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from hria_app.core.assessment import FORMAT_VERSION, Answer, Assessment, Evidence
from hria_app.core.assessment_file import check_assessment_file, load_assessment, save_assessment, serialise
from hria_app.core.baseline import Baseline
from hria_app.core.conflicts import Conflict
from hria_app.core.text import Text
from tests.conftest import DATA

FORMAT_1 = DATA / "format-1.hria"


def test_a_format_1_file_opens_and_its_items_get_the_same_ids_in_every_reader() -> None:
    first, second = load_assessment(FORMAT_1), load_assessment(FORMAT_1)
    evidence = first.answer("LEG-1").evidence
    assert [e.title.get("en") for e in evidence] == ["Procurement notice", "Procurement notice"]
    assert [e.id for e in evidence] == [e.id for e in second.answer("LEG-1").evidence]
    assert len({e.id for e in evidence}) == 2  # two identical items stay two items
    assert first.answer("LEG-1").mitigation[0].id.startswith("m-")
    assert first.conflicts == () and first.baseline is None


def test_saving_writes_format_2_and_keeps_the_ids(tmp_path: Path) -> None:
    old = load_assessment(FORMAT_1)
    path = tmp_path / "a.hria"
    save_assessment(path, old)
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"format_version: {FORMAT_VERSION}\n")
    again = load_assessment(path)
    assert [e.id for e in again.answer("LEG-1").evidence] == [e.id for e in old.answer("LEG-1").evidence]


def test_a_new_item_has_an_id_from_the_start_and_an_edit_keeps_it() -> None:
    item = Evidence(Text.of("Leaked contract"))
    edited = replace(item, note=Text.of("page 4"))
    assert item.id.startswith("e-") and edited.id == item.id
    assert Evidence(Text.of("same")) == Evidence(Text.of("same"))  # equality is about content


def test_a_duplicate_item_id_is_a_located_error(tmp_path: Path) -> None:
    text = (
        FORMAT_1.read_text(encoding="utf-8")
        .replace("format_version: 1", "format_version: 2")
        .replace("    - title: Procurement notice\n", "    - id: e-1\n      title: Procurement notice\n")
    )
    path = tmp_path / "dup.hria"
    path.write_text(text, encoding="utf-8")
    assessment, issues = check_assessment_file(path)
    assert assessment is None
    assert "duplicate evidence id 'e-1'" in str(issues[0])
    assert str(issues[0]).startswith(f"{path}:16:11: answers.LEG-1.evidence[1].id")


def test_conflicts_baseline_and_carried_over_survive_a_save(tmp_path: Path, mini_assessment: Assessment) -> None:
    mini_assessment.set_answer("LEG-1", Answer(status="scored", score=3, carried_over=True))
    mini_assessment.conflicts = (Conflict(("answers", "LEG-1", "score"), 2, 3, 4, "alice", "bob"),)
    mini_assessment.baseline = Baseline("sha256:abc", "city-2025.hria", "City", "2025-11-01", "III", {"LEG": "high"})
    path = tmp_path / "a.hria"
    save_assessment(path, mini_assessment)
    reopened, issues = check_assessment_file(path)
    assert reopened is not None
    assert reopened.conflicts == mini_assessment.conflicts
    assert reopened.baseline == mini_assessment.baseline
    assert reopened.answer("LEG-1").carried_over
    warning = next(i for i in issues if i.code == "merge_conflict")
    assert warning.severity == "warning"
    assert "answers › LEG-1 › score: ours 3, theirs 4" in str(warning)
    assert "ฝั่งเรา 3" in warning.describe("th")


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("- {ours: 1}", "missing required field 'field'"),
        ("- {field: [], ours: 1}", "at least 1 item"),
        ("- {field: [answers, 7], ours: 1}", "put it in quotes"),
        ("- {field: [answers], colour: red}", "unknown field 'colour'"),
    ],
)
def test_a_malformed_conflict_is_a_located_error(
    tmp_path: Path, mini_assessment: Assessment, entry: str, expected: str
) -> None:
    text = serialise(mini_assessment).decode("utf-8").replace("rubric:\n", f"conflicts:\n{entry}\nrubric:\n", 1)
    path = tmp_path / "bad.hria"
    path.write_text(text, encoding="utf-8")
    assessment, issues = check_assessment_file(path)
    assert assessment is None
    assert expected in str(issues[0])
    assert str(issues[0]).startswith(f"{path}:")
