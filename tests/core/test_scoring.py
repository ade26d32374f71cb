"""Scoring: the worked example of docs/scoring.md number by number, and the rules each method promises."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from hria_app.core.assessment import Answer, Assessment, Measure, SectionInput, new_assessment
from hria_app.core.rubric import Rubric
from hria_app.core.rubric_loader import check_rubric_document, load_rubric
from hria_app.core.scoring import evaluate
from hria_app.core.text import Text
from hria_app.core.yaml_source import parse_yaml
from tests.conftest import DATA


@pytest.fixture
def example() -> Assessment:
    """The assessment of the worked example in docs/scoring.md."""
    a = new_assessment(load_rubric(DATA / "scoring-example.yaml"), "Worked example")
    a.set_answer("LEG-1", Answer().scored(2))
    a.set_answer("LEG-2", Answer().marked("unknown"))
    a.set_answer("LEG-3", Answer().scored(4))
    measure = Measure(Text.of("Enable and audit access logs"), "state", "implemented")
    a.set_answer("OVS-1", Answer(mitigation=(measure,), residual_score=0).scored(1))
    a.set_answer("OVS-2", Answer(na_reason=Text.of("No legislature in this city")).marked("not_applicable"))
    a.set_section_input("LEG", SectionInput(scale=3, scope=4, irremediability=2))
    a.set_section_input("OVS", SectionInput(scale=2, irremediability=1))
    return a


def test_worked_example_inherent(example: Assessment) -> None:
    result = evaluate(example)
    leg, ovs = result.sections
    assert (leg.severity, leg.total, leg.counted, leg.likelihood, leg.level) == (4, 9, 3, 3, "critical")
    assert (ovs.severity, ovs.total, ovs.counted, ovs.likelihood, ovs.level) == (3, 1, 1, 2, "high")
    assert (result.overall.total, result.overall.maximum, result.overall.percent) == (10, 16, 62.5)
    assert result.overall.level == "III"
    assert (result.overall.rank, result.overall.max_rank) == (2, 3)
    assert result.unknown == ("LEG-2",)
    assert result.not_applicable == ("OVS-2",)
    assert result.completeness == 1.0
    reasons = [r.text() for r in result.overall.reasons]
    assert "section LEG is rated Critical, which sets at least Level III" in reasons
    assert "the criterion total is 62.5% of the maximum (10 of 16), in the band of Level III" in reasons
    assert any("1 unknown answer counted as 3" in r for r in reasons)
    assert "severity dimension not judged: scope, counted as 3" in [r.text() for r in ovs.reasons]


def test_worked_example_red_flag(example: Assessment) -> None:
    example.set_answer("LEG-1", replace(example.answer("LEG-1"), red_flags=("RF1",)))
    result = evaluate(example)
    assert result.criterion_scores["LEG-1"] == 4
    assert (result.overall.total, result.overall.percent) == (12, 75.0)
    assert result.overall.level == "IV"
    assert result.overall.reasons[0].text() == "red flag RF1 raised on LEG-1: Live identification without a law"
    # 75 % sits on the upper bound of band III: bands include their upper bound.
    assert any("75% of the maximum (12 of 16), in the band of Level III" in r.text() for r in result.overall.reasons)


def test_worked_example_residual(example: Assessment) -> None:
    result = evaluate(example, residual=True)
    leg, ovs = result.sections
    assert result.criterion_scores["OVS-1"] == 0
    assert (ovs.likelihood, ovs.level) == (1, "medium")
    assert leg.level == "critical"
    assert (result.overall.total, result.overall.percent, result.overall.level) == (9, 56.25, "III")


def test_mitigation_lowers_likelihood_by_one_step_at_most(example: Assessment) -> None:
    for cid in ("LEG-1", "LEG-3"):
        measure = Measure(Text.of("fix"), "state", "verified")
        example.set_answer(cid, replace(example.answer(cid), mitigation=(measure,), residual_score=0))
    example.set_answer(
        "LEG-2", Answer(mitigation=(Measure(Text.of("x"), "state", "verified"),), residual_score=0).scored(3)
    )
    leg = evaluate(example, residual=True).section("LEG")
    assert leg.likelihood == 2  # inherent 3, all residual scores 0 would give 1; capped at one step
    assert any(r.code == "likelihood_capped" for r in leg.reasons)


def test_planned_measures_earn_no_credit_by_default(example: Assessment) -> None:
    answer = example.answer("OVS-1")
    planned = replace(answer.mitigation[0], status="planned")
    example.set_answer("OVS-1", replace(answer, mitigation=(planned,)))
    assert evaluate(example, residual=True).criterion_scores["OVS-1"] == 1


def test_mitigation_never_clears_a_red_flag(example: Assessment) -> None:
    measure = Measure(Text.of("Pass a law"), "state", "verified")
    example.set_answer("LEG-1", Answer(red_flags=("RF1",), mitigation=(measure,), residual_score=0).scored(0))
    result = evaluate(example, residual=True)
    assert result.criterion_scores["LEG-1"] == 4
    assert result.overall.level == "IV"


def test_unanswered_counts_as_unknown_never_as_safe(mini_assessment: Assessment) -> None:
    result = evaluate(mini_assessment)
    assert set(result.criterion_scores.values()) == {3}
    assert result.completeness == 0.0
    assert result.overall.level == "III"


def test_not_applicable_criteria_do_not_count(mini_assessment: Assessment) -> None:
    mini_assessment.set_answer("LEG-1", Answer().scored(0))
    mini_assessment.set_answer("LEG-2", Answer(na_reason=Text.of("n/a")).marked("not_applicable"))
    result = evaluate(mini_assessment)
    assert (result.overall.total, result.overall.maximum, result.overall.level) == (0, 4, "I")


def test_a_section_with_nothing_counted_is_not_rated(mini_assessment: Assessment) -> None:
    for cid in ("LEG-1", "LEG-2"):
        mini_assessment.set_answer(cid, Answer(na_reason=Text.of("n/a")).marked("not_applicable"))
    result = evaluate(mini_assessment)
    assert result.sections[0].level is None
    assert result.overall.level == "I"
    assert result.overall.reasons[0].code == "nothing_counted"


def _rubric(text: str) -> Rubric:
    rubric, issues = check_rubric_document(parse_yaml(text, "inline.yaml"))
    assert rubric is not None, [str(i) for i in issues]
    return rubric


CHECKLIST = """schema_version: 1
id: checklist-example
version: 1.0.0
title: Checklist
scoring:
  method: checklist
  scale: {0: Met, 1: Partly met, 2: Not met}
  band_basis: points
  levels:
    - {id: low, label: Low, upto: 1}
    - {id: moderate, label: Moderate, upto: 2}
    - {id: high, label: High, upto: 3}
    - {id: critical, label: Critical}
sections:
  - id: P
    title: Principles
    criteria:
      - {id: P1, title: Legality, question: Law?, gateway: true, anchors: {0: met, 1: partly, 2: not met}}
      - {id: P2, title: Notice, question: Notice?, anchors: {0: met, 1: partly, 2: not met}}
      - {id: P3, title: Review, question: Review?, anchors: {0: met, 1: partly, 2: not met}}
"""


def test_checklist_gateway_forces_the_top_level() -> None:
    a = new_assessment(_rubric(CHECKLIST))
    for cid in ("P1", "P2", "P3"):
        a.set_answer(cid, Answer().scored(0))
    assert evaluate(a).overall.level == "low"
    a.set_answer("P1", Answer().scored(2))
    result = evaluate(a)
    assert result.overall.level == "critical"
    assert result.overall.reasons[0].text() == "gateway P1 is not met: Legality"


def test_checklist_bands_on_points_and_unknown_gateway_counts_as_failed() -> None:
    a = new_assessment(_rubric(CHECKLIST))
    a.set_answer("P1", Answer().scored(1))
    a.set_answer("P2", Answer().scored(1))
    a.set_answer("P3", Answer().scored(0))
    assert evaluate(a).overall.level == "moderate"  # 2 points
    a.set_answer("P1", Answer().marked("unknown"))
    assert evaluate(a).overall.level == "critical"


WEIGHTED = """schema_version: 1
id: weighted-example
version: 1.0.0
title: Weighted
scoring:
  method: weighted_sum
  scale: {0: none, 1: low, 2: some, 3: high, 4: severe}
  levels:
    - {id: I, label: Level I, upto: 25}
    - {id: II, label: Level II, upto: 50}
    - {id: III, label: Level III, upto: 75}
    - {id: IV, label: Level IV}
  mitigation: {threshold: 80, factor: 0.85}
sections:
  - id: S
    title: Vendor
    criteria:
      - {id: V1, title: Policy, question: Policy?, weight: 3, anchors: {0: a, 1: b, 2: c, 3: d, 4: e}}
      - {id: V2, title: Screening, question: Screening?, anchors: {0: a, 1: b, 2: c, 3: d, 4: e}}
"""


def test_weighted_sum_and_its_mitigation_factor() -> None:
    a = new_assessment(_rubric(WEIGHTED))
    a.set_answer("V1", Answer().scored(3))
    a.set_answer("V2", Answer().scored(2))
    inherent = evaluate(a)
    assert (inherent.overall.total, inherent.overall.maximum) == (11, 16)
    assert inherent.overall.level == "III"  # 68.75 %
    assert evaluate(a, residual=True).overall.total == 11  # no measures: no credit
    verified = Measure(Text.of("x"), "vendor", "verified")
    a.set_answer("V1", replace(a.answer("V1"), mitigation=(verified,)))
    short = evaluate(a, residual=True)  # measures cover 3 of 5 scored weight: 60 % < 80 %
    assert short.overall.total == 11
    assert short.overall.reasons[1].code == "mitigation_short"
    a.set_answer("V2", Answer().scored(0))  # now V1 carries all the scored weight, and it is covered
    assert evaluate(a).overall.level == "III"  # 9 of 16 = 56.25 %
    credited = evaluate(a, residual=True)
    assert credited.overall.total == pytest.approx(7.65)  # 9 x 0.85
    assert credited.overall.level == "II"  # 47.8 %


def test_score_json_shape(example: Assessment) -> None:
    data = evaluate(example).to_json()
    assert set(data["overall"]) >= {"level", "rank", "max_rank", "reasons"}
    assert data["sections"][0]["id"] == "LEG"
    assert {"id", "title", "level", "rank"} <= set(data["sections"][0])
    assert data["red_flags"] == []
    assert 0.0 <= data["completeness"] <= 1.0


def test_scoring_does_not_depend_on_the_file_path(tmp_path: Path, example: Assessment) -> None:
    from hria_app.core.assessment_file import load_assessment, save_assessment

    save_assessment(tmp_path / "a.hria", example)
    assert evaluate(load_assessment(tmp_path / "a.hria")) == evaluate(example)
