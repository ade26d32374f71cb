"""Recommendations grouped by addressee: the rubric's for criteria that scored badly, the assessor's own, and the
mitigation measures recorded on criteria."""

from __future__ import annotations

from hria_app.core.assessment import Assessment
from hria_app.core.rubric import ADDRESSEES, Addressee
from hria_app.core.scoring import Result
from hria_app.core.text import Text
from hria_app.report.localise import Shown, show, show_label, status_text
from hria_app.report.model import RecommendationGroup, RecommendationView

TOP_COUNT = 5
# Priority classes, lowest first: what a red flag calls for, what the assessor wrote, the rubric's other
# recommendations, then measures already recorded on criteria.
_RED_FLAGGED, _ASSESSOR, _RUBRIC, _MEASURE = range(4)


def build_recommendations(
    assessment: Assessment, result: Result, langs: tuple[str, ...]
) -> tuple[RecommendationView, ...]:
    """Every recommendation the brief makes, most urgent first. For a public brief `assessment` is already
    without its confidential items."""
    items = [*_from_rubric(assessment, result, langs), *_from_assessor(assessment, langs)]
    items += _from_measures(assessment, langs)
    return tuple(sorted(items, key=lambda item: item.priority))


def group_by_addressee(
    items: tuple[RecommendationView, ...], langs: tuple[str, ...]
) -> tuple[RecommendationGroup, ...]:
    groups = []
    for to in ADDRESSEES:
        mine = tuple(item for item in items if item.to == to)
        if mine:
            groups.append(RecommendationGroup(to, show_label(f"to_{to}", langs), mine))
    return tuple(groups)


def top_recommendations(items: tuple[RecommendationView, ...]) -> tuple[RecommendationView, ...]:
    return tuple(item for item in items if item.priority[0] != _MEASURE)[:TOP_COUNT]


def _from_rubric(assessment: Assessment, result: Result, langs: tuple[str, ...]) -> list[RecommendationView]:
    rubric = assessment.rubric
    threshold = rubric.scoring.recommend_at
    flagged = {flag.criterion for flag in result.red_flags}
    merged: dict[tuple[str, object], tuple[list[str], tuple[int, int, int], Shown]] = {}
    for order, criterion in enumerate(rubric.criteria()):
        score = result.criterion_scores.get(criterion.id)
        if score is None or score < threshold:
            continue
        priority = (_RED_FLAGGED if criterion.id in flagged else _RUBRIC, -score, order)
        for recommendation in criterion.recommendations:
            # The same remedy proposed by several criteria is listed once, citing them all.
            key = (recommendation.to, recommendation.text)
            if key in merged:
                criteria, best, text = merged[key]
                criteria.append(criterion.id)
                merged[key] = (criteria, min(best, priority), text)
            else:
                merged[key] = ([criterion.id], priority, show(recommendation.text, langs))
    return [
        RecommendationView(text, to, show_label("source_rubric", langs, criteria=", ".join(criteria)), priority)
        for (to, _), (criteria, priority, text) in merged.items()
        if text
    ]


def _from_assessor(assessment: Assessment, langs: tuple[str, ...]) -> list[RecommendationView]:
    return [
        RecommendationView(
            show(item.text, langs),
            item.to,
            show_label("source_assessor", langs),
            (_ASSESSOR, 0, order),
            item.confidential,
        )
        for order, item in enumerate(assessment.recommendations)
        if item.text
    ]


def _from_measures(assessment: Assessment, langs: tuple[str, ...]) -> list[RecommendationView]:
    # A measure recorded on several criteria (same text, addressee, status and confidentiality) is listed once.
    merged: dict[tuple[Text, Addressee, str, bool], tuple[list[str], int]] = {}
    for order, criterion in enumerate(assessment.rubric.criteria()):
        for measure in assessment.answer(criterion.id).mitigation:
            if not measure.text:
                continue
            key = (measure.text, measure.to, measure.status, measure.confidential)
            criteria, first = merged.get(key, ([], order))
            merged[key] = ([*criteria, criterion.id], first)
    return [
        RecommendationView(
            show(text, langs),
            to,
            show_label("source_measure", langs, criterion=", ".join(criteria), status=status_text(status)),
            (_MEASURE, 0, first),
            confidential,
        )
        for (text, to, status, confidential), (criteria, first) in merged.items()
    ]
