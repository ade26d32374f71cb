<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Save All</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ใช่ทั้งหมด(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่ทั้งหมด(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยุติ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ใช้</translation>
    </message>
    <message>
        <source>Reset</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>Don't Save</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ปิดโดยไม่บันทึก</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>แสดงรายละเอียด...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ซ่อนรายละเอียด...</translation>
    </message>
    <message>
        <source>OK</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เกี่ยวกับ Qt</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
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
        <source>Cu&amp;t</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
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
        <source>Cu&amp;t</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>คัดลอกที่อยู่ลิงก์(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translatorcomment>Awaits review by a native Thai speaker.</translatorcomment>
        <translation>ป้อนค่า:</translation>
    </message>
</context>
</TS>
