"""Message templates for scoring reasons, by language. Core stays free of Qt; the GUI and the report render
reasons through `render`, so a reason is data (a code and parameters) until someone reads it."""

from __future__ import annotations

from collections.abc import Mapping

from hria_app.core.plural import choose_plurals

_TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "red_flag": "red flag {flag} raised on {criterion}: {title}",
        "red_flag_level": "any red flag sets {level}, whatever the other answers",
        "band_percent": "the criterion total is {percent}% of the maximum ({total} of {maximum}), in the band of {level}",
        "band_points": "the total is {total} of {maximum} points, in the band of {level}",
        "critical_section": "section {section} is rated {rating}, which sets at least {level}",
        "gateway": "gateway {criterion} is not met: {title}",
        "gateway_unknown": "gateway {criterion} is unknown and counts as not met: {title}",
        "unknowns": "{count} unknown {count|answer|answers} counted as {value} (precautionary: unknown is never treated as safe)",
        "unanswered": "{count} unanswered {count|criterion|criteria} counted as unknown",
        "not_applicable": "{count} {count|criterion|criteria} not applicable, excluded from the total",
        "nothing_counted": "no criterion counts toward the total (all not applicable)",
        "severity": "severity {severity} = highest of scale {scale}, scope {scope}, irremediability {irremediability}",
        "severity_unknown": "severity {count|dimension|dimensions} not judged: {dimensions}, counted as {value}",
        "likelihood": "likelihood {likelihood} = 1 + round({factor} x mean score {mean})",
        "likelihood_capped": "mitigation lowered likelihood by at most {steps} {steps|step|steps}, to {likelihood}",
        "matrix": "severity {severity} and likelihood {likelihood} give {rating}",
        "mitigation_credited": "{count} {count|criterion|criteria} credited for mitigation ({statuses})",
        "mitigation_factor": "mitigation covers {coverage}% of the scored weight (threshold {threshold}%): total x {factor}",
        "mitigation_short": "mitigation covers {coverage}% of the scored weight, below the {threshold}% threshold: no credit",
        "driver_red_flag": "{level} is set by {count} red {count|flag|flags} raised: a red line is crossed",
        "driver_gateway": "{level} is set by gateway {criterion}, which is not met",
        "driver_critical_section": "{level} is set by section {section}, rated at the top of the matrix",
        "driver_unknowns": "{level} rests mostly on unknowns: {share}% of the counted points come from {count} "
        "{count|criterion|criteria} answered unknown or not answered yet; no red flag is raised",
        "driver_bands": "{level} comes from the total of the answers, in its band; no red flag is raised",
    },
    "th": {
        "red_flag": "พบสัญญาณอันตราย {flag} ในเกณฑ์ {criterion}: {title}",
        "red_flag_level": "สัญญาณอันตรายใด ๆ ทำให้ผลเป็น {level} ไม่ว่าคำตอบอื่นจะเป็นอย่างไร",
        "band_percent": "คะแนนรวมของเกณฑ์เท่ากับ {percent}% ของคะแนนสูงสุด ({total} จาก {maximum}) อยู่ในช่วงของ {level}",
        "band_points": "คะแนนรวม {total} จาก {maximum} คะแนน อยู่ในช่วงของ {level}",
        "critical_section": "หมวด {section} ได้ระดับ {rating} ทำให้ผลรวมไม่ต่ำกว่า {level}",
        "gateway": "เงื่อนไขเบื้องต้น {criterion} ไม่เป็นไปตามหลัก: {title}",
        "gateway_unknown": "ไม่ทราบข้อมูลของเงื่อนไขเบื้องต้น {criterion} จึงนับว่าไม่เป็นไปตามหลัก: {title}",
        "unknowns": 'คำตอบ "ไม่ทราบ" {count} ข้อ นับเป็น {value} (หลักความระมัดระวัง: ไม่ถือว่าการไม่ทราบคือความปลอดภัย)',
        "unanswered": 'เกณฑ์ที่ยังไม่ได้ตอบ {count} ข้อ นับเป็น "ไม่ทราบ"',
        "not_applicable": "เกณฑ์ที่ไม่เกี่ยวข้อง {count} ข้อ ไม่นำมานับรวม",
        "nothing_counted": "ไม่มีเกณฑ์ใดนับรวมในคะแนน (ทุกข้อไม่เกี่ยวข้อง)",
        "severity": "ความรุนแรง {severity} = ค่าสูงสุดของขนาด {scale} ขอบเขต {scope} และความยากต่อการเยียวยา {irremediability}",
        "severity_unknown": "มิติความรุนแรงที่ยังไม่ได้ประเมิน: {dimensions} นับเป็น {value}",
        "likelihood": "โอกาสเกิด {likelihood} = 1 + ปัดเศษ({factor} x คะแนนเฉลี่ย {mean})",
        "likelihood_capped": "มาตรการบรรเทาลดโอกาสเกิดได้ไม่เกิน {steps} ขั้น เหลือ {likelihood}",
        "matrix": "ความรุนแรง {severity} และโอกาสเกิด {likelihood} ให้ผลเป็น {rating}",
        "mitigation_credited": "เกณฑ์ {count} ข้อได้รับการนับมาตรการบรรเทา ({statuses})",
        "mitigation_factor": "มาตรการบรรเทาครอบคลุม {coverage}% ของน้ำหนักที่มีคะแนน (เกณฑ์ {threshold}%): คะแนนรวม x {factor}",
        "mitigation_short": "มาตรการบรรเทาครอบคลุม {coverage}% ของน้ำหนักที่มีคะแนน ต่ำกว่าเกณฑ์ {threshold}%: ไม่ได้รับการนับ",
        "driver_red_flag": "{level} เกิดจากสัญญาณอันตรายที่พบ {count} ข้อ: มีการข้ามเส้นต้องห้าม",
        "driver_gateway": "{level} เกิดจากเงื่อนไขเบื้องต้น {criterion} ที่ไม่เป็นไปตามหลัก",
        "driver_critical_section": "{level} เกิดจากหมวด {section} ที่ได้ระดับสูงสุดของเมทริกซ์",
        "driver_unknowns": "{level} อาศัยสิ่งที่ยังไม่ทราบเป็นหลัก: คะแนนที่นับ {share}% มาจากเกณฑ์ {count} ข้อ"
        "ที่ตอบว่าไม่ทราบหรือยังไม่ได้ตอบ ไม่พบสัญญาณอันตราย",
        "driver_bands": "{level} มาจากคะแนนรวมของคำตอบตามช่วงระดับ ไม่พบสัญญาณอันตราย",
    },
}

# What a mitigation measure's status (rubric.MEASURE_STATUSES) is called; the brief and the reasons both use it.
STATUS_NAMES = {
    "en": {"planned": "planned", "implemented": "implemented", "verified": "verified"},
    "th": {"planned": "วางแผนไว้", "implemented": "ดำเนินการแล้ว", "verified": "ตรวจสอบยืนยันแล้ว"},
}

DIMENSION_NAMES = {
    "en": {"scale": "scale", "scope": "scope", "irremediability": "irremediability"},
    "th": {"scale": "ขนาด", "scope": "ขอบเขต", "irremediability": "ความยากต่อการเยียวยา"},
}


def render(code: str, params: Mapping[str, object], lang: str = "en") -> str:
    templates = _TEMPLATES.get(lang, _TEMPLATES["en"])
    template = choose_plurals(templates.get(code) or _TEMPLATES["en"].get(code, code), params)
    values = {key: _localise(value, lang) for key, value in params.items()}
    return template.format(**values)


def _localise(value: object, lang: str) -> str:
    from hria_app.core.text import Text

    if isinstance(value, Text):
        return value.get(lang)
    if isinstance(value, tuple):  # measure statuses
        names = STATUS_NAMES.get(lang, STATUS_NAMES["en"])
        return ", ".join(names.get(str(item), str(item)) for item in value)
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)
