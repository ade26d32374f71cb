"""Properties that must hold for every assessment, not just the ones we thought of."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hria_app.core.assessment import (
    Assessment,
    Context,
    SectionInput,
    new_assessment,
)
from hria_app.core.assessment_file import loads, serialise
from hria_app.core.rubric_loader import load_rubric
from hria_app.core.scoring import evaluate
from hria_app.core.text import Text
from tests.conftest import DATA, ROOT
from tests.core.strategies import answers, bilingual, user_text

RUBRICS = [
    load_rubric(DATA / "scoring-example.yaml"),
    load_rubric(ROOT / "rubrics" / "necessary-proportionate.yaml"),
    load_rubric(ROOT / "rubrics" / "facial-recognition-surveillance.yaml"),
]
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def assessments(draw: st.DrawFn) -> Assessment:
    rubric = draw(st.sampled_from(RUBRICS))
    a = new_assessment(rubric)
    a.set_context(
        Context(
            title=draw(bilingual),
            background=draw(bilingual),
            assessors=tuple(draw(st.lists(user_text.filter(lambda s: 0 < len(s) <= 500), max_size=2))),
        )
    )
    ids = [c.id for c in rubric.criteria()]
    for cid in draw(st.lists(st.sampled_from(ids), unique=True, max_size=8)):
        a.set_answer(cid, draw(answers(rubric, cid)))
    for section in rubric.sections:
        dims = draw(st.tuples(*[st.none() | st.integers(1, 4)] * 3))
        a.set_section_input(section.id, SectionInput(*dims))
    return a


@PROPERTY
@given(assessments())
def test_save_then_load_gives_back_the_same_assessment(a: Assessment) -> None:
    b = loads(serialise(a), "property.hria")
    assert (b.context, b.answers, b.sections) == (a.context, a.answers, a.sections)
    assert b.rubric == a.rubric


def _levels(a: Assessment) -> tuple[int, list[int | None]]:
    result = evaluate(a)
    return result.overall.rank, [s.rank for s in result.sections]


@PROPERTY
@given(assessments(), st.data())
def test_raising_a_score_never_lowers_any_level(a: Assessment, data: st.DataObject) -> None:
    rubric = a.rubric
    cid = data.draw(st.sampled_from([c.id for c in rubric.criteria()]))
    low = data.draw(st.integers(0, rubric.scoring.scale_max))
    high = data.draw(st.integers(low, rubric.scoring.scale_max))
    a.set_answer(cid, replace(a.answer(cid), status="scored", score=low))
    before_overall, before_sections = _levels(a)
    a.set_answer(cid, replace(a.answer(cid), status="scored", score=high))
    after_overall, after_sections = _levels(a)
    assert after_overall >= before_overall
    assert all(b is None or (x is not None and x >= b) for b, x in zip(before_sections, after_sections, strict=True))


@PROPERTY
@given(assessments(), st.data())
def test_a_red_flag_always_gives_the_red_flag_level(a: Assessment, data: st.DataObject) -> None:
    flagged = [c for c in a.rubric.criteria() if c.red_flags]
    criterion = data.draw(st.sampled_from(flagged))
    a.set_answer(criterion.id, replace(a.answer(criterion.id), red_flags=criterion.red_flags[:1]))
    for residual in (False, True):
        result = evaluate(a, residual=residual)
        assert result.overall.level == a.rubric.scoring.red_flag_level
        assert result.criterion_scores[criterion.id] == a.rubric.scoring.scale_max


@PROPERTY
@given(assessments(), st.data())
def test_unknown_never_scores_better_than_the_policy(a: Assessment, data: st.DataObject) -> None:
    rubric = a.rubric
    cid = data.draw(st.sampled_from([c.id for c in rubric.criteria()]))
    a.set_answer(cid, replace(a.answer(cid), status="unknown", score=None, red_flags=()))
    as_unknown = evaluate(a)
    assert as_unknown.criterion_scores[cid] == rubric.scoring.unknown_counts_as
    a.set_answer(cid, replace(a.answer(cid), status="scored", score=rubric.scoring.unknown_counts_as))
    assert evaluate(a).overall.rank <= as_unknown.overall.rank


@PROPERTY
@given(assessments(), st.data())
def test_not_applicable_criteria_do_not_count(a: Assessment, data: st.DataObject) -> None:
    rubric = a.rubric
    cid = data.draw(st.sampled_from([c.id for c in rubric.criteria()]))
    a.set_answer(cid, replace(a.answer(cid), status="not_applicable", score=None, red_flags=()))
    first = evaluate(a)
    assert first.criterion_scores[cid] is None
    # Whatever the excluded criterion's notes or residual score say, the result is the same.
    a.set_answer(cid, replace(a.answer(cid), notes=Text.of("changed"), residual_score=0))
    assert evaluate(a).overall == first.overall
