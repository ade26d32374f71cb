<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArchiveModel</name>
    <message numerus="yes">
        <source>, %n evidence item(s)</source>
        <translation>
            <numerusform>, %n evidence item</numerusform>
            <numerusform>, %n evidence items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n item(s) in this assessment are marked confidential. Only the full version shows them: keep it inside your organisation.</source>
        <translation>
            <numerusform>%n item in this assessment is marked confidential. Only the full version shows it: keep it inside your organisation.</numerusform>
            <numerusform>%n items in this assessment are marked confidential. Only the full version shows them: keep it inside your organisation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportQuestions</name>
    <message numerus="yes">
        <source>Only %n of {total} criteria are answered.</source>
        <translation>
            <numerusform>Only %n of {total} criteria is answered.</numerusform>
            <numerusform>Only %n of {total} criteria are answered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueList</name>
    <message numerus="yes">
        <source>%n error(s), {warnings}: the rubric cannot be used until the errors are fixed.</source>
        <translation>
            <numerusform>%n error, {warnings}: the rubric cannot be used until the error is fixed.</numerusform>
            <numerusform>%n errors, {warnings}: the rubric cannot be used until the errors are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid, with %n warning(s).</source>
        <translation>
            <numerusform>Valid, with %n warning.</numerusform>
            <numerusform>Valid, with %n warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n open comment</numerusform>
            <numerusform>%n open comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RubricLibraryModel</name>
    <message numerus="yes">
        <source>Valid, %n warning(s)</source>
        <translation>
            <numerusform>Valid, %n warning</numerusform>
            <numerusform>Valid, %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RubricQuestions</name>
    <message numerus="yes">
        <source>“{name}” has %n error(s). Save it anyway?</source>
        <translation>
            <numerusform>“{name}” has %n error. Save it anyway?</numerusform>
            <numerusform>“{name}” has %n errors. Save it anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RubricTreeModel</name>
    <message numerus="yes">
        <source>{item}: %n problem(s)</source>
        <translation>
            <numerusform>{item}: %n problem</numerusform>
            <numerusform>{item}: %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamLinks</name>
    <message numerus="yes">
        <source>%n merge conflict(s): two versions changed the same fields differently. Each field holds “ours” until you choose; the public brief cannot be exported before that.</source>
        <translation>
            <numerusform>%n merge conflict: two versions changed the same field differently. It holds “ours” until you choose; the public brief cannot be exported before that.</numerusform>
            <numerusform>%n merge conflicts: two versions changed the same fields differently. Each field holds “ours” until you choose; the public brief cannot be exported before that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged {copy}: %n conflict(s) to resolve. Save to keep the result.</source>
        <translation>
            <numerusform>Merged {copy}: %n conflict to resolve. Save to keep the result.</numerusform>
            <numerusform>Merged {copy}: %n conflicts to resolve. Save to keep the result.</numerusform>
        </translation>
    </message>
</context>
</TS>
