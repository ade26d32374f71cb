"""Reading the user's part of a .hria file into an Assessment, collecting every problem with its location."""

from __future__ import annotations

from typing import Any

from hria_app.core.assessment import (
    CONFIDENCES,
    CONTEXT_TEXT_FIELDS,
    READ_VERSIONS,
    RELIABILITIES,
    SEVERITY_DIMENSIONS,
    STATUSES,
    Answer,
    ArchivedAnswer,
    Assessment,
    Context,
    Evidence,
    Measure,
    Recommendation,
    SectionInput,
)
from hria_app.core.errors import Issue
from hria_app.core.evidence_format import read_attachments, read_custody
from hria_app.core.fields import FieldReader, describe_value
from hria_app.core.issue_messages import message
from hria_app.core.plan_file import MEASURE_TRACKING_KEYS, PLAN_TOP_KEYS, TRACKING_KEYS, read_plan, read_tracking
from hria_app.core.rubric import ADDRESSEES, Rubric
from hria_app.core.team_format import check_unique_ids, item_id, read_baseline, read_conflicts
from hria_app.core.text import Text
from hria_app.core.tracking import MEASURE_PROGRESS
from hria_app.core.yaml_source import PathKey, YamlDocument

USER_TEXT_LIMIT = 1_000_000
TOP_KEYS = (
    "format_version",
    "kind",
    "app_version",
    "context",
    "sections",
    "answers",
    "recommendations",
    "archive",
    *PLAN_TOP_KEYS,
    "custody",
    "baseline",
    "conflicts",
    "rubric",
)
ANSWER_KEYS = (
    "status",
    "score",
    "reason",
    "red_flags",
    "confidence",
    "notes",
    "notes_confidential",
    "evidence",
    "mitigation",
    "residual_score",
    "carried_over",
)


def read_assessment(doc: YamlDocument, rubric: Rubric) -> tuple[Assessment, list[Issue]]:
    r = FieldReader(doc)
    raw = r.mapping(
        doc.data,
        (),
        ("format_version", "rubric"),
        [k for k in TOP_KEYS if k not in ("format_version", "rubric")],
    )
    assessment = Assessment(rubric=rubric)
    if raw is None:
        return assessment, r.issues
    r.integer(raw.get("format_version"), ("format_version",), READ_VERSIONS[0], READ_VERSIONS[-1])
    assessment.context = _context(r, raw.get("context", {}))
    _sections(r, raw.get("sections", {}), assessment)
    answers = r.any_mapping(raw.get("answers", {}), ("answers",), message("what_answers")) or {}
    for criterion_id, value in answers.items():
        path: PathKey = ("answers", criterion_id)
        if not isinstance(criterion_id, str) or not rubric.has_criterion(criterion_id):
            r.error(
                path,
                message("answer_unknown_criterion", criterion=criterion_id, rubric=rubric.id, version=rubric.version),
            )
            continue
        answer = _answer(r, value, path, rubric, criterion_id)
        if answer is not None:
            assessment.answers[criterion_id] = answer
    assessment.recommendations = tuple(
        rec
        for i, item in enumerate(r.sequence(raw.get("recommendations", []), ("recommendations",)) or [])
        if (rec := _recommendation(r, item, ("recommendations", i))) is not None
    )
    archive = []
    for i, item in enumerate(r.sequence(raw.get("archive", []), ("archive",)) or []):
        path = ("archive", i)
        entry = r.mapping(item, path, ("criterion", "answer"), ("rubric_version", "question"))
        if entry is None:
            continue
        answer = _answer(r, entry.get("answer"), (*path, "answer"), None, "")
        criterion_id = r.string(entry.get("criterion"), (*path, "criterion"))
        if answer is not None and criterion_id:
            archive.append(
                ArchivedAnswer(
                    criterion_id,
                    str(entry.get("rubric_version", "")),
                    _text(r, entry.get("question"), (*path, "question")),
                    answer,
                )
            )
    assessment.archive = tuple(archive)
    rubric_keys = {f"rubric:{c.id}:{i}" for c in rubric.criteria() for i in range(len(c.recommendations))}
    assessment.action_tracking, assessment.comments, assessment.review = read_plan(r, raw, rubric_keys)
    assessment.custody = read_custody(r, raw.get("custody", []))
    assessment.baseline = read_baseline(r, raw.get("baseline"))
    assessment.conflicts = read_conflicts(r, raw.get("conflicts", []))
    return assessment, r.issues


def _text(r: FieldReader, value: Any, path: PathKey) -> Text:
    return r.text(value, path, required=False, max_len=USER_TEXT_LIMIT) or Text()


def _date(r: FieldReader, value: Any, path: PathKey) -> str:
    return r.date(value, path)


def _context(r: FieldReader, value: Any) -> Context:
    path: PathKey = ("context",)
    raw = r.mapping(value, path, optional=(*CONTEXT_TEXT_FIELDS, "assessors", "started", "updated"))
    if raw is None:
        return Context()
    texts = {name: _text(r, raw.get(name), (*path, name)) for name in CONTEXT_TEXT_FIELDS}
    assessors = r.sequence(raw.get("assessors", []), (*path, "assessors"), message("what_names")) or []
    names = tuple(n for i, a in enumerate(assessors) if (n := r.string(a, (*path, "assessors", i), max_len=500)))
    return Context(
        **texts,
        assessors=names,
        started=_date(r, raw.get("started"), (*path, "started")),
        updated=_date(r, raw.get("updated"), (*path, "updated")),
    )


def _sections(r: FieldReader, value: Any, assessment: Assessment) -> None:
    raw = r.any_mapping(value, ("sections",), message("what_severities")) or {}
    known = {s.id for s in assessment.rubric.sections}
    for section_id, item in raw.items():
        path: PathKey = ("sections", section_id)
        if section_id not in known:
            r.error(path, message("not_a_section", section=section_id))
            continue
        entry = r.mapping(item, path, optional=(*SEVERITY_DIMENSIONS, "notes"))
        if entry is None:
            continue
        dims = {
            d: r.integer(entry[d], (*path, d), 1, 4) if entry.get(d) is not None else None for d in SEVERITY_DIMENSIONS
        }
        assessment.sections[section_id] = SectionInput(**dims, notes=_text(r, entry.get("notes"), (*path, "notes")))


def _answer(r: FieldReader, value: Any, path: PathKey, rubric: Rubric | None, criterion_id: str) -> Answer | None:
    raw = r.mapping(value, path, ("status",), [k for k in ANSWER_KEYS if k != "status"])
    if raw is None:
        return None
    status = r.choice(raw.get("status"), (*path, "status"), STATUSES)
    scale_max = rubric.scoring.scale_max if rubric else 100
    score = r.integer(raw["score"], (*path, "score"), 0, scale_max) if raw.get("score") is not None else None
    if status == "scored" and score is None and "score" not in raw:
        r.error((*path, "score"), message("score_needed"))
    if status not in (None, "scored") and raw.get("score") is not None:
        r.error((*path, "score"), message("score_not_scored", status=status))
    reason = _text(r, raw.get("reason"), (*path, "reason"))
    if status == "not_applicable" and not reason:
        r.warn((*path, "reason"), message("na_reason_missing"))
    flags = raw.get("red_flags", [])
    red_flags = (
        _red_flags(r, flags, (*path, "red_flags"), rubric, criterion_id)
        if rubric
        else tuple(f for f in (flags or []) if isinstance(f, str))
    )
    confidence = r.choice(raw.get("confidence", ""), (*path, "confidence"), CONFIDENCES) or ""
    residual = raw.get("residual_score")
    residual_score = r.integer(residual, (*path, "residual_score"), 0, scale_max) if residual is not None else None
    evidence = [
        e
        for i, item in enumerate(r.sequence(raw.get("evidence", []), (*path, "evidence")) or [])
        if (e := _evidence(r, item, (*path, "evidence", i))) is not None
    ]
    measures = [
        m
        for i, item in enumerate(r.sequence(raw.get("mitigation", []), (*path, "mitigation")) or [])
        if (m := _measure(r, item, (*path, "mitigation", i))) is not None
    ]
    check_unique_ids(r, [e.id for e in evidence], (*path, "evidence"), "evidence")
    check_unique_ids(r, [m.id for m in measures], (*path, "mitigation"), "measure")
    carried_over = bool(r.boolean(raw.get("carried_over", False), (*path, "carried_over")))
    if status is None:
        return None
    return Answer(
        status=status,  # type: ignore[arg-type]
        score=score if status == "scored" else None,
        na_reason=reason,
        red_flags=red_flags,
        notes=_text(r, raw.get("notes"), (*path, "notes")),
        notes_confidential=bool(r.boolean(raw.get("notes_confidential", False), (*path, "notes_confidential"))),
        confidence=confidence,  # type: ignore[arg-type]
        evidence=tuple(evidence),
        mitigation=tuple(measures),
        residual_score=residual_score,
        carried_over=carried_over,
    )


def _red_flags(r: FieldReader, value: Any, path: PathKey, rubric: Rubric, criterion_id: str) -> tuple[str, ...]:
    """The flags ticked on an answer. A flag the rubric defines but this criterion cannot raise is named as such,
    with the flags it can raise; a flag the rubric does not define at all is an unknown id."""
    allowed = rubric.criterion(criterion_id).red_flags
    defined = sorted(flag.id for flag in rubric.red_flags)
    items = r.sequence(value, path, message("what_red_flags"))
    ticked = []
    for i, item in enumerate(items or []):
        if not isinstance(item, str):
            r.error((*path, i), message("expected_id", what=message("item_red_flag"), found=describe_value(item)))
        elif item in allowed:
            ticked.append(item)
        elif item in defined:
            code = "flag_not_for_criterion" if allowed else "flag_none_for_criterion"
            r.error((*path, i), message(code, criterion=criterion_id, flag=item, listed=", ".join(allowed)))
        else:
            listed = ", ".join(defined[:12]) or message("none_defined")
            r.error((*path, i), message("unknown_id", what=message("item_red_flag"), item=item, listed=listed))
    return tuple(ticked)


def _evidence(r: FieldReader, value: Any, path: PathKey) -> Evidence | None:
    raw = r.mapping(value, path, ("title",), ("id", "link", "accessed", "reliability", "confidential", "note", "files"))
    if raw is None:
        return None
    return Evidence(
        id=item_id(r, raw, path, "e"),
        title=_text(r, raw.get("title"), (*path, "title")),
        link=r.string(raw.get("link", ""), (*path, "link"), max_len=4000) or "",
        accessed=_date(r, raw.get("accessed"), (*path, "accessed")),
        reliability=r.choice(raw.get("reliability", ""), (*path, "reliability"), RELIABILITIES) or "",  # type: ignore[arg-type]
        confidential=bool(r.boolean(raw.get("confidential", False), (*path, "confidential"))),
        note=_text(r, raw.get("note"), (*path, "note")),
        files=read_attachments(r, raw.get("files", []), (*path, "files")),
    )


def _measure(r: FieldReader, value: Any, path: PathKey) -> Measure | None:
    raw = r.mapping(value, path, ("text",), ("id", "to", "status", "confidential", *MEASURE_TRACKING_KEYS))
    if raw is None:
        return None
    tracking = read_tracking(r, raw, path, with_status=False)
    return Measure(
        id=item_id(r, raw, path, "m"),
        text=_text(r, raw.get("text"), (*path, "text")),
        to=r.choice(raw.get("to", "state"), (*path, "to"), ADDRESSEES) or "state",  # type: ignore[arg-type]
        status=r.choice(raw.get("status", "planned"), (*path, "status"), MEASURE_PROGRESS) or "planned",  # type: ignore[arg-type]
        confidential=bool(r.boolean(raw.get("confidential", False), (*path, "confidential"))),
        owner=tracking.owner,
        due=tracking.due,
        drop_reason=tracking.drop_reason,
    )


def _recommendation(r: FieldReader, value: Any, path: PathKey) -> Recommendation | None:
    raw = r.mapping(value, path, ("text",), ("to", "confidential", *TRACKING_KEYS))
    if raw is None:
        return None
    return Recommendation(
        text=_text(r, raw.get("text"), (*path, "text")),
        to=r.choice(raw.get("to", "state"), (*path, "to"), ADDRESSEES) or "state",  # type: ignore[arg-type]
        confidential=bool(r.boolean(raw.get("confidential", False), (*path, "confidential"))),
        tracking=read_tracking(r, raw, path),
    )
