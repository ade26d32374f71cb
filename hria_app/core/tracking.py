"""How far an action got: the tracking fields an action-plan item carries, and the words for its progress."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from hria_app.core.text import Text

ActionStatus = Literal["open", "in_progress", "done", "dropped"]
ACTION_STATUSES: tuple[ActionStatus, ...] = ("open", "in_progress", "done", "dropped")
# A measure's own status: the rubric's creditable ones (planned, implemented, verified) and two more steps an
# action plan needs. Only the rubric's `credit_statuses` ever count for the residual score.
MEASURE_PROGRESS = ("planned", "in_progress", "implemented", "verified", "dropped")


@dataclass(frozen=True)
class Tracking:
    """Who carries an action, by when, and how far it got."""

    owner: str = ""
    due: str = ""  # ISO date, YYYY-MM-DD
    status: ActionStatus = "open"
    drop_reason: Text = field(default_factory=Text)

    @property
    def is_empty(self) -> bool:
        return self == Tracking()
