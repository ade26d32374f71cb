"""The action plan: every recommendation and mitigation measure as an action someone owns, dates and closes.

Three kinds of item become actions: the measures recorded on criteria, the assessor's own recommendations, and
the rubric's recommendations for criteria that scored at or above the rubric's `recommend_at`. A measure's
action status is read from, and written to, the measure's own status, so the action plan and the residual score
can never disagree: only the measure status counts for mitigation credit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Literal

from hria_app.core.assessment import Assessment, Measure, MeasureStatus
from hria_app.core.rubric import Addressee
from hria_app.core.text import Text
from hria_app.core.tracking import ACTION_STATUSES, ActionStatus, Tracking

ActionKind = Literal["measure", "recommendation", "rubric"]

# A measure's status says how far it got; the action status is a view of it.
_ACTION_OF_MEASURE: dict[str, ActionStatus] = {
    "planned": "open",
    "in_progress": "in_progress",
    "implemented": "done",
    "verified": "done",
    "dropped": "dropped",
}


@dataclass(frozen=True)
class Action:
    key: str  # "measure:CRITERION:INDEX", "recommendation:INDEX" or "rubric:CRITERION:INDEX"
    kind: ActionKind
    text: Text
    to: Addressee
    tracking: Tracking
    criteria: tuple[str, ...]
    confidential: bool = False
    measure_status: str = ""  # for measures: planned, in_progress, implemented, verified or dropped

    @property
    def status(self) -> ActionStatus:
        return self.tracking.status

    def is_overdue(self, today: dt.date) -> bool:
        """Past its due date and neither done nor dropped."""
        if self.status in ("done", "dropped") or not self.tracking.due:
            return False
        try:
            return dt.date.fromisoformat(self.tracking.due) < today
        except ValueError:
            return False


def action_plan(assessment: Assessment, scores: Mapping[str, int | None] | None = None) -> tuple[Action, ...]:
    """Every action, in rubric order: each criterion's rubric recommendations and measures, then the assessor's.

    `scores`: the criterion scores of the inherent result when the caller has it (it is computed otherwise)."""
    if scores is None:
        from hria_app.core.scoring import evaluate

        scores = evaluate(assessment).criterion_scores
    threshold = assessment.rubric.scoring.recommend_at
    actions: list[Action] = []
    for criterion in assessment.rubric.criteria():
        score = scores.get(criterion.id)
        if score is not None and score >= threshold:
            for index, recommendation in enumerate(criterion.recommendations):
                key = rubric_key(criterion.id, index)
                tracking = assessment.action_tracking.get(key, Tracking())
                actions.append(Action(key, "rubric", recommendation.text, recommendation.to, tracking, (criterion.id,)))
        for index, measure in enumerate(assessment.answer(criterion.id).mitigation):
            actions.append(_measure_action(criterion.id, index, measure))
    for index, item in enumerate(assessment.recommendations):
        actions.append(
            Action(
                f"recommendation:{index}", "recommendation", item.text, item.to, item.tracking, (), item.confidential
            )
        )
    return tuple(actions)


def rubric_key(criterion_id: str, index: int) -> str:
    return f"rubric:{criterion_id}:{index}"


def measure_tracking(measure: Measure) -> Tracking:
    return Tracking(measure.owner, measure.due, _ACTION_OF_MEASURE[measure.status], measure.drop_reason)


def _measure_action(criterion_id: str, index: int, measure: Measure) -> Action:
    return Action(
        f"measure:{criterion_id}:{index}",
        "measure",
        measure.text,
        measure.to,
        measure_tracking(measure),
        (criterion_id,),
        measure.confidential,
        measure.status,
    )


def measure_status_for(action_status: ActionStatus, current: MeasureStatus) -> MeasureStatus:
    """The measure status an action status means; a verified measure stays verified when marked done."""
    if action_status == "done":
        return current if current in ("implemented", "verified") else "implemented"
    if action_status == "open":
        return "planned"
    return action_status


def set_tracking(assessment: Assessment, key: str, tracking: Tracking) -> Tracking:
    """Store the tracking of the action `key`; return the previous tracking (for undo).

    Raises KeyError for a key that names no action of this assessment."""
    kind, _, rest = key.partition(":")
    owner, _, position = rest.rpartition(":")
    if not position.isdigit():
        raise KeyError(key)
    index = int(position)
    if kind == "rubric":
        return _set_rubric_tracking(assessment, key, owner, index, tracking)
    if kind == "recommendation" and not owner and index < len(assessment.recommendations):
        items = list(assessment.recommendations)
        previous = items[index].tracking
        items[index] = replace(items[index], tracking=tracking)
        assessment.set_recommendations(tuple(items))
        return previous
    if kind == "measure" and assessment.rubric.has_criterion(owner):
        return _set_measure_tracking(assessment, owner, index, tracking)
    raise KeyError(key)


def _set_rubric_tracking(
    assessment: Assessment, key: str, criterion_id: str, index: int, tracking: Tracking
) -> Tracking:
    if not assessment.rubric.has_criterion(criterion_id):
        raise KeyError(key)
    if index >= len(assessment.rubric.criterion(criterion_id).recommendations):
        raise KeyError(key)
    previous = assessment.action_tracking.get(key, Tracking())
    if tracking.is_empty:
        assessment.action_tracking.pop(key, None)
    else:
        assessment.action_tracking[key] = tracking
    return previous


def _set_measure_tracking(assessment: Assessment, criterion_id: str, index: int, tracking: Tracking) -> Tracking:
    answer = assessment.answer(criterion_id)
    if index >= len(answer.mitigation):
        raise KeyError(f"measure:{criterion_id}:{index}")
    measures = list(answer.mitigation)
    measure = measures[index]
    status: MeasureStatus = measure_status_for(tracking.status, measure.status)
    measures[index] = replace(
        measure, owner=tracking.owner, due=tracking.due, drop_reason=tracking.drop_reason, status=status
    )
    assessment.set_answer(criterion_id, replace(answer, mitigation=tuple(measures)))
    return measure_tracking(measure)


def overdue(actions: tuple[Action, ...], today: dt.date) -> tuple[Action, ...]:
    return tuple(action for action in actions if action.is_overdue(today))


__all__ = [
    "ACTION_STATUSES",
    "Action",
    "ActionStatus",
    "Tracking",
    "action_plan",
    "measure_status_for",
    "measure_tracking",
    "overdue",
    "rubric_key",
    "set_tracking",
]
