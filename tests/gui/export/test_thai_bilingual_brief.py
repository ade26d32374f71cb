"""An assessment written in English and Thai makes an English brief with the English answers and a Thai brief
with the Thai ones; an answer missing in the brief's language is shown in the language it has, marked, never
mixed in silently. Read back from the PDF with pypdf."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from hria_app.core.assessment import Answer, Assessment, Context, Evidence, Measure, new_assessment
from hria_app.core.rubric import Rubric
from hria_app.core.text import Text
from hria_app.report import render_pdf
from tests.report.pdf_tools import body_text, flat, joined

DATE = dt.date(2026, 11, 26)
NOTE = Text({"en": "Cameras watch forty junctions", "th": "กล้องเฝ้าดูทางแยกสี่สิบแห่ง"})
ENGLISH_ONLY = Text({"en": "Oversight board never met"})
THAI_ONLY = Text({"th": "ไม่มีการเผยแพร่สัญญา"})
EVIDENCE = Text({"en": "Council resolution", "th": "มติสภาเทศบาล"})
MEASURE = Text({"en": "Suspend live identification", "th": "ระงับการระบุตัวตนแบบเรียลไทม์"})
DEPLOYMENT = Text({"en": "Live facial recognition", "th": "ระบบจดจำใบหน้าแบบเรียลไทม์"})
MARK_EN, MARK_TH = "[translation missing]", "[ไม่มีคำแปล]"


def bilingual(rubric: Rubric) -> Assessment:
    assessment = new_assessment(rubric)
    assessment.context = replace(Context(), title=Text({"en": "Nakhon Thani", "th": "นครธานี"}), deployment=DEPLOYMENT)
    assessment.set_answer(
        "LEG-1",
        Answer(
            notes=NOTE,
            evidence=(Evidence(EVIDENCE, "", "2025-02-14", "confirmed"),),
            mitigation=(Measure(MEASURE, "state", "planned"),),
        ).scored(3),
    )
    assessment.set_answer("LEG-2", Answer(notes=ENGLISH_ONLY, na_reason=THAI_ONLY).marked("not_applicable"))
    return assessment


@pytest.fixture(scope="module")
def briefs(request: pytest.FixtureRequest) -> dict[str, str]:
    from hria_app.core.rubric_loader import load_rubric
    from tests.gui.helpers import DATA

    assessment = bilingual(load_rubric(DATA / "mini-rubric.yaml"))
    return {lang: body_text(render_pdf(assessment, lang=lang, date=DATE)) for lang in ("en", "th", "en+th")}


def test_the_english_brief_has_the_english_answers(briefs: dict[str, str]) -> None:
    text = flat(briefs["en"])
    for english in (NOTE, EVIDENCE, MEASURE, DEPLOYMENT, ENGLISH_ONLY):
        assert english.get("en") in text
    for thai in (NOTE, EVIDENCE, MEASURE, DEPLOYMENT):
        assert thai.get("th", fallback=False) not in joined(briefs["en"])


def test_the_thai_brief_has_the_thai_answers(briefs: dict[str, str]) -> None:
    text = joined(briefs["th"])
    for thai in (NOTE, EVIDENCE, MEASURE, DEPLOYMENT, THAI_ONLY):
        assert joined(thai.get("th", fallback=False)) in text
    for english in (NOTE, EVIDENCE, MEASURE, DEPLOYMENT):
        assert english.get("en") not in flat(briefs["th"])


def test_a_missing_translation_is_marked_not_mixed_in(briefs: dict[str, str]) -> None:
    # The Thai brief shows the English-only note, marked; the English brief the Thai-only reason, marked.
    thai = flat(briefs["th"])
    assert ENGLISH_ONLY.get("en") in thai
    assert joined(f"{ENGLISH_ONLY.get('en')}{MARK_TH}") in joined(briefs["th"])
    assert joined(f"{THAI_ONLY.get('th')}{MARK_EN}") in joined(briefs["en"])
    # A text that has the brief's language is not marked.
    assert joined(f"{NOTE.get('th')}{MARK_TH}") not in joined(briefs["th"])
    assert joined(f"{NOTE.get('en')}{MARK_EN}") not in joined(briefs["en"])


def test_the_bilingual_brief_shows_both_versions(briefs: dict[str, str]) -> None:
    text = joined(briefs["en+th"])
    assert joined(NOTE.get("en")) in text and joined(NOTE.get("th")) in text


def test_the_thai_brief_dates_by_the_buddhist_era(briefs: dict[str, str]) -> None:
    assert joined("26 พฤศจิกายน พ.ศ. 2569") in joined(briefs["th"])
    assert "26 November 2026" in flat(briefs["en"])


def test_the_thai_brief_says_which_calendar_it_uses(briefs: dict[str, str]) -> None:
    text = joined(briefs["th"])
    assert joined("26 พฤศจิกายน พ.ศ. 2569") in text
    assert "2025-02-14" not in text  # evidence dates in the reader's calendar too
    assert joined("ปฏิทินพุทธศักราช") in text  # and the methodology names the calendar
    assert "Gregorian calendar" in flat(briefs["en"])


def test_the_bilingual_brief_marks_a_one_language_answer(briefs: dict[str, str]) -> None:
    assert joined(f"{ENGLISH_ONLY.get('en')}{MARK_TH}") in joined(briefs["en+th"]) or MARK_TH in briefs["en+th"]
