"""Findings per criterion: the question, what the assessor answered and why, and what follows from it."""

from __future__ import annotations

from hria_app.core.assessment import SEVERITY_DIMENSIONS, Answer, Assessment, Evidence
from hria_app.core.rubric import Criterion, Section
from hria_app.core.scoring import Result
from hria_app.core.text import Text
from hria_app.report.labels import label
from hria_app.report.localise import (
    Piece,
    Shown,
    format_iso_date,
    show,
    show_each,
    show_label,
    show_value,
    status_text,
    statuses_text,
    value_text,
)
from hria_app.report.model import (
    ArchivedView,
    CriterionView,
    EvidenceView,
    FlagView,
    MeasureView,
    SectionFindings,
)


def build_findings(
    assessment: Assessment, inherent: Result, residual: Result, langs: tuple[str, ...]
) -> tuple[SectionFindings, ...]:
    """For a public brief `assessment` is already without its confidential items."""
    rubric = assessment.rubric
    flags = _flags_by_criterion(assessment, inherent, langs)
    sections = []
    for section in rubric.sections:
        criteria = tuple(
            _criterion(assessment, criterion, inherent, residual, flags.get(criterion.id, ()), langs)
            for criterion in section.criteria
        )
        sections.append(
            SectionFindings(
                id=section.id,
                title=show(section.title, langs),
                description=show(section.description, langs),
                severity=_severity_line(assessment, section, langs),
                notes=show(assessment.section_input(section.id).notes, langs),
                criteria=criteria,
            )
        )
    return tuple(sections)


def flag_views(assessment: Assessment, result: Result, langs: tuple[str, ...]) -> tuple[FlagView, ...]:
    rubric = assessment.rubric
    return tuple(
        FlagView(
            flag.flag, show(flag.title, langs), flag.criterion, show(rubric.criterion(flag.criterion).title, langs)
        )
        for flag in result.red_flags
    )


def _flags_by_criterion(
    assessment: Assessment, result: Result, langs: tuple[str, ...]
) -> dict[str, tuple[FlagView, ...]]:
    by_criterion: dict[str, tuple[FlagView, ...]] = {}
    for view in flag_views(assessment, result, langs):
        by_criterion[view.criterion] = (*by_criterion.get(view.criterion, ()), view)
    return by_criterion


def _severity_line(assessment: Assessment, section: Section, langs: tuple[str, ...]) -> Shown:
    if assessment.rubric.scoring.method != "rights_matrix":
        return ()
    judged = assessment.section_input(section.id)

    def line(lang: str) -> str:
        values = {dim: getattr(judged, dim) for dim in SEVERITY_DIMENSIONS}
        shown = {dim: str(v) if v is not None else label("not_judged", lang) for dim, v in values.items()}
        return label("severity_judged", lang, **shown)

    return show_each(line, langs)


def _criterion(
    assessment: Assessment,
    criterion: Criterion,
    inherent: Result,
    residual: Result,
    flags: tuple[FlagView, ...],
    langs: tuple[str, ...],
) -> CriterionView:
    scoring = assessment.rubric.scoring
    answer = assessment.answer(criterion.id)
    counted = inherent.criterion_scores.get(criterion.id)
    answer_line, anchor = _answer_lines(answer, criterion, assessment, langs)
    return CriterionView(
        id=criterion.id,
        title=show(criterion.title, langs),
        question=show(criterion.question, langs),
        status=answer.status,
        answer=answer_line,
        anchor=anchor,
        na_reason=show(answer.na_reason, langs) if answer.status == "not_applicable" else (),
        red_flags=flags,
        confidence=show_value(answer.confidence, langs),
        notes=show(answer.notes, langs),
        notes_confidential=answer.notes_confidential,
        evidence=tuple(_evidence(e, langs) for e in answer.evidence),
        measures=tuple(
            MeasureView(
                show(m.text, langs), show_label(f"to_{m.to}", langs), show(status_text(m.status), langs), m.confidential
            )
            for m in answer.mitigation
            if m.text
        ),
        residual=_residual_line(answer, criterion.id in residual.credited_measures, assessment, langs),
        counted=_counted_line(counted, residual.criterion_scores.get(criterion.id), scoring.scale_max, langs),
        score_share=None if counted is None else counted / scoring.scale_max,
        score_text="—" if counted is None else f"{counted}/{scoring.scale_max}",
    )


def _answer_lines(
    answer: Answer, criterion: Criterion, assessment: Assessment, langs: tuple[str, ...]
) -> tuple[Shown, Shown]:
    scoring = assessment.rubric.scoring
    if answer.status == "scored" and answer.score is not None:
        scale_label = show(scoring.scale.get(answer.score, Text()), langs)
        line = tuple(Piece(f"{answer.score} — {piece.text}", piece.lang, piece.missing) for piece in scale_label)
        return line or ((Piece(str(answer.score), langs[0]),)), show(criterion.anchors.get(answer.score, Text()), langs)
    if answer.status == "unknown":
        return show_label("unknown", langs, value=scoring.unknown_counts_as), ()
    if answer.status == "not_applicable":
        return show_label("not_applicable", langs), ()
    return show_label("unanswered", langs, value=scoring.unknown_counts_as), ()


def _residual_line(answer: Answer, credited: bool, assessment: Assessment, langs: tuple[str, ...]) -> Shown:
    if answer.residual_score is None:
        return ()
    scoring = assessment.rubric.scoring

    def line(lang: str) -> str:
        statuses = statuses_text(scoring.mitigation.credit_statuses).get(lang)
        verdict = label("credited", lang) if credited else label("not_credited", lang, statuses=statuses)
        return f"{label('residual_score', lang, score=answer.residual_score)} ({verdict})"

    return show_each(line, langs)


def _counted_line(inherent: int | None, residual: int | None, maximum: int, langs: tuple[str, ...]) -> Shown:
    if inherent is None:
        return show_label("counted_excluded", langs)
    return show_label("counted", langs, inherent=inherent, maximum=maximum, residual=residual)


def _evidence(evidence: Evidence, langs: tuple[str, ...]) -> EvidenceView:
    def details(lang: str) -> str:
        parts = []
        if evidence.accessed:
            parts.append(label("accessed", lang, date=format_iso_date(evidence.accessed, lang)))
        if evidence.reliability:
            parts.append(label("reliability", lang, value=value_text(evidence.reliability).get(lang)))
        return "; ".join(parts)

    has_details = bool(evidence.accessed or evidence.reliability)
    return EvidenceView(
        title=show(evidence.title, langs),
        link=evidence.link,
        details=show_each(details, langs) if has_details else (),
        note=show(evidence.note, langs),
        confidential=evidence.confidential,
    )


def build_archive(assessment: Assessment, langs: tuple[str, ...]) -> tuple[ArchivedView, ...]:
    """Answers kept from criteria that a later rubric version removed; a public brief's copy has no confidential
    notes left."""
    views = []
    for kept in assessment.archive:
        answer = kept.answer
        if answer.status == "scored" and answer.score is not None:
            line = show_label("archived_score", langs, score=answer.score)
        else:
            line = show_label(f"archived_{answer.status}", langs)
        views.append(
            ArchivedView(
                id=kept.criterion_id,
                rubric_version=kept.rubric_version,
                question=show(kept.question, langs),
                answer=line,
                notes=show(answer.notes, langs),
                notes_confidential=answer.notes_confidential,
            )
        )
    return tuple(views)
