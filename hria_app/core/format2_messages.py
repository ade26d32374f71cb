"""Messages about what format 2 of the assessment file adds: the action plan's tracking, attached evidence files
and the custody log, merge conflicts and item ids. Joined into the main tables by `issue_templates`; same
pattern: a code, its English template and its Thai one.

The Thai text awaits review by a native speaker.
"""

from __future__ import annotations

TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "what_action_tracking": "a mapping of action key -> owner, due date and status",
        "not_calendar_date": "{value!r} is not a date of the calendar: write dates as YYYY-MM-DD",
        "unknown_action_key": "no recommendation of the rubric has the action key {key!r}; its tracking is kept",
        "merge_conflict": "unresolved merge conflict in {field}: ours {ours}, theirs {theirs} (the ours value counts)",
        "hint_team_item_id": "use letters, digits, dashes and underscores",
        "what_conflicts": "a list of conflicts",
        "what_keys": "a list of keys",
        "what_section_levels": "a mapping of section id -> level",
        "what_attached_files": "a list of attached files",
        "what_custody_events": "a list of custody events",
        "hint_sha256": "a SHA-256 is 64 lower-case hex digits",
        "hint_stored_name": "a stored name is 64 lower-case hex digits",
        "hint_utc_time": "write times as YYYY-MM-DDTHH:MM:SSZ",
        "hint_media_type": "a media type such as application/pdf",
    },
    "th": {
        "what_action_tracking": "ชุดคีย์-ค่าของรหัสการดำเนินการ -> ผู้รับผิดชอบ กำหนดเสร็จ และสถานะ",
        "not_calendar_date": "{value!r} ไม่ใช่วันที่ที่มีอยู่จริงในปฏิทิน: เขียนวันที่ในรูปแบบ YYYY-MM-DD",
        "unknown_action_key": "ไม่มีข้อเสนอแนะใดในแบบประเมินที่มีรหัสการดำเนินการ {key!r} ข้อมูลการติดตามยังคงเก็บไว้",
        "merge_conflict": "ยังมีข้อขัดแย้งจากการรวมไฟล์ใน {field}: ฝั่งเรา {ours} ฝั่งเขา {theirs} (นับค่าของฝั่งเรา)",
        "hint_team_item_id": "ใช้ตัวอักษรภาษาอังกฤษ ตัวเลข ขีด (-) และขีดล่าง (_)",
        "what_conflicts": "รายการข้อขัดแย้ง",
        "what_keys": "รายการคีย์",
        "what_section_levels": "ชุดคีย์-ค่าของรหัสหมวด -> ระดับ",
        "what_attached_files": "รายการไฟล์ที่แนบ",
        "what_custody_events": "รายการบันทึกการครอบครองหลักฐาน",
        "hint_sha256": "ค่า SHA-256 คือเลขฐานสิบหกตัวพิมพ์เล็ก 64 หลัก",
        "hint_stored_name": "ชื่อไฟล์ที่จัดเก็บคือเลขฐานสิบหกตัวพิมพ์เล็ก 64 หลัก",
        "hint_utc_time": "เขียนเวลาในรูปแบบ YYYY-MM-DDTHH:MM:SSZ",
        "hint_media_type": "ชนิดสื่อ เช่น application/pdf",
    },
}
