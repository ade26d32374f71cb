"""One assessment as plain lines of text, one fact to a line: what `hria show` prints and git's textconv diffs.

Line by line, so that `git diff` of two versions shows a changed score as one removed and one added sentence.
"""

from __future__ import annotations

from hria_app.core.assessment import CONTEXT_TEXT_FIELDS, SEVERITY_DIMENSIONS, Answer, Assessment
from hria_app.core.conflicts import short_value
from hria_app.core.diff_words import answer_value, confidence_value, field_name
from hria_app.core.scoring import evaluate
from hria_app.core.text import Text

WORDS = {
    "en": {
        "rubric": "rubric",
        "overall": "overall",
        "rating": "rating",
        "score": "score",
        "residual": "residual score",
        "red_flags": "red flags",
        "confidence": "confidence",
        "evidence": "evidence",
        "measure": "mitigation",
        "confidential": "confidential",
        "carried_over": "carried over from the baseline, to check",
        "conflict": "CONFLICT",
        "ours": "ours",
        "theirs": "theirs",
        "base": "base",
        "assessors": "assessors",
        "baseline": "baseline",
        "recommendation": "recommendation",
        "not_rated": "not rated",
    },
    "th": {
        "rubric": "แบบประเมิน",
        "overall": "ผลรวม",
        "rating": "ระดับ",
        "score": "คะแนน",
        "residual": "คะแนนคงเหลือ",
        "red_flags": "สัญญาณอันตราย",
        "confidence": "ความเชื่อมั่น",
        "evidence": "หลักฐาน",
        "measure": "มาตรการบรรเทา",
        "confidential": "ความลับ",
        "carried_over": "คัดลอกมาจากการประเมินครั้งก่อน รอตรวจสอบ",
        "conflict": "ข้อขัดแย้ง",
        "ours": "ฝั่งเรา",
        "theirs": "ฝั่งเขา",
        "base": "ฉบับตั้งต้น",
        "assessors": "ผู้ประเมิน",
        "baseline": "การประเมินครั้งก่อน",
        "recommendation": "ข้อเสนอแนะ",
        "not_rated": "ไม่ได้จัดระดับ",
    },
}


def _text_lines(label: str, value: Text, lang: str, indent: str) -> list[str]:
    lines = value.get(lang).splitlines() or [""]
    return [f"{indent}{label}: {lines[0]}", *(f"{indent}  {line}" for line in lines[1:])]


def assessment_lines(assessment: Assessment, lang: str = "en") -> list[str]:
    w = WORDS.get(lang, WORDS["en"])
    rubric = assessment.rubric
    result = evaluate(assessment)
    c = assessment.context
    out = [f"{w['rubric']}: {rubric.id} {rubric.version}", f"{w['overall']}: {result.overall.label.get(lang)}"]
    out += [f"  - {reason.text(lang)}" for reason in result.overall.reasons]
    for name in CONTEXT_TEXT_FIELDS:
        if getattr(c, name):
            out += _text_lines(field_name(name, lang), getattr(c, name), lang, "")
    if c.assessors:
        out.append(f"{w['assessors']}: {', '.join(c.assessors)}")
    out += [f"{field_name(name, lang)}: {getattr(c, name)}" for name in ("started", "updated") if getattr(c, name)]
    if assessment.baseline is not None:
        base = assessment.baseline
        out.append(f"{w['baseline']}: {base.file or base.title} {base.fingerprint}")
    rated = {s.id: s for s in result.sections}
    for section in rubric.sections:
        judged = assessment.section_input(section.id)
        score = rated.get(section.id)
        label = score.label.get(lang) if score and score.level else w["not_rated"]
        dims = [f"{field_name(d, lang)} {getattr(judged, d)}" for d in SEVERITY_DIMENSIONS if getattr(judged, d)]
        out.append(
            f"{section.id} {section.title.get(lang)}: {w['rating']} {label}" + (f" ({', '.join(dims)})" if dims else "")
        )
        if judged.notes:
            out += _text_lines(field_name("section_notes", lang), judged.notes, lang, "  ")
        for criterion in section.criteria:
            out += _answer_lines(assessment, criterion.id, criterion.title, lang)
    for rec in assessment.recommendations:
        out += _text_lines(f"{w['recommendation']} [{rec.to}]", rec.text, lang, "")
    for conflict in assessment.conflicts:
        out.append(
            f"{w['conflict']} {conflict.field}: {w['ours']} ({conflict.ours_label}) {short_value(conflict.ours)}; "
            f"{w['theirs']} ({conflict.theirs_label}) {short_value(conflict.theirs)}; "
            f"{w['base']} {short_value(conflict.base)}"
        )
    return out


def _answer_lines(assessment: Assessment, criterion_id: str, title: Text, lang: str) -> list[str]:
    w = WORDS.get(lang, WORDS["en"])
    answer = assessment.answer(criterion_id)
    if answer == Answer():
        return []
    said = answer_value(assessment.rubric, criterion_id, answer).get(lang)
    said = f"{w['score']} {said}" if answer.status == "scored" else said
    out = [f"{criterion_id} {title.get(lang)}: {said}"]
    if answer.residual_score is not None:
        out.append(f"  {w['residual']}: {answer.residual_score}")
    if answer.red_flags:
        out.append(f"  {w['red_flags']}: {', '.join(answer.red_flags)}")
    if answer.confidence:
        out.append(f"  {w['confidence']}: {confidence_value(answer.confidence).get(lang)}")
    if answer.na_reason:
        out += _text_lines(field_name("reason", lang), answer.na_reason, lang, "  ")
    if answer.notes:
        mark = f" ({w['confidential']})" if answer.notes_confidential else ""
        out += _text_lines(field_name("notes", lang) + mark, answer.notes, lang, "  ")
    for e in answer.evidence:
        details = ", ".join(x for x in (e.link, e.accessed, e.reliability) if x)
        mark = f" ({w['confidential']})" if e.confidential else ""
        out.append(f"  {w['evidence']}{mark}: {e.title.get(lang)}" + (f" [{details}]" if details else ""))
        if e.note:
            out += _text_lines(field_name("note", lang), e.note, lang, "    ")
    for m in answer.mitigation:
        mark = f" ({w['confidential']})" if m.confidential else ""
        out.append(f"  {w['measure']}{mark}: {m.text.get(lang)} [{m.to}, {m.status}]")
    if answer.carried_over:
        out.append(f"  {w['carried_over']}")
    return out
