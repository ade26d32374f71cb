"""What scoring produces: levels with the reasons that explain them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from hria_app.core.messages import render
from hria_app.core.scoring.display import shown_percent
from hria_app.core.text import Text

SCORE_FORMAT = "hria-score-result"
SCORE_FORMAT_VERSION = 1


@dataclass(frozen=True)
class Reason:
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        return render(self.code, self.params, lang)


@dataclass(frozen=True)
class RaisedFlag:
    flag: str
    criterion: str
    title: Text


@dataclass(frozen=True)
class SectionResult:
    id: str
    title: Text
    level: str | None  # None when no criterion of the section counts (all not applicable)
    label: Text
    rank: int | None
    max_rank: int
    colour: str
    total: float
    maximum: float
    counted: int
    severity: int | None = None
    likelihood: int | None = None
    reasons: tuple[Reason, ...] = ()
    edges: tuple[float, ...] = ()  # band edges as percents, to show the percent precisely enough near one

    @property
    def percent(self) -> float:
        return 100.0 * self.total / self.maximum if self.maximum else 0.0


@dataclass(frozen=True)
class Overall:
    level: str
    label: Text
    rank: int
    max_rank: int
    colour: str
    total: float
    maximum: float
    reasons: tuple[Reason, ...]
    edges: tuple[float, ...] = ()

    @property
    def percent(self) -> float:
        return 100.0 * self.total / self.maximum if self.maximum else 0.0


@dataclass(frozen=True)
class Result:
    method: str
    residual: bool
    overall: Overall
    sections: tuple[SectionResult, ...]
    red_flags: tuple[RaisedFlag, ...]
    completeness: float
    unknown: tuple[str, ...]  # criterion ids answered "unknown"
    unanswered: tuple[str, ...]
    not_applicable: tuple[str, ...]
    criterion_scores: Mapping[str, int | None]  # the score each criterion counted as; None if excluded
    # The criteria whose residual score is credited, each with the indices of the measures that earned it. The
    # same in the inherent and the residual result: it describes the answers, not which result uses them.
    credited_measures: Mapping[str, tuple[int, ...]] = field(default_factory=dict)

    def section(self, section_id: str) -> SectionResult:
        return next(s for s in self.sections if s.id == section_id)

    @property
    def red_flag_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(flag.flag for flag in self.red_flags))

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        """The documented `hria score --json` output (docs/command-line.md, resources/schema/score-result.schema.json).
        Within a format_version fields are only ever added."""
        return {
            "format": SCORE_FORMAT,
            "format_version": SCORE_FORMAT_VERSION,
            "method": self.method,
            "residual": self.residual,
            "overall": {
                "level": self.overall.level,
                "label": self.overall.label.get(lang),
                "rank": self.overall.rank,
                "max_rank": self.overall.max_rank,
                "percent": shown_percent(self.overall.percent, self.overall.edges),
                "total": self.overall.total,
                "maximum": self.overall.maximum,
                "reasons": [reason.text(lang) for reason in self.overall.reasons],
            },
            "sections": [
                {
                    "id": s.id,
                    "title": s.title.get(lang),
                    "level": s.level,
                    "label": s.label.get(lang),
                    "rank": s.rank,
                    "max_rank": s.max_rank,
                    "severity": s.severity,
                    "likelihood": s.likelihood,
                    "percent": shown_percent(s.percent, s.edges),
                    "reasons": [reason.text(lang) for reason in s.reasons],
                }
                for s in self.sections
            ],
            "red_flags": list(self.red_flag_ids),
            "red_flags_raised": [{"flag": f.flag, "criterion": f.criterion} for f in self.red_flags],
            "completeness": round(self.completeness, 4),
            "unknown": list(self.unknown),
            "unanswered": list(self.unanswered),
            "not_applicable": list(self.not_applicable),
        }
