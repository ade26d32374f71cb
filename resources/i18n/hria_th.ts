<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About HRIA</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกี่ยวกับ HRIA</translation>
    </message>
    <message>
        <source>Human-rights impact assessment of surveillance deployments.
Everything stays on this computer: no network, no telemetry.
Licence: {licence}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การประเมินผลกระทบด้านสิทธิมนุษยชนจากการใช้ระบบเฝ้าระวัง
ข้อมูลทั้งหมดอยู่ในคอมพิวเตอร์เครื่องนี้: ไม่ใช้เครือข่าย ไม่ส่งข้อมูลการใช้งาน
สัญญาอนุญาต: {licence}</translation>
    </message>
    <message>
        <source>It ships with:</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ส่วนประกอบที่มาพร้อมแอป:</translation>
    </message>
    <message>
        <source>Licence texts</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ข้อความสัญญาอนุญาต</translation>
    </message>
</context>
<context>
    <name>ActionDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เช่น 14/03/2568 หรือ 14 มี.ค. 2568</translation>
    </message>
</context>
<context>
    <name>ActionPlan</name>
    <message>
        <source>Action</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ที่มา</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Owner</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Due</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Reason dropped</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เหตุผลที่ยกเลิก</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลับ</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยังไม่เริ่ม</translation>
    </message>
    <message>
        <source>In progress</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รัฐ</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ผู้จำหน่าย</translation>
    </message>
    <message>
        <source>Investors</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>นักลงทุน</translation>
    </message>
    <message>
        <source>All</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทุกฝ่าย</translation>
    </message>
    <message>
        <source>Measure</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>มาตรการ</translation>
    </message>
    <message>
        <source>Your recommendation</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ข้อเสนอแนะของคุณ</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แบบประเมิน</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แก้ไขการดำเนินการ</translation>
    </message>
    <message>
        <source>(reason missing)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>(ยังไม่มีเหตุผล)</translation>
    </message>
    <message>
        <source>{date} — overdue</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>{date} — เลยกำหนด</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Drop the action</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยกเลิกการดำเนินการ</translation>
    </message>
    <message>
        <source>Why is “{action}” dropped?</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เหตุใดจึงยกเลิก “{action}”?</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แผนการดำเนินการ</translation>
    </message>
    <message>
        <source>&amp;Addressed to:</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ถึง(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สถานะ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เฉพาะที่เลยกำหนด(&amp;O)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>Add &amp;recommendation</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เพิ่มข้อเสนอแนะ(&amp;R)</translation>
    </message>
    <message>
        <source>Remove recommendation</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Any</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>{shown} of {total} actions · {late} overdue</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แสดง {shown} จาก {total} รายการ · เลยกำหนด {late} รายการ</translation>
    </message>
    <message>
        <source>Drop action</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยกเลิกการดำเนินการ</translation>
    </message>
    <message>
        <source>Add recommendation</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เพิ่มข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แก้ไขข้อเสนอแนะ</translation>
    </message>
</context>
<context>
    <name>AnchorsField</name>
    <message>
        <source>{score} · not on the scale</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>{score} · ไม่อยู่ในมาตราส่วน</translation>
    </message>
    <message>
        <source>Anchor {score}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำอธิบายคะแนน {score}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Remove anchor {score}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบคำอธิบายคะแนน {score}</translation>
    </message>
</context>
<context>
    <name>AnswerChoices</name>
    <message>
        <source>Why does this criterion not apply here?</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทำไมเกณฑ์นี้จึงไม่เกี่ยวข้องกับกรณีนี้</translation>
    </message>
    <message>
        <source>Reason it does not apply</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เหตุผลที่ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>A reason is required: a reader of the brief must see why.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ต้องระบุเหตุผล: ผู้อ่านรายงานสรุปต้องเห็นว่าเพราะเหตุใด</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>The information is missing, refused or not public. Counted as {score}: unknown is never treated as safe.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่มีข้อมูล ถูกปฏิเสธไม่ให้ข้อมูล หรือข้อมูลไม่เปิดเผยต่อสาธารณะ นับเป็น {score}: การไม่ทราบไม่ถือว่าปลอดภัย</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>The criterion does not concern this deployment; it is left out of the total.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกณฑ์นี้ไม่เกี่ยวกับระบบที่ประเมิน จึงไม่นำมานับรวมในคะแนน</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <source>Criterion</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Rubric version</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รุ่นของแบบประเมิน</translation>
    </message>
    <message>
        <source>Question</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำถาม</translation>
    </message>
    <message>
        <source>Answer</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>not answered</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยังไม่ได้ตอบ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คะแนน {score}</translation>
    </message>
    <message>
        <source>, red flags {flags}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>, สัญญาณอันตราย {flags}</translation>
    </message>
    <message numerus="yes">
        <source>, %n evidence item(s)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>
            <numerusform>, หลักฐาน %n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <source>Answers to criteria that a newer version of the rubric removed. They are kept with the assessment and printed in the brief&apos;s annex; they no longer count towards the result.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำตอบของเกณฑ์ที่แบบประเมินรุ่นใหม่ตัดออกไป คำตอบเหล่านี้ยังเก็บไว้กับการประเมินและพิมพ์ไว้ในภาคผนวกของรายงานสรุป แต่ไม่นำมานับในผลการประเมินอีกต่อไป</translation>
    </message>
    <message>
        <source>Archived answers</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำตอบที่เก็บถาวร</translation>
    </message>
</context>
<context>
    <name>AssessmentDocument</name>
    <message>
        <source>Untitled assessment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การประเมินที่ยังไม่มีชื่อ</translation>
    </message>
</context>
<context>
    <name>BilingualEdit</name>
    <message>
        <source>English</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Thai</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษาไทย</translation>
    </message>
    <message>
        <source>{field} ({language})</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>{field} ({language})</translation>
    </message>
    <message>
        <source>Not yet written in {language}: type the translation here</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยังไม่ได้เขียนเป็น{language}: พิมพ์คำแปลที่นี่</translation>
    </message>
    <message>
        <source>Not yet written in {language}. {other} version: {text}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยังไม่ได้เขียนเป็น{language} ฉบับ{other}: {text}</translation>
    </message>
    <message>
        <source>{other} version: {text}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ฉบับ{other}: {text}</translation>
    </message>
</context>
<context>
    <name>BundleExport</name>
    <message>
        <source>Zip files (*.zip)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไฟล์ Zip (*.zip)</translation>
    </message>
    <message>
        <source>Writing the evidence bundle…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>กำลังเขียนชุดหลักฐาน…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Wrote {name}: {count} attached files</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เขียน {name} แล้ว: ไฟล์แนบ {count} ไฟล์</translation>
    </message>
    <message>
        <source>(not encrypted: keep it as safe as the files themselves)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>(ไม่ได้เข้ารหัส: เก็บรักษาให้ปลอดภัยเท่ากับตัวไฟล์เอง)</translation>
    </message>
    <message>
        <source>Bundle not written</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ได้เขียนชุดหลักฐาน</translation>
    </message>
    <message>
        <source>The evidence bundle was not written.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ชุดหลักฐานไม่ได้ถูกเขียน</translation>
    </message>
</context>
<context>
    <name>CarriedOverCheck</name>
    <message>
        <source>Carried-over answer</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำตอบที่ยกมา</translation>
    </message>
    <message>
        <source>&amp;Confirm carried-over answer</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยืนยันคำตอบที่ยกมา(&amp;C)</translation>
    </message>
    <message>
        <source>Next u&amp;nconfirmed answer</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำตอบถัดไปที่ยังไม่ยืนยัน(&amp;N)</translation>
    </message>
    <message>
        <source>Confirm {id}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยืนยัน {id}</translation>
    </message>
    <message>
        <source>Every carried-over answer is confirmed.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยืนยันคำตอบที่ยกมาครบทุกข้อแล้ว</translation>
    </message>
    <message>
        <source>the previous assessment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การประเมินครั้งก่อน</translation>
    </message>
    <message>
        <source>Carried over from {source} — check it. Confirm it as it is, or change it ({count} still to check).</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยกมาจาก {source} — โปรดตรวจสอบ ยืนยันตามเดิม หรือแก้ไข (เหลือที่ต้องตรวจ {count} ข้อ)</translation>
    </message>
    <message>
        <source>&amp;Confirm answer (Ctrl+K)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยืนยันคำตอบ (Ctrl+K)(&amp;C)</translation>
    </message>
    <message>
        <source>Next unconfirmed</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ข้อถัดไปที่ยังไม่ยืนยัน</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <source>{value} (not valid here)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>{value} (ใช้ที่นี่ไม่ได้)</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments &amp;on:</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความเห็นเกี่ยวกับ(&amp;O):</translation>
    </message>
    <message>
        <source>Show &amp;resolved comments</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แสดงความเห็นที่แก้ไขแล้ว(&amp;R)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความเห็น</translation>
    </message>
    <message>
        <source>New comment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความเห็นใหม่</translation>
    </message>
    <message>
        <source>Write a comment for the team…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เขียนความเห็นถึงทีม…</translation>
    </message>
    <message>
        <source>&amp;Add comment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เพิ่มความเห็น(&amp;A)</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เพิ่มความเห็น</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทำเครื่องหมายว่าแก้ไขแล้ว</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิดความเห็นอีกครั้ง</translation>
    </message>
    <message>
        <source>The context</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บริบท</translation>
    </message>
    <message>
        <source>Section {id}: {title}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หมวด {id}: {title}</translation>
    </message>
    <message>
        <source>Tick to mark the comment resolved.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทำเครื่องหมายเพื่อระบุว่าความเห็นนี้แก้ไขแล้ว</translation>
    </message>
    <message>
        <source>{here} open here · {total} open in the assessment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ค้างอยู่ที่นี่ {here} · ค้างทั้งการประเมิน {total}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare assessments</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปรียบเทียบการประเมิน</translation>
    </message>
    <message>
        <source>S&amp;wap then and now</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สลับครั้งก่อนกับครั้งนี้(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Export comparison brief…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ส่งออกรายงานเปรียบเทียบ…(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Public version</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ฉบับเผยแพร่สาธารณะ(&amp;P)</translation>
    </message>
    <message>
        <source>Leaves out everything marked confidential and the assessors&apos; names</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่รวมทุกอย่างที่ระบุว่าลับ และชื่อผู้ประเมิน</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ปิด(&amp;C)</translation>
    </message>
    <message>
        <source>English</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>อังกฤษ</translation>
    </message>
    <message>
        <source>Thai (ไทย)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไทย</translation>
    </message>
    <message>
        <source>English and Thai</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>อังกฤษและไทย</translation>
    </message>
    <message>
        <source>Language of the comparison brief</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษาของรายงานเปรียบเทียบ</translation>
    </message>
    <message>
        <source>Right</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สิทธิ</translation>
    </message>
    <message>
        <source>Then</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ครั้งก่อน</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ครั้งนี้</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Ratings by right, then and now</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ระดับรายสิทธิ ครั้งก่อนและครั้งนี้</translation>
    </message>
    <message>
        <source>Changed answers</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำตอบที่เปลี่ยนไป</translation>
    </message>
    <message>
        <source>Ratings by right, then → now</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ระดับรายสิทธิ ครั้งก่อน → ครั้งนี้</translation>
    </message>
    <message>
        <source>A re-assessment of the same deployment, compared with its baseline.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การประเมินซ้ำของการติดตั้งใช้งานเดิม เทียบกับการประเมินครั้งก่อน</translation>
    </message>
    <message>
        <source>Two assessments made with the same rubric.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การประเมินสองชุดที่ใช้แบบประเมินเดียวกัน</translation>
    </message>
    <message>
        <source>Two assessments made with different versions of one rubric; answers are matched by criterion.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การประเมินสองชุดที่ใช้แบบประเมินเดียวกันต่างรุ่น จับคู่คำตอบตามเกณฑ์</translation>
    </message>
    <message>
        <source>Two assessments made with different rubrics: only the overall levels compare.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การประเมินสองชุดที่ใช้แบบประเมินต่างกัน เปรียบเทียบได้เฉพาะระดับผลรวม</translation>
    </message>
    <message>
        <source>Then: {before} — now: {after}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ครั้งก่อน: {before} — ครั้งนี้: {after}</translation>
    </message>
    <message>
        <source>Overall level: {before} → {after} {arrow}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ระดับผลรวม: {before} → {after} {arrow}</translation>
    </message>
    <message>
        <source>not rated</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยังไม่ได้จัดระดับ</translation>
    </message>
    <message>
        <source>Changed answers ({count})</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำตอบที่เปลี่ยนไป ({count})</translation>
    </message>
    <message>
        <source>Context</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บริบท</translation>
    </message>
    <message>
        <source>{id} {title}: the right&apos;s judgement</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>{id} {title}: การพิจารณาของหมวด</translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่มีคำตอบใดเปลี่ยน</translation>
    </message>
</context>
<context>
    <name>ComparisonExport</name>
    <message>
        <source>The public brief cannot be made while merge conflicts remain: resolve them first on the Merge conflicts page (the full brief lists them).</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยังสร้างรายงานฉบับเผยแพร่ไม่ได้ขณะที่ยังมีข้อขัดแย้งจากการรวม โปรดแก้ที่หน้าข้อขัดแย้งจากการรวมก่อน (ฉบับสมบูรณ์จะแสดงรายการไว้)</translation>
    </message>
    <message>
        <source>Public brief refused</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่สร้างรายงานฉบับเผยแพร่</translation>
    </message>
    <message>
        <source>The comparison brief could not be made</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สร้างรายงานเปรียบเทียบไม่ได้</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Merge conflicts</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ข้อขัดแย้งจากการรวม</translation>
    </message>
    <message>
        <source>Two versions of this assessment changed the same fields differently. Until you choose, each field holds “ours”. Select a conflict, then keep ours (Alt+O), take theirs (Alt+T) or go back to the common version (Alt+B). Every choice can be undone.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การประเมินนี้สองฉบับแก้ไขช่องเดียวกันต่างกัน จนกว่าคุณจะเลือก แต่ละช่องจะใช้ค่า “ของเรา” เลือกข้อขัดแย้ง แล้วเก็บของเรา (Alt+O) ใช้ของอีกฝ่าย (Alt+T) หรือกลับไปใช้ฉบับร่วม (Alt+B) ทุกการเลือกเลิกทำได้</translation>
    </message>
    <message>
        <source>Keep &amp;ours</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เก็บของเรา(&amp;O)</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ใช้ของอีกฝ่าย(&amp;T)</translation>
    </message>
    <message>
        <source>Back to &amp;base</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>กลับไปใช้ฉบับร่วม(&amp;B)</translation>
    </message>
    <message>
        <source>Keep ours for &amp;all</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เก็บของเราทั้งหมด(&amp;A)</translation>
    </message>
    <message>
        <source>Take theirs for a&amp;ll</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ใช้ของอีกฝ่ายทั้งหมด(&amp;L)</translation>
    </message>
    <message>
        <source>No merge conflicts remain. Save to keep the result.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่มีข้อขัดแย้งจากการรวมเหลืออยู่ บันทึกเพื่อเก็บผลลัพธ์</translation>
    </message>
    <message>
        <source>Field</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ช่อง</translation>
    </message>
    <message>
        <source>Ours ({label})</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ของเรา ({label})</translation>
    </message>
    <message>
        <source>Theirs ({label})</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ของอีกฝ่าย ({label})</translation>
    </message>
    <message>
        <source>Base (common version)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ฉบับร่วม</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>base</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ฉบับร่วม</translation>
    </message>
    <message>
        <source>Resolve {field}: {side}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แก้ข้อขัดแย้ง {field}: {side}</translation>
    </message>
    <message>
        <source>Keep ours for every conflict</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เก็บของเราทุกข้อขัดแย้ง</translation>
    </message>
    <message>
        <source>Take theirs for every conflict</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ใช้ของอีกฝ่ายทุกข้อขัดแย้ง</translation>
    </message>
</context>
<context>
    <name>ContextPage</name>
    <message>
        <source>&amp;Title</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ชื่อเรื่อง(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Deployment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ระบบที่ประเมิน(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>องค์กร(&amp;O)</translation>
    </message>
    <message>
        <source>Ve&amp;ndor</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ผู้จำหน่าย(&amp;N)</translation>
    </message>
    <message>
        <source>Locat&amp;ion</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สถานที่(&amp;I)</translation>
    </message>
    <message>
        <source>Assesso&amp;rs</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ผู้ประเมิน(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>วันที่เริ่ม(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Last updated</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ปรับปรุงล่าสุด(&amp;L)</translation>
    </message>
    <message>
        <source>Sco&amp;pe</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ขอบเขต(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความเป็นมา(&amp;B)</translation>
    </message>
    <message>
        <source>A short name for this assessment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ชื่อสั้น ๆ ของการประเมินนี้</translation>
    </message>
    <message>
        <source>The system assessed: what it does and who runs it</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ระบบที่ประเมิน: ทำอะไร และใครเป็นผู้ดำเนินการ</translation>
    </message>
    <message>
        <source>Who supplies the technology</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ใครเป็นผู้จัดหาเทคโนโลยี</translation>
    </message>
    <message>
        <source>City, province, country</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เมือง จังหวัด ประเทศ</translation>
    </message>
    <message>
        <source>The organisation making the assessment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>องค์กรที่ทำการประเมิน</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รายชื่อ คั่นด้วยจุลภาค (,)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เช่น 14/03/2568 หรือ 14 มี.ค. 2568</translation>
    </message>
    <message>
        <source>What this assessment covers and what it leaves out</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การประเมินนี้ครอบคลุมอะไร และไม่ครอบคลุมอะไร</translation>
    </message>
    <message>
        <source>How the deployment came about; what is publicly known</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความเป็นมาของการนำระบบมาใช้ และข้อมูลที่เปิดเผยต่อสาธารณะ</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2025-03-14.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เขียนวันที่แบบ วัน/เดือน/ปี พ.ศ. เช่น 14/03/2568 หรือ 14 มี.ค. 2568 (หรือแบบ ค.ศ. 2025-03-14)</translation>
    </message>
    <message>
        <source>About this assessment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกี่ยวกับการประเมินนี้</translation>
    </message>
    <message>
        <source>The facts of the deployment you are assessing. They open the brief and help readers judge the findings.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ข้อเท็จจริงของระบบที่คุณกำลังประเมิน ข้อมูลนี้จะอยู่ตอนต้นของรายงานสรุปและช่วยให้ผู้อ่านพิจารณาผลการประเมินได้</translation>
    </message>
    <message>
        <source>Context page</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หน้าบริบท</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แก้ไข{field}</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Unexpected error</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. Your work was saved to a recovery copy and will be offered when the app next starts. Saving now, under a new name if you can, is the safest next step.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกิดปัญหาภายในแอป งานของคุณถูกเก็บไว้ในสำเนากู้คืน และจะมีให้เลือกกู้คืนเมื่อเปิดแอปครั้งถัดไป ขั้นตอนที่ปลอดภัยที่สุดคือบันทึกงานตอนนี้ โดยใช้ชื่อไฟล์ใหม่ถ้าทำได้</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. If you have unsaved changes, save them now.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกิดปัญหาภายในแอป หากมีการแก้ไขที่ยังไม่ได้บันทึก โปรดบันทึกตอนนี้</translation>
    </message>
</context>
<context>
    <name>CriterionForm</name>
    <message>
        <source>Criterion</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รหัส(&amp;I)</translation>
    </message>
    <message>
        <source>Criterion id</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รหัสเกณฑ์</translation>
    </message>
    <message>
        <source>Unique across the rubric</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ต้องไม่ซ้ำกันทั้งแบบประเมิน</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ชื่อเรื่อง(&amp;T)</translation>
    </message>
    <message>
        <source>Criterion title</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ชื่อเกณฑ์</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำถาม(&amp;Q)</translation>
    </message>
    <message>
        <source>Question</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำถาม</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำแนะนำ(&amp;G)</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำแนะนำ</translation>
    </message>
    <message>
        <source>Evidence prompt</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หลักฐานที่ควรหา</translation>
    </message>
    <message>
        <source>Add an evidence prompt</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เพิ่มหลักฐานที่ควรหา</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หลักฐาน(&amp;E)</translation>
    </message>
    <message>
        <source>What evidence to look for</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หลักฐานที่ควรหา</translation>
    </message>
    <message>
        <source>Anchors</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำอธิบายระดับคะแนน</translation>
    </message>
    <message>
        <source>&amp;Anchors</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำอธิบายระดับคะแนน(&amp;A)</translation>
    </message>
    <message>
        <source>What each score means for this criterion</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความหมายของแต่ละคะแนนสำหรับเกณฑ์นี้</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สัญญาณอันตราย</translation>
    </message>
    <message>
        <source>The rubric defines no red flags.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แบบประเมินนี้ไม่ได้กำหนดสัญญาณอันตรายไว้</translation>
    </message>
    <message>
        <source>&amp;Red flags</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สัญญาณอันตราย(&amp;R)</translation>
    </message>
    <message>
        <source>Red flags this criterion can raise</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สัญญาณอันตรายที่เกณฑ์นี้ระบุได้</translation>
    </message>
    <message>
        <source>References</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เอกสารอ้างอิง</translation>
    </message>
    <message>
        <source>The rubric lists no references.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แบบประเมินนี้ไม่มีรายการเอกสารอ้างอิง</translation>
    </message>
    <message>
        <source>Re&amp;ferences</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เอกสารอ้างอิง(&amp;F)</translation>
    </message>
    <message>
        <source>Sources this criterion cites</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แหล่งที่เกณฑ์นี้อ้างถึง</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Add a recommendation</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เพิ่มข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>Recommen&amp;dations</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ข้อเสนอแนะ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>น้ำหนัก(&amp;W)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>น้ำหนัก</translation>
    </message>
    <message>
        <source>Default (1)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ค่าเริ่มต้น (1)</translation>
    </message>
    <message>
        <source>weighted_sum: how much this criterion counts</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สำหรับวิธี weighted_sum: เกณฑ์นี้มีน้ำหนักเท่าใด</translation>
    </message>
    <message>
        <source>Gate&amp;way</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เงื่อนไขเบื้องต้น(&amp;W)</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เงื่อนไขเบื้องต้น</translation>
    </message>
    <message>
        <source>A failing answer forces the top level</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำตอบที่ไม่ผ่านจะทำให้ผลเป็นระดับสูงสุด</translation>
    </message>
</context>
<context>
    <name>CriterionPage</name>
    <message>
        <source>Confidence in the answer</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความเชื่อมั่นในคำตอบ</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สัญญาณอันตราย</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>What you found, and how you know it</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สิ่งที่คุณพบ และคุณรู้ได้อย่างไร</translation>
    </message>
    <message>
        <source>Reason it does not apply</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เหตุผลที่ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Why does this criterion not apply here?</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทำไมเกณฑ์นี้จึงไม่เกี่ยวข้องกับกรณีนี้</translation>
    </message>
    <message>
        <source>Confidential: leave these notes out of public briefs</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลับ: ไม่ใส่บันทึกนี้ในรายงานสรุปฉบับเผยแพร่สาธารณะ</translation>
    </message>
    <message>
        <source>Notes are confidential</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกเป็นความลับ</translation>
    </message>
    <message>
        <source>Previous</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ก่อนหน้า</translation>
    </message>
    <message>
        <source>Previous criterion</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกณฑ์ก่อนหน้า</translation>
    </message>
    <message>
        <source>Next unanswered</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ข้อถัดไปที่ยังไม่ได้ตอบ</translation>
    </message>
    <message>
        <source>Next unanswered criterion</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกณฑ์ถัดไปที่ยังไม่ได้ตอบ</translation>
    </message>
    <message>
        <source>Next</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <source>Next criterion</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกณฑ์ถัดไป</translation>
    </message>
    <message>
        <source>Answer</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <source>C&amp;onfidence:</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความเชื่อมั่น(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึก(&amp;N)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>มาตรการบรรเทา</translation>
    </message>
    <message>
        <source>Criterion page</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หน้าเกณฑ์</translation>
    </message>
    <message>
        <source>Your answer: {score} — {label}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำตอบของคุณ: {score} — {label}</translation>
    </message>
    <message>
        <source>Your answer: {score}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำตอบของคุณ: {score}</translation>
    </message>
    <message>
        <source>Your answer: unknown</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำตอบของคุณ: ไม่ทราบ</translation>
    </message>
    <message>
        <source>Your answer: not applicable</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำตอบของคุณ: ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Not answered yet: choose below, or press a score key, U or N</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยังไม่ได้ตอบ: เลือกด้านล่าง หรือกดปุ่มคะแนน U หรือ N</translation>
    </message>
    <message>
        <source>Score {score} ({id})</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ให้คะแนน {score} ({id})</translation>
    </message>
    <message>
        <source>Mark unknown</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทำเครื่องหมายว่าไม่ทราบ</translation>
    </message>
    <message>
        <source>Mark not applicable</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทำเครื่องหมายว่าไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ล้างคำตอบ</translation>
    </message>
    <message>
        <source>Edit reason</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แก้ไขเหตุผล</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แก้ไขบันทึก</translation>
    </message>
    <message>
        <source>Mark notes confidential</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทำเครื่องหมายบันทึกว่าเป็นความลับ</translation>
    </message>
    <message>
        <source>Mark notes public</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทำเครื่องหมายบันทึกว่าเปิดเผยได้</translation>
    </message>
    <message>
        <source>Set confidence</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>กำหนดความเชื่อมั่น</translation>
    </message>
    <message>
        <source>Residual score</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คะแนนคงเหลือ</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ได้ระบุ</translation>
    </message>
    <message>
        <source>Verified: seen first-hand or confirmed</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตรวจสอบแล้ว: เห็นด้วยตนเองหรือได้รับการยืนยัน</translation>
    </message>
    <message>
        <source>Documented: in official or reliable records</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>มีเอกสารยืนยัน: อยู่ในเอกสารทางการหรือบันทึกที่เชื่อถือได้</translation>
    </message>
    <message>
        <source>Asserted: claimed, not yet corroborated</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>กล่าวอ้าง: มีผู้อ้าง แต่ยังไม่มีหลักฐานสนับสนุน</translation>
    </message>
    <message>
        <source>None: no basis beyond inference</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่มี: ไม่มีฐานอื่นนอกจากการอนุมาน</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ทราบ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่เกี่ยวข้อง(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Clear answer</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ล้างคำตอบ(&amp;C)</translation>
    </message>
    <message>
        <source>Score &amp;{score}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ให้คะแนน {score}(&amp;{score})</translation>
    </message>
</context>
<context>
    <name>DamagedFile</name>
    <message>
        <source>“{name}” looks incomplete or damaged: it may have been cut off while it was copied or saved, or it is not an assessment file. Nothing has been changed.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>“{name}” ดูเหมือนไม่สมบูรณ์หรือเสียหาย: อาจถูกตัดขาดระหว่างการคัดลอกหรือบันทึก หรืออาจไม่ใช่ไฟล์การประเมิน ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The app keeps the previous version beside it, “{backup}”. To get your work back, open that file with File &gt; Open (choose “All files”), check it, and save it under the original name.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แอปเก็บฉบับก่อนหน้าไว้ข้างกัน คือ “{backup}” หากต้องการได้งานคืน ให้เปิดไฟล์นั้นด้วย ไฟล์ &gt; เปิด (เลือก “ไฟล์ทั้งหมด”) ตรวจดู แล้วบันทึกด้วยชื่อเดิม</translation>
    </message>
    <message>
        <source>If you have another copy (a sync folder, an e-mail, a USB stick), open that one. The app also keeps a backup, “{backup}”, from the second save on, which File &gt; Revert to previous version brings back while the file is open.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หากคุณมีสำเนาอื่น (ในโฟลเดอร์ซิงก์ อีเมล หรือแฟลชไดรฟ์) ให้เปิดสำเนานั้น แอปยังเก็บไฟล์สำรอง “{backup}” ตั้งแต่การบันทึกครั้งที่สอง ซึ่งเมนู ไฟล์ &gt; ย้อนกลับไปฉบับก่อนหน้า นำกลับมาได้ขณะที่ไฟล์เปิดอยู่</translation>
    </message>
    <message>
        <source>Show details gives the technical reason.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ปุ่ม แสดงรายละเอียด บอกสาเหตุทางเทคนิค</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Assessments (*.hria)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การประเมิน (*.hria)</translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิดการประเมิน</translation>
    </message>
    <message>
        <source>Save as</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกการแก้ไขใน “{name}” ก่อนปิดหรือไม่</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes since the last save are lost.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หากไม่บันทึก การแก้ไขตั้งแต่การบันทึกครั้งล่าสุดจะหายไป</translation>
    </message>
    <message>
        <source>“{name}” is encrypted. Passphrase:</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>“{name}” ถูกเข้ารหัสไว้ รหัสผ่าน:</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รหัสผ่านไม่ถูกต้อง โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Encrypted assessment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การประเมินที่เข้ารหัส</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>กู้คืนงานที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>“{name}” was not saved when the app last closed.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>“{name}” ยังไม่ได้บันทึกเมื่อปิดแอปครั้งล่าสุด</translation>
    </message>
    <message>
        <source>A copy was kept automatically on {written}. Recover it now?</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>มีสำเนาที่เก็บไว้โดยอัตโนมัติเมื่อ {written} กู้คืนตอนนี้หรือไม่</translation>
    </message>
    <message>
        <source>Recover</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <source>Discard the copy</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทิ้งสำเนา</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตัดสินใจภายหลัง</translation>
    </message>
    <message>
        <source>Your name</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ชื่อของคุณ</translation>
    </message>
    <message>
        <source>Your name, as your comments and approvals will show it (asked once, kept in the settings):</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ชื่อของคุณตามที่จะแสดงในความเห็นและการอนุมัติ (ถามครั้งเดียว และเก็บไว้ในการตั้งค่า):</translation>
    </message>
    <message>
        <source>Approve with open comments</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>อนุมัติทั้งที่ยังมีความเห็นค้างอยู่</translation>
    </message>
    <message>
        <source>The assessment cannot be approved yet: {problem}.

To approve anyway, say why (the reason is recorded with the approval):</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยังอนุมัติการประเมินนี้ไม่ได้: {problem}

หากจะอนุมัติต่อไป โปรดระบุเหตุผล (เหตุผลจะถูกบันทึกไว้พร้อมการอนุมัติ):</translation>
    </message>
</context>
<context>
    <name>DraftForm</name>
    <message>
        <source>Edit {field}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แก้ไข{field}</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Duplicate rubric</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทำสำเนาแบบประเมิน</translation>
    </message>
    <message>
        <source>A copy of “{id}” goes into your rubric folder, where you can adapt it. It needs an id of its own.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สำเนาของ “{id}” จะอยู่ในโฟลเดอร์แบบประเมินของคุณ ซึ่งคุณปรับแก้ได้ สำเนาต้องมีรหัสของตัวเอง</translation>
    </message>
    <message>
        <source>Id of the copy</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รหัสของสำเนา</translation>
    </message>
    <message>
        <source>Start the copy at version 1.0.0 (otherwise keep {version})</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เริ่มสำเนาที่รุ่น 1.0.0 (ถ้าไม่เลือก จะใช้รุ่น {version} เดิม)</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รหัส(&amp;I):</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and single dashes.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ใช้ตัวอักษรภาษาอังกฤษพิมพ์เล็ก ตัวเลข และขีด (-) ทีละตัว</translation>
    </message>
    <message>
        <source>A rubric with this id is already in your library.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>มีแบบประเมินที่ใช้รหัสนี้อยู่ในคลังแล้ว</translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <source>Saved with the new passphrase</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกด้วยรหัสผ่านใหม่แล้ว</translation>
    </message>
    <message>
        <source>Saved encrypted</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกแบบเข้ารหัสแล้ว</translation>
    </message>
    <message>
        <source>Saved without encryption</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกแบบไม่เข้ารหัสแล้ว</translation>
    </message>
    <message>
        <source>Backup not updated</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ได้ปรับปรุงไฟล์สำรอง</translation>
    </message>
    <message>
        <source>“{name}” was saved, but its backup “{backup}” still has the old protection. Delete the backup if it must not be readable that way.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึก “{name}” แล้ว แต่ไฟล์สำรอง “{backup}” ยังใช้การป้องกันแบบเดิม ให้ลบไฟล์สำรองหากไม่ต้องการให้อ่านได้ด้วยวิธีนั้น</translation>
    </message>
    <message>
        <source>The evidence files could not be re-encrypted.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่สามารถเข้ารหัสไฟล์หลักฐานใหม่ได้</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ได้บันทึก</translation>
    </message>
</context>
<context>
    <name>EvidenceFiles</name>
    <message>
        <source>Save the assessment first: attached files are kept beside its file.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>โปรดบันทึกการประเมินก่อน: ไฟล์แนบจะถูกเก็บไว้ข้างไฟล์การประเมิน</translation>
    </message>
    <message>
        <source>Attach files ({id})</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แนบไฟล์ ({id})</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Attached files of the selected source</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไฟล์แนบของแหล่งที่มาที่เลือก</translation>
    </message>
    <message>
        <source>Copy files into the evidence folder; you can also drop them here</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คัดลอกไฟล์เข้าโฟลเดอร์หลักฐาน หรือลากไฟล์มาวางที่นี่ก็ได้</translation>
    </message>
    <message>
        <source>A&amp;ttach files…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แนบไฟล์(&amp;T)…</translation>
    </message>
    <message>
        <source>V&amp;iew file</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ดูไฟล์(&amp;I)</translation>
    </message>
    <message>
        <source>Custody &amp;log</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกการครอบครอง(&amp;L)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>SHA-256 {hash}
Added {when} by {who}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>SHA-256 {hash}
แนบเมื่อ {when} โดย {who}</translation>
    </message>
    <message>
        <source>missing from the evidence folder</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หายไปจากโฟลเดอร์หลักฐาน</translation>
    </message>
    <message>
        <source>altered since it was attached</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ถูกเปลี่ยนแปลงหลังจากแนบ</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>อ่านไม่ได้</translation>
    </message>
    <message>
        <source>{mark} Evidence {item}: “{name}” is {state}.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>{mark} หลักฐาน {item}: “{name}” {state}</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ได้แนบ</translation>
    </message>
</context>
<context>
    <name>EvidenceQuestions</name>
    <message>
        <source>Attach files</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แนบไฟล์</translation>
    </message>
    <message>
        <source>Open with another program</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิดด้วยโปรแกรมอื่น</translation>
    </message>
    <message>
        <source>“{name}” ({type}) cannot be shown here. Open a copy with the program your system uses?</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่สามารถแสดง “{name}” ({type}) ที่นี่ได้ จะเปิดสำเนาด้วยโปรแกรมที่ระบบของคุณใช้หรือไม่</translation>
    </message>
    <message>
        <source>A file from someone else can harm your computer when opened. HRIA never runs it; the other program reads a temporary copy.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไฟล์จากผู้อื่นอาจเป็นอันตรายต่อคอมพิวเตอร์เมื่อเปิด HRIA ไม่เรียกใช้ไฟล์นั้นเลย โปรแกรมอื่นจะอ่านจากสำเนาชั่วคราว</translation>
    </message>
    <message>
        <source>&amp;Open copy</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิดสำเนา(&amp;O)</translation>
    </message>
    <message>
        <source>Export evidence bundle</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ส่งออกชุดหลักฐาน</translation>
    </message>
    <message>
        <source>Which bundle of “{name}”?</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ต้องการชุดหลักฐานแบบใดของ “{name}”</translation>
    </message>
    <message>
        <source>The full bundle holds the assessment file, every attached file and the custody log, in the clear. The public bundle holds the public brief and the files of items not marked confidential.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ชุดฉบับสมบูรณ์มีไฟล์การประเมิน ไฟล์แนบทั้งหมด และบันทึกการครอบครอง โดยไม่เข้ารหัส ชุดฉบับเผยแพร่สาธารณะมีรายงานสรุปฉบับเผยแพร่สาธารณะและไฟล์ของรายการที่ไม่ได้ทำเครื่องหมายว่าลับ</translation>
    </message>
    <message>
        <source>&amp;Public</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ฉบับเผยแพร่สาธารณะ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Full</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ฉบับสมบูรณ์(&amp;F)</translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <source>Not rated</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ได้ประเมิน</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>Probable</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>น่าจะจริง</translation>
    </message>
    <message>
        <source>Possible</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เป็นไปได้</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>น่าสงสัย</translation>
    </message>
    <message>
        <source>Cannot be judged</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ประเมินไม่ได้</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>Link or reference</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลิงก์หรือที่อ้างอิง</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>วันที่เข้าถึง</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความน่าเชื่อถือ</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลับ</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Add source</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เพิ่มแหล่งที่มา</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบแหล่งที่มา</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แก้ไขหลักฐาน</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เพิ่มหลักฐาน</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบหลักฐาน</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>The stored copy is missing from the evidence folder.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สำเนาที่เก็บไว้หายไปจากโฟลเดอร์หลักฐาน</translation>
    </message>
    <message>
        <source>The stored copy has changed since it was attached.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สำเนาที่เก็บไว้ถูกเปลี่ยนแปลงหลังจากแนบ</translation>
    </message>
    <message>
        <source>Cannot show the file</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แสดงไฟล์ไม่ได้</translation>
    </message>
    <message>
        <source>No program on this computer opens this file.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่มีโปรแกรมในคอมพิวเตอร์นี้ที่เปิดไฟล์นี้ได้</translation>
    </message>
    <message>
        <source>Custody log: {title}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกการครอบครอง: {title}</translation>
    </message>
    <message>
        <source>attached</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แนบ</translation>
    </message>
    <message>
        <source>retitled</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปลี่ยนชื่อ</translation>
    </message>
    <message>
        <source>marked confidential</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทำเครื่องหมายว่าลับ</translation>
    </message>
    <message>
        <source>marked not confidential</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยกเลิกเครื่องหมายลับ</translation>
    </message>
    <message>
        <source>detached</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>purged</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบสำเนาที่ไม่ใช้</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เมื่อ (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Detail</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Custody log</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกการครอบครอง</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Language</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษาอังกฤษ(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Thai (ไทย)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษาไทย(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Both, English then Thai</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทั้งสองภาษา ภาษาอังกฤษแล้วตามด้วยภาษาไทย(&amp;B)</translation>
    </message>
    <message>
        <source>Version</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ฉบับ</translation>
    </message>
    <message>
        <source>&amp;Public: leaves out everything marked confidential</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ฉบับเผยแพร่สาธารณะ: ไม่รวมทุกอย่างที่ทำเครื่องหมายว่าลับ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Full: everything, for your own team</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ฉบับสมบูรณ์: รวมทุกอย่าง สำหรับทีมของคุณเอง(&amp;F)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this assessment are marked confidential. Only the full version shows them: keep it inside your organisation.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>
            <numerusform>การประเมินนี้มี %n รายการที่ระบุว่าเป็นความลับ มีเพียงฉบับสมบูรณ์ที่แสดงรายการเหล่านี้: โปรดเก็บไว้ภายในองค์กรของคุณ</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this assessment is marked confidential.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่มีรายการใดในการประเมินนี้ที่ทำเครื่องหมายว่าลับ</translation>
    </message>
    <message>
        <source>Rendering progress</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความคืบหน้าในการสร้างเอกสาร</translation>
    </message>
    <message>
        <source>Error</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลองอีกครั้ง(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิดโฟลเดอร์(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ปิด(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save public PDF…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึก PDF ฉบับเผยแพร่สาธารณะ…(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save full PDF…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึก PDF ฉบับสมบูรณ์…(&amp;S)</translation>
    </message>
    <message>
        <source>The public brief is refused while merge conflicts remain.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่สร้างรายงานฉบับเผยแพร่ขณะที่ยังมีข้อขัดแย้งจากการรวม</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>กำลังเตรียมตัวอย่าง…</translation>
    </message>
    <message>
        <source>Read the preview, then save.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>อ่านตัวอย่างก่อน แล้วจึงบันทึก</translation>
    </message>
    <message>
        <source>The brief could not be made.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สร้างรายงานสรุปไม่ได้</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกไว้ที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกไฟล์ที่ส่งออก</translation>
    </message>
    <message>
        <source>Export the assessment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ส่งออกการประเมิน</translation>
    </message>
    <message>
        <source>Format</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รูปแบบไฟล์</translation>
    </message>
    <message>
        <source>&amp;Save public {suffix}…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึก {suffix} ฉบับเผยแพร่สาธารณะ…(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Save full {suffix}…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึก {suffix} ฉบับสมบูรณ์…(&amp;S)</translation>
    </message>
    <message>
        <source>Ready to save ({size} kB). Only the PDF has a preview here.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>พร้อมบันทึก ({size} kB) ตัวอย่างแสดงได้เฉพาะ PDF</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>PDF brief</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รายงานสรุป PDF</translation>
    </message>
    <message>
        <source>Word document (.docx), for editing</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เอกสาร Word (.docx) สำหรับแก้ไข</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): scores, sections, action plan</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สมุดงาน Excel (.xlsx): คะแนน หมวด แผนการดำเนินการ</translation>
    </message>
    <message>
        <source>CSV: the action plan</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>CSV: แผนการดำเนินการ</translation>
    </message>
    <message>
        <source>CSV: the scores</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>CSV: คะแนน</translation>
    </message>
    <message>
        <source>JSON: scores, context and actions</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>JSON: คะแนน บริบท และการดำเนินการ</translation>
    </message>
    <message>
        <source>Markdown brief, for wikis</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รายงานสรุป Markdown สำหรับวิกิ</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เอกสาร Word (*.docx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สมุดงาน Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไฟล์ JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไฟล์ Markdown (*.md)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
</context>
<context>
    <name>ExportQuestions</name>
    <message>
        <source>Public brief of an unfinished assessment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รายงานสรุปฉบับเผยแพร่ของการประเมินที่ยังไม่เสร็จ</translation>
    </message>
    <message numerus="yes">
        <source>Only %n of {total} criteria are answered.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>
            <numerusform>ตอบแล้วเพียง %n จาก {total} เกณฑ์</numerusform>
        </translation>
    </message>
    <message>
        <source>Unanswered criteria count as unknown, so the level in this brief may fall as answers come in. Every page is marked INCOMPLETE. Publish it only if readers should see unfinished work.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกณฑ์ที่ยังไม่ได้ตอบนับเป็นไม่ทราบ ระดับในรายงานสรุปนี้จึงอาจลดลงเมื่อได้คำตอบเพิ่ม ทุกหน้ามีเครื่องหมาย ยังไม่สมบูรณ์ โปรดเผยแพร่เฉพาะเมื่อต้องการให้ผู้อ่านเห็นงานที่ยังไม่เสร็จ</translation>
    </message>
    <message>
        <source>Save the &amp;incomplete brief</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกรายงานสรุปที่ยังไม่สมบูรณ์(&amp;I)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Cannot open the file</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิดไฟล์ไม่ได้</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิด “{name}” ไม่ได้</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>{name} (สำเนา)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>“{name}” could not be saved. The previous version of the file is unchanged.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึก “{name}” ไม่ได้ ไฟล์ฉบับก่อนหน้ายังคงเดิม</translation>
    </message>
    <message>
        <source>“{name}” was moved or deleted. Saving writes it again where it was.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>“{name}” ถูกย้ายหรือลบไปแล้ว การบันทึกจะเขียนไฟล์กลับไปที่เดิม</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program. Saving asks whether to overwrite it.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>“{name}” ถูกแก้ไขโดยโปรแกรมอื่น เมื่อบันทึกจะถามก่อนว่าจะเขียนทับหรือไม่</translation>
    </message>
    <message>
        <source>Reloaded {name}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>โหลด {name} ใหม่แล้ว</translation>
    </message>
    <message>
        <source>No previous version</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่มีฉบับก่อนหน้า</translation>
    </message>
    <message>
        <source>There is no previous version of “{name}” yet: one is kept from the second save on.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยังไม่มีฉบับก่อนหน้าของ “{name}”: จะเริ่มเก็บฉบับก่อนหน้าตั้งแต่การบันทึกครั้งที่สอง</translation>
    </message>
    <message>
        <source>Showing the previous version of {name}. Save to keep it; Close without saving to go back.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>กำลังแสดงฉบับก่อนหน้าของ {name} บันทึกเพื่อใช้ฉบับนี้ หรือปิดโดยไม่บันทึกเพื่อกลับไปฉบับเดิม</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ล้างรายการ</translation>
    </message>
    <message>
        <source>No recent assessments</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่มีการประเมินล่าสุด</translation>
    </message>
    <message>
        <source>…and {count} more (see the details).</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>…และอีก {count} รายการ (ดูรายละเอียด)</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened. The problems found:</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิด “{name}” ไม่ได้ ปัญหาที่พบ:</translation>
    </message>
    <message>
        <source>Evidence not copied</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ได้คัดลอกหลักฐาน</translation>
    </message>
    <message>
        <source>“{name}” was saved, but its attached files could not be copied beside it. They are still in “{folder}”.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึก “{name}” แล้ว แต่ไม่สามารถคัดลอกไฟล์แนบไปไว้ข้างไฟล์ได้ ไฟล์แนบยังอยู่ใน “{folder}”</translation>
    </message>
</context>
<context>
    <name>FileQuestions</name>
    <message>
        <source>{user} on {computer}, since {time}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>{user} บนเครื่อง {computer} ตั้งแต่ {time}</translation>
    </message>
    <message>
        <source>Assessment in use</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การประเมินกำลังถูกใช้งาน</translation>
    </message>
    <message>
        <source>“{name}” is open in another window of the app: {holder}.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>“{name}” เปิดอยู่ในหน้าต่างอื่นของแอป: {holder}</translation>
    </message>
    <message>
        <source>If you both save, one of you overwrites the other&apos;s work.

Open it read-only to read it; changes you make are then saved under a new name.
Take it over only if you are sure nobody is working on it there (the app was left open on another computer, for example).</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หากทั้งสองฝ่ายบันทึก งานของฝ่ายหนึ่งจะถูกเขียนทับ

เปิดแบบอ่านอย่างเดียวเพื่ออ่าน การแก้ไขของคุณจะถูกบันทึกด้วยชื่อไฟล์ใหม่
เลือกรับช่วงต่อเฉพาะเมื่อแน่ใจว่าไม่มีใครทำงานกับไฟล์นี้อยู่ (เช่น เปิดแอปค้างไว้บนคอมพิวเตอร์เครื่องอื่น)</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิดแบบอ่านอย่างเดียว(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รับช่วงต่อ(&amp;T)</translation>
    </message>
    <message>
        <source>Save over another version?</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกทับฉบับอื่นหรือไม่</translation>
    </message>
    <message>
        <source>“{name}” was moved or deleted since you opened it.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>“{name}” ถูกย้ายหรือลบไปหลังจากที่คุณเปิด</translation>
    </message>
    <message>
        <source>Save it again where it was, or under a new name?</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกกลับไปที่เดิม หรือบันทึกด้วยชื่อใหม่</translation>
    </message>
    <message>
        <source>Save &amp;again there</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกที่เดิมอีกครั้ง(&amp;A)</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program since you opened or saved it.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>“{name}” ถูกแก้ไขโดยโปรแกรมอื่นหลังจากที่คุณเปิดหรือบันทึก</translation>
    </message>
    <message>
        <source>Overwriting replaces that version with yours; it is kept as “{backup}” until the next save. Saving a copy keeps both.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การเขียนทับจะแทนที่ฉบับนั้นด้วยฉบับของคุณ โดยเก็บฉบับนั้นไว้เป็น “{backup}” จนถึงการบันทึกครั้งถัดไป การบันทึกเป็นสำเนาจะเก็บไว้ทั้งสองฉบับ</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เขียนทับ(&amp;O)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกเป็นสำเนา…(&amp;C)</translation>
    </message>
    <message>
        <source>File with other names</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไฟล์ที่มีหลายชื่อ</translation>
    </message>
    <message>
        <source>“{name}” also has other names on this disk (hard links: {count}).</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>“{name}” มีชื่ออื่นบนดิสก์นี้ด้วย (ฮาร์ดลิงก์: {count})</translation>
    </message>
    <message>
        <source>Save in place to change the file under every name; a copy of the old version is kept as the backup first.

Save as a separate file to give this name a file of its own; the other names keep the old version.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกลงในไฟล์เดิมเพื่อให้ไฟล์เปลี่ยนในทุกชื่อ โดยจะเก็บสำเนาฉบับเก่าไว้เป็นไฟล์สำรองก่อน

บันทึกเป็นไฟล์แยกเพื่อให้ชื่อนี้มีไฟล์ของตัวเอง ส่วนชื่ออื่นจะยังเป็นฉบับเก่า</translation>
    </message>
    <message>
        <source>Save in &amp;place</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกลงในไฟล์เดิม(&amp;P)</translation>
    </message>
    <message>
        <source>Save as a &amp;separate file</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกเป็นไฟล์แยก(&amp;S)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>“{name}” was not saved. Your changes are still here.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยังไม่ได้บันทึก “{name}” การแก้ไขของคุณยังอยู่ครบ</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกเป็น…(&amp;A)</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไฟล์บนดิสก์ถูกแก้ไข</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program. Show the new version?</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>“{name}” ถูกแก้ไขโดยโปรแกรมอื่น แสดงฉบับใหม่หรือไม่</translation>
    </message>
    <message>
        <source>You have no unsaved changes here.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คุณไม่มีการแก้ไขที่ยังไม่ได้บันทึกในหน้าต่างนี้</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>โหลดใหม่(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep this version</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ใช้ฉบับนี้ต่อ(&amp;K)</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยกเลิกการเข้ารหัส</translation>
    </message>
    <message>
        <source>Save “{name}” without encryption?</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึก “{name}” โดยไม่เข้ารหัสหรือไม่</translation>
    </message>
    <message>
        <source>Anyone who gets this file, or a copy of it, will be able to read every note, source and name in it.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ใครก็ตามที่ได้ไฟล์นี้หรือสำเนาของไฟล์ จะอ่านบันทึก แหล่งที่มา และรายชื่อทั้งหมดในไฟล์ได้</translation>
    </message>
    <message>
        <source>&amp;Remove encryption</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยกเลิกการเข้ารหัส(&amp;R)</translation>
    </message>
    <message>
        <source>Full brief of an encrypted assessment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รายงานสรุปฉบับสมบูรณ์ของการประเมินที่เข้ารหัส</translation>
    </message>
    <message>
        <source>“{name}” is encrypted, but the PDF will not be.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>“{name}” ถูกเข้ารหัส แต่ไฟล์ PDF จะไม่ถูกเข้ารหัส</translation>
    </message>
    <message>
        <source>The full brief shows everything marked confidential: notes, sources and witnesses. Anyone who gets the PDF can read it, and it cannot be taken back. Save the public brief unless this copy stays inside your team.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รายงานสรุปฉบับสมบูรณ์แสดงทุกอย่างที่ทำเครื่องหมายว่าลับ ทั้งบันทึก แหล่งที่มา และพยาน ใครก็ตามที่ได้ PDF จะอ่านได้ และเรียกคืนไม่ได้ โปรดบันทึกฉบับเผยแพร่สาธารณะ เว้นแต่สำเนานี้จะอยู่ภายในทีมของคุณเท่านั้น</translation>
    </message>
    <message>
        <source>Save the &amp;full PDF</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึก PDF ฉบับสมบูรณ์(&amp;F)</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance and sources</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำแนะนำและแหล่งอ้างอิง</translation>
    </message>
    <message>
        <source>Show guidance and sources</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แสดงคำแนะนำและแหล่งอ้างอิง</translation>
    </message>
    <message>
        <source>Evidence to look for</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หลักฐานที่ควรหา</translation>
    </message>
    <message>
        <source>Standards</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>มาตรฐาน</translation>
    </message>
</context>
<context>
    <name>IdChecklist</name>
    <message>
        <source>{id} (not defined in this rubric)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>{id} (ไม่ได้กำหนดไว้ในแบบประเมินนี้)</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Dismiss</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ปิดข้อความนี้</translation>
    </message>
</context>
<context>
    <name>IssueList</name>
    <message>
        <source>Problems</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ปัญหาที่พบ</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), {warnings}: the rubric cannot be used until the errors are fixed.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>
            <numerusform>ข้อผิดพลาด %n รายการ {warnings}: ใช้แบบประเมินนี้ไม่ได้จนกว่าจะแก้ข้อผิดพลาด</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>
            <numerusform>คำเตือน %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid, with %n warning(s).</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>
            <numerusform>ใช้ได้ มีคำเตือน %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found: the rubric is valid.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่พบปัญหา: แบบประเมินนี้ใช้ได้</translation>
    </message>
</context>
<context>
    <name>ItemActions</name>
    <message>
        <source>Add &amp;section</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เพิ่มหมวด(&amp;S)</translation>
    </message>
    <message>
        <source>Add &amp;criterion</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เพิ่มเกณฑ์(&amp;C)</translation>
    </message>
    <message>
        <source>Add red &amp;flag</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เพิ่มสัญญาณอันตราย(&amp;F)</translation>
    </message>
    <message>
        <source>Add re&amp;ference</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เพิ่มเอกสารอ้างอิง(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบ(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เลื่อนขึ้น(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เลื่อนลง(&amp;D)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หมวด</translation>
    </message>
    <message>
        <source>Each section is a right, or a group of rights, with its criteria. Reorder sections and criteria by dragging them in the tree, or with Alt+Up and Alt+Down.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แต่ละหมวดคือสิทธิหนึ่งหรือกลุ่มของสิทธิ พร้อมเกณฑ์ของหมวดนั้น จัดลำดับหมวดและเกณฑ์ใหม่ได้โดยลากในแผนผัง หรือกด Alt+ลูกศรขึ้น และ Alt+ลูกศรลง</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สัญญาณอันตราย</translation>
    </message>
    <message>
        <source>Lines that must not be crossed. A criterion lists the red flags an assessor can tick on it.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เส้นที่ต้องไม่ข้าม เกณฑ์แต่ละข้อระบุสัญญาณอันตรายที่ผู้ประเมินทำเครื่องหมายได้</translation>
    </message>
    <message>
        <source>References</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เอกสารอ้างอิง</translation>
    </message>
    <message>
        <source>The sources criteria cite, by key: laws, treaties, reports, court decisions.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แหล่งที่เกณฑ์อ้างถึงด้วยคีย์: กฎหมาย สนธิสัญญา รายงาน คำพิพากษา</translation>
    </message>
    <message>
        <source>Add a section</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เพิ่มหมวด</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เพิ่มเกณฑ์</translation>
    </message>
    <message>
        <source>Add a red flag</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เพิ่มสัญญาณอันตราย</translation>
    </message>
    <message>
        <source>Add a reference</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เพิ่มเอกสารอ้างอิง</translation>
    </message>
    <message>
        <source>Remove a section</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบหมวด</translation>
    </message>
    <message>
        <source>Remove a criterion</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบเกณฑ์</translation>
    </message>
    <message>
        <source>Remove a red flag</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบสัญญาณอันตราย</translation>
    </message>
    <message>
        <source>Remove a reference</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบเอกสารอ้างอิง</translation>
    </message>
    <message>
        <source>Move up</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move down</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เลื่อนลง</translation>
    </message>
</context>
<context>
    <name>LanguageHeader</name>
    <message>
        <source>English</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Thai · ไทย</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษาไทย</translation>
    </message>
</context>
<context>
    <name>LanguageMenus</name>
    <message>
        <source>&amp;Interface language</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษาของหน้าจอ(&amp;I)</translation>
    </message>
    <message>
        <source>Language of your &amp;answers</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษาของคำตอบของคุณ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;System language ({language})</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษาของระบบ ({language})(&amp;S)</translation>
    </message>
    <message>
        <source>Menus, buttons and messages; it changes at once, without a restart</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เมนู ปุ่ม และข้อความ เปลี่ยนทันทีโดยไม่ต้องเริ่มแอปใหม่</translation>
    </message>
    <message>
        <source>Write in {language}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เขียนเป็น{language}</translation>
    </message>
    <message>
        <source>S&amp;witch the language of your answers</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สลับภาษาของคำตอบของคุณ(&amp;W)</translation>
    </message>
    <message>
        <source>Answers in {language}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำตอบเป็น{language}</translation>
    </message>
    <message>
        <source>Language of your answers: {language}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษาของคำตอบของคุณ: {language}</translation>
    </message>
    <message>
        <source>Your notes, reasons, evidence, measures and facts are written in {language}; the other language&apos;s version is shown beneath each field. Click or press {keys} to switch.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึก เหตุผล หลักฐาน มาตรการ และข้อเท็จจริงของคุณเขียนเป็น{language} ฉบับอีกภาษาหนึ่งแสดงอยู่ใต้แต่ละช่อง คลิกหรือกด {keys} เพื่อสลับภาษา</translation>
    </message>
</context>
<context>
    <name>LevelsTable</name>
    <message>
        <source>Add a level</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เพิ่มระดับ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Move up</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move down</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>Id</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>English</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Thai</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษาไทย</translation>
    </message>
    <message>
        <source>Up to</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่เกิน</translation>
    </message>
    <message>
        <source>Colour</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สี</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No recovery copy could be written: {error}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เขียนสำเนากู้คืนไม่ได้: {error}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สรุปผล</translation>
    </message>
    <message>
        <source>Windows that were already open may keep their previous language until opened again.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หน้าต่างอื่นที่เปิดอยู่ก่อนแล้วอาจยังแสดงภาษาเดิมจนกว่าจะเปิดใหม่</translation>
    </message>
    <message>
        <source>&amp;New from rubric…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สร้างใหม่จากแบบประเมิน…(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิด…(&amp;O)</translation>
    </message>
    <message>
        <source>Open s&amp;ample</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิดตัวอย่าง(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกเป็น…(&amp;A)</translation>
    </message>
    <message>
        <source>Save &amp;encrypted…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกแบบเข้ารหัส…(&amp;E)</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปลี่ยนรหัสผ่าน…(&amp;H)</translation>
    </message>
    <message>
        <source>Remove encr&amp;yption…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยกเลิกการเข้ารหัส…(&amp;Y)</translation>
    </message>
    <message>
        <source>Re&amp;vert to previous version</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ย้อนกลับไปฉบับก่อนหน้า(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ปิด(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ออกจากแอป(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find criterion</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ค้นหาเกณฑ์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกี่ยวกับแอป(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษาอังกฤษ(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Thai (ไทย)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษาไทย(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิดไฟล์ล่าสุด(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำตอบ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไปที่(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>Rubric &amp;text language</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษาของข้อความในแบบประเมิน(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;ubrics</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แบบประเมิน(&amp;U)</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>{name} (อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แผนการดำเนินการ</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ส่งออก…(&amp;E)</translation>
    </message>
    <message>
        <source>Export evidence &amp;bundle…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ส่งออกชุดหลักฐาน(&amp;B)…</translation>
    </message>
    <message>
        <source>Checking evidence %p%</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>กำลังตรวจหลักฐาน %p%</translation>
    </message>
    <message>
        <source>The evidence files could not be checked: {error}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่สามารถตรวจไฟล์หลักฐานได้: {error}</translation>
    </message>
    <message>
        <source>⚠ {id}, evidence {item}: “{name}” is {state}.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>⚠ {id} หลักฐาน {item}: “{name}” {state}</translation>
    </message>
    <message>
        <source>Attached files that no longer hold:</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไฟล์แนบที่ไม่ตรงกับตอนแนบแล้ว:</translation>
    </message>
    <message>
        <source>Attached files missing or altered: {count}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไฟล์แนบที่หายไปหรือถูกเปลี่ยนแปลง: {count}</translation>
    </message>
    <message>
        <source>missing</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หายไป</translation>
    </message>
    <message>
        <source>altered</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>อ่านไม่ได้</translation>
    </message>
</context>
<context>
    <name>MatrixField</name>
    <message>
        <source>Use a custom matrix (otherwise the default shown)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ใช้เมทริกซ์ที่กำหนดเอง (ถ้าไม่เลือก จะใช้ค่าเริ่มต้นที่แสดงอยู่)</translation>
    </message>
    <message>
        <source>Use a custom matrix</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ใช้เมทริกซ์ที่กำหนดเอง</translation>
    </message>
    <message>
        <source>Severity {n}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความรุนแรง {n}</translation>
    </message>
    <message>
        <source>Likelihood {n}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>โอกาสเกิด {n}</translation>
    </message>
    <message>
        <source>Rating at likelihood {l}, severity {s}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ระดับที่โอกาสเกิด {l} ความรุนแรง {s}</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <source>Rubric details</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รายละเอียดแบบประเมิน</translation>
    </message>
    <message>
        <source>What the rubric is, for whom, and in which languages. Keep the id once assessments use it.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แบบประเมินนี้คืออะไร สำหรับใคร และมีภาษาใดบ้าง เมื่อมีการประเมินที่ใช้แบบประเมินนี้แล้ว ไม่ควรเปลี่ยนรหัส</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รหัส(&amp;I)</translation>
    </message>
    <message>
        <source>Id</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and dashes</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตัวอักษรภาษาอังกฤษพิมพ์เล็ก ตัวเลข และขีด (-)</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รุ่น(&amp;V)</translation>
    </message>
    <message>
        <source>Version</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รุ่น</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ชื่อเรื่อง(&amp;T)</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำอธิบาย(&amp;D)</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Language codes, separated by commas; the first is the default</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รหัสภาษา คั่นด้วยจุลภาค ภาษาแรกเป็นภาษาหลัก</translation>
    </message>
    <message>
        <source>Translation &amp;note</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หมายเหตุการแปล(&amp;N)</translation>
    </message>
    <message>
        <source>Translation note</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หมายเหตุการแปล</translation>
    </message>
    <message>
        <source>&amp;Authors</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ผู้จัดทำ(&amp;A)</translation>
    </message>
    <message>
        <source>Authors</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ผู้จัดทำ</translation>
    </message>
</context>
<context>
    <name>MitigationEditor</name>
    <message>
        <source>State</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รัฐ</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ผู้จำหน่าย</translation>
    </message>
    <message>
        <source>Investors</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>นักลงทุน</translation>
    </message>
    <message>
        <source>All</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทุกฝ่าย</translation>
    </message>
    <message>
        <source>Planned</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>วางแผนไว้</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ดำเนินการแล้ว</translation>
    </message>
    <message>
        <source>Verified</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตรวจสอบแล้ว</translation>
    </message>
    <message>
        <source>Measure</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>มาตรการ</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลับ</translation>
    </message>
    <message>
        <source>Residual score</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คะแนนคงเหลือ</translation>
    </message>
    <message>
        <source>&amp;Residual score, once the measures are in place:</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คะแนนคงเหลือ เมื่อมาตรการมีผลแล้ว(&amp;R):</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยังไม่ได้ประเมิน</translation>
    </message>
    <message>
        <source>Mitigation measures</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>มาตรการบรรเทา</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เพิ่มมาตรการ</translation>
    </message>
    <message>
        <source>Remove measure</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบมาตรการ</translation>
    </message>
    <message>
        <source>Edit mitigation</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แก้ไขมาตรการบรรเทา</translation>
    </message>
    <message>
        <source>Add mitigation measure</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เพิ่มมาตรการบรรเทา</translation>
    </message>
    <message>
        <source>Remove mitigation measure</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบมาตรการบรรเทา</translation>
    </message>
    <message>
        <source>In progress</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Assessment pages</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หน้าของการประเมิน</translation>
    </message>
    <message>
        <source>Filter criteria</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>กรองเกณฑ์</translation>
    </message>
    <message>
        <source>Filter criteria by id, title or question</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>กรองเกณฑ์ตามรหัส ชื่อ หรือคำถาม</translation>
    </message>
    <message>
        <source>Ignores capitals and Thai tone marks: “เปน” finds “เป็น”, “ขอมูล” finds “ข้อมูล”.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่สนใจตัวพิมพ์ใหญ่-เล็กและวรรณยุกต์: พิมพ์ “เปน” ก็พบ “เป็น” พิมพ์ “ขอมูล” ก็พบ “ข้อมูล”</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกณฑ์(&amp;C)</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Criterion</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>{answered} of {total} answered</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตอบแล้ว {answered} จาก {total}</translation>
    </message>
    <message>
        <source>; merge conflict, choose a version</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>; มีข้อขัดแย้งจากการรวม โปรดเลือกฉบับ</translation>
    </message>
    <message>
        <source>; carried over from the previous assessment, check and confirm</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>; ยกมาจากการประเมินครั้งก่อน โปรดตรวจสอบและยืนยัน</translation>
    </message>
    <message>
        <source>; changed in the new rubric version, review the answer</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>; มีการเปลี่ยนแปลงในแบบประเมินรุ่นใหม่ โปรดทบทวนคำตอบ</translation>
    </message>
    <message>
        <source>n/a</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่เกี่ยว</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยังไม่ได้ตอบ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>scored {score}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ได้คะแนน {score}</translation>
    </message>
    <message>
        <source>, red flag raised</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>, พบสัญญาณอันตราย</translation>
    </message>
    <message>
        <source>; an attached file is missing or altered</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>; ไฟล์แนบหายไปหรือถูกเปลี่ยนแปลง</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <source>Save encrypted</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกแบบเข้ารหัส</translation>
    </message>
    <message>
        <source>Choose a new passphrase for “{name}”.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตั้งรหัสผ่านใหม่สำหรับ “{name}”</translation>
    </message>
    <message>
        <source>“{name}” will be encrypted with a passphrase of your choice.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>“{name}” จะถูกเข้ารหัสด้วยรหัสผ่านที่คุณเลือก</translation>
    </message>
    <message>
        <source>If you lose the passphrase, nobody can open the file: not you, not your colleagues, not the people who made this app. There is no reset. Keep it somewhere safe, such as your organisation&apos;s password manager.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หากรหัสผ่านสูญหาย จะไม่มีใครเปิดไฟล์ได้ ทั้งตัวคุณ เพื่อนร่วมงาน หรือผู้พัฒนาแอปนี้ และไม่มีวิธีตั้งรหัสใหม่ โปรดเก็บรหัสผ่านไว้ในที่ปลอดภัย เช่น โปรแกรมจัดการรหัสผ่านขององค์กร</translation>
    </message>
    <message>
        <source>Warning</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แสดงรหัสผ่าน(&amp;S)</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แสดงรหัสผ่าน</translation>
    </message>
    <message>
        <source>Passphrase check</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตรวจรหัสผ่าน</translation>
    </message>
    <message>
        <source>&amp;Encrypt and save</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เข้ารหัสและบันทึก(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>อีกครั้ง(&amp;A):</translation>
    </message>
    <message>
        <source>At least {count} characters. Several unrelated words are easy to remember.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>อย่างน้อย {count} ตัวอักษร การใช้หลายคำที่ไม่เกี่ยวข้องกันจะจำได้ง่าย</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รหัสผ่านทั้งสองไม่ตรงกัน</translation>
    </message>
    <message>
        <source>The passphrases match. A longer one is harder to guess.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รหัสผ่านตรงกัน รหัสผ่านที่ยาวขึ้นจะเดาได้ยากขึ้น</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รหัสผ่านตรงกัน</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview of the PDF brief</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตัวอย่างรายงานสรุป PDF</translation>
    </message>
    <message>
        <source>Scroll with the arrow and Page keys.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เลื่อนดูด้วยปุ่มลูกศรและปุ่ม Page</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ย่อ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ขยาย</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>พอดีความกว้าง</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>
            <numerusform>%n หน้า</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview cannot show this PDF ({error}).</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แสดงตัวอย่าง PDF นี้ไม่ได้ ({error})</translation>
    </message>
</context>
<context>
    <name>RecommendationText</name>
    <message>
        <source>Recommendation text</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ข้อความข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>อังกฤษ(&amp;E):</translation>
    </message>
    <message>
        <source>T&amp;hai:</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไทย(&amp;H):</translation>
    </message>
    <message>
        <source>Recommendation in English</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ข้อเสนอแนะภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Recommendation in Thai</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ข้อเสนอแนะภาษาไทย</translation>
    </message>
    <message>
        <source>Select one of your recommendations in the table to edit its text.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เลือกข้อเสนอแนะของคุณในตารางเพื่อแก้ไขข้อความ</translation>
    </message>
</context>
<context>
    <name>RecordDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เช่น 14/03/2568 หรือ 14 มี.ค. 2568</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Row {row}, {column}: {problem}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แถวที่ {row} ช่อง {column}: {problem}</translation>
    </message>
    <message>
        <source>yes</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>[not in {language}] {text}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>[ยังไม่มี{language}] {text}</translation>
    </message>
    <message>
        <source>Not yet written in {language}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยังไม่ได้เขียนเป็น{language}</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Recovered “{name}”. Save it to keep it.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>กู้คืน “{name}” แล้ว โปรดบันทึกเพื่อเก็บไว้</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>กู้คืนไม่ได้</translation>
    </message>
    <message>
        <source>That passphrase does not open the recovery copy. It is kept and offered again next time.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รหัสผ่านนี้เปิดสำเนากู้คืนไม่ได้ สำเนายังเก็บไว้และจะมีให้เลือกอีกครั้งในครั้งถัดไป</translation>
    </message>
    <message>
        <source>The recovery copy is damaged. It was kept as {path}.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สำเนากู้คืนเสียหาย เก็บไว้เป็น {path}</translation>
    </message>
</context>
<context>
    <name>RedFlagChoices</name>
    <message>
        <source>A red flag sets the highest level of concern, whatever the other answers.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สัญญาณอันตรายทำให้ผลเป็นระดับน่ากังวลสูงสุด ไม่ว่าคำตอบอื่นจะเป็นอย่างไร</translation>
    </message>
</context>
<context>
    <name>RedFlagForm</name>
    <message>
        <source>Red flag</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สัญญาณอันตราย</translation>
    </message>
    <message>
        <source>A line that must not be crossed. Ticked on a criterion that lists it, it sets the overall result to the red-flag level whatever every other answer says.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เส้นที่ต้องไม่ข้าม เมื่อทำเครื่องหมายในเกณฑ์ที่ระบุสัญญาณนี้ไว้ ผลโดยรวมจะเป็นระดับของสัญญาณอันตราย ไม่ว่าคำตอบอื่นจะเป็นอย่างไร</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รหัส(&amp;I)</translation>
    </message>
    <message>
        <source>Red flag id</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รหัสสัญญาณอันตราย</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ชื่อเรื่อง(&amp;T)</translation>
    </message>
    <message>
        <source>Red flag title</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ชื่อสัญญาณอันตราย</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำอธิบาย(&amp;D)</translation>
    </message>
    <message>
        <source>Red flag description</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำอธิบายสัญญาณอันตราย</translation>
    </message>
</context>
<context>
    <name>ReferenceForm</name>
    <message>
        <source>Reference</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เอกสารอ้างอิง</translation>
    </message>
    <message>
        <source>A source that criteria cite by its key.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แหล่งที่เกณฑ์อ้างถึงด้วยคีย์ของแหล่งนั้น</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คีย์(&amp;K)</translation>
    </message>
    <message>
        <source>Reference key</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คีย์ของเอกสารอ้างอิง</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ชื่อเรื่อง(&amp;T)</translation>
    </message>
    <message>
        <source>Reference title</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ชื่อเอกสารอ้างอิง</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หมายเหตุ(&amp;N)</translation>
    </message>
    <message>
        <source>Reference note</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หมายเหตุของเอกสารอ้างอิง</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ผู้ออกเอกสาร(&amp;I)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ผู้ออกเอกสาร</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ปี(&amp;Y)</translation>
    </message>
    <message>
        <source>Year</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ปี</translation>
    </message>
    <message>
        <source>&amp;Locator</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตำแหน่งในเอกสาร(&amp;L)</translation>
    </message>
    <message>
        <source>Locator</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตำแหน่งในเอกสาร</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลิงก์(&amp;L)</translation>
    </message>
    <message>
        <source>Link</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลิงก์</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Revie&amp;w</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การทบทวน(&amp;W)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความเห็น</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความเห็น(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ส่งให้ทบทวน(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>อนุมัติ…(&amp;A)</translation>
    </message>
    <message>
        <source>Back to &amp;draft</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>กลับเป็นฉบับร่าง(&amp;D)</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ชื่อของคุณ…(&amp;N)</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ส่งให้ทบทวน</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>กลับเป็นฉบับร่าง</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยังไม่ได้อนุมัติ</translation>
    </message>
    <message>
        <source>Approve</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>อนุมัติ</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>Draft</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <source>In review</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>กำลังทบทวน</translation>
    </message>
    <message>
        <source>Approved</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>Approved by {name} on {when}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>อนุมัติโดย {name} เมื่อ {when}</translation>
    </message>
    <message>
        <source>with comments open, because: {reason}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ขณะที่ยังมีความเห็นค้างอยู่ เพราะ: {reason}</translation>
    </message>
    <message>
        <source>Review status</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สถานะการทบทวน</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สถานะ: {status}</translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>
            <numerusform>ความเห็นที่ยังค้างอยู่ %n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskHeatMap</name>
    <message>
        <source>Sections in this cell</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หมวดในช่องนี้</translation>
    </message>
    <message>
        <source>Risk heat map: severity by likelihood</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แผนภาพความเสี่ยง: ความรุนแรงเทียบกับโอกาสเกิด</translation>
    </message>
    <message>
        <source>No section is rated yet.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยังไม่มีหมวดใดได้รับการจัดระดับ</translation>
    </message>
    <message>
        <source>{title}: severity {severity}, likelihood {likelihood}, rated {rating}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>{title}: ความรุนแรง {severity} โอกาสเกิด {likelihood} ระดับ {rating}</translation>
    </message>
    <message>
        <source>Severity →</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความรุนแรง →</translation>
    </message>
    <message>
        <source>Likelihood →</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>โอกาสเกิด →</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <source>Parts of the rubric</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ส่วนต่าง ๆ ของแบบประเมิน</translation>
    </message>
    <message>
        <source>Rubric notices</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ข้อความแจ้งเกี่ยวกับแบบประเมิน</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>The rubric could not be saved; the file is unchanged.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกแบบประเมินไม่ได้ ไฟล์ยังคงเดิม</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกแล้ว: {path}</translation>
    </message>
    <message>
        <source>The scoring changed since version {old}: scores may mean something else now.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การให้คะแนนเปลี่ยนไปจากรุ่น {old}: คะแนนอาจมีความหมายต่างไปจากเดิม</translation>
    </message>
    <message>
        <source>Criteria were added or removed since version {old}.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>มีการเพิ่มหรือลบเกณฑ์ตั้งแต่รุ่น {old}</translation>
    </message>
    <message>
        <source>Consider calling this version {new}.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ควรพิจารณาตั้งเป็นรุ่น {new}</translation>
    </message>
    <message>
        <source>Set version {new}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตั้งเป็นรุ่น {new}</translation>
    </message>
    <message>
        <source>Set the version to {version}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตั้งรุ่นเป็น {version}</translation>
    </message>
    <message>
        <source>Fix the errors listed below to try the rubric.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แก้ข้อผิดพลาดด้านล่างก่อนเพื่อทดลองใช้แบบประเมิน</translation>
    </message>
    <message>
        <source>The file changed on disk; you are editing your own version.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไฟล์บนดิสก์ถูกแก้ไข คุณกำลังแก้ไขฉบับของคุณเอง</translation>
    </message>
    <message>
        <source>The file changed on disk and cannot be read as a rubric; it is shown as it was before.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไฟล์บนดิสก์ถูกแก้ไขและอ่านเป็นแบบประเมินไม่ได้ จึงแสดงตามที่เป็นก่อนหน้านี้</translation>
    </message>
    <message>
        <source>The file changed on disk and was reloaded.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไฟล์บนดิสก์ถูกแก้ไขและโหลดใหม่แล้ว</translation>
    </message>
    <message>
        <source>Untitled rubric</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แบบประเมินที่ยังไม่มีชื่อ</translation>
    </message>
    <message>
        <source>{name}[*] — Rubric editor</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>{name}[*] — ตัวแก้ไขแบบประเมิน</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทดลองใช้(&amp;T)</translation>
    </message>
    <message>
        <source>Start a scratch assessment with this rubric in the main window</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เริ่มการประเมินทดลองด้วยแบบประเมินนี้ในหน้าต่างหลัก</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ปิด(&amp;C)</translation>
    </message>
    <message>
        <source>Rubric editor</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตัวแก้ไขแบบประเมิน</translation>
    </message>
    <message>
        <source>&amp;Rubric</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แบบประเมิน(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
</context>
<context>
    <name>RubricLibraryModel</name>
    <message>
        <source>Title</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Id</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Version</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รุ่น</translation>
    </message>
    <message>
        <source>Origin</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ที่มา</translation>
    </message>
    <message>
        <source>Languages</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>bundled (read-only)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>มากับแอป (อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <source>yours</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ของคุณ</translation>
    </message>
    <message>
        <source>Invalid: {error}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ใช้ไม่ได้: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Valid, %n warning(s)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>
            <numerusform>ใช้ได้ คำเตือน %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ใช้ได้</translation>
    </message>
</context>
<context>
    <name>RubricListModel</name>
    <message>
        <source>English</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>อังกฤษ</translation>
    </message>
    <message>
        <source>Thai (ไทย)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไทย</translation>
    </message>
    <message>
        <source>Cannot be used: {error}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ใช้ไม่ได้: {error}</translation>
    </message>
    <message>
        <source>version {version}  ·  {count} criteria  ·  {languages}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รุ่น {version}  ·  {count} เกณฑ์  ·  {languages}</translation>
    </message>
    <message>
        <source>  ·  your rubric</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>  ·  แบบประเมินของคุณ</translation>
    </message>
</context>
<context>
    <name>RubricManager</name>
    <message>
        <source>Rubric library</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คลังแบบประเมิน</translation>
    </message>
    <message>
        <source>Rubrics in the library</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แบบประเมินในคลัง</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>นำเข้า…(&amp;I)</translation>
    </message>
    <message>
        <source>Import a rubric file</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>นำเข้าไฟล์แบบประเมิน</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ส่งออก…(&amp;X)</translation>
    </message>
    <message>
        <source>Export the rubric</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ส่งออกแบบประเมิน</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทำสำเนา…(&amp;U)</translation>
    </message>
    <message>
        <source>Duplicate the rubric to adapt it</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทำสำเนาแบบประเมินเพื่อนำไปปรับแก้</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <source>Edit the rubric</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แก้ไขแบบประเมิน</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the rubric</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบแบบประเมิน</translation>
    </message>
    <message>
        <source>&amp;Start assessment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เริ่มการประเมิน(&amp;S)</translation>
    </message>
    <message>
        <source>Start an assessment with the rubric</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เริ่มการประเมินด้วยแบบประเมินนี้</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิดโฟลเดอร์(&amp;F)</translation>
    </message>
    <message>
        <source>Open your rubric folder in the file manager</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิดโฟลเดอร์แบบประเมินของคุณในโปรแกรมจัดการไฟล์</translation>
    </message>
    <message>
        <source>&amp;Open in editor</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิดในตัวแก้ไข(&amp;O)</translation>
    </message>
    <message>
        <source>Open the rubric in the editor at this field</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิดแบบประเมินในตัวแก้ไขที่ช่องนี้</translation>
    </message>
    <message>
        <source>Import &amp;anyway, to fix it in the editor</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>นำเข้าต่อไป เพื่อแก้ไขในตัวแก้ไข(&amp;A)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ปัญหาที่พบ</translation>
    </message>
    <message>
        <source>Problems in {name}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ปัญหาใน {name}</translation>
    </message>
    <message>
        <source>{name} was not imported: it is not a valid rubric</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ได้นำเข้า {name}: ไม่ใช่แบบประเมินที่ใช้ได้</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ได้นำเข้า</translation>
    </message>
    <message>
        <source>Rubrics (*.yaml *.yml)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แบบประเมิน (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ได้ส่งออก</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ส่งออกไปที่ {path} แล้ว</translation>
    </message>
    <message>
        <source>Not duplicated</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ได้ทำสำเนา</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ได้ลบ</translation>
    </message>
    <message>
        <source>Rubrics that come with the app are read-only: duplicate one to adapt it to your country, your law and your campaign. Your own rubrics live in {folder}.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แบบประเมินที่มากับแอปเป็นแบบอ่านอย่างเดียว: ทำสำเนาเพื่อปรับให้เข้ากับประเทศ กฎหมาย และการรณรงค์ของคุณ แบบประเมินของคุณเองเก็บอยู่ที่ {folder}</translation>
    </message>
</context>
<context>
    <name>RubricQuestions</name>
    <message>
        <source>Rubrics (*.yaml *.yml)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แบบประเมิน (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import a rubric</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>นำเข้าแบบประเมิน</translation>
    </message>
    <message>
        <source>Delete rubric</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบแบบประเมิน</translation>
    </message>
    <message>
        <source>Delete the rubric “{name}” from your library?</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบแบบประเมิน “{name}” ออกจากคลังของคุณหรือไม่</translation>
    </message>
    <message>
        <source>The file is deleted. Assessments made with it keep their own copy of the rubric.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไฟล์จะถูกลบ การประเมินที่ใช้แบบประเมินนี้ยังมีสำเนาของแบบประเมินเก็บไว้ในตัว</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Replace rubric</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แทนที่แบบประเมิน</translation>
    </message>
    <message>
        <source>Your library already has a file named “{name}”. Replace it?</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คลังของคุณมีไฟล์ชื่อ “{name}” อยู่แล้ว แทนที่หรือไม่</translation>
    </message>
    <message>
        <source>The file in your library is overwritten with the imported one.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไฟล์ในคลังของคุณจะถูกเขียนทับด้วยไฟล์ที่นำเข้า</translation>
    </message>
    <message>
        <source>Replace</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แทนที่</translation>
    </message>
    <message>
        <source>Save a rubric with errors</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกแบบประเมินที่มีข้อผิดพลาด</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has %n error(s). Save it anyway?</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>
            <numerusform>“{name}” มีข้อผิดพลาด %n รายการ ต้องการบันทึกต่อหรือไม่</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is saved as it is, so you can come back to it. Until the errors are fixed the rubric is listed as invalid and no assessment can be started with it.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไฟล์จะถูกบันทึกตามที่เป็นอยู่ เพื่อให้คุณกลับมาแก้ไขได้ จนกว่าจะแก้ข้อผิดพลาด แบบประเมินนี้จะแสดงว่าใช้ไม่ได้ และเริ่มการประเมินด้วยแบบประเมินนี้ไม่ได้</translation>
    </message>
    <message>
        <source>Save with errors</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกทั้งที่มีข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Rubric changed on disk</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แบบประเมินบนดิสก์ถูกแก้ไข</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program, and you have unsaved edits here.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>“{name}” ถูกแก้ไขโดยโปรแกรมอื่น และคุณมีการแก้ไขที่ยังไม่ได้บันทึกในหน้าต่างนี้</translation>
    </message>
    <message>
        <source>Reload to see the other version (your edits here are lost), or keep editing yours.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>โหลดใหม่เพื่อดูอีกฉบับหนึ่ง (การแก้ไขของคุณที่นี่จะหายไป) หรือแก้ไขฉบับของคุณต่อไป</translation>
    </message>
    <message>
        <source>Reload and lose my edits</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>โหลดใหม่และทิ้งการแก้ไขของฉัน</translation>
    </message>
</context>
<context>
    <name>RubricTools</name>
    <message>
        <source>&amp;Archived answers</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำตอบที่เก็บถาวร(&amp;A)</translation>
    </message>
    <message>
        <source>R&amp;ubrics</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แบบประเมิน(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Manage rubrics…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>จัดการแบบประเมิน…(&amp;M)</translation>
    </message>
    <message>
        <source>Import, export, duplicate, edit and delete rubrics</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>นำเข้า ส่งออก ทำสำเนา แก้ไข และลบแบบประเมิน</translation>
    </message>
    <message>
        <source>Cannot edit the rubric</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แก้ไขแบบประเมินไม่ได้</translation>
    </message>
    <message>
        <source>“{name}” is not YAML the editor can show. Fix these problems in a text editor first:</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>“{name}” ไม่ใช่ YAML ที่ตัวแก้ไขแสดงได้ โปรดแก้ปัญหาต่อไปนี้ในโปรแกรมแก้ไขข้อความก่อน:</translation>
    </message>
</context>
<context>
    <name>RubricTreeModel</name>
    <message numerus="yes">
        <source>{item}: %n problem(s)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>
            <numerusform>{item}: ปัญหา %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Rubric details</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รายละเอียดแบบประเมิน</translation>
    </message>
    <message>
        <source>Scoring: {method}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การให้คะแนน: {method}</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การให้คะแนน</translation>
    </message>
    <message>
        <source>Sections</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หมวด</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สัญญาณอันตราย</translation>
    </message>
    <message>
        <source>References</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เอกสารอ้างอิง</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>(ไม่มีรหัส)</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>(ยังไม่มีชื่อ)</translation>
    </message>
    <message>
        <source>Move by dragging</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลากเพื่อย้าย</translation>
    </message>
</context>
<context>
    <name>SavePlaces</name>
    <message>
        <source>{name} (copy)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>{name} (สำเนา)</translation>
    </message>
    <message>
        <source>Saved {path} (the file {real}, reached through a link)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกแล้ว: {path} (คือไฟล์ {real} ที่เปิดผ่านลิงก์)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกแล้ว: {path}</translation>
    </message>
</context>
<context>
    <name>ScaleTable</name>
    <message>
        <source>Add a score</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เพิ่มคะแนน</translation>
    </message>
    <message>
        <source>Remove the top score</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบคะแนนสูงสุด</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>English</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Thai</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษาไทย</translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <source>Scoring</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การให้คะแนน</translation>
    </message>
    <message>
        <source>How answers become a result. Scores measure the gap in safeguards: higher means more concern. Parameters left at Default are not written to the file.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำตอบกลายเป็นผลการประเมินอย่างไร คะแนนวัดช่องว่างของมาตรการคุ้มครอง คะแนนยิ่งสูงยิ่งน่ากังวล ค่าที่ปล่อยไว้เป็นค่าเริ่มต้นจะไม่ถูกเขียนลงไฟล์</translation>
    </message>
    <message>
        <source>Method</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>วิธีให้คะแนน</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>วิธีให้คะแนน(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>มาตราส่วน(&amp;S)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>มาตราส่วน</translation>
    </message>
    <message>
        <source>&amp;Levels</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ระดับ(&amp;L)</translation>
    </message>
    <message>
        <source>Result levels</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ระดับของผลการประเมิน</translation>
    </message>
    <message>
        <source>Band basis</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ฐานของช่วงระดับ</translation>
    </message>
    <message>
        <source>Default (percent)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ค่าเริ่มต้น (ร้อยละ)</translation>
    </message>
    <message>
        <source>percent of the maximum</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ร้อยละของคะแนนสูงสุด</translation>
    </message>
    <message>
        <source>points</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>&amp;Bands on</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ช่วงระดับคิดจาก(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Unknown counts as</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ทราบนับเป็น(&amp;U)</translation>
    </message>
    <message>
        <source>Unknown counts as</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ทราบนับเป็น</translation>
    </message>
    <message>
        <source>Default</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>&amp;Recommend at</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เสนอข้อเสนอแนะเมื่อถึง(&amp;R)</translation>
    </message>
    <message>
        <source>Recommend at</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เสนอข้อเสนอแนะเมื่อถึง</translation>
    </message>
    <message>
        <source>Red flag level</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ระดับของสัญญาณอันตราย</translation>
    </message>
    <message>
        <source>Default (the top level)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ค่าเริ่มต้น (ระดับสูงสุด)</translation>
    </message>
    <message>
        <source>Red &amp;flag level</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ระดับของสัญญาณอันตราย(&amp;F)</translation>
    </message>
    <message>
        <source>Mitigation credited</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>มาตรการบรรเทาที่นับให้</translation>
    </message>
    <message>
        <source>&amp;Credit measures</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>นับมาตรการที่(&amp;C)</translation>
    </message>
    <message>
        <source>Likelihood &amp;factor</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตัวคูณโอกาสเกิด(&amp;F)</translation>
    </message>
    <message>
        <source>Likelihood factor</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตัวคูณโอกาสเกิด</translation>
    </message>
    <message>
        <source>Default (0.75)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ค่าเริ่มต้น (0.75)</translation>
    </message>
    <message>
        <source>Unknown se&amp;verity</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความรุนแรงที่ไม่ทราบ(&amp;V)</translation>
    </message>
    <message>
        <source>Unknown severity counts as</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความรุนแรงที่ไม่ทราบนับเป็น</translation>
    </message>
    <message>
        <source>Default (3)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ค่าเริ่มต้น (3)</translation>
    </message>
    <message>
        <source>Critical section floor</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ระดับขั้นต่ำเมื่อมีหมวดวิกฤต</translation>
    </message>
    <message>
        <source>Default (the second-highest level)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ค่าเริ่มต้น (ระดับรองจากสูงสุด)</translation>
    </message>
    <message>
        <source>Critical section fl&amp;oor</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ระดับขั้นต่ำเมื่อมีหมวดวิกฤต(&amp;O)</translation>
    </message>
    <message>
        <source>Mitigation ste&amp;ps</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>จำนวนขั้นที่มาตรการบรรเทาลดได้(&amp;P)</translation>
    </message>
    <message>
        <source>Mitigation steps</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>จำนวนขั้นที่มาตรการบรรเทาลดได้</translation>
    </message>
    <message>
        <source>Default (1)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ค่าเริ่มต้น (1)</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เมทริกซ์</translation>
    </message>
    <message>
        <source>Matri&amp;x</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เมทริกซ์(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Gateway fails at</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เงื่อนไขเบื้องต้นไม่ผ่านเมื่อถึง(&amp;G)</translation>
    </message>
    <message>
        <source>Gateway fails at</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เงื่อนไขเบื้องต้นไม่ผ่านเมื่อถึง</translation>
    </message>
    <message>
        <source>Default (top score)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ค่าเริ่มต้น (คะแนนสูงสุด)</translation>
    </message>
    <message>
        <source>Unknown gatewa&amp;y</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เงื่อนไขเบื้องต้นที่ไม่ทราบ(&amp;Y)</translation>
    </message>
    <message>
        <source>Unknown gateway fails</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เงื่อนไขเบื้องต้นที่ไม่ทราบถือว่าไม่ผ่าน</translation>
    </message>
    <message>
        <source>An unknown gateway counts as failed</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เงื่อนไขเบื้องต้นที่ไม่ทราบนับว่าไม่ผ่าน</translation>
    </message>
    <message>
        <source>Mitigation &amp;threshold</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกณฑ์ขั้นต่ำของมาตรการบรรเทา(&amp;T)</translation>
    </message>
    <message>
        <source>Mitigation threshold</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกณฑ์ขั้นต่ำของมาตรการบรรเทา</translation>
    </message>
    <message>
        <source>Default (80 %)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ค่าเริ่มต้น (80 %)</translation>
    </message>
    <message>
        <source>Mitigation f&amp;actor</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตัวคูณของมาตรการบรรเทา(&amp;A)</translation>
    </message>
    <message>
        <source>Mitigation factor</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตัวคูณของมาตรการบรรเทา</translation>
    </message>
    <message>
        <source>Default (0.85)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ค่าเริ่มต้น (0.85)</translation>
    </message>
    <message>
        <source>Change the scoring method to {method}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปลี่ยนวิธีให้คะแนนเป็น {method}</translation>
    </message>
    <message>
        <source>Change the method</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปลี่ยนวิธีให้คะแนน</translation>
    </message>
    <message>
        <source>Remove {key}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบ {key}</translation>
    </message>
</context>
<context>
    <name>SectionBarChart</name>
    <message>
        <source>Sections by rating, worst first</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หมวดตามระดับ เรียงจากแย่ที่สุด</translation>
    </message>
    <message>
        <source>No sections.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่มีหมวด</translation>
    </message>
    <message>
        <source>{title}: not rated (nothing applicable)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>{title}: ยังไม่ได้จัดระดับ (ไม่มีเกณฑ์ที่เกี่ยวข้อง)</translation>
    </message>
    <message>
        <source>{title}: {rating}, {percent}% of the maximum score</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>{title}: {rating} ได้ {percent}% ของคะแนนสูงสุด</translation>
    </message>
    <message>
        <source>not rated</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยังไม่ได้จัดระดับ</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <source>Section</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หมวด</translation>
    </message>
    <message>
        <source>A right, or a group of rights, and its criteria.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สิทธิหนึ่งหรือกลุ่มของสิทธิ พร้อมเกณฑ์</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รหัส(&amp;I)</translation>
    </message>
    <message>
        <source>Section id</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รหัสหมวด</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ชื่อเรื่อง(&amp;T)</translation>
    </message>
    <message>
        <source>Section title</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ชื่อหมวด</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำอธิบาย(&amp;D)</translation>
    </message>
    <message>
        <source>Section description</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คำอธิบายหมวด</translation>
    </message>
    <message>
        <source>The right at stake and why it matters</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สิทธิที่ได้รับผลกระทบ และเหตุใดจึงสำคัญ</translation>
    </message>
</context>
<context>
    <name>SectionSeverityPanel</name>
    <message>
        <source>Scale</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Scope</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ขอบเขต</translation>
    </message>
    <message>
        <source>Irremediability</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความยากต่อการเยียวยา</translation>
    </message>
    <message>
        <source>How grave the harm to the right is: 1 minor inconvenience, 4 the essence of the right is lost (for example a person is detained or silenced).</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความเสียหายต่อสิทธิร้ายแรงเพียงใด: 1 เพียงความไม่สะดวกเล็กน้อย 4 สาระสำคัญของสิทธิสูญสิ้นไป (เช่น บุคคลถูกควบคุมตัวหรือถูกปิดปาก)</translation>
    </message>
    <message>
        <source>How many people are affected: 1 a few individuals, 4 a whole population or every passer-by.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>มีผู้ได้รับผลกระทบมากเพียงใด: 1 บุคคลไม่กี่คน 4 ประชากรทั้งหมดหรือทุกคนที่ผ่านไปมา</translation>
    </message>
    <message>
        <source>How hard it is to put right: 1 easily reversed, 4 cannot be undone (for example biometric data that has leaked).</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แก้ไขให้กลับคืนได้ยากเพียงใด: 1 แก้คืนได้ง่าย 4 แก้คืนไม่ได้ (เช่น ข้อมูลชีวภาพที่รั่วไหลไปแล้ว)</translation>
    </message>
    <message>
        <source>{dimension} of {section}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>{dimension}ของ{section}</translation>
    </message>
    <message>
        <source>Section</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หมวด</translation>
    </message>
    <message>
        <source>Not judged (counts as {value})</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยังไม่ได้ประเมิน (นับเป็น {value})</translation>
    </message>
    <message>
        <source>Set {dimension} of {section}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>กำหนด{dimension}ของ{section}</translation>
    </message>
</context>
<context>
    <name>SectionTableModel</name>
    <message>
        <source>Section</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หมวด</translation>
    </message>
    <message>
        <source>Rating</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ระดับ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>โอกาสเกิด</translation>
    </message>
    <message>
        <source>Score</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>not rated</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยังไม่ได้จัดระดับ</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Rubrics</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แบบประเมิน</translation>
    </message>
    <message>
        <source>&amp;Start assessment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เริ่มการประเมิน(&amp;S)</translation>
    </message>
    <message>
        <source>Start an assessment with the selected rubric</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เริ่มการประเมินด้วยแบบประเมินที่เลือก</translation>
    </message>
    <message>
        <source>Manage rubrics: import, duplicate, edit</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>จัดการแบบประเมิน: นำเข้า ทำสำเนา แก้ไข</translation>
    </message>
    <message>
        <source>&amp;Open an assessment…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิดการประเมิน…(&amp;O)</translation>
    </message>
    <message>
        <source>Open an assessment file</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิดไฟล์การประเมิน</translation>
    </message>
    <message>
        <source>Manage ru&amp;brics…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>จัดการแบบประเมิน…(&amp;B)</translation>
    </message>
    <message>
        <source>Open the sa&amp;mple assessment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิดการประเมินตัวอย่าง(&amp;M)</translation>
    </message>
    <message>
        <source>Open the sample assessment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิดการประเมินตัวอย่าง</translation>
    </message>
    <message>
        <source>A worked example to explore; saving asks for a new file name</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตัวอย่างการประเมินที่ทำเสร็จแล้วให้ลองสำรวจ เมื่อบันทึกจะถามชื่อไฟล์ใหม่</translation>
    </message>
    <message>
        <source>Recent assessments</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การประเมินล่าสุด</translation>
    </message>
    <message>
        <source>Assessments you open or save will be listed here.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การประเมินที่คุณเปิดหรือบันทึกจะแสดงที่นี่</translation>
    </message>
    <message>
        <source>Human-rights impact assessment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การประเมินผลกระทบด้านสิทธิมนุษยชน</translation>
    </message>
    <message>
        <source>Assess what a surveillance deployment does to people&apos;s rights, one criterion at a time, and export a brief you can share. Everything stays on this computer.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ประเมินว่าการใช้ระบบเฝ้าระวังส่งผลต่อสิทธิของผู้คนอย่างไร ทีละเกณฑ์ แล้วส่งออกรายงานสรุปที่นำไปเผยแพร่ได้ ข้อมูลทั้งหมดอยู่ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>Start a &amp;new assessment</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เริ่มการประเมินใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>Choose the rubric to assess against.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เลือกแบบประเมินที่จะใช้</translation>
    </message>
    <message>
        <source>Continue</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทำงานต่อ</translation>
    </message>
    <message>
        <source>&amp;Recent assessments</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การประเมินล่าสุด(&amp;R)</translation>
    </message>
    <message>
        <source>Start page</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หน้าเริ่มต้น</translation>
    </message>
    <message>
        <source>No rubric found. Put rubric files (.yaml) in {folder}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่พบแบบประเมิน ให้นำไฟล์แบบประเมิน (.yaml) ไปไว้ที่ {folder}</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>(ไม่พบไฟล์)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สรุปผล</translation>
    </message>
    <message>
        <source>Overall level</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ระดับโดยรวม</translation>
    </message>
    <message>
        <source>&amp;Inherent risk</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความเสี่ยงก่อนมาตรการบรรเทา(&amp;I)</translation>
    </message>
    <message>
        <source>The risk as the system is, before any mitigation</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความเสี่ยงของระบบตามสภาพที่เป็นอยู่ ก่อนมีมาตรการบรรเทาใด ๆ</translation>
    </message>
    <message>
        <source>&amp;Residual risk (after mitigation)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความเสี่ยงคงเหลือ (หลังมาตรการบรรเทา)(&amp;R)</translation>
    </message>
    <message>
        <source>The risk once mitigation that is implemented or verified is credited; red flags are never cleared</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความเสี่ยงเมื่อนับมาตรการบรรเทาที่ดำเนินการแล้วหรือตรวจสอบแล้ว สัญญาณอันตรายจะไม่ถูกลบล้าง</translation>
    </message>
    <message>
        <source>Why this level</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เหตุผลของระดับนี้</translation>
    </message>
    <message>
        <source>Where the risk lies</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความเสี่ยงอยู่ที่ใด</translation>
    </message>
    <message>
        <source>Each section by severity and likelihood; the cell&apos;s colour is the rating they give. Click a section to open it.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แต่ละหมวดตามความรุนแรงและโอกาสเกิด สีของช่องคือระดับที่ได้ คลิกที่หมวดเพื่อเปิดดู</translation>
    </message>
    <message>
        <source>Sections, worst first: share of the highest possible score, coloured by rating.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หมวดเรียงจากแย่ที่สุด: สัดส่วนของคะแนนสูงสุดที่เป็นไปได้ แสดงสีตามระดับ</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หมวด(&amp;S)</translation>
    </message>
    <message>
        <source>Severity judgements</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การประเมินความรุนแรง</translation>
    </message>
    <message>
        <source>Se&amp;verity judgements</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>การประเมินความรุนแรง(&amp;V)</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความครบถ้วน</translation>
    </message>
    <message>
        <source>What this level means</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ระดับนี้หมายความว่าอย่างไร</translation>
    </message>
    <message>
        <source>What sets this level</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สิ่งที่กำหนดระดับนี้</translation>
    </message>
    <message>
        <source>Sections and severity</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หมวดและความรุนแรง</translation>
    </message>
    <message>
        <source>Sections: rating, severity, likelihood and score</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หมวด: ระดับ ความรุนแรง โอกาสเกิด และคะแนน</translation>
    </message>
    <message>
        <source>No assessment is open</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยังไม่ได้เปิดการประเมิน</translation>
    </message>
    <message>
        <source>residual</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คงเหลือ</translation>
    </message>
    <message>
        <source>inherent</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ก่อนมาตรการบรรเทา</translation>
    </message>
    <message>
        <source>Overall {view} level: {level}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ระดับโดยรวม ({view}): {level}</translation>
    </message>
    <message>
        <source>{answered} of {total} criteria answered</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตอบแล้ว {answered} จาก {total} เกณฑ์</translation>
    </message>
    <message>
        <source>What this level means: {description}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ความหมายของระดับนี้: {description}</translation>
    </message>
    <message>
        <source>Why this level:</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เหตุผลของระดับนี้:</translation>
    </message>
    <message>
        <source>red flags raised on {criteria} (listed below), each a red line</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>พบสัญญาณอันตรายในเกณฑ์ {criteria} (แสดงด้านล่าง) แต่ละข้อคือเส้นที่ต้องไม่ข้าม</translation>
    </message>
    <message>
        <source>sections {sections} are rated {rating}, which sets at least {level}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>หมวด {sections} ได้ระดับ {rating} ทำให้ผลไม่ต่ำกว่า {level}</translation>
    </message>
    <message>
        <source>on</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ในเกณฑ์</translation>
    </message>
    <message>
        <source>Red flags raised ({count})</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>สัญญาณอันตรายที่พบ ({count})</translation>
    </message>
    <message>
        <source>unknown</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>not answered</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยังไม่ได้ตอบ</translation>
    </message>
    <message>
        <source>Unknown ({unknown}) and not answered ({unanswered}), each counted as {value}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ทราบ ({unknown}) และยังไม่ได้ตอบ ({unanswered}) แต่ละข้อนับเป็น {value}</translation>
    </message>
</context>
<context>
    <name>TeamFiles</name>
    <message>
        <source>“{name}” cannot be opened. The problems found:</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิด “{name}” ไม่ได้ ปัญหาที่พบ:</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิดไฟล์ไม่ได้</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิด “{name}” ไม่ได้</translation>
    </message>
    <message>
        <source>Conflict copy found</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>พบสำเนาที่ขัดแย้ง</translation>
    </message>
    <message>
        <source>“{copy}” is a conflict copy of “{original}”, written by a file-sync tool.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>“{copy}” เป็นสำเนาที่ขัดแย้งของ “{original}” ซึ่งโปรแกรมซิงค์ไฟล์สร้างขึ้น</translation>
    </message>
    <message>
        <source>Merge it into “{original}”? Fields written on one side only are taken; fields both wrote differently become conflicts for you to resolve. Nothing is saved until you save, and the copy is never deleted.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รวมเข้ากับ “{original}” หรือไม่ ช่องที่เขียนเพียงฝ่ายเดียวจะถูกนำมาใช้ ช่องที่ทั้งสองฝ่ายเขียนต่างกันจะเป็นข้อขัดแย้งให้คุณแก้ ยังไม่มีการบันทึกจนกว่าคุณจะบันทึก และสำเนาจะไม่ถูกลบ</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รวม(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไว้ภายหลัง(&amp;N)</translation>
    </message>
</context>
<context>
    <name>TeamLinks</name>
    <message>
        <source>Merge conflicts</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ข้อขัดแย้งจากการรวม</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปรียบเทียบกับ…(&amp;W)</translation>
    </message>
    <message>
        <source>Start a re-&amp;assessment…</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เริ่มการประเมินซ้ำ…(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Show conflicts</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แสดงข้อขัดแย้ง(&amp;S)</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ได้รวม</translation>
    </message>
    <message>
        <source>“{copy}” cannot be merged.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รวม “{copy}” ไม่ได้</translation>
    </message>
    <message>
        <source>Merge {copy}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รวม {copy}</translation>
    </message>
    <message numerus="yes">
        <source>%n merge conflict(s): two versions changed the same fields differently. Each field holds “ours” until you choose; the public brief cannot be exported before that.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>
            <numerusform>ข้อขัดแย้งจากการรวม %n ข้อ: สองฉบับแก้ไขช่องเดียวกันต่างกัน แต่ละช่องใช้ค่า “ของเรา” จนกว่าคุณจะเลือก และยังส่งออกรายงานฉบับเผยแพร่ไม่ได้จนกว่าจะเลือก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged {copy}: %n conflict(s) to resolve. Save to keep the result.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>
            <numerusform>รวม {copy} แล้ว: มีข้อขัดแย้งที่ต้องแก้ %n ข้อ บันทึกเพื่อเก็บผลลัพธ์</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกแล้ว: {path}</translation>
    </message>
    <message>
        <source>No re-assessment started</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ได้เริ่มการประเมินซ้ำ</translation>
    </message>
    <message>
        <source>Resolve the merge conflicts of this assessment first.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>โปรดแก้ข้อขัดแย้งจากการรวมของการประเมินนี้ก่อน</translation>
    </message>
    <message>
        <source>Re-assessment started: every answer is carried over; check and confirm each (Ctrl+K).</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เริ่มการประเมินซ้ำแล้ว: ยกคำตอบทุกข้อมา โปรดตรวจสอบและยืนยันทีละข้อ (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>English</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษาอังกฤษ</translation>
    </message>
    <message>
        <source>Thai</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ภาษาไทย</translation>
    </message>
    <message>
        <source>{field}, {language}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>{field}, {language}</translation>
    </message>
</context>
<context>
    <name>TextListField</name>
    <message>
        <source>The State</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รัฐ</translation>
    </message>
    <message>
        <source>The vendor</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ผู้จำหน่าย</translation>
    </message>
    <message>
        <source>Investors and partners</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>นักลงทุนและหุ้นส่วน</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทุกฝ่าย</translation>
    </message>
    <message>
        <source>{field} {number}: addressed to</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>{field} {number}: ถึง</translation>
    </message>
    <message>
        <source>{field} {number}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>{field} {number}</translation>
    </message>
    <message>
        <source>Move up</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move down</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>{action} {field} {number}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>{action} {field} {number}</translation>
    </message>
</context>
<context>
    <name>UpgradeOffer</name>
    <message>
        <source>Newer rubric version</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แบบประเมินรุ่นใหม่กว่า</translation>
    </message>
    <message>
        <source>A newer version of this assessment&apos;s rubric is in your library: {version} (this assessment uses {current}). Upgrading keeps every answer; answers to removed criteria go to the archive.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คลังของคุณมีแบบประเมินของการประเมินนี้ในรุ่นที่ใหม่กว่า: {version} (การประเมินนี้ใช้รุ่น {current}) การปรับรุ่นจะเก็บคำตอบไว้ทั้งหมด คำตอบของเกณฑ์ที่ถูกตัดออกจะย้ายไปเก็บถาวร</translation>
    </message>
    <message>
        <source>&amp;Upgrade to {version}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ปรับเป็นรุ่น {version}(&amp;U)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ใช่ตอนนี้</translation>
    </message>
    <message>
        <source>Upgrade the rubric to {version}</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ปรับแบบประเมินเป็นรุ่น {version}</translation>
    </message>
</context>
<context>
    <name>UpgradeReportDialog</name>
    <message>
        <source>Rubric upgraded</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ปรับรุ่นแบบประเมินแล้ว</translation>
    </message>
    <message>
        <source>The assessment now uses “{title}” version {new} (it used {old}). Undo (Ctrl+Z) puts it back.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตอนนี้การประเมินใช้ “{title}” รุ่น {new} (เดิมใช้รุ่น {old}) กดเลิกทำ (Ctrl+Z) เพื่อย้อนกลับ</translation>
    </message>
    <message>
        <source>Added: now unanswered</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เพิ่มใหม่: ยังไม่ได้ตอบ</translation>
    </message>
    <message>
        <source>Removed: the answers are kept in the archive</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตัดออก: คำตอบเก็บไว้ในคลังถาวร</translation>
    </message>
    <message>
        <source>Changed: review the answers</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปลี่ยนแปลง: โปรดทบทวนคำตอบ</translation>
    </message>
    <message>
        <source>None.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่มี</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>&amp;Next criterion</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกณฑ์ถัดไป(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous criterion</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกณฑ์ก่อนหน้า(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;unanswered</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ข้อถัดไปที่ยังไม่ได้ตอบ(&amp;U)</translation>
    </message>
    <message>
        <source>Context</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บริบท</translation>
    </message>
    <message>
        <source>Every criterion has an answer.</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ทุกเกณฑ์มีคำตอบแล้ว</translation>
    </message>
</context>
</TS>
