"""Messages about saving: where a save would land (links, hard links, read-only files and folders, vanished
folders, names too long) and why it failed. Kept apart from the main tables in `issue_templates`, which joins
them into its own; same pattern: a code, its English template and its Thai one.

Every refusal says which file or folder is the matter, that nothing was written, and what to do (Save As). The
Thai text awaits review by a native speaker.
"""

from __future__ import annotations

TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "save_hard_linked_one": (
            "{name} has {count} other name on this disk (hard link): a normal save would leave it with the old "
            "version. Choose to save in place (every name sees the change; the old version is kept as the backup) "
            "or to save as a separate file. Nothing was written"
        ),
        "save_hard_linked_many": (
            "{name} has {count} other names on this disk (hard links): a normal save would leave them with the old "
            "version. Choose to save in place (every name sees the change; the old version is kept as the backup) "
            "or to save as a separate file. Nothing was written"
        ),
        "save_read_only_file": (
            "{name} is read-only: nothing was written. Save As to keep your changes under another name, or make "
            "the file writable and save again"
        ),
        "save_read_only_file_link": (
            "{name} is read-only (it is {real}, reached through a link): nothing was written. Save As to keep your "
            "changes under another name, or make the file writable and save again"
        ),
        "save_read_only_folder": (
            "the folder {folder} is read-only: {name} was not saved and nothing was written. Save As to choose "
            "another folder"
        ),
        "save_link_loop": (
            "{name} is a link that leads round in a circle (or through more than {limit} links): nothing was "
            "written. Save As to save it somewhere else"
        ),
        "save_dangling_link": (
            "{name} is a link to {real}, which does not exist (moved, deleted, or on a drive that is not "
            "connected): nothing was written. Save As to save it somewhere else"
        ),
        "save_target_is_folder": (
            "{real} is a folder, not a file (something put a folder where the file was): nothing was written. "
            "Save As to choose another name"
        ),
        "save_folder_part_is_file": (
            "a part of the folder of {name} is now a file, not a folder: nothing was written. Save As to choose "
            "another folder"
        ),
        "save_folder_missing": (
            "cannot write to the folder {folder}: it no longer exists (moved, renamed, deleted or disconnected). "
            "{name} was not saved and nothing was written. Save As to choose another folder"
        ),
        "save_path_too_long": (
            "the path of {name} is too long for this system ({size} bytes): nothing was written. Save As with a "
            "shorter name or in a folder nearer the top of the drive"
        ),
        "save_backup_failed": "cannot keep the backup of {name}: {reason}; nothing was written",
        "cannot_write_folder": "cannot write to the folder {folder}: {reason}",
        "cannot_save": "cannot save {name}: {reason}",
    },
    "th": {
        "save_hard_linked_one": (
            "{name} มีชื่ออื่นบนดิสก์นี้อีก {count} ชื่อ (ฮาร์ดลิงก์): การบันทึกตามปกติจะทำให้ชื่อนั้นยังเป็นฉบับเก่า "
            "เลือกบันทึกลงในไฟล์เดิม (ทุกชื่อจะเห็นการแก้ไข และเก็บฉบับเก่าไว้เป็นไฟล์สำรอง) หรือบันทึกเป็นไฟล์แยก "
            "ยังไม่ได้เขียนสิ่งใดลงไป"
        ),
        "save_hard_linked_many": (
            "{name} มีชื่ออื่นบนดิสก์นี้อีก {count} ชื่อ (ฮาร์ดลิงก์): การบันทึกตามปกติจะทำให้ชื่อเหล่านั้นยังเป็นฉบับเก่า "
            "เลือกบันทึกลงในไฟล์เดิม (ทุกชื่อจะเห็นการแก้ไข และเก็บฉบับเก่าไว้เป็นไฟล์สำรอง) หรือบันทึกเป็นไฟล์แยก "
            "ยังไม่ได้เขียนสิ่งใดลงไป"
        ),
        "save_read_only_file": (
            "{name} เป็นไฟล์อ่านอย่างเดียว: ไม่ได้เขียนสิ่งใดลงไป ใช้ “บันทึกเป็น” เพื่อเก็บการแก้ไขไว้ในชื่ออื่น หรือตั้งให้ไฟล์เขียนได้แล้วบันทึกอีกครั้ง"
        ),
        "save_read_only_file_link": (
            "{name} เป็นไฟล์อ่านอย่างเดียว (คือไฟล์ {real} ที่เปิดผ่านลิงก์): ไม่ได้เขียนสิ่งใดลงไป ใช้ “บันทึกเป็น” "
            "เพื่อเก็บการแก้ไขไว้ในชื่ออื่น หรือตั้งให้ไฟล์เขียนได้แล้วบันทึกอีกครั้ง"
        ),
        "save_read_only_folder": (
            "โฟลเดอร์ {folder} เป็นแบบอ่านอย่างเดียว: ไม่ได้บันทึก {name} และไม่ได้เขียนสิ่งใดลงไป ใช้ “บันทึกเป็น” เพื่อเลือกโฟลเดอร์อื่น"
        ),
        "save_link_loop": (
            "{name} เป็นลิงก์ที่วนกลับมาที่เดิม (หรือต่อกันเกิน {limit} ลิงก์): ไม่ได้เขียนสิ่งใดลงไป ใช้ “บันทึกเป็น” เพื่อบันทึกไว้ที่อื่น"
        ),
        "save_dangling_link": (
            "{name} เป็นลิงก์ไปยัง {real} ซึ่งไม่มีอยู่ (ถูกย้าย ถูกลบ หรืออยู่ในไดรฟ์ที่ไม่ได้เชื่อมต่อ): "
            "ไม่ได้เขียนสิ่งใดลงไป ใช้ “บันทึกเป็น” เพื่อบันทึกไว้ที่อื่น"
        ),
        "save_target_is_folder": (
            "{real} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ (มีโฟลเดอร์มาอยู่แทนที่ไฟล์): ไม่ได้เขียนสิ่งใดลงไป ใช้ “บันทึกเป็น” เพื่อเลือกชื่ออื่น"
        ),
        "save_folder_part_is_file": (
            "ส่วนหนึ่งของเส้นทางโฟลเดอร์ของ {name} กลายเป็นไฟล์ ไม่ใช่โฟลเดอร์: ไม่ได้เขียนสิ่งใดลงไป ใช้ “บันทึกเป็น” เพื่อเลือกโฟลเดอร์อื่น"
        ),
        "save_folder_missing": (
            "เขียนลงโฟลเดอร์ {folder} ไม่ได้: โฟลเดอร์นี้ไม่มีอยู่แล้ว (ถูกย้าย เปลี่ยนชื่อ ถูกลบ หรือไม่ได้เชื่อมต่อ) "
            "ไม่ได้บันทึก {name} และไม่ได้เขียนสิ่งใดลงไป ใช้ “บันทึกเป็น” เพื่อเลือกโฟลเดอร์อื่น"
        ),
        "save_path_too_long": (
            "เส้นทางของ {name} ยาวเกินกว่าที่ระบบนี้รองรับ ({size} ไบต์): ไม่ได้เขียนสิ่งใดลงไป ใช้ “บันทึกเป็น” "
            "ด้วยชื่อที่สั้นลง หรือในโฟลเดอร์ที่อยู่ใกล้ระดับบนสุดของไดรฟ์"
        ),
        "save_backup_failed": "เก็บไฟล์สำรองของ {name} ไม่ได้: {reason} ยังไม่ได้เขียนสิ่งใดลงไป",
        "cannot_write_folder": "เขียนลงโฟลเดอร์ {folder} ไม่ได้: {reason}",
        "cannot_save": "บันทึก {name} ไม่ได้: {reason}",
    },
}
