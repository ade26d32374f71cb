"""The brief's words for how finished the assessment is and what its level rests on, in English and Thai.

English plural forms are written {count|one|other} (see core.plural); Thai has none."""

from __future__ import annotations

COMPLETENESS_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "incomplete_mark": "INCOMPLETE — {answered} of {total} {total|criterion|criteria} answered",
        "answered_line": "{answered} of {total} {total|criterion|criteria} answered",
        "incomplete_note": "This assessment is not finished: {unanswered} {unanswered|criterion is|criteria are} "
        "not answered yet and {unanswered|counts|count} as unknown, so the level may change as answers come in.",
        "period": "Assessment period",
        "period_range": "{start} – {end}",
        "period_started": "from {start}",
        "period_updated": "last updated {end}",
    },
    "th": {
        "incomplete_mark": "ยังไม่สมบูรณ์ — ตอบแล้ว {answered} จาก {total} เกณฑ์",
        "answered_line": "ตอบแล้ว {answered} จาก {total} เกณฑ์",
        "incomplete_note": "การประเมินนี้ยังไม่เสร็จ: ยังมีเกณฑ์ที่ไม่ได้ตอบ {unanswered} ข้อ ซึ่งนับเป็น"
        "ไม่ทราบ ระดับจึงอาจเปลี่ยนไปเมื่อได้คำตอบเพิ่มเติม",
        "period": "ช่วงเวลาการประเมิน",
        "period_range": "{start} – {end}",
        "period_started": "ตั้งแต่ {start}",
        "period_updated": "ปรับปรุงล่าสุด {end}",
    },
}
