"""Synthetic rubrics and assessments of any size, for benchmarks."""

from __future__ import annotations

from hria_app.core.assessment import Answer, Assessment, Evidence, Measure, SectionInput, new_assessment
from hria_app.core.rubric_loader import check_rubric_document
from hria_app.core.text import Text
from hria_app.core.yaml_source import parse_yaml

PER_SECTION = 10


def rubric_yaml(criteria: int) -> str:
    lines = [
        "schema_version: 1",
        "id: synthetic",
        "version: 1.0.0",
        "title: {en: Synthetic rubric, th: แบบประเมินสังเคราะห์}",
        "languages: [en, th]",
        "scoring:",
        "  method: rights_matrix",
        "  scale: {0: {en: none, th: ไม่มี}, 1: {en: low, th: ต่ำ}, 2: {en: some, th: บางส่วน},"
        " 3: {en: high, th: สูง}, 4: {en: severe, th: รุนแรง}}",
        "  levels:",
        "    - {id: I, label: {en: Level I, th: ระดับ 1}, upto: 25}",
        "    - {id: II, label: {en: Level II, th: ระดับ 2}, upto: 50}",
        "    - {id: III, label: {en: Level III, th: ระดับ 3}, upto: 75}",
        "    - {id: IV, label: {en: Level IV, th: ระดับ 4}}",
        "red_flags:",
        "  - {id: RF1, title: {en: A red line, th: เส้นต้องห้าม}}",
        "references:",
        "  - {key: ref-1, title: {en: A source, th: แหล่งอ้างอิง}, year: 2020, url: 'https://example.org'}",
        "sections:",
    ]
    for s in range(max(1, criteria // PER_SECTION)):
        lines += [f"  - id: S{s}", f"    title: {{en: Section {s}, th: หมวด {s}}}", "    criteria:"]
        for c in range(PER_SECTION):
            cid = f"S{s}-{c}"
            lines += [
                f"      - id: {cid}",
                f"        title: {{en: Criterion {cid}, th: เกณฑ์ {cid}}}",
                f"        question: {{en: 'Is safeguard {cid} in place in law and in practice?',"
                f" th: 'มีมาตรการคุ้มครอง {cid} ทั้งในกฎหมายและทางปฏิบัติหรือไม่'}}",
                "        guidance: {en: 'Ask for the policy, the logs and the audit report.',"
                " th: 'ขอดูนโยบาย บันทึกการใช้งาน และรายงานการตรวจสอบ'}",
                "        evidence: [{en: Policy, th: นโยบาย}, {en: Audit, th: การตรวจสอบ}]",
                "        anchors:",
                *[f"          {k}: {{en: 'Anchor {k} for {cid}', th: 'ระดับ {k} ของ {cid}'}}" for k in range(5)],
                "        red_flags: [RF1]",
                "        references: [ref-1]",
                "        recommendations: [{to: state, text: {en: Fix it, th: แก้ไข}}]",
            ]
    return "\n".join(lines) + "\n"


def assessment(criteria: int, note_chars: int = 200) -> Assessment:
    rubric, issues = check_rubric_document(parse_yaml(rubric_yaml(criteria), "synthetic.yaml"))
    assert rubric is not None, issues
    a = new_assessment(rubric, "Synthetic assessment")
    note = ("Observed at the site; the operator declined to share the configuration. " * 40)[:note_chars]
    for i, c in enumerate(rubric.criteria()):
        kind = i % 7
        if kind == 5:
            answer = Answer(notes=Text.of(note)).marked("unknown")
        elif kind == 6:
            answer = Answer(na_reason=Text.of("Not used here")).marked("not_applicable")
        else:
            answer = Answer(
                notes=Text({"en": note, "th": "บันทึกภาคสนาม " * 10}),
                evidence=(Evidence(Text.of(f"Document {c.id}"), "https://example.org/doc", "2026-10-01", "probable"),),
                mitigation=(Measure(Text.of("Publish the policy"), "state", "implemented"),),
                residual_score=max(0, kind - 1),
            ).scored(kind)
        a.set_answer(c.id, answer)
    for s in rubric.sections:
        a.set_section_input(s.id, SectionInput(scale=3, scope=2, irremediability=4))
    return a
