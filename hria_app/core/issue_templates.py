"""The texts of validation and file messages, by language: every code in English and Thai, and PyYAML's own
complaints (which arrive as English text) in Thai.

English templates reproduce the app's English messages exactly. The Thai text awaits review by a native speaker.
"""

from __future__ import annotations

import re

TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        # Reading the file.
        "file_not_found": "file not found",
        "is_folder": "this is a folder, not a file",
        "too_large": "file is too large ({size} MB; the limit is {limit} MB)",
        "cannot_read": "cannot read the file: {reason}",
        "utf16": "the file is encoded as UTF-16; save it as UTF-8",
        "nul_byte": "the file contains a NUL byte: it is binary data, not YAML text",
        "invalid_utf8": "invalid UTF-8 byte 0x{byte}: the file must be UTF-8 text",
        "empty_file": "the file is empty",
        # YAML.
        "yaml_syntax": "YAML syntax error: {problem}",
        "yaml_syntax_context": "YAML syntax error: {problem} ({context})",
        "multiple_documents": "the file holds more than one YAML document (a second '---')",
        "tag_scalar": "the tag {tag} is not allowed: only plain text, numbers and true/false",
        "tag_collection": "the tag {tag} is not allowed: only plain mappings and lists",
        "not_finite": "{value!r} is not a finite number",
        "alias": "YAML anchors and aliases (&name, *name) are not allowed",
        "too_deep": "the data is nested more than {depth} levels deep",
        "complex_key": "a mapping key must be a plain value, not a mapping or a list",
        "duplicate_key": "duplicate key {key!r}: each key may appear only once",
        # What a value was found to be.
        "value_nothing": "nothing (an empty value)",
        "value_bool": "true/false ({value})",
        "value_number": "a number ({value})",
        "value_text": "text ({value!r})",
        "value_list": "a list",
        "value_mapping": "a mapping",
        # Fields.
        "expected_found": "expected {what}, found {found}",
        "unknown_field": "unknown field {key!r}; expected one of: {expected}",
        "missing_field": "missing required field {key!r}",
        "too_few_item": "expected {what} with at least {count} item",
        "too_few_items": "expected {what} with at least {count} items",
        "expected_text": "expected text, found {found}",
        "expected_text_quote": "expected text (put it in quotes), found {found}",
        "text_too_long": "text is too long ({length} characters; the limit is {limit})",
        "invalid_value": "{value!r} is not valid: {hint}",
        "expected_whole_number": "expected a whole number, found {found}",
        "expected_number": "expected a number, found {found}",
        "out_of_range": "{value} is out of range: expected {low} to {high}",
        "expected_bool": "expected true or false, found {found}",
        "expected_choice": "expected one of {options}; found {found}",
        "text_empty": "this text must not be empty",
        "not_language_code": "{lang!r} is not a language code (such as en or th)",
        "expected_text_or_map": "expected text, or a map of language to text (en: ..., th: ...), found {found}",
        "expected_text_or_map_quote": (
            "expected text (put it in quotes), or a map of language to text (en: ..., th: ...), found {found}"
        ),
        "expected_id": "expected a {what} id, found {found}",
        "unknown_id": "unknown {what} {item!r} (defined: {listed})",
        # Rubrics.
        "rubric_newer": (
            "this rubric uses format version {version}; this app reads version {supported}. Update the app to open it"
        ),
        "duplicate_id": "duplicate {what} id {id!r}: ids must be unique",
        "bad_link": "a link must start with https:// or http://, found {url!r}",
        "not_on_scale": "{key!r} is not a score on this rubric's scale ({expected})",
        "anchors_missing": "anchors must describe every score on the scale; missing {missing}",
        "flag_not_raised": "red flag {flag} is not raised by any criterion",
        "reference_not_cited": "reference {key!r} is not cited by any criterion",
        "no_language_text": "no {lang!r} text (the rubric declares languages: {languages})",
        "more_lack_language": "{count} more texts lack {lang!r}",
        "no_rubric_with_id": "no rubric with this id in the library (available: {known})",
        # Scoring blocks.
        "wrong_method_key": "{key!r} belongs to the {owner} method, not {method}",
        "unknown_never_safe": "an unknown answer can never count as the safest score (0)",
        "scale_key_not_int": "scale keys must be whole-number scores, found {key!r}",
        "scale_not_consecutive": "the scale must list consecutive scores from 0 (for example 0, 1, 2, 3, 4)",
        "bad_colour": "expected a colour like '#c62828', found {colour!r}",
        "upto_needed": "every level but the last needs 'upto', the top of its band",
        "bands_must_rise": "bands must rise: {upto} is not above {previous}",
        "last_open_ended": "the last level is open-ended: remove 'upto'",
        "duplicate_level": "duplicate level id {id!r}",
        "matrix_needed": "custom section_levels need a matrix that uses them",
        "likelihood_too_high": "{factor} x the top score {top} gives a likelihood above {steps}",
        "matrix_row_missing": "missing the row for likelihood {likelihood}",
        "matrix_row_length": "expected {expected} ratings (severity 1-4), found {found}",
        "matrix_falls_severity": "the rating falls as severity rises",
        "matrix_falls_likelihood": "the rating falls as likelihood rises",
        # Assessments.
        "not_assessment": "not an assessment file: expected a mapping with format_version and rubric",
        "assessment_newer": (
            "this file was written by a newer version of the app (format {version}); this app reads format "
            "{supported}. Update the app to open it"
        ),
        "rubric_missing": "the embedded rubric is missing: expected rubric.content",
        "fingerprint_mismatch": (
            "the embedded rubric does not match its fingerprint: the file was changed outside the app or is damaged"
        ),
        "answer_unknown_criterion": "answer for {criterion!r}, which is not a criterion of rubric {rubric} {version}",
        "not_a_section": "{section!r} is not a section of this rubric",
        "score_needed": "a scored answer needs a score",
        "na_reason_missing": "a 'not applicable' answer should say why",
        # Encrypted files.
        "passphrase_required": "{name} is encrypted: a passphrase is needed to open it",
        "wrong_passphrase": "the passphrase is wrong",
        "empty_passphrase": "an empty passphrase protects nothing",
        "encrypted_damaged": "the encrypted file has been altered or damaged; it was not opened",
        "header_damaged": (
            "the encrypted file's header is damaged; it was not opened. The backup beside it (the same name ending "
            "in .bak), if there is one, may still open"
        ),
        "header_damaged_detail": (
            "the encrypted file's header is damaged ({detail}); it was not opened. The backup beside it (the same "
            "name ending in .bak), if there is one, may still open"
        ),
        "kdf_too_costly": (
            "the file asks for a key derivation of {memory} MB (n = {n}, r = {r}, p = {p}); this app allows at most "
            "{limit} MB and p = {max_p}. The header is damaged or the file was made to be hostile; it was not opened"
        ),
        "encrypted_newer": "this file was encrypted by a newer version of the app; update the app to open it",
        # Phrases other messages are built from ("expected {what}, found ...").
        "what_mapping": "a mapping",
        "what_list": "a list",
        "what_texts": "a list of texts",
        "what_rubric": "a rubric (a mapping with schema_version, id, ...)",
        "what_language_codes": "a list of language codes",
        "what_red_flags": "a list of red flags",
        "what_references": "a list of references",
        "what_sections": "a list of sections",
        "what_criteria": "a list of criteria",
        "what_recommendations": "a list of recommendations",
        "what_id_list": "a list of {item} ids",
        "what_scale_meanings": "a mapping of score -> what that score means",
        "what_answers": "a mapping of criterion id -> answer",
        "what_names": "a list of names",
        "what_severities": "a mapping of section id -> severity",
        "what_scale_labels": "a mapping of score -> label",
        "what_levels": "a list of levels, lowest concern first",
        "what_matrix": "a mapping of likelihood 1-4 -> a list of 4 ratings",
        "what_matrix_row": "a list of {count} section level ids (severity 1-4)",
        "item_red_flag": "red flag",
        "item_reference": "reference",
        "item_section": "section",
        "item_criterion": "criterion",
        "hint_rubric_id": "use lowercase letters, digits and dashes",
        "hint_version": "use MAJOR.MINOR.PATCH, such as 1.0.0",
        "hint_item_id": "use letters, digits, '-', '_' or '.'",
        "hint_iso_date": "write dates as YYYY-MM-DD",
        "none_defined": "none are defined",
        # How an issue is labelled.
        "warning_label": "warning: ",
    },
    "th": {
        "file_not_found": "ไม่พบไฟล์",
        "is_folder": "นี่คือโฟลเดอร์ ไม่ใช่ไฟล์",
        "too_large": "ไฟล์มีขนาดใหญ่เกินไป ({size} MB; ขนาดสูงสุดคือ {limit} MB)",
        "cannot_read": "อ่านไฟล์ไม่ได้: {reason}",
        "utf16": "ไฟล์นี้ใช้การเข้ารหัสอักขระแบบ UTF-16 โปรดบันทึกใหม่เป็น UTF-8",
        "nul_byte": "ไฟล์มีไบต์ NUL: เป็นข้อมูลไบนารี ไม่ใช่ข้อความ YAML",
        "invalid_utf8": "พบไบต์ 0x{byte} ที่ไม่ใช่ UTF-8: ไฟล์ต้องเป็นข้อความ UTF-8",
        "empty_file": "ไฟล์ว่างเปล่า",
        "yaml_syntax": "ไวยากรณ์ YAML ไม่ถูกต้อง: {problem}",
        "yaml_syntax_context": "ไวยากรณ์ YAML ไม่ถูกต้อง: {problem} ({context})",
        "multiple_documents": "ไฟล์มีเอกสาร YAML มากกว่าหนึ่งชุด (มี '---' ครั้งที่สอง)",
        "tag_scalar": "ไม่อนุญาตให้ใช้แท็ก {tag}: ใช้ได้เฉพาะข้อความ ตัวเลข และ true/false",
        "tag_collection": "ไม่อนุญาตให้ใช้แท็ก {tag}: ใช้ได้เฉพาะชุดคีย์-ค่าและรายการแบบธรรมดา",
        "not_finite": "{value!r} ไม่ใช่ตัวเลขที่มีค่าจำกัด",
        "alias": "ไม่อนุญาตให้ใช้ anchor และ alias ของ YAML (&name, *name)",
        "too_deep": "ข้อมูลซ้อนกันลึกเกิน {depth} ชั้น",
        "complex_key": "คีย์ของชุดคีย์-ค่าต้องเป็นค่าธรรมดา ไม่ใช่ชุดคีย์-ค่าหรือรายการ",
        "duplicate_key": "คีย์ {key!r} ซ้ำ: แต่ละคีย์ใช้ได้เพียงครั้งเดียว",
        "value_nothing": "ค่าว่าง (ไม่มีค่า)",
        "value_bool": "ค่าจริง/เท็จ ({value})",
        "value_number": "ตัวเลข ({value})",
        "value_text": "ข้อความ ({value!r})",
        "value_list": "รายการ (list)",
        "value_mapping": "ชุดคีย์-ค่า (mapping)",
        "expected_found": "ต้องเป็น {what} แต่พบ {found}",
        "unknown_field": "ไม่รู้จักช่องข้อมูล {key!r} ช่องข้อมูลที่ใช้ได้: {expected}",
        "missing_field": "ขาดช่องข้อมูลที่จำเป็น {key!r}",
        "too_few_item": "ต้องเป็น {what} ที่มีอย่างน้อย {count} รายการ",
        "too_few_items": "ต้องเป็น {what} ที่มีอย่างน้อย {count} รายการ",
        "expected_text": "ต้องเป็นข้อความ แต่พบ {found}",
        "expected_text_quote": "ต้องเป็นข้อความ (ใส่เครื่องหมายคำพูดครอบไว้) แต่พบ {found}",
        "text_too_long": "ข้อความยาวเกินไป ({length} ตัวอักษร; สูงสุด {limit} ตัวอักษร)",
        "invalid_value": "{value!r} ไม่ถูกต้อง: {hint}",
        "expected_whole_number": "ต้องเป็นจำนวนเต็ม แต่พบ {found}",
        "expected_number": "ต้องเป็นตัวเลข แต่พบ {found}",
        "out_of_range": "{value} อยู่นอกช่วงที่กำหนด: ต้องอยู่ระหว่าง {low} ถึง {high}",
        "expected_bool": "ต้องเป็น true หรือ false แต่พบ {found}",
        "expected_choice": "ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {options} แต่พบ {found}",
        "text_empty": "ข้อความนี้ต้องไม่ว่าง",
        "not_language_code": "{lang!r} ไม่ใช่รหัสภาษา (เช่น en หรือ th)",
        "expected_text_or_map": "ต้องเป็นข้อความ หรือชุดภาษา-ข้อความ (en: ..., th: ...) แต่พบ {found}",
        "expected_text_or_map_quote": (
            "ต้องเป็นข้อความ (ใส่เครื่องหมายคำพูดครอบไว้) หรือชุดภาษา-ข้อความ (en: ..., th: ...) แต่พบ {found}"
        ),
        "expected_id": "ต้องเป็นรหัส{what} แต่พบ {found}",
        "unknown_id": "ไม่รู้จัก{what} {item!r} (ที่กำหนดไว้: {listed})",
        "rubric_newer": ("แบบประเมินนี้ใช้รูปแบบไฟล์รุ่น {version} แต่แอปนี้อ่านได้ถึงรุ่น {supported} โปรดอัปเดตแอปเพื่อเปิดไฟล์นี้"),
        "duplicate_id": "รหัส{what} {id!r} ซ้ำ: รหัสต้องไม่ซ้ำกัน",
        "bad_link": "ลิงก์ต้องขึ้นต้นด้วย https:// หรือ http:// แต่พบ {url!r}",
        "not_on_scale": "{key!r} ไม่ใช่คะแนนในมาตราส่วนของแบบประเมินนี้ ({expected})",
        "anchors_missing": "คำอธิบายระดับคะแนนต้องครบทุกคะแนนในมาตราส่วน ยังขาด {missing}",
        "flag_not_raised": "ไม่มีเกณฑ์ใดใช้สัญญาณอันตราย {flag}",
        "reference_not_cited": "ไม่มีเกณฑ์ใดอ้างถึงเอกสารอ้างอิง {key!r}",
        "no_language_text": "ไม่มีข้อความภาษา {lang!r} (แบบประเมินระบุภาษาไว้: {languages})",
        "more_lack_language": "ยังมีข้อความอีก {count} รายการที่ไม่มีภาษา {lang!r}",
        "no_rubric_with_id": "ไม่มีแบบประเมินที่ใช้รหัสนี้ในคลัง (ที่มีอยู่: {known})",
        "wrong_method_key": "{key!r} เป็นของวิธีให้คะแนน {owner} ไม่ใช่ {method}",
        "unknown_never_safe": 'คำตอบ "ไม่ทราบ" จะนับเป็นคะแนนที่ปลอดภัยที่สุด (0) ไม่ได้',
        "scale_key_not_int": "คีย์ของมาตราส่วนต้องเป็นคะแนนจำนวนเต็ม แต่พบ {key!r}",
        "scale_not_consecutive": "มาตราส่วนต้องเรียงคะแนนต่อเนื่องกันตั้งแต่ 0 (เช่น 0, 1, 2, 3, 4)",
        "bad_colour": "ต้องเป็นสีในรูปแบบ '#c62828' แต่พบ {colour!r}",
        "upto_needed": "ทุกระดับยกเว้นระดับสุดท้ายต้องมี 'upto' ซึ่งเป็นค่าสูงสุดของช่วง",
        "bands_must_rise": "ช่วงต้องเพิ่มขึ้นตามลำดับ: {upto} ไม่สูงกว่า {previous}",
        "last_open_ended": "ระดับสุดท้ายไม่มีขอบบน: ให้ลบ 'upto' ออก",
        "duplicate_level": "รหัสระดับ {id!r} ซ้ำ",
        "matrix_needed": "section_levels ที่กำหนดเองต้องมีเมทริกซ์ (matrix) ที่ใช้ระดับเหล่านั้น",
        "likelihood_too_high": "{factor} x คะแนนสูงสุด {top} ให้โอกาสเกิดสูงกว่า {steps}",
        "matrix_row_missing": "ขาดแถวของโอกาสเกิดระดับ {likelihood}",
        "matrix_row_length": "ต้องมี {expected} ระดับ (ความรุนแรง 1-4) แต่พบ {found}",
        "matrix_falls_severity": "ระดับลดลงเมื่อความรุนแรงเพิ่มขึ้น",
        "matrix_falls_likelihood": "ระดับลดลงเมื่อโอกาสเกิดเพิ่มขึ้น",
        "not_assessment": "ไม่ใช่ไฟล์การประเมิน: ต้องเป็นชุดคีย์-ค่าที่มี format_version และ rubric",
        "assessment_newer": (
            "ไฟล์นี้บันทึกด้วยแอปรุ่นที่ใหม่กว่า (รูปแบบ {version}) แต่แอปนี้อ่านได้ถึงรูปแบบ {supported} โปรดอัปเดตแอปเพื่อเปิดไฟล์นี้"
        ),
        "rubric_missing": "ไม่มีแบบประเมินที่ฝังอยู่ในไฟล์: ต้องมี rubric.content",
        "fingerprint_mismatch": "แบบประเมินที่ฝังอยู่ไม่ตรงกับรหัสตรวจสอบ: ไฟล์ถูกแก้ไขนอกแอปหรือเสียหาย",
        "answer_unknown_criterion": "มีคำตอบของ {criterion!r} ซึ่งไม่ใช่เกณฑ์ของแบบประเมิน {rubric} {version}",
        "not_a_section": "{section!r} ไม่ใช่หมวดของแบบประเมินนี้",
        "score_needed": "คำตอบที่ให้คะแนนแล้วต้องมีคะแนน",
        "na_reason_missing": 'คำตอบ "ไม่เกี่ยวข้อง" ควรระบุเหตุผล',
        "passphrase_required": "{name} ถูกเข้ารหัสไว้: ต้องใช้รหัสผ่านเพื่อเปิด",
        "wrong_passphrase": "รหัสผ่านไม่ถูกต้อง",
        "empty_passphrase": "รหัสผ่านที่ว่างเปล่าไม่ได้ปกป้องอะไรเลย",
        "encrypted_damaged": "ไฟล์ที่เข้ารหัสถูกแก้ไขหรือเสียหาย จึงไม่ได้เปิด",
        "header_damaged": (
            "ส่วนหัวของไฟล์ที่เข้ารหัสเสียหาย จึงไม่ได้เปิด ไฟล์สำรองที่อยู่ข้างกัน (ชื่อเดียวกันที่ลงท้ายด้วย .bak) หากมี อาจยังเปิดได้"
        ),
        "header_damaged_detail": (
            "ส่วนหัวของไฟล์ที่เข้ารหัสเสียหาย ({detail}) จึงไม่ได้เปิด ไฟล์สำรองที่อยู่ข้างกัน (ชื่อเดียวกันที่ลงท้ายด้วย .bak) หากมี อาจยังเปิดได้"
        ),
        "kdf_too_costly": (
            "ไฟล์ขอให้ใช้หน่วยความจำ {memory} MB ในการสร้างกุญแจ (n = {n}, r = {r}, p = {p}) แอปนี้อนุญาตสูงสุด "
            "{limit} MB และ p = {max_p} ส่วนหัวเสียหายหรือไฟล์ถูกสร้างขึ้นเพื่อโจมตี จึงไม่ได้เปิด"
        ),
        "encrypted_newer": "ไฟล์นี้เข้ารหัสด้วยแอปรุ่นที่ใหม่กว่า โปรดอัปเดตแอปเพื่อเปิดไฟล์นี้",
        "what_mapping": "ชุดคีย์-ค่า (mapping)",
        "what_list": "รายการ (list)",
        "what_texts": "รายการข้อความ",
        "what_rubric": "แบบประเมิน (ชุดคีย์-ค่าที่มี schema_version, id, ...)",
        "what_language_codes": "รายการรหัสภาษา",
        "what_red_flags": "รายการสัญญาณอันตราย",
        "what_references": "รายการเอกสารอ้างอิง",
        "what_sections": "รายการหมวด",
        "what_criteria": "รายการเกณฑ์",
        "what_recommendations": "รายการข้อเสนอแนะ",
        "what_id_list": "รายการรหัส{item}",
        "what_scale_meanings": "ชุดคะแนน -> ความหมายของคะแนนนั้น",
        "what_answers": "ชุดรหัสเกณฑ์ -> คำตอบ",
        "what_names": "รายชื่อ",
        "what_severities": "ชุดรหัสหมวด -> ความรุนแรง",
        "what_scale_labels": "ชุดคะแนน -> ชื่อระดับ",
        "what_levels": "รายการระดับ เรียงจากน่ากังวลน้อยที่สุดก่อน",
        "what_matrix": "ชุดโอกาสเกิด 1-4 -> รายการระดับ 4 ค่า",
        "what_matrix_row": "รายการรหัสระดับของหมวด {count} ค่า (ความรุนแรง 1-4)",
        "item_red_flag": "สัญญาณอันตราย",
        "item_reference": "เอกสารอ้างอิง",
        "item_section": "หมวด",
        "item_criterion": "เกณฑ์",
        "hint_rubric_id": "ใช้ตัวอักษรภาษาอังกฤษพิมพ์เล็ก ตัวเลข และขีด (-)",
        "hint_version": "ใช้รูปแบบ MAJOR.MINOR.PATCH เช่น 1.0.0",
        "hint_item_id": "ใช้ตัวอักษรภาษาอังกฤษ ตัวเลข '-', '_' หรือ '.'",
        "hint_iso_date": "เขียนวันที่ในรูปแบบ YYYY-MM-DD (ปีคริสต์ศักราช)",
        "none_defined": "ยังไม่มีการกำหนดไว้",
        "warning_label": "คำเตือน: ",
    },
}

# PyYAML's most common complaints, in Thai: libyaml writes them in English, so they are matched whole.
YAML_PHRASES: dict[str, dict[str, str]] = {
    "th": {
        "mapping values are not allowed here": "ใช้เครื่องหมาย : ตรงนี้ไม่ได้ (อาจลืมใส่เครื่องหมายคำพูดครอบข้อความ)",
        "could not find expected ':'": "ไม่พบเครื่องหมาย ':' ที่ควรมี",
        "found character '\\t' that cannot start any token": "พบอักขระแท็บ (tab) ซึ่ง YAML ไม่อนุญาต: ใช้เว้นวรรคแทน",
        "mapping values are not allowed in this context": (
            "ใช้เครื่องหมาย : ตรงนี้ไม่ได้ (ถ้าข้อความมีเครื่องหมาย : ให้ใส่เครื่องหมายคำพูดครอบ)"
        ),
        "block sequence entries are not allowed in this context": "ใช้รายการแบบขีด (-) ตรงนี้ไม่ได้ (ตรวจการย่อหน้า)",
        "found a tab character that violates indentation": "พบอักขระแท็บ (tab) ที่ทำให้การย่อหน้าผิด: ใช้เว้นวรรคแทน",
        "found a tab character where an indentation space is expected": (
            "พบอักขระแท็บ (tab) ในตำแหน่งที่ต้องย่อหน้าด้วยเว้นวรรค: ใช้เว้นวรรคแทน"
        ),
        "found character that cannot start any token": "พบอักขระที่ขึ้นต้นข้อมูลไม่ได้",
        "did not find expected key": "ไม่พบคีย์ที่ควรมีตรงนี้ (ตรวจการย่อหน้า)",
        "did not find expected node content": "ไม่พบค่าที่ควรมีตรงนี้",
        "did not find expected '-' indicator": "ไม่พบขีด (-) ของรายการที่ควรมีตรงนี้ (ตรวจการย่อหน้า)",
        "while scanning a plain scalar": "ขณะอ่านข้อความ",
        "while scanning a block scalar": "ขณะอ่านข้อความหลายบรรทัด",
        "while parsing a block node": "ขณะอ่านข้อมูล",
        "while parsing a flow node": "ขณะอ่านข้อมูลในวงเล็บ",
        "while parsing a block sequence": "ขณะอ่านรายการ",
        "while scanning a tag": "ขณะอ่านแท็ก",
        "found unexpected end of stream": "ไฟล์จบลงก่อนที่ข้อความจะสมบูรณ์",
        "found undefined alias": "พบ alias ที่ไม่ได้กำหนดไว้",
        "while parsing a block mapping": "ขณะอ่านชุดคีย์-ค่า",
        "while parsing a block collection": "ขณะอ่านรายการ",
        "while parsing a flow mapping": "ขณะอ่านชุดคีย์-ค่าในวงเล็บปีกกา",
        "while parsing a flow sequence": "ขณะอ่านรายการในวงเล็บเหลี่ยม",
        "while scanning a simple key": "ขณะอ่านคีย์",
        "while scanning a quoted scalar": "ขณะอ่านข้อความในเครื่องหมายคำพูด",
        "YAML syntax error": "ไวยากรณ์ YAML ไม่ถูกต้อง",
    },
}
# PyYAML's complaints that carry a value, as (pattern, Thai template of the pattern's groups).
YAML_PATTERNS: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    "th": (
        (re.compile(r"^did not find expected (.+) or (.+)$"), "ไม่พบ {0} หรือ {1} ที่ควรมีตรงนี้"),
        (re.compile(r"^(?:did not|could not) find expected (.+)$"), "ไม่พบ {0} ที่ควรมีตรงนี้"),
        (re.compile(r"^expected (.+), but found (.+)$"), "ควรพบ {0} แต่พบ {1} (อาจย่อหน้าไม่ตรงกัน)"),
        (
            re.compile(r"^found character (.+) that cannot start any token$"),
            "พบอักขระ {0} ซึ่งขึ้นต้นข้อมูลไม่ได้ (ถ้าเป็นแท็บ ให้ใช้เว้นวรรคแทน)",
        ),
        (re.compile(r"^found unknown escape character (.+)$"), "พบอักขระหลีก {0} ที่ไม่รู้จัก"),
        (re.compile(r"^while (?:parsing|scanning) (.+)$"), "ขณะอ่าน {0}"),
    ),
}


def _join_field_messages() -> None:
    """The date, method-field and red-flag messages, those about saving and those about format 2's parts live in
    their own tables; every code is looked up here."""
    from hria_app.core.field_messages import TEMPLATES as FIELD_TEMPLATES
    from hria_app.core.format2_messages import TEMPLATES as FORMAT2_TEMPLATES
    from hria_app.core.save_messages import TEMPLATES as SAVE_TEMPLATES

    for joined in (FIELD_TEMPLATES, SAVE_TEMPLATES, FORMAT2_TEMPLATES):
        for lang, table in joined.items():
            TEMPLATES[lang].update(table)


_join_field_messages()
