"""The three scoring methods. Each turns an assessment into a Result; docs/scoring.md explains them."""

from __future__ import annotations

from hria_app.core.assessment import SEVERITY_DIMENSIONS, Assessment
from hria_app.core.messages import DIMENSION_NAMES
from hria_app.core.rubric import Level, Scoring, Section
from hria_app.core.scoring.common import (
    Tally,
    apply_overrides,
    band,
    band_reason,
    count_reasons,
    is_credited,
    tally,
)
from hria_app.core.scoring.display import percent_edges
from hria_app.core.scoring.results import Overall, Reason, Result, SectionResult
from hria_app.core.text import Text


def _totals(section: Section, t: Tally, scoring: Scoring) -> tuple[float, float, int]:
    counted = [(c, t.scores[c.id]) for c in section.criteria if t.scores[c.id] is not None]
    total = float(sum(c.weight * s for c, s in counted if s is not None))
    maximum = float(sum(c.weight * scoring.scale_max for c, _ in counted))
    return total, maximum, len(counted)


def _unweighted(section: Section, t: Tally, scoring: Scoring) -> tuple[float, float, int]:
    counted = [t.scores[c.id] for c in section.criteria if t.scores[c.id] is not None]
    return (
        float(sum(s for s in counted if s is not None)),
        float(len(counted) * scoring.scale_max),
        len(counted),
    )


def _overall(
    assessment: Assessment,
    t: Tally,
    sections: list[SectionResult],
    total: float,
    maximum: float,
    floors: list[tuple[Level, Reason]],
    residual: bool,
    extra: list[Reason] | None = None,
) -> Result:
    rubric = assessment.rubric
    scoring = rubric.scoring
    full_maximum = maximum
    level = band(scoring.levels, total, maximum, scoring.band_basis, full_maximum)
    edges = percent_edges(scoring.levels, scoring.band_basis, full_maximum)
    reasons = (
        [band_reason(level, total, maximum, scoring.band_basis, edges)] if maximum else [Reason("nothing_counted")]
    )
    reasons += extra or []
    reasons += count_reasons(t, scoring)
    if residual and t.credited:
        statuses = tuple(scoring.mitigation.credit_statuses)
        reasons.append(Reason("mitigation_credited", {"count": len(t.credited), "statuses": statuses}))
    level = apply_overrides(rubric, level, t.flags, floors, reasons)
    overall = Overall(
        level.id,
        level.label,
        scoring.rank(level.id),
        len(scoring.levels) - 1,
        level.colour,
        total,
        maximum,
        tuple(reasons),
        edges,
    )
    return Result(
        method=scoring.method,
        residual=residual,
        overall=overall,
        sections=tuple(sections),
        red_flags=tuple(t.flags),
        completeness=assessment.completeness,
        unknown=tuple(t.unknown),
        unanswered=tuple(t.unanswered),
        not_applicable=tuple(t.not_applicable),
        criterion_scores=dict(t.scores),
        credited_measures=dict(t.credited_measures),
    )


def rights_matrix(assessment: Assessment, residual: bool) -> Result:
    rubric = assessment.rubric
    scoring = rubric.scoring
    t = tally(assessment, residual)
    inherent = tally(assessment, False) if residual else t
    sections: list[SectionResult] = []
    floors: list[tuple[Level, Reason]] = []
    top_section = scoring.section_levels[-1]
    total = maximum = 0.0
    for section in rubric.sections:
        s_total, s_max, counted = _unweighted(section, t, scoring)
        total += s_total
        maximum += s_max
        if not counted:
            sections.append(
                SectionResult(
                    section.id,
                    section.title,
                    None,
                    section.title.__class__(),
                    None,
                    len(scoring.section_levels) - 1,
                    "",
                    0.0,
                    0.0,
                    0,
                )
            )
            continue
        reasons: list[Reason] = []
        severity = _severity(assessment, section.id, scoring, reasons)
        likelihood = _likelihood(s_total / counted, scoring, reasons)
        if residual:
            base_total, _, base_counted = _unweighted(section, inherent, scoring)
            base = _likelihood(base_total / base_counted, scoring, [])
            floor = max(1, base - scoring.mitigation.max_likelihood_steps)
            if likelihood < floor:
                likelihood = floor
                reasons.append(
                    Reason(
                        "likelihood_capped",
                        {"steps": scoring.mitigation.max_likelihood_steps, "likelihood": likelihood},
                    )
                )
        rating = next(lv for lv in scoring.section_levels if lv.id == scoring.matrix[likelihood][severity - 1])
        reasons.append(Reason("matrix", {"severity": severity, "likelihood": likelihood, "rating": rating.label}))
        result = SectionResult(
            section.id,
            section.title,
            rating.id,
            rating.label,
            scoring.section_rank(rating.id),
            len(scoring.section_levels) - 1,
            rating.colour,
            s_total,
            s_max,
            counted,
            severity,
            likelihood,
            tuple(reasons),
        )
        sections.append(result)
        if rating.id == top_section.id:
            floor_level = scoring.level(scoring.critical_section_floor)
            floors.append(
                (
                    floor_level,
                    Reason(
                        "critical_section",
                        {"section": section.id, "rating": rating.label, "level": floor_level.label},
                    ),
                )
            )
    return _overall(assessment, t, sections, total, maximum, floors, residual)


def _severity(assessment: Assessment, section_id: str, scoring: Scoring, reasons: list[Reason]) -> int:
    judged = assessment.section_input(section_id)
    values = {dim: getattr(judged, dim) for dim in SEVERITY_DIMENSIONS}
    missing = [dim for dim, value in values.items() if value is None]
    counted = {
        dim: (value if value is not None else scoring.severity_unknown_counts_as) for dim, value in values.items()
    }
    severity = max(1, min(4, max(counted.values())))
    reasons.append(Reason("severity", {"severity": severity, **counted}))
    if missing:
        # In each language: the reason is rendered in the reader's (messages.render resolves a Text per language).
        names = Text({lang: ", ".join(DIMENSION_NAMES[lang][d] for d in missing) for lang in DIMENSION_NAMES})
        reasons.append(
            Reason(
                "severity_unknown",
                {"dimensions": names, "count": len(missing), "value": scoring.severity_unknown_counts_as},
            )
        )
    return severity


def _likelihood(mean: float, scoring: Scoring, reasons: list[Reason]) -> int:
    # Round half up, as a person would on paper (Python's round() rounds half to even).
    likelihood = 1 + int(scoring.likelihood_factor * mean + 0.5 + 1e-9)
    likelihood = max(1, min(len(scoring.matrix), likelihood))
    reasons.append(
        Reason(
            "likelihood",
            {"likelihood": likelihood, "factor": scoring.likelihood_factor, "mean": round(mean, 2)},
        )
    )
    return likelihood


def _banded_sections(
    assessment: Assessment, t: Tally, scoring: Scoring, full_maximum: float, factor: float = 1.0
) -> list[SectionResult]:
    out = []
    edges = percent_edges(scoring.levels, scoring.band_basis, full_maximum)
    for section in assessment.rubric.sections:
        s_total, s_max, counted = _totals(section, t, scoring)
        s_total *= factor
        if not counted:
            out.append(
                SectionResult(
                    section.id,
                    section.title,
                    None,
                    section.title.__class__(),
                    None,
                    len(scoring.levels) - 1,
                    "",
                    0.0,
                    0.0,
                    0,
                )
            )
            continue
        level = band(scoring.levels, s_total, s_max, scoring.band_basis, full_maximum)
        out.append(
            SectionResult(
                section.id,
                section.title,
                level.id,
                level.label,
                scoring.rank(level.id),
                len(scoring.levels) - 1,
                level.colour,
                s_total,
                s_max,
                counted,
                reasons=(band_reason(level, s_total, s_max, "percent", edges),),
                edges=edges,
            )
        )
    return out


def checklist(assessment: Assessment, residual: bool) -> Result:
    rubric = assessment.rubric
    scoring = rubric.scoring
    t = tally(assessment, residual)
    total = float(sum(c.weight * s for c in rubric.criteria() if (s := t.scores[c.id]) is not None))
    maximum = float(sum(c.weight * scoring.scale_max for c in rubric.criteria() if t.scores[c.id] is not None))
    sections = _banded_sections(assessment, t, scoring, maximum)
    floors: list[tuple[Level, Reason]] = []
    top = scoring.top_level
    for criterion in rubric.criteria():
        score = t.scores[criterion.id]
        if not criterion.gateway or score is None:
            continue
        status = assessment.answer(criterion.id).status
        if status in ("unknown", "unanswered") and not any(assessment.answer(criterion.id).red_flags):
            if scoring.gateway_unknown_triggers:
                floors.append((top, Reason("gateway_unknown", {"criterion": criterion.id, "title": criterion.title})))
        elif score >= scoring.gateway_trigger:
            floors.append((top, Reason("gateway", {"criterion": criterion.id, "title": criterion.title})))
    return _overall(assessment, t, sections, total, maximum, floors, residual)


def weighted_sum(assessment: Assessment, residual: bool) -> Result:
    rubric = assessment.rubric
    scoring = rubric.scoring
    t = tally(assessment, residual, per_criterion_residual=False)
    total = float(sum(c.weight * s for c in rubric.criteria() if (s := t.scores[c.id]) is not None))
    maximum = float(sum(c.weight * scoring.scale_max for c in rubric.criteria() if t.scores[c.id] is not None))
    extra: list[Reason] = []
    factor = 1.0
    if residual:
        scored = [c for c in rubric.criteria() if (t.scores[c.id] or 0) > 0]
        weight = sum(c.weight for c in scored)
        covered = sum(c.weight for c in scored if is_credited(assessment.answer(c.id), scoring))
        coverage = 100.0 * covered / weight if weight else 100.0
        mitigation = scoring.mitigation
        params = {
            "coverage": round(coverage, 1),
            "threshold": mitigation.threshold,
            "factor": mitigation.factor,
        }
        if coverage >= mitigation.threshold and weight:
            factor = mitigation.factor
            total = round(total * factor, 4)
            extra.append(Reason("mitigation_factor", params))
        else:
            extra.append(Reason("mitigation_short", params))
    sections = _banded_sections(assessment, t, scoring, maximum, factor)
    return _overall(assessment, t, sections, total, maximum, [], residual, extra)
