"""What every scoring method shares: the score each criterion counts as, red flags, bands and overrides."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from hria_app.core.assessment import Answer, Assessment
from hria_app.core.rubric import Criterion, Level, Rubric, Scoring
from hria_app.core.scoring.display import percent_text
from hria_app.core.scoring.results import RaisedFlag, Reason


@dataclass
class Tally:
    """The criterion scores as scoring sees them, with the facts the reasons cite."""

    scores: dict[str, int | None] = field(default_factory=dict)  # None: excluded (not applicable)
    flags: list[RaisedFlag] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)
    not_applicable: list[str] = field(default_factory=list)
    credited: list[str] = field(default_factory=list)  # criteria whose residual score was credited
    # Per criterion whose own residual score is credited (whatever the method does with it): the indices of the
    # measures whose status earned the credit.
    credited_measures: dict[str, tuple[int, ...]] = field(default_factory=dict)


def inherent_score(answer: Answer, criterion: Criterion, scoring: Scoring) -> int | None:
    if any(flag in criterion.red_flags for flag in answer.red_flags):
        return scoring.scale_max  # a red flag locks the criterion at the top of the scale
    if answer.status == "not_applicable":
        return None
    if answer.status == "scored" and answer.score is not None:
        return min(max(answer.score, 0), scoring.scale_max)
    return scoring.unknown_counts_as


def is_credited(answer: Answer, scoring: Scoring) -> bool:
    return bool(crediting_measures(answer, scoring))


def crediting_measures(answer: Answer, scoring: Scoring) -> tuple[int, ...]:
    """The indices of the answer's measures whose status counts as mitigation."""
    statuses = scoring.mitigation.credit_statuses
    return tuple(index for index, measure in enumerate(answer.mitigation) if measure.status in statuses)


def residual_score(answer: Answer, criterion: Criterion, scoring: Scoring) -> tuple[int | None, bool]:
    """The score after mitigation, and whether mitigation was credited. Red flags are never cleared."""
    inherent = inherent_score(answer, criterion, scoring)
    if inherent is None or any(flag in criterion.red_flags for flag in answer.red_flags):
        return inherent, False
    if answer.residual_score is None or not is_credited(answer, scoring):
        return inherent, False
    residual = min(max(answer.residual_score, 0), inherent)
    return residual, residual < inherent


def tally(assessment: Assessment, residual: bool, per_criterion_residual: bool = True) -> Tally:
    rubric = assessment.rubric
    scoring = rubric.scoring
    result = Tally()
    for criterion in rubric.criteria():
        answer = assessment.answer(criterion.id)
        lowered, credited = residual_score(answer, criterion, scoring)
        if credited:
            result.credited_measures[criterion.id] = crediting_measures(answer, scoring)
        if residual and per_criterion_residual:
            score = lowered
            if credited:
                result.credited.append(criterion.id)
        else:
            score = inherent_score(answer, criterion, scoring)
        result.scores[criterion.id] = score
        for flag in answer.red_flags:
            if flag in criterion.red_flags:
                result.flags.append(RaisedFlag(flag, criterion.id, rubric.red_flag(flag).title))
        if answer.status == "unknown":
            result.unknown.append(criterion.id)
        elif answer.status == "unanswered":
            result.unanswered.append(criterion.id)
        elif answer.status == "not_applicable":
            result.not_applicable.append(criterion.id)
    return result


def band(levels: tuple[Level, ...], total: float, maximum: float, basis: str, full_maximum: float) -> Level:
    """The level whose band holds the total. Bands include their upper bound; compared exactly, not as floats."""
    exact_total = Fraction(total).limit_denominator(10**6)
    for level in levels[:-1]:
        assert level.upto is not None
        upto = Fraction(str(level.upto))
        if basis == "points":
            # Points bands are defined on the whole rubric; a section is compared in proportion to its maximum.
            if maximum == full_maximum:
                if exact_total <= upto:
                    return level
                continue
            upto = upto * 100 / Fraction(full_maximum).limit_denominator(10**6) if full_maximum else upto
        if maximum == 0 or exact_total * 100 <= upto * Fraction(maximum).limit_denominator(10**6):
            return level
    return levels[-1]


def band_reason(level: Level, total: float, maximum: float, basis: str, edges: tuple[float, ...] = ()) -> Reason:
    if basis == "points":
        return Reason("band_points", {"total": total, "maximum": maximum, "level": level.label})
    percent = 100.0 * total / maximum if maximum else 0.0
    return Reason(
        "band_percent",
        {"percent": percent_text(percent, edges), "total": total, "maximum": maximum, "level": level.label},
    )


def count_reasons(t: Tally, scoring: Scoring) -> list[Reason]:
    reasons = []
    if t.unknown:
        reasons.append(Reason("unknowns", {"count": len(t.unknown), "value": scoring.unknown_counts_as}))
    if t.unanswered:
        reasons.append(Reason("unanswered", {"count": len(t.unanswered)}))
    if t.not_applicable:
        reasons.append(Reason("not_applicable", {"count": len(t.not_applicable)}))
    return reasons


def apply_overrides(
    rubric: Rubric,
    level: Level,
    flags: list[RaisedFlag],
    floors: list[tuple[Level, Reason]],
    reasons: list[Reason],
) -> Level:
    """Raise the level to every floor and to the red-flag level; the reasons for each come first."""
    scoring = rubric.scoring
    raised: list[Reason] = []
    for floor, why in floors:
        if scoring.rank(floor.id) > scoring.rank(level.id):
            level = floor
        raised.append(why)
    if flags:
        flag_level = scoring.level(scoring.red_flag_level)
        if scoring.rank(flag_level.id) > scoring.rank(level.id):
            level = flag_level
        raised = (
            [Reason("red_flag", {"flag": f.flag, "criterion": f.criterion, "title": f.title}) for f in flags]
            + [Reason("red_flag_level", {"level": flag_level.label})]
            + raised
        )
    reasons[:0] = raised
    return level
