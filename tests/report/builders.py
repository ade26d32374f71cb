"""Assessments built in code for the report tests, with the strings the tests look for."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hria_app.core.assessment import (
    Answer,
    Assessment,
    Context,
    Evidence,
    Measure,
    Recommendation,
    SectionInput,
    new_assessment,
)
from hria_app.core.rubric import Rubric
from hria_app.core.rubric_loader import load_rubric
from hria_app.core.text import Text

ROOT = Path(__file__).resolve().parents[2]
FACIAL_RECOGNITION = ROOT / "rubrics" / "facial-recognition-surveillance.yaml"

THAI_NOTE = "ที่นี่มีผู้นำสิ่งต้องห้าม ปัญญาและฐานข้อมูลของประชาชน"
THAI_NOTE_2 = "เจ้าหน้าที่ปฏิเสธที่จะเปิดเผยนโยบายการเก็บรักษาข้อมูลใบหน้า"
ENGLISH_NOTE = "The operator declined to share the watchlist policy; the city council minutes confirm live matching."

# Strings that only confidential fields hold: none may appear in a public brief.
SECRET_EVIDENCE = "Interview with whistleblower Somchai at Lumphini"
SECRET_LINK = "https://leaks.example.org/secret-minutes"
SECRET_NOTE = "Source inside the police IT unit confirms the watchlist"
SECRET_NOTE_TH = "แหล่งข่าววงในยืนยันบัญชีเฝ้าระวัง"
SECRET_MEASURE = "Quietly brief the ombudsman's deputy"
SECRET_RECOMMENDATION = "Share the leaked contract with the reporter"
ASSESSOR = "Nattaya Srisuk"
CONFIDENTIAL_STRINGS = (
    SECRET_EVIDENCE,
    SECRET_LINK,
    SECRET_NOTE,
    SECRET_NOTE_TH,
    SECRET_MEASURE,
    SECRET_RECOMMENDATION,
    ASSESSOR,
)

PUBLIC_EVIDENCE = "Bangkok Metropolitan Administration procurement notice"
PUBLIC_MEASURE = "Publish the watchlist criteria"
PUBLIC_RECOMMENDATION = "Suspend live matching until a specific law is passed"


def facial_recognition_rubric() -> Rubric:
    return load_rubric(FACIAL_RECOGNITION)


def context() -> Context:
    return Context(
        title=Text({"en": "Live facial recognition in Phuket smart city", "th": "ระบบจดจำใบหน้าในเมืองอัจฉริยะภูเก็ต"}),
        deployment=Text({"en": "Live facial recognition on 400 street cameras", "th": "ระบบจดจำใบหน้าบนกล้อง 400 ตัว"}),
        vendor=Text.of("Example Vision Co."),
        location=Text({"en": "Phuket, Thailand", "th": "ภูเก็ต ประเทศไทย"}),
        organisation=Text.of("Digital Rights Watch Asia"),
        assessors=(ASSESSOR,),
        started="2025-01-10",
        scope=Text.of("The city's camera network and the police watchlist it feeds."),
        background=Text(
            {
                "en": "Installed in 2023 under the smart and safe city programme.",
                "th": "ติดตั้งในปี 2566 ภายใต้โครงการเมืองอัจฉริยะและปลอดภัย",
            }
        ),
    )


def realistic_assessment(rubric: Rubric | None = None) -> Assessment:
    """Every criterion answered in some way: scores, unknowns, one not applicable, red flags, notes in both
    languages, public and confidential evidence, measures and recommendations."""
    rubric = rubric or facial_recognition_rubric()
    assessment = new_assessment(rubric)
    assessment.set_context(context())
    criteria = list(rubric.criteria())
    for index, criterion in enumerate(criteria):
        kind = index % 6
        evidence = (
            Evidence(Text.of(f"{PUBLIC_EVIDENCE} {index}"), "https://example.org/notice", "2025-02-01", "probable"),
        )
        if kind == 4:
            answer = Answer(notes=Text.of(ENGLISH_NOTE)).marked("unknown")
        elif kind == 5 and index > 20:
            answer = Answer(na_reason=Text.of("No vendor contract exists for this component")).marked("not_applicable")
        else:
            answer = Answer(
                notes=Text({"en": ENGLISH_NOTE, "th": THAI_NOTE}) if index % 2 else Text.of(ENGLISH_NOTE),
                confidence="documented",
                evidence=evidence,
                mitigation=(Measure(Text.of(PUBLIC_MEASURE), "state", "implemented"),) if kind == 1 else (),
                residual_score=1 if kind == 1 else None,
            ).scored(min(kind, rubric.scoring.scale_max))
        assessment.set_answer(criterion.id, answer)
    first = criteria[0]
    if first.red_flags:
        assessment.set_answer(first.id, Answer(red_flags=(first.red_flags[0],), notes=Text.of(ENGLISH_NOTE)).scored(4))
    for section in rubric.sections:
        assessment.set_section_input(section.id, SectionInput(scale=3, scope=3, irremediability=4))
    assessment.set_recommendations((Recommendation(Text.of(PUBLIC_RECOMMENDATION), "state"),))
    return with_secrets(assessment)


def with_secrets(assessment: Assessment) -> Assessment:
    """Adds a confidential item of every kind to the first two criteria."""
    criteria = list(assessment.rubric.criteria())
    first, second = criteria[0], criteria[1 % len(criteria)]
    answer = assessment.answer(first.id)
    secret = Evidence(Text.of(SECRET_EVIDENCE), SECRET_LINK, "2025-02-03", "confirmed", confidential=True)
    public = Evidence(Text.of(PUBLIC_EVIDENCE), "https://example.org/notice", "2025-02-01", "probable")
    measure = Measure(Text.of(SECRET_MEASURE), "state", "planned", confidential=True)
    assessment.set_answer(first.id, replace(answer, evidence=(public, secret), mitigation=(measure,)))
    second_answer = assessment.answer(second.id)
    notes = Text({"en": SECRET_NOTE, "th": SECRET_NOTE_TH})
    assessment.set_answer(second.id, replace(second_answer.scored(2), notes=notes, notes_confidential=True))
    assessment.set_recommendations(
        (
            *assessment.recommendations,
            Recommendation(Text.of(SECRET_RECOMMENDATION), "vendor", confidential=True),
        )
    )
    context = assessment.context
    assessment.set_context(replace(context, assessors=(ASSESSOR,)))
    return assessment
