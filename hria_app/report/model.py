"""The brief as data: everything the PDF shows, already filtered (public or full) and in the report's languages.

Built from the core by `build.build_report`; rendered by `story`. Nothing here knows about reportlab, so what
the brief says can be tested without drawing it.
"""

from __future__ import annotations

from dataclasses import dataclass

from hria_app.core.scoring.display import percent_text
from hria_app.report.localise import Shown


@dataclass(frozen=True)
class Fact:
    label: Shown
    value: Shown
    detail: Shown = ()


@dataclass(frozen=True)
class Rating:
    """A level as the brief shows it. `colour` is the rubric's, or empty when the rubric gives none."""

    label: Shown
    colour: str
    rank: int | None  # None: not rated (nothing counted)
    max_rank: int
    percent: float
    severity: int | None = None
    likelihood: int | None = None
    edges: tuple[float, ...] = ()  # the band edges as percents: near one, the percent shows more decimals

    @property
    def percent_shown(self) -> str:
        """The percent as the brief prints it: 79.9%, 50.04% (just above a band edge at 50), 75%."""
        return percent_text(self.percent, self.edges) + "%"


@dataclass(frozen=True)
class FlagView:
    flag: str
    title: Shown
    criterion: str
    criterion_title: Shown


@dataclass(frozen=True)
class RightRow:
    id: str
    title: Shown
    inherent: Rating
    residual: Rating


@dataclass(frozen=True)
class HeatMap:
    """The rights matrix: cell colours (hex, from core.level_colours) by [likelihood - 1][severity - 1] and the
    rights placed on it."""

    cell_colours: tuple[tuple[str, ...], ...]
    inherent: tuple[tuple[str, int, int], ...]  # (right id, severity, likelihood)
    residual: tuple[tuple[str, int, int], ...]


@dataclass(frozen=True)
class RecommendationView:
    text: Shown
    to: str
    source: Shown
    priority: tuple[int, int, int]  # lower comes first: red-flagged, then by score, then rubric order
    confidential: bool = False  # only ever True in a full (non-public) brief, which marks it


@dataclass(frozen=True)
class RecommendationGroup:
    to: str
    heading: Shown
    items: tuple[RecommendationView, ...]


@dataclass(frozen=True)
class EvidenceView:
    title: Shown
    link: str
    details: Shown  # accessed date and reliability
    note: Shown
    confidential: bool = False


@dataclass(frozen=True)
class EvidenceRow:
    """One evidence item in the evidence annex."""

    criterion: str
    number: int  # the item's number within its criterion, from 1
    title: Shown
    reliability: Shown
    accessed: Shown
    files: tuple[tuple[str, str], ...]  # (name, short SHA-256) of each file kept
    confidential: bool = False  # only ever True in a full brief


@dataclass(frozen=True)
class CustodyRow:
    at: str
    by: str
    action: Shown
    what: str


@dataclass(frozen=True)
class MeasureView:
    text: Shown
    to: Shown
    status: Shown
    confidential: bool = False


@dataclass(frozen=True)
class ActionView:
    key: str
    text: Shown
    to: Shown
    owner: str
    due: Shown
    due_iso: str
    status: Shown
    status_code: str  # open, in_progress, done, dropped
    criteria: str
    overdue: bool
    confidential: bool = False  # only ever True in a full (non-public) brief, which marks it


@dataclass(frozen=True)
class CriterionView:
    id: str
    title: Shown
    question: Shown
    status: str  # unanswered, scored, unknown, not_applicable
    answer: Shown  # "3 — Absent or unknown", or what unknown / not applicable / unanswered means
    anchor: Shown  # what the score means for this criterion
    na_reason: Shown
    red_flags: tuple[FlagView, ...]
    confidence: Shown
    notes: Shown
    notes_confidential: bool
    evidence: tuple[EvidenceView, ...]
    measures: tuple[MeasureView, ...]
    residual: Shown
    counted: Shown
    score_share: float | None  # counted score / top score, for the colour of its marker; None if excluded
    score_text: str  # the counted score as "3/4", or "—" when excluded


@dataclass(frozen=True)
class SectionFindings:
    id: str
    title: Shown
    description: Shown
    severity: Shown
    notes: Shown
    criteria: tuple[CriterionView, ...]


@dataclass(frozen=True)
class ArchivedView:
    """An answer to a criterion a later rubric version removed: shown, never counted."""

    id: str
    rubric_version: str
    question: Shown
    answer: Shown
    notes: Shown
    notes_confidential: bool


@dataclass(frozen=True)
class Summary:
    overall: Rating
    residual: Rating
    reasons: tuple[Shown, ...]
    residual_reasons: tuple[Shown, ...]
    red_flags: tuple[FlagView, ...]
    worst: tuple[RightRow, ...]
    top_recommendations: tuple[RecommendationView, ...]
    completeness: Shown
    driver: Shown = ()  # what sets the level: a red flag, a gateway, a critical section, unknowns or bands
    incomplete: Shown = ()  # said first while criteria are unanswered


@dataclass(frozen=True)
class Cover:
    kind: Shown
    title: Shown
    rubric: Shown
    facts: tuple[Fact, ...]
    classification: Shown
    public: bool
    answered: Shown = ()  # "3 of 41 criteria answered", beside the level


@dataclass(frozen=True)
class Meta:
    """What goes into the PDF's document information and running header."""

    title: str
    subject: str
    keywords: str
    author: str | None
    header_title: Shown
    classification: Shown


@dataclass(frozen=True)
class Methodology:
    facts: tuple[Fact, ...]
    method: Shown
    rules: tuple[Shown, ...]
    scale: tuple[Fact, ...]
    levels: tuple[Fact, ...]


@dataclass(frozen=True)
class ConflictRow:
    """An unresolved merge conflict as the full brief lists it (report/conflict_list.py)."""

    field: str
    ours: str | None
    theirs: str | None
    base: str | None
    ours_label: str
    theirs_label: str


@dataclass(frozen=True)
class Report:
    lang: str
    langs: tuple[str, ...]
    public: bool
    method: str
    meta: Meta
    cover: Cover
    summary: Summary
    context: tuple[Fact, ...]
    rights: tuple[RightRow, ...]
    heat_map: HeatMap | None
    findings: tuple[SectionFindings, ...]
    recommendations: tuple[RecommendationGroup, ...]
    methodology: Methodology
    references: tuple[Shown, ...]
    archive: tuple[ArchivedView, ...] = ()
    actions: tuple[ActionView, ...] = ()
    draft_mark: Shown = ()  # on every page while the assessment is not approved
    incomplete_mark: Shown = ()  # on every page while fewer criteria are answered than the threshold
    evidence: tuple[EvidenceRow, ...] = ()
    custody: tuple[CustodyRow, ...] = ()  # empty in a public brief
    conflicts: tuple[ConflictRow, ...] = ()  # unresolved merge conflicts; empty in a public brief
