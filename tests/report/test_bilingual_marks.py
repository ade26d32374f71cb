"""A one-language text in a brief is marked where it stands: every untranslated item carries the mark right after
it, in the Thai, the English and the bilingual brief, and no translated item does. Read back from the PDF."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

from hria_app.core.assessment import Answer, Assessment, Context, Evidence, Measure, new_assessment
from hria_app.core.rubric import Rubric
from hria_app.core.text import Text
from hria_app.report import render_pdf
from tests.report.pdf_tools import body_text, joined

DATE = dt.date(2026, 11, 26)
BOTH = Text({"en": "Cameras watch forty junctions", "th": "กล้องเฝ้าดูทางแยกสี่สิบแห่ง"})
EVIDENCE_BOTH = Text({"en": "Council resolution", "th": "มติสภาเทศบาล"})
ENGLISH_ONLY = {
    "notes": Text({"en": "Oversight board never met"}),
    "evidence": Text({"en": "Vendor brochure of March"}),
}
THAI_ONLY = {
    "reason": Text({"th": "ไม่มีการเผยแพร่สัญญา"}),
    "measure": Text({"th": "ตั้งคณะกรรมการกำกับดูแล"}),
}
MARKS = {"en": "[translation missing]", "th": "[ไม่มีคำแปล]", "en+th": "[translation missing] / [ไม่มีคำแปล]"}


def bilingual(rubric: Rubric) -> Assessment:
    assessment = new_assessment(rubric)
    assessment.context = replace(Context(), title=Text({"en": "Nakhon Thani", "th": "นครธานี"}))
    assessment.set_answer(
        "LEG-1",
        Answer(
            notes=BOTH,
            evidence=(Evidence(EVIDENCE_BOTH, "", "2025-02-14"), Evidence(ENGLISH_ONLY["evidence"])),
            mitigation=(Measure(THAI_ONLY["measure"], "state", "planned"),),
        ).scored(3),
    )
    assessment.set_answer(
        "LEG-2", Answer(notes=ENGLISH_ONLY["notes"], na_reason=THAI_ONLY["reason"]).marked("not_applicable")
    )
    return assessment


@pytest.fixture(scope="module")
def briefs() -> dict[str, str]:
    from hria_app.core.rubric_loader import load_rubric
    from tests.conftest import DATA

    assessment = bilingual(load_rubric(DATA / "mini-rubric.yaml"))
    return {lang: joined(body_text(render_pdf(assessment, lang=lang, date=DATE))) for lang in MARKS}


def occurrences(text: str, brief: str) -> list[str]:
    """What follows each occurrence of `text` in the brief, long enough to hold a mark."""
    found = [brief[m.end() : m.end() + 40] for m in re.finditer(re.escape(joined(text)), brief)]
    assert found, text
    return found


@pytest.mark.parametrize("lang", ["th", "en+th"])
@pytest.mark.parametrize("kind", sorted(ENGLISH_ONLY))
def test_each_english_only_item_is_marked_where_it_stands(briefs: dict[str, str], lang: str, kind: str) -> None:
    for after in occurrences(ENGLISH_ONLY[kind].get("en"), briefs[lang]):
        assert after.startswith(joined(MARKS[lang])), (kind, after)


@pytest.mark.parametrize("lang", ["en", "en+th"])
@pytest.mark.parametrize("kind", sorted(THAI_ONLY))
def test_each_thai_only_item_is_marked_where_it_stands(briefs: dict[str, str], lang: str, kind: str) -> None:
    for after in occurrences(THAI_ONLY[kind].get("th"), briefs[lang]):
        assert after.startswith(joined(MARKS[lang])), (kind, after)


@pytest.mark.parametrize("lang", ["en", "th", "en+th"])
def test_a_translated_item_is_never_marked(briefs: dict[str, str], lang: str) -> None:
    shown = ("en", "th") if lang == "en+th" else (lang,)
    for text in (BOTH, EVIDENCE_BOTH):
        for version in shown:
            for after in occurrences(text.get(version), briefs[lang]):
                assert not after.startswith(joined(MARKS["en"])) and not after.startswith(joined(MARKS["th"]))
