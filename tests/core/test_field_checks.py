"""Checks a hand-written file meets: real calendar dates, fields of another scoring method, red flags a criterion
cannot raise, and a score on an answer that has none."""

from __future__ import annotations

from pathlib import Path

import pytest

from hria_app.core.assessment import new_assessment
from hria_app.core.assessment_file import check_assessment_file, save_assessment
from hria_app.core.dates import date_problem
from hria_app.core.errors import Issue
from hria_app.core.rubric import Rubric
from hria_app.core.rubric_loader import check_rubric_file, load_rubric
from tests.conftest import DATA

MINI = (DATA / "mini-rubric.yaml").read_text(encoding="utf-8")


def _assessment_file(folder: Path, rubric: Rubric, context: str = "", answers: str = "{}") -> Path:
    path = folder / "a.hria"
    save_assessment(path, new_assessment(rubric, "Dates"), backup=False)
    text = path.read_text(encoding="utf-8")
    text = text.replace("context:\n  title: Dates\n", f"context:\n  title: Dates\n{context}")
    text = text.replace("answers: {}\n", f"answers:{answers}\n" if answers != "{}" else "answers: {}\n")
    path.write_text(text, encoding="utf-8")
    return path


def _errors(path: Path) -> list[Issue]:
    return [i for i in check_assessment_file(path)[1] if i.severity == "error"]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("2026-13-45", "there is no month 13"),
        ("2026-02-29", "month 2 of 2026 has 28 days"),
        ("2026-04-31", "month 4 of 2026 has 30 days"),
        ("2026-00-10", "there is no month 0"),
        ("2026-1-5", "write dates as YYYY-MM-DD"),
    ],
)
def test_impossible_dates_are_named(text: str, problem: str) -> None:
    found = date_problem(text)
    assert found is not None
    assert problem in found.text("en")
    assert found.text("th") != found.text("en")


@pytest.mark.parametrize("text", ["2028-02-29", "2026-12-31", "2000-02-29"])
def test_real_dates_pass(text: str) -> None:
    assert date_problem(text) is None


@pytest.mark.parametrize("field", ["started", "updated"])
def test_an_impossible_context_date_is_refused_at_its_line(field: str, tmp_path: Path, mini_rubric: Rubric) -> None:
    path = _assessment_file(tmp_path, mini_rubric, context=f"  {field}: '2026-02-29'\n")
    errors = _errors(path)
    assert len(errors) == 1
    line = path.read_text(encoding="utf-8").splitlines().index(f"  {field}: '2026-02-29'") + 1
    assert str(errors[0]).startswith(f"{path}:{line}:")
    assert f"context.{field}" in str(errors[0])
    assert "has 28 days" in str(errors[0])


def test_an_impossible_evidence_date_is_refused(tmp_path: Path, mini_rubric: Rubric) -> None:
    answers = """
  LEG-1:
    status: scored
    score: 2
    evidence:
    - {title: A report, accessed: 2026-13-45}"""
    errors = _errors(_assessment_file(tmp_path, mini_rubric, answers=answers))
    assert [str(e).split(": ", 1)[1] for e in errors] == [
        "answers.LEG-1.evidence[0].accessed: '2026-13-45' is not a date: there is no month 13"
    ]


@pytest.mark.parametrize("status", ["not_applicable", "unknown"])
def test_a_score_on_an_answer_without_one_is_refused(status: str, tmp_path: Path, mini_rubric: Rubric) -> None:
    answers = f"""
  LEG-2:
    status: {status}
    reason: not here
    score: 3"""
    errors = _errors(_assessment_file(tmp_path, mini_rubric, answers=answers))
    assert len(errors) == 1
    assert "answers.LEG-2.score" in str(errors[0])
    assert f"this answer is {status}" in str(errors[0])


def test_a_flag_the_criterion_cannot_raise_names_the_ones_it_can(tmp_path: Path) -> None:
    two_flags = MINI.replace(
        "red_flags:\n  - {id: RF1,", "red_flags:\n  - {id: RF2, title: Second flag}\n  - {id: RF1,"
    ).replace(
        "        references: [iccpr-17]\nreferences",
        "        references: [iccpr-17]\n        red_flags: [RF2]\nreferences",
    )
    rubric_path = tmp_path / "two.yaml"
    rubric_path.write_text(two_flags, encoding="utf-8")
    rubric = load_rubric(rubric_path)
    answers = """
  LEG-1:
    status: scored
    score: 4
    red_flags: [RF2, RF-NOWHERE]"""
    errors = _errors(_assessment_file(tmp_path, rubric, answers=answers))
    text = "\n".join(str(e) for e in errors)
    assert "answers.LEG-1.red_flags[0]: criterion LEG-1 cannot raise red flag 'RF2'; it can raise: RF1" in text
    assert "answers.LEG-1.red_flags[1]: unknown red flag 'RF-NOWHERE' (defined: RF1, RF2)" in text
    assert len(errors) == 2


def test_a_flag_on_a_criterion_that_raises_none_says_so_in_both_languages(tmp_path: Path, mini_rubric: Rubric) -> None:
    answers = """
  LEG-2:
    status: scored
    score: 4
    red_flags: [RF1]"""
    (error,) = _errors(_assessment_file(tmp_path, mini_rubric, answers=answers))
    assert "criterion LEG-2 cannot raise red flag 'RF1'; it raises no red flags" in str(error)
    assert "เกณฑ์ LEG-2 ใช้สัญญาณอันตราย 'RF1' ไม่ได้" in error.text("th")


def _rubric_with(tmp_path: Path, method_block: str, criterion_extra: str) -> list[Issue]:
    text = MINI.replace("        red_flags: [RF1]\n", f"        red_flags: [RF1]\n{criterion_extra}")
    text = text.replace("  method: rights_matrix\n", method_block)
    path = tmp_path / "r.yaml"
    path.write_text(text, encoding="utf-8")
    rubric, issues = check_rubric_file(path)
    assert rubric is not None, issues
    return [i for i in issues if i.severity == "warning"]


@pytest.mark.parametrize(
    ("method", "field", "owner"),
    [
        ("checklist", "weight: 3", "weighted_sum"),
        ("rights_matrix", "weight: 3", "weighted_sum"),
        ("weighted_sum", "gateway: true", "checklist"),
        ("rights_matrix", "gateway: true", "checklist"),
    ],
)
def test_a_field_of_another_method_is_a_located_warning(method: str, field: str, owner: str, tmp_path: Path) -> None:
    warnings = _rubric_with(tmp_path, f"  method: {method}\n", f"        {field}\n")
    key = field.split(":")[0]
    assert [w.path for w in warnings] == [f"sections[0].criteria[0].{key}"]
    assert f"'{key}' is used only by the {owner} method; this rubric uses {method}" in str(warnings[0])
    assert owner in warnings[0].text("th")


@pytest.mark.parametrize(("method", "field"), [("weighted_sum", "weight: 3"), ("checklist", "gateway: true")])
def test_a_field_of_its_own_method_is_quiet(method: str, field: str, tmp_path: Path) -> None:
    assert _rubric_with(tmp_path, f"  method: {method}\n", f"        {field}\n") == []
