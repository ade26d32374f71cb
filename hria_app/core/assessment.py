"""The assessment: a rubric plus everything the assessor found, answered and wrote.

Answers, evidence and measures are immutable values; the Assessment swaps whole values in and out, so an undo
command only needs the old and the new value.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field, replace
from typing import Literal

from hria_app.core.baseline import Baseline
from hria_app.core.conflicts import Conflict
from hria_app.core.evidence import Attachment, CustodyEvent
from hria_app.core.review import Comment, Review
from hria_app.core.rubric import Addressee, Rubric
from hria_app.core.text import Text
from hria_app.core.tracking import Tracking

FORMAT_VERSION = 2
READ_VERSIONS = (1, 2)
Status = Literal["unanswered", "scored", "unknown", "not_applicable"]
STATUSES: tuple[Status, ...] = ("unanswered", "scored", "unknown", "not_applicable")
Confidence = Literal["", "verified", "documented", "asserted", "none"]
CONFIDENCES: tuple[Confidence, ...] = ("", "verified", "documented", "asserted", "none")
Reliability = Literal["", "confirmed", "probable", "possible", "doubtful", "unknown"]
RELIABILITIES: tuple[Reliability, ...] = ("", "confirmed", "probable", "possible", "doubtful", "unknown")
MeasureStatus = Literal["planned", "in_progress", "implemented", "verified", "dropped"]
SEVERITY_DIMENSIONS = ("scale", "scope", "irremediability")


def new_item_id(prefix: str) -> str:
    """A fresh id for an evidence item ("e-...") or a measure ("m-..."): merges match list items by it."""
    return f"{prefix}-{secrets.token_hex(6)}"


@dataclass(frozen=True)
class Evidence:
    title: Text
    link: str = ""  # a URL or a reference to a file kept elsewhere
    accessed: str = ""  # ISO date, YYYY-MM-DD
    reliability: Reliability = ""
    confidential: bool = False
    note: Text = field(default_factory=Text)
    files: tuple[Attachment, ...] = ()  # kept in the evidence store beside the assessment
    # Identity, not content: an edited item keeps its id, and equality ignores it.
    id: str = field(default_factory=lambda: new_item_id("e"), compare=False)


@dataclass(frozen=True)
class Measure:
    text: Text
    to: Addressee = "state"
    status: MeasureStatus = "planned"
    confidential: bool = False
    # The measure as an action: who carries it, by when, and why it was dropped (status "dropped").
    owner: str = ""
    due: str = ""  # ISO date, YYYY-MM-DD
    drop_reason: Text = field(default_factory=Text)
    id: str = field(default_factory=lambda: new_item_id("m"), compare=False)


@dataclass(frozen=True)
class Answer:
    status: Status = "unanswered"
    score: int | None = None
    na_reason: Text = field(default_factory=Text)
    red_flags: tuple[str, ...] = ()
    notes: Text = field(default_factory=Text)
    notes_confidential: bool = False
    confidence: Confidence = ""
    evidence: tuple[Evidence, ...] = ()
    mitigation: tuple[Measure, ...] = ()
    residual_score: int | None = None
    carried_over: bool = False  # copied from the baseline by a re-assessment and not yet confirmed

    @property
    def is_answered(self) -> bool:
        return self.status != "unanswered"

    def scored(self, score: int) -> Answer:
        return replace(self, status="scored", score=score)

    def marked(self, status: Status) -> Answer:
        return replace(self, status=status, score=self.score if status == "scored" else None)


_NO_ANSWER = Answer()  # immutable, so one instance serves every unanswered criterion


@dataclass(frozen=True)
class SectionInput:
    """The assessor's judgement of severity for one section: each dimension 1-4, None when not yet judged."""

    scale: int | None = None
    scope: int | None = None
    irremediability: int | None = None
    notes: Text = field(default_factory=Text)


@dataclass(frozen=True)
class Recommendation:
    """A recommendation written by the assessor, beyond the rubric's own."""

    text: Text
    to: Addressee = "state"
    confidential: bool = False
    tracking: Tracking = field(default_factory=Tracking)


@dataclass(frozen=True)
class Context:
    title: Text = field(default_factory=Text)
    deployment: Text = field(default_factory=Text)
    vendor: Text = field(default_factory=Text)
    location: Text = field(default_factory=Text)
    organisation: Text = field(default_factory=Text)
    assessors: tuple[str, ...] = ()
    started: str = ""  # ISO dates, YYYY-MM-DD
    updated: str = ""
    scope: Text = field(default_factory=Text)
    background: Text = field(default_factory=Text)


CONTEXT_TEXT_FIELDS = ("title", "deployment", "vendor", "location", "organisation", "scope", "background")


@dataclass(frozen=True)
class ArchivedAnswer:
    """An answer to a criterion that a later rubric version removed: kept, never dropped silently."""

    criterion_id: str
    rubric_version: str
    question: Text
    answer: Answer


@dataclass
class Assessment:
    rubric: Rubric
    context: Context = field(default_factory=Context)
    answers: dict[str, Answer] = field(default_factory=dict)
    sections: dict[str, SectionInput] = field(default_factory=dict)
    recommendations: tuple[Recommendation, ...] = ()
    archive: tuple[ArchivedAnswer, ...] = ()
    # The tracking of the rubric's recommendations as actions, by action key ("rubric:CRITERION:INDEX").
    action_tracking: dict[str, Tracking] = field(default_factory=dict)
    comments: tuple[Comment, ...] = ()
    review: Review = field(default_factory=Review)
    custody: tuple[CustodyEvent, ...] = ()  # append-only: see core.custody
    conflicts: tuple[Conflict, ...] = ()  # left by a merge until resolved; fields hold the OURS value meanwhile
    baseline: Baseline | None = None  # the assessment this one re-assesses

    def answer(self, criterion_id: str) -> Answer:
        return self.answers.get(criterion_id, _NO_ANSWER)

    def set_answer(self, criterion_id: str, answer: Answer) -> Answer:
        """Store `answer`; return the previous one (for undo)."""
        if not self.rubric.has_criterion(criterion_id):
            raise KeyError(f"no criterion {criterion_id!r} in rubric {self.rubric.id}")
        previous = self.answer(criterion_id)
        if answer == Answer():
            self.answers.pop(criterion_id, None)
        else:
            self.answers[criterion_id] = answer
        return previous

    def section_input(self, section_id: str) -> SectionInput:
        return self.sections.get(section_id, SectionInput())

    def set_section_input(self, section_id: str, value: SectionInput) -> SectionInput:
        previous = self.section_input(section_id)
        if value == SectionInput():
            self.sections.pop(section_id, None)
        else:
            self.sections[section_id] = value
        return previous

    def set_context(self, context: Context) -> Context:
        previous = self.context
        self.context = context
        return previous

    def set_recommendations(self, items: tuple[Recommendation, ...]) -> tuple[Recommendation, ...]:
        previous = self.recommendations
        self.recommendations = items
        return previous

    def set_comments(self, comments: tuple[Comment, ...]) -> tuple[Comment, ...]:
        previous = self.comments
        self.comments = comments
        return previous

    def set_review(self, review: Review) -> Review:
        previous = self.review
        self.review = review
        return previous

    @property
    def completeness(self) -> float:
        total = self.rubric.criterion_count
        answered = sum(1 for c in self.rubric.criteria() if self.answer(c.id).is_answered)
        return answered / total if total else 1.0

    def next_unanswered(self, after: str | None = None) -> str | None:
        """The first unanswered criterion after `after` (wrapping around), or None when all are answered."""
        ids = [c.id for c in self.rubric.criteria()]
        start = ids.index(after) + 1 if after in ids else 0
        for criterion_id in ids[start:] + ids[:start]:
            if not self.answer(criterion_id).is_answered:
                return criterion_id
        return None


def new_assessment(rubric: Rubric, title: str = "") -> Assessment:
    return Assessment(rubric=rubric, context=Context(title=Text.of(title) if title else Text()))
