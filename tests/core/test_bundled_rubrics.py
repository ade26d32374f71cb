"""The bundled rubrics are the product's knowledge: complete, bilingual, every citation resolvable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hria_app.core.assessment import Answer, new_assessment
from hria_app.core.library import RubricLibrary
from hria_app.core.rubric import Rubric
from hria_app.core.rubric_loader import check_rubric_file
from hria_app.core.scoring import evaluate
from hria_app.core.text import Text
from tests.conftest import ROOT

BUNDLED = sorted((ROOT / "rubrics").glob("*.yaml"))
EXPECTED = {
    "facial-recognition-surveillance",
    "necessary-proportionate",
    "surveillance-vendor-due-diligence",
    "eu-ai-act-fria",
}


def _load(name: str) -> Rubric:
    rubric, issues = check_rubric_file(ROOT / "rubrics" / f"{name}.yaml")
    assert rubric is not None, [str(i) for i in issues]
    return rubric


def _texts(rubric: Rubric) -> Iterator[tuple[str, Text]]:
    yield "title", rubric.title
    yield "description", rubric.description
    yield "translation_note", rubric.translation_note
    for value, label in rubric.scoring.scale.items():
        yield f"scale {value}", label
    for level in (*rubric.scoring.levels, *rubric.scoring.section_levels):
        yield f"level {level.id}", level.label
    for flag in rubric.red_flags:
        yield f"red flag {flag.id}", flag.title
    for ref in rubric.references:
        yield f"reference {ref.key}", ref.title
    for section in rubric.sections:
        yield f"section {section.id}", section.title
        for c in section.criteria:
            yield f"{c.id} title", c.title
            yield f"{c.id} question", c.question
            yield f"{c.id} guidance", c.guidance
            for i, prompt in enumerate(c.evidence):
                yield f"{c.id} evidence {i}", prompt
            for score, anchor in c.anchors.items():
                yield f"{c.id} anchor {score}", anchor
            for i, rec in enumerate(c.recommendations):
                yield f"{c.id} recommendation {i}", rec.text


def test_the_expected_rubrics_ship() -> None:
    assert {p.stem for p in BUNDLED} >= EXPECTED


@pytest.mark.parametrize("path", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_each_rubric_is_valid_without_warnings(path: Path) -> None:
    rubric, issues = check_rubric_file(path)
    assert rubric is not None
    assert [str(i) for i in issues] == []
    assert rubric.id == path.stem


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_visible_string_has_english_and_thai(name: str) -> None:
    rubric = _load(name)
    assert rubric.languages[:2] == ("en", "th")
    missing = [where for where, text in _texts(rubric) if text and not (text.has("en") and text.has("th"))]
    assert missing == []
    assert "review" in rubric.translation_note.get("en").lower()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_criterion_is_complete(name: str) -> None:
    rubric = _load(name)
    keys = {ref.key for ref in rubric.references}
    for c in rubric.criteria():
        assert set(c.anchors) == set(rubric.scoring.scale), c.id
        assert c.guidance, c.id
        assert c.evidence, c.id
        assert c.references and set(c.references) <= keys, c.id
    for ref in rubric.references:
        assert ref.issuer or ref.url, ref.key  # a reader can find every source


def test_facial_recognition_rubric_covers_the_rights_at_stake() -> None:
    rubric = _load("facial-recognition-surveillance")
    assert rubric.scoring.method == "rights_matrix"
    assert len(rubric.sections) >= 8
    assert rubric.criterion_count >= 38
    flags = {f.id for f in rubric.red_flags}
    assert {f"RF{i}" for i in range(1, 9)} <= flags
    raised = {flag for c in rubric.criteria() for flag in c.red_flags}
    assert flags <= raised
    addressees = {rec.to for c in rubric.criteria() for rec in c.recommendations}
    assert {"state", "vendor", "investors"} <= addressees
    assert all(c.recommendations for c in rubric.criteria())


def test_necessary_and_proportionate_gateways() -> None:
    rubric = _load("necessary-proportionate")
    assert rubric.scoring.method == "checklist"
    criteria = list(rubric.criteria())
    assert len(criteria) == 13
    assert [c.gateway for c in criteria] == [True] * 6 + [False] * 7
    a = new_assessment(rubric)
    for c in criteria:
        a.set_answer(c.id, Answer().scored(0))
    lowest = evaluate(a)
    assert lowest.overall.rank == 0
    a.set_answer(criteria[2].id, Answer().scored(rubric.scoring.scale_max))  # principle 3 not met, alone
    result = evaluate(a)
    assert result.overall.rank == result.overall.max_rank
    assert result.overall.reasons[0].code == "gateway"
    assert criteria[2].id in result.overall.reasons[0].text()


def test_vendor_due_diligence_rubric() -> None:
    rubric = _load("surveillance-vendor-due-diligence")
    assert rubric.scoring.method == "weighted_sum"
    raised = {flag for c in rubric.criteria() for flag in c.red_flags}
    assert {f.id for f in rubric.red_flags} <= raised
    assert len({c.weight for c in rubric.criteria()}) > 1


def test_the_library_lists_every_bundled_rubric_with_its_version() -> None:
    entries = RubricLibrary().entries()
    bundled = {e.rubric.id: e.rubric.version for e in entries if e.origin == "bundled" and e.rubric}
    assert set(bundled) >= EXPECTED
    assert all(v.count(".") == 2 for v in bundled.values())
