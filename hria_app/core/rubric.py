"""The rubric model: frozen dataclasses built by rubric_loader from validated YAML."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from hria_app.core.text import Text

Method = Literal["rights_matrix", "checklist", "weighted_sum"]
Addressee = Literal["state", "vendor", "investors", "all"]
ADDRESSEES: tuple[Addressee, ...] = ("state", "vendor", "investors", "all")
MEASURE_STATUSES = ("planned", "implemented", "verified")


@dataclass(frozen=True)
class Level:
    """One step of a result scale, from lowest to highest concern."""

    id: str
    label: Text
    description: Text = field(default_factory=Text)
    colour: str = ""
    upto: float | None = None  # the band's upper bound (inclusive); None for the top band


@dataclass(frozen=True)
class Mitigation:
    credit_statuses: tuple[str, ...] = ("implemented", "verified")
    max_likelihood_steps: int = 1  # rights_matrix
    threshold: float = 80.0  # weighted_sum: share of scored weight that needs credited measures (percent)
    factor: float = 0.85  # weighted_sum: multiplier on the total when the threshold is met


@dataclass(frozen=True)
class Scoring:
    method: Method
    scale: Mapping[int, Text]
    levels: tuple[Level, ...]
    unknown_counts_as: int
    recommend_at: int
    band_basis: Literal["percent", "points"] = "percent"
    red_flag_level: str = ""  # id of the level a red flag forces; the top level when empty
    mitigation: Mitigation = field(default_factory=Mitigation)
    # rights_matrix
    section_levels: tuple[Level, ...] = ()
    matrix: Mapping[int, tuple[str, ...]] = field(default_factory=dict)  # likelihood -> rating per severity
    likelihood_factor: float = 0.75
    severity_unknown_counts_as: int = 3
    critical_section_floor: str = ""
    # checklist
    gateway_trigger: int = 0
    gateway_unknown_triggers: bool = True

    @property
    def scale_max(self) -> int:
        return max(self.scale)

    @property
    def top_level(self) -> Level:
        return self.levels[-1]

    def level(self, level_id: str) -> Level:
        return next(level for level in self.levels if level.id == level_id)

    def rank(self, level_id: str) -> int:
        return next(i for i, level in enumerate(self.levels) if level.id == level_id)

    def section_rank(self, level_id: str) -> int:
        return next(i for i, level in enumerate(self.section_levels) if level.id == level_id)


@dataclass(frozen=True)
class RedFlag:
    id: str
    title: Text
    description: Text = field(default_factory=Text)


@dataclass(frozen=True)
class Reference:
    key: str
    title: Text
    issuer: str = ""
    year: int | None = None
    locator: str = ""  # article, section or paragraph
    url: str = ""
    note: Text = field(default_factory=Text)

    def citation(self, lang: str = "en") -> str:
        parts = [self.issuer, self.title.get(lang)]
        if self.locator:
            parts.append(self.locator)
        if self.year:
            parts.append(str(self.year))
        text = ", ".join(p for p in parts if p)
        return f"{text}. {self.url}" if self.url else text


@dataclass(frozen=True)
class Recommendation:
    to: Addressee
    text: Text


@dataclass(frozen=True)
class Criterion:
    id: str
    title: Text
    question: Text
    anchors: Mapping[int, Text]
    guidance: Text = field(default_factory=Text)
    evidence: tuple[Text, ...] = ()
    red_flags: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    weight: float = 1.0
    gateway: bool = False


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    criteria: tuple[Criterion, ...]
    description: Text = field(default_factory=Text)


@dataclass(frozen=True)
class Rubric:
    id: str
    version: str
    title: Text
    scoring: Scoring
    sections: tuple[Section, ...]
    description: Text = field(default_factory=Text)
    languages: tuple[str, ...] = ("en",)
    translation_note: Text = field(default_factory=Text)
    authors: tuple[str, ...] = ()
    red_flags: tuple[RedFlag, ...] = ()
    references: tuple[Reference, ...] = ()
    source: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    fingerprint: str = ""

    def criteria(self) -> Iterator[Criterion]:
        for section in self.sections:
            yield from section.criteria

    @property
    def criterion_count(self) -> int:
        return sum(len(section.criteria) for section in self.sections)

    def criterion(self, criterion_id: str) -> Criterion:
        return self._criteria_by_id()[criterion_id]

    def has_criterion(self, criterion_id: str) -> bool:
        return criterion_id in self._criteria_by_id()

    def section_of(self, criterion_id: str) -> Section:
        return next(s for s in self.sections if any(c.id == criterion_id for c in s.criteria))

    def section(self, section_id: str) -> Section:
        return next(s for s in self.sections if s.id == section_id)

    def red_flag(self, flag_id: str) -> RedFlag:
        return next(flag for flag in self.red_flags if flag.id == flag_id)

    def reference(self, key: str) -> Reference:
        return next(ref for ref in self.references if ref.key == key)

    def _criteria_by_id(self) -> dict[str, Criterion]:
        cached: dict[str, Criterion] | None = self.__dict__.get("_by_id")
        if cached is None:
            cached = {c.id: c for c in self.criteria()}
            object.__setattr__(self, "_by_id", cached)
        return cached
