"""How finished an assessment is, and what its level rests on.

Unanswered criteria count as unknown (precautionary scoring), so an assessment with three answers out of forty can
reach the top level on unknowns alone. The brief and the summary must say so first: the level is shown with how
many criteria were answered, a brief below `complete_at` carries an INCOMPLETE mark on every page, and the
headline names the reason that drives the level instead of letting the level's description ("red lines
crossed…") speak for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from hria_app.core.assessment import Assessment
from hria_app.core.scoring.results import Reason, Result

# Percent of criteria answered at which a brief is no longer marked incomplete: by default, every criterion.
DEFAULT_COMPLETE_AT = 100.0

# The reasons a level can rest on, strongest first (the codes of the headline's messages).
DRIVERS = ("driver_red_flag", "driver_gateway", "driver_critical_section", "driver_unknowns", "driver_bands")
_FLOOR_CODES = {"gateway": "driver_gateway", "gateway_unknown": "driver_gateway"}


@dataclass(frozen=True)
class Completeness:
    answered: int
    total: int

    @property
    def percent(self) -> float:
        return 100.0 * self.answered / self.total if self.total else 100.0

    def is_incomplete(self, complete_at: float = DEFAULT_COMPLETE_AT) -> bool:
        """Below the threshold; at 100 (the default) any unanswered criterion makes the assessment incomplete."""
        return self.answered < self.total and self.percent < complete_at


def completeness_of(assessment: Assessment) -> Completeness:
    rubric = assessment.rubric
    answered = sum(1 for c in rubric.criteria() if assessment.answer(c.id).is_answered)
    return Completeness(answered, rubric.criterion_count)


def level_driver(assessment: Assessment, result: Result) -> Reason:
    """What sets the overall level, as a reason with its own message code (see DRIVERS):

    - a red flag, whenever one is raised (it sets the red-flag level whatever else);
    - a gateway not met, or a critical section, when it raised the level above the band of the total;
    - unknowns, when most of the counted points come from criteria answered "unknown" or not answered;
    - else the bands of the answered total."""
    overall = result.overall
    if result.red_flags:
        return Reason("driver_red_flag", {"count": len(result.red_flag_ids), "level": overall.label})
    banded = next((r for r in overall.reasons if r.code in ("band_percent", "band_points")), None)
    band_label = banded.params.get("level") if banded is not None else None
    if band_label is not None and band_label != overall.label:
        for reason in overall.reasons:
            if reason.code in _FLOOR_CODES:
                return Reason(_FLOOR_CODES[reason.code], {"criterion": reason.params["criterion"]})
            if reason.code == "critical_section" and reason.params.get("level") == overall.label:
                return Reason("driver_critical_section", {"section": reason.params["section"]})
    open_ids = (*result.unknown, *result.unanswered)
    weighted = result.method != "rights_matrix"
    weights = {c.id: (c.weight if weighted else 1) for c in assessment.rubric.criteria()}
    points = {cid: weights.get(cid, 1) * (score or 0) for cid, score in result.criterion_scores.items()}
    total = sum(points.values())
    unknown_points = sum(points.get(cid, 0) for cid in open_ids)
    if total and unknown_points * 2 > total:
        return Reason(
            "driver_unknowns",
            {"count": len(open_ids), "share": round(100 * unknown_points / total), "level": overall.label},
        )
    return Reason("driver_bands", {"level": overall.label})
