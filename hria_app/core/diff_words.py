"""The words of a diff in English and Thai: the sentence for each kind of change and the names of values.

The Thai text awaits review by a native speaker.
"""

from __future__ import annotations

from collections.abc import Mapping

from hria_app.core.assessment import Answer
from hria_app.core.rubric import Rubric
from hria_app.core.text import Text

SENTENCES: dict[str, dict[str, str]] = {
    "en": {
        "answer": "answer: {before} → {after}",
        "score": "score: {before} → {after}",
        "residual": "residual score: {before} → {after}",
        "flag_ticked": "red flag ticked: {item}",
        "flag_cleared": "red flag cleared: {item}",
        "confidence": "confidence: {before} → {after}",
        "text_added": "{field} added: {after}",
        "text_changed": "{field} changed: {before} → {after}",
        "text_removed": "{field} removed: {before}",
        "notes_confidential": "notes marked confidential",
        "notes_public": "notes no longer marked confidential",
        "evidence_added": "evidence added: {item}",
        "evidence_changed": "evidence changed ({field}): {item}",
        "evidence_removed": "evidence removed: {item}",
        "measure_added": "mitigation measure added: {item}",
        "measure_changed": "mitigation measure changed ({field}): {item}",
        "measure_removed": "mitigation measure removed: {item}",
        "carried_over": "carried over from the baseline, to check",
        "confirmed": "carried-over answer confirmed",
        "moved": "moved from section {before} to {after}",
        "assessor_added": "assessor added: {item}",
        "assessor_removed": "assessor removed: {item}",
        "severity_input": "{field}: {before} → {after}",
        "rating": "rating: {before} → {after}",
        "recommendations": "recommendations changed ({before} → {after} items)",
        "conflicts": "unresolved merge conflicts: {before} → {after}",
        "baseline": "re-assessment of {item}",
        # Headings and fixed phrases.
        "none": "(none)",
        "equal": "no differences",
        "rubric": "rubric: {before} → {after}",
        "archived": "{item}: removed from the rubric; its answer is kept in the archive",
        "overall": "overall: {before} → {after}",
        "overall_same": "overall: {before} (unchanged)",
        "reason_gone": "no longer: {item}",
        "reason_new": "now: {item}",
        "context": "Context",
        "criteria": "Answers",
        "sections": "Sections",
        "other": "Other",
    },
    "th": {
        "answer": "คำตอบ: {before} → {after}",
        "score": "คะแนน: {before} → {after}",
        "residual": "คะแนนคงเหลือหลังมาตรการบรรเทา: {before} → {after}",
        "flag_ticked": "ทำเครื่องหมายสัญญาณอันตราย: {item}",
        "flag_cleared": "ยกเลิกสัญญาณอันตราย: {item}",
        "confidence": "ระดับความเชื่อมั่น: {before} → {after}",
        "text_added": "เพิ่ม{field}: {after}",
        "text_changed": "แก้ไข{field}: {before} → {after}",
        "text_removed": "ลบ{field}: {before}",
        "notes_confidential": "ทำเครื่องหมายบันทึกว่าเป็นความลับ",
        "notes_public": "ยกเลิกเครื่องหมายความลับของบันทึก",
        "evidence_added": "เพิ่มหลักฐาน: {item}",
        "evidence_changed": "แก้ไขหลักฐาน ({field}): {item}",
        "evidence_removed": "ลบหลักฐาน: {item}",
        "measure_added": "เพิ่มมาตรการบรรเทา: {item}",
        "measure_changed": "แก้ไขมาตรการบรรเทา ({field}): {item}",
        "measure_removed": "ลบมาตรการบรรเทา: {item}",
        "carried_over": "คัดลอกมาจากการประเมินครั้งก่อน รอตรวจสอบ",
        "confirmed": "ยืนยันคำตอบที่คัดลอกมาแล้ว",
        "moved": "ย้ายจากหมวด {before} ไปหมวด {after}",
        "assessor_added": "เพิ่มผู้ประเมิน: {item}",
        "assessor_removed": "ลบผู้ประเมิน: {item}",
        "severity_input": "{field}: {before} → {after}",
        "rating": "ระดับ: {before} → {after}",
        "recommendations": "ข้อเสนอแนะเปลี่ยนไป ({before} → {after} รายการ)",
        "conflicts": "ข้อขัดแย้งจากการรวมไฟล์ที่ยังไม่ได้แก้: {before} → {after}",
        "baseline": "การประเมินซ้ำของ {item}",
        "none": "(ไม่มี)",
        "equal": "ไม่มีความแตกต่าง",
        "rubric": "แบบประเมิน: {before} → {after}",
        "archived": "{item}: ถูกลบออกจากแบบประเมิน คำตอบเก็บไว้ในคลังเก็บ",
        "overall": "ผลรวม: {before} → {after}",
        "overall_same": "ผลรวม: {before} (ไม่เปลี่ยน)",
        "reason_gone": "ไม่มีแล้ว: {item}",
        "reason_new": "ตอนนี้: {item}",
        "context": "บริบท",
        "criteria": "คำตอบ",
        "sections": "หมวด",
        "other": "อื่น ๆ",
    },
}

FIELD_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "title": "title",
        "deployment": "deployment",
        "vendor": "vendor",
        "location": "location",
        "organisation": "organisation",
        "scope": "scope",
        "background": "background",
        "started": "started",
        "updated": "last updated",
        "reason": "reason",
        "notes": "notes",
        "section_notes": "severity notes",
        "scale": "scale",
        "irremediability": "irremediability",
        "link": "link",
        "accessed": "accessed",
        "reliability": "reliability",
        "confidential": "confidential",
        "note": "note",
        "text": "text",
        "to": "addressee",
        "status": "status",
    },
    "th": {
        "title": "ชื่อเรื่อง",
        "deployment": "การติดตั้งใช้งาน",
        "vendor": "ผู้ขาย",
        "location": "สถานที่",
        "organisation": "องค์กร",
        "scope": "ขอบเขต",
        "background": "ภูมิหลัง",
        "started": "วันที่เริ่ม",
        "updated": "วันที่ปรับปรุงล่าสุด",
        "reason": "เหตุผล",
        "notes": "บันทึก",
        "section_notes": "บันทึกความรุนแรง",
        "scale": "ขนาด",
        "irremediability": "ความยากต่อการเยียวยา",
        "link": "ลิงก์",
        "accessed": "วันที่เข้าถึง",
        "reliability": "ความน่าเชื่อถือ",
        "confidential": "ความลับ",
        "note": "หมายเหตุ",
        "text": "ข้อความ",
        "to": "ผู้รับ",
        "status": "สถานะ",
    },
}

STATUS_WORDS = {
    "unanswered": {"en": "unanswered", "th": "ยังไม่ได้ตอบ"},
    "unknown": {"en": "unknown", "th": "ไม่ทราบ"},
    "not_applicable": {"en": "not applicable", "th": "ไม่เกี่ยวข้อง"},
}
CONFIDENCE_WORDS = {
    "": {"en": "not stated", "th": "ไม่ได้ระบุ"},
    "verified": {"en": "verified", "th": "ตรวจสอบแล้ว"},
    "documented": {"en": "documented", "th": "มีเอกสารยืนยัน"},
    "asserted": {"en": "asserted", "th": "กล่าวอ้าง"},
    "none": {"en": "none", "th": "ไม่มี"},
}


def plain(value: str) -> Text:
    """A value that reads the same in every language (an id, a number, a date)."""
    return Text({"en": value, "th": value}) if value else Text()


def answer_value(rubric: Rubric, criterion_id: str, answer: Answer) -> Text:
    """ "3 (No law found)", or the status in words."""
    if answer.status != "scored" or answer.score is None:
        return Text(STATUS_WORDS[answer.status])
    anchors = rubric.criterion(criterion_id).anchors if rubric.has_criterion(criterion_id) else {}
    anchor = anchors.get(answer.score, Text())
    if not anchor:
        return plain(str(answer.score))
    return Text({lang: f"{answer.score} ({anchor.get(lang)})" for lang in ("en", "th")})


def confidence_value(confidence: str) -> Text:
    return Text(CONFIDENCE_WORDS.get(confidence, {"en": confidence}))


def field_name(name: str, lang: str) -> str:
    names = FIELD_NAMES.get(lang, FIELD_NAMES["en"])
    return ", ".join(names.get(part, part) for part in name.split(", ")) if name else ""


def sentence(code: str, lang: str, params: Mapping[str, str]) -> str:
    templates = SENTENCES.get(lang, SENTENCES["en"])
    return (templates.get(code) or SENTENCES["en"][code]).format(**params)
