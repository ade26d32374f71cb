"""Properties of the three-way merge on generated assessments and generated edits of them."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hria_app.core.assessment import Assessment, Context, Evidence, SectionInput, new_assessment
from hria_app.core.assessment_file import loads, serialise, to_data
from hria_app.core.conflicts import FieldPath
from hria_app.core.merge import merge_assessments, rebuild
from hria_app.core.merge_tree import ABSENT, get_at, leaves, to_tree
from hria_app.core.rubric_loader import load_rubric
from tests.conftest import DATA
from tests.core.strategies import answers, bilingual, user_text

# Small rubrics: many edits then meet on the same criterion, which is where merging is hard.
SMALL = [load_rubric(DATA / "mini-rubric.yaml"), load_rubric(DATA / "scoring-example.yaml")]

PROPERTY = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EDITS = ("keep", "keep", "answer", "notes", "score", "evidence_add", "evidence_edit", "evidence_remove", "clear")


def _copy(a: Assessment) -> Assessment:
    """As saving and opening gives it back (items get their ids), without parsing the rubric again."""
    return rebuild(a, to_tree(to_data(a)), a.conflicts)[0]


@st.composite
def assessments(draw: st.DrawFn) -> Assessment:
    rubric = draw(st.sampled_from(SMALL))
    a = new_assessment(rubric)
    a.set_context(Context(title=draw(bilingual), assessors=tuple(draw(st.lists(user_text.filter(bool), max_size=2)))))
    for criterion in rubric.criteria():
        if draw(st.booleans()):
            a.set_answer(criterion.id, draw(answers(rubric, criterion.id)))
    for section in rubric.sections:
        a.set_section_input(section.id, SectionInput(*draw(st.tuples(*[st.none() | st.integers(1, 4)] * 3))))
    return a


def _fields(a: Assessment) -> dict[FieldPath, Any]:
    return leaves(to_tree(to_data(a)))


@st.composite
def edited(draw: st.DrawFn, base: Assessment, only: frozenset[str] | None = None) -> Assessment:
    """A copy of `base` as someone else may have changed it; with `only`, edits touch only those criteria."""
    a = _copy(base)
    rubric = a.rubric
    for criterion in rubric.criteria():
        if only is not None and criterion.id not in only:
            continue
        answer = a.answer(criterion.id)
        edit = draw(st.sampled_from(EDITS))
        if edit == "answer":
            answer = draw(answers(rubric, criterion.id))
        elif edit == "notes":
            answer = replace(answer, status="unknown", score=None, notes=draw(bilingual))
        elif edit == "score":
            answer = replace(answer, status="scored", score=draw(st.integers(0, rubric.scoring.scale_max)))
        elif edit == "evidence_add":
            answer = replace(answer, status="unknown", evidence=(*answer.evidence, Evidence(draw(bilingual))))
        elif edit == "evidence_edit" and answer.evidence:
            first = replace(answer.evidence[0], note=draw(bilingual), confidential=draw(st.booleans()))
            answer = replace(answer, evidence=(first, *answer.evidence[1:]))
        elif edit == "evidence_remove" and answer.evidence:
            answer = replace(answer, evidence=answer.evidence[1:])
        elif edit == "clear":
            answer = replace(answer, status="unanswered", score=None)
        a.set_answer(criterion.id, answer)
    if only is None and draw(st.booleans()):
        a.set_context(replace(a.context, title=draw(bilingual)))
    return _copy(a)


@st.composite
def triples(draw: st.DrawFn) -> tuple[Assessment, Assessment, Assessment]:
    base = _copy(draw(assessments()))
    return base, draw(edited(base)), draw(edited(base))


@PROPERTY
@given(assessments())
def test_merging_an_assessment_with_itself_gives_it_back(a: Assessment) -> None:
    a = _copy(a)
    result = merge_assessments(a, a, a)
    assert result.clean
    assert _fields(result.assessment) == _fields(a)


@PROPERTY
@given(triples())
def test_the_same_change_on_both_sides_is_taken_once(triple: tuple[Assessment, Assessment, Assessment]) -> None:
    base, ours, _ = triple
    result = merge_assessments(base, ours, _copy(ours))
    assert result.clean
    assert _fields(result.assessment) == _fields(ours)


@PROPERTY
@given(assessments(), st.data())
def test_disjoint_edits_are_both_taken(a: Assessment, data: st.DataObject) -> None:
    base = _copy(a)
    ids = [c.id for c in base.rubric.criteria()]
    mine = frozenset(data.draw(st.lists(st.sampled_from(ids), unique=True)))
    ours = data.draw(edited(base, mine))
    theirs = data.draw(edited(base, frozenset(ids) - mine))
    result = merge_assessments(base, ours, theirs)
    assert result.clean
    for cid in ids:
        expected = ours if cid in mine else theirs
        assert result.assessment.answer(cid) == expected.answer(cid)


@PROPERTY
@given(triples())
def test_merge_is_symmetric_up_to_ours_and_theirs(triple: tuple[Assessment, Assessment, Assessment]) -> None:
    base, ours, theirs = triple
    one = merge_assessments(base, ours, theirs)
    other = merge_assessments(base, theirs, ours, "theirs", "ours")
    assert sorted([c.swapped() for c in one.conflicts], key=repr) == sorted(other.conflicts, key=repr)
    conflicted = [c.path for c in one.conflicts]

    def settled(a: Assessment) -> dict[FieldPath, Any]:
        return {p: v for p, v in _fields(a).items() if not any(p[: len(c)] == c for c in conflicted)}

    assert settled(one.assessment) == settled(other.assessment)


@PROPERTY
@given(triples())
def test_nothing_either_side_wrote_is_dropped(triple: tuple[Assessment, Assessment, Assessment]) -> None:
    base, ours, theirs = triple
    result = merge_assessments(base, ours, theirs)
    merged, before = _fields(result.assessment), _fields(base)
    for side, name in ((ours, "ours"), (theirs, "theirs")):
        for path, value in _fields(side).items():
            if before.get(path, ABSENT) == value or merged.get(path, ABSENT) == value:
                continue
            kept = [
                c
                for c in result.conflicts
                if path[: len(c.path)] == c.path
                and get_at(to_tree(c.value(name), c.path), path[len(c.path) :]) == value  # type: ignore[arg-type]
            ]
            assert kept, (name, path, value)


@PROPERTY
@given(triples())
def test_a_merged_file_with_conflicts_opens_with_each_conflict_listed(
    triple: tuple[Assessment, Assessment, Assessment],
) -> None:
    result = merge_assessments(*triple)
    reopened = loads(serialise(result.assessment), "merged.hria")
    assert reopened.conflicts == result.assessment.conflicts
    assert len([i for i in result.issues if i.code == "merge_conflict"]) == len(result.assessment.conflicts)
