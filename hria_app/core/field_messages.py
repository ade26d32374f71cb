"""Messages about calendar dates, fields that belong to another scoring method, and red flags a criterion cannot
raise. Kept apart from the main tables in `issue_messages`, which joins them into its own; same pattern: a code,
its English template and its Thai one.

The Thai text awaits review by a native speaker.
"""

from __future__ import annotations

TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "date_no_month": "{value!r} is not a date: there is no month {month}",
        "date_no_day": "{value!r} is not a date: month {month} of {year} has {days} days",
        "method_field_ignored": (
            "{key!r} is used only by the {owner} method; this rubric uses {method}, so it is ignored"
        ),
        "flag_not_for_criterion": "criterion {criterion} cannot raise red flag {flag!r}; it can raise: {listed}",
        "flag_none_for_criterion": "criterion {criterion} cannot raise red flag {flag!r}; it raises no red flags",
        "score_not_scored": "only a scored answer has a score; this answer is {status}: remove the score or score it",
    },
    "th": {
        "date_no_month": "{value!r} ไม่ใช่วันที่: ไม่มีเดือนที่ {month}",
        "date_no_day": "{value!r} ไม่ใช่วันที่: เดือนที่ {month} ของปี {year} มี {days} วัน",
        "method_field_ignored": "{key!r} ใช้เฉพาะกับวิธีให้คะแนน {owner} แต่แบบประเมินนี้ใช้ {method} จึงไม่มีผล",
        "flag_not_for_criterion": "เกณฑ์ {criterion} ใช้สัญญาณอันตราย {flag!r} ไม่ได้ สัญญาณที่ใช้ได้: {listed}",
        "flag_none_for_criterion": "เกณฑ์ {criterion} ใช้สัญญาณอันตราย {flag!r} ไม่ได้ เกณฑ์นี้ไม่มีสัญญาณอันตรายใดเลย",
        "score_not_scored": "คะแนนมีได้เฉพาะคำตอบที่ให้คะแนนแล้ว คำตอบนี้เป็น {status}: ให้ลบคะแนนออกหรือให้คะแนน",
    },
}
