"""From an assessment to the brief's view-model: scoring, filtering for the public, choosing languages."""

from __future__ import annotations

import datetime as dt

from hria_app.core.assessment import Assessment
from hria_app.core.completeness import DEFAULT_COMPLETE_AT
from hria_app.core.confidential import without_confidential
from hria_app.core.level_colours import STEPS, matrix_cells
from hria_app.core.scoring import Overall, Result, Scores, SectionResult, evaluate_both
from hria_app.core.scoring.display import percent_text
from hria_app.report.completeness_view import (
    answered_line,
    date_facts,
    driver_line,
    incomplete_mark,
    incomplete_note,
)
from hria_app.report.conflict_list import conflict_rows
from hria_app.report.evidence_annex import build_custody_rows, build_evidence_rows
from hria_app.report.findings import build_archive, build_findings, flag_views
from hria_app.report.localise import (
    Piece,
    Shown,
    languages_of,
    plain,
    show,
    show_each,
    show_label,
    show_plain,
    statuses_text,
)
from hria_app.report.model import Cover, Fact, HeatMap, Meta, Methodology, Rating, Report, RightRow, Summary
from hria_app.report.plan_views import build_actions, draft_mark, review_fact
from hria_app.report.recommendations import build_recommendations, group_by_addressee, top_recommendations

WORST_COUNT = 3
COVER_LIMIT = 300  # characters of a title or fact shown on the cover
_COVER_FIELDS = ("deployment", "vendor", "location", "organisation")
# What the residual result adds to the inherent one's explanation.
_MITIGATION_REASONS = frozenset({"mitigation_credited", "mitigation_factor", "mitigation_short", "likelihood_capped"})


def build_report(
    assessment: Assessment,
    lang: str = "en",
    public: bool = False,
    date: dt.date | None = None,
    author: str | None = None,
    scores: Scores | None = None,
    complete_at: float = DEFAULT_COMPLETE_AT,
) -> Report:
    """`scores`: the assessment's results when the caller has them (they are computed otherwise). Below
    `complete_at` percent of criteria answered, every page is marked INCOMPLETE.

    A public brief is built from `without_confidential(assessment)`, the one definition of what is confidential;
    the results are always those of the whole assessment, so a confidential measure still counts as mitigation."""
    langs = languages_of(lang)
    date = date or dt.date.today()
    conflicts = () if public else conflict_rows(assessment, langs[0])
    inherent, residual = scores or evaluate_both(assessment)
    if public:
        assessment = without_confidential(assessment)
    rights = tuple(
        RightRow(s.id, show(s.title, langs), _section_rating(s, langs), _section_rating(residual.section(s.id), langs))
        for s in inherent.sections
    )
    recommendations = build_recommendations(assessment, inherent, langs)
    classification = show_label("classification_public" if public else "classification_full", langs)
    return Report(
        lang=lang,
        langs=langs,
        public=public,
        method=assessment.rubric.scoring.method,
        meta=_meta(assessment, langs, author, classification),
        cover=_cover(assessment, langs, public, date, classification),
        summary=Summary(
            overall=_overall_rating(inherent.overall, langs),
            residual=_overall_rating(residual.overall, langs),
            reasons=tuple(show_each(reason.text, langs) for reason in inherent.overall.reasons),
            residual_reasons=tuple(
                show_each(reason.text, langs)
                for reason in residual.overall.reasons
                if reason.code in _MITIGATION_REASONS
            ),
            red_flags=flag_views(assessment, inherent, langs),
            worst=_worst(rights),
            top_recommendations=top_recommendations(recommendations),
            completeness=_completeness(assessment, langs),
            driver=driver_line(assessment, inherent, langs),
            incomplete=incomplete_note(assessment, langs),
        ),
        context=_context(assessment, langs),
        rights=rights,
        heat_map=_heat_map(assessment, inherent, residual),
        findings=build_findings(assessment, inherent, residual, langs),
        recommendations=group_by_addressee(recommendations, langs),
        methodology=_methodology(assessment, langs),
        references=tuple(show_each(ref.citation, langs) for ref in assessment.rubric.references),
        archive=build_archive(assessment, langs),
        actions=build_actions(assessment, langs, public, date, inherent),
        draft_mark=draft_mark(assessment, langs),
        incomplete_mark=incomplete_mark(assessment, langs, complete_at),
        evidence=build_evidence_rows(assessment, langs, public),
        custody=build_custody_rows(assessment, langs, public),
        conflicts=conflicts,
    )


def _title(assessment: Assessment, langs: tuple[str, ...]) -> Shown:
    return show(assessment.context.title, langs) or show_label("untitled", langs)


def _meta(assessment: Assessment, langs: tuple[str, ...], author: str | None, classification: Shown) -> Meta:
    context = assessment.context
    title = _title(assessment, langs)
    subject = plain(show_label("report_kind", langs))
    if context.deployment:
        subject += ": " + plain(show(context.deployment, langs))
    keywords = ["human rights impact assessment", "surveillance", assessment.rubric.id]
    keywords += [plain(show(context.location, langs))] if context.location else []
    return Meta(
        _short(plain(title)), _short(subject), _short(", ".join(keywords)), author or None, title, classification
    )


def _context(assessment: Assessment, langs: tuple[str, ...]) -> tuple[Fact, ...]:
    """Scope and background, and in full any cover text that was too long for the cover."""
    context = assessment.context
    overlong = [
        Fact(show_label(name, langs), show(getattr(context, name), langs))
        for name in ("title", *_COVER_FIELDS)
        if any(len(p.text) > COVER_LIMIT for p in show(getattr(context, name), langs))
    ]
    return (
        *overlong,
        *(
            Fact(show_label(name, langs), show(getattr(context, name), langs))
            for name in ("scope", "background")
            if getattr(context, name)
        ),
    )


def _cut(shown: Shown) -> Shown:
    """Cover text kept to a cover's length; the whole text then appears under Context."""
    return tuple(Piece(_short(p.text, COVER_LIMIT), p.lang, p.missing) for p in shown)


def _short(value: str, limit: int = 500) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _cover(assessment: Assessment, langs: tuple[str, ...], public: bool, date: dt.date, classification: Shown) -> Cover:
    context = assessment.context
    facts = [
        Fact(show_label(name, langs), _cut(show(getattr(context, name), langs)))
        for name in _COVER_FIELDS
        if getattr(context, name)
    ]
    facts += date_facts(assessment, langs, date)
    if context.assessors and not public:
        facts.append(Fact(show_label("assessors", langs), show_plain(", ".join(context.assessors), langs)))
    rubric = assessment.rubric
    rubric_line = tuple(
        Piece(f"{piece.text} ({rubric.id} {rubric.version})", piece.lang, piece.missing)
        for piece in show(rubric.title, langs)
    )
    facts.append(Fact(show_label("rubric", langs), rubric_line))
    facts.append(review_fact(assessment, langs, public))
    return Cover(
        show_label("report_kind", langs),
        _cut(_title(assessment, langs)),
        rubric_line,
        tuple(facts),
        classification,
        public,
        answered_line(assessment, langs),
    )


def _overall_rating(overall: Overall, langs: tuple[str, ...]) -> Rating:
    return Rating(
        show(overall.label, langs),
        overall.colour,
        overall.rank,
        overall.max_rank,
        overall.percent,
        edges=overall.edges,
    )


def _section_rating(section: SectionResult, langs: tuple[str, ...]) -> Rating:
    if section.level is None:
        return Rating(show_label("not_rated", langs), "", None, section.max_rank, 0.0)
    return Rating(
        show(section.label, langs),
        section.colour,
        section.rank,
        section.max_rank,
        section.percent,
        section.severity,
        section.likelihood,
        section.edges,
    )


def _worst(rights: tuple[RightRow, ...]) -> tuple[RightRow, ...]:
    rated = [row for row in rights if row.inherent.rank is not None]
    rated.sort(key=lambda r: (-(r.inherent.rank or 0), -(r.inherent.likelihood or 0), -r.inherent.percent))
    return tuple(rated[:WORST_COUNT])


def _completeness(assessment: Assessment, langs: tuple[str, ...]) -> Shown:
    total = assessment.rubric.criterion_count
    answered = sum(1 for c in assessment.rubric.criteria() if assessment.answer(c.id).is_answered)
    return show_label(
        "completeness", langs, answered=answered, total=total, percent=percent_text(100 * assessment.completeness)
    )


def _heat_map(assessment: Assessment, inherent: Result, residual: Result) -> HeatMap | None:
    cells = matrix_cells(assessment.rubric.scoring)
    if not cells:
        return None

    def placed(result: Result) -> tuple[tuple[str, int, int], ...]:
        return tuple(
            (s.id, s.severity, s.likelihood)
            for s in result.sections
            if s.severity is not None and s.likelihood is not None
        )

    return HeatMap(
        cell_colours=tuple(tuple(cells[(likelihood, severity)].colour for severity in STEPS) for likelihood in STEPS),
        inherent=placed(inherent),
        residual=placed(residual),
    )


def _methodology(assessment: Assessment, langs: tuple[str, ...]) -> Methodology:
    rubric = assessment.rubric
    scoring = rubric.scoring
    facts = [
        Fact(show_label("rubric", langs), show(rubric.title, langs)),
        Fact(show_plain("ID", langs), show_plain(rubric.id, langs)),
        Fact(show_label("rubric_version", langs), show_plain(rubric.version, langs)),
        Fact(show_label("fingerprint", langs), show_plain(rubric.fingerprint, langs)),
    ]
    if rubric.authors:
        facts.append(Fact(show_label("rubric_authors", langs), show_plain(", ".join(rubric.authors), langs)))
    if rubric.translation_note:
        facts.append(Fact(show_label("translation_note", langs), show(rubric.translation_note, langs)))
    facts.append(Fact(show_label("calendar", langs), show_label("calendar_used", langs)))
    flag_level = scoring.level(scoring.red_flag_level).label
    params: dict[str, object] = {
        "flag_level": flag_level,
        "top_level": scoring.top_level.label,
        "factor": scoring.likelihood_factor,
    }
    if scoring.method == "rights_matrix":
        params |= {
            "top_section": scoring.section_levels[-1].label,
            "floor": scoring.level(scoring.critical_section_floor).label,
        }
    elif scoring.method == "weighted_sum":
        params |= {"threshold": f"{scoring.mitigation.threshold:g}", "factor": f"{scoring.mitigation.factor:g}"}
    statuses = statuses_text(scoring.mitigation.credit_statuses)
    rules = (
        show_label("unknowns_rule", langs, value=scoring.unknown_counts_as, maximum=scoring.scale_max),
        show_label("na_rule", langs),
        show_label("recommend_rule", langs, value=scoring.recommend_at),
        show_label("mitigation_rule", langs, statuses=statuses),
        _completeness(assessment, langs),
    )
    unit = "%" if scoring.band_basis == "percent" else ""
    levels = tuple(
        Fact(show(level.label, langs), _band(level.upto, unit, langs), show(level.description, langs))
        for level in scoring.levels
    )
    return Methodology(
        facts=tuple(facts),
        method=show_label(f"method_{scoring.method}", langs, **params),
        rules=rules,
        scale=tuple(
            Fact(show_plain(str(score), langs), show(text, langs)) for score, text in sorted(scoring.scale.items())
        ),
        levels=levels,
    )


def _band(upto: float | None, unit: str, langs: tuple[str, ...]) -> Shown:
    if upto is None:
        return ()
    return show_label("up_to", langs, value=f"{upto:g}{unit}")
