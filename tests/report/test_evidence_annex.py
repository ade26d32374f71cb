"""The brief's evidence annex and custody log: each item with reliability, access date and short hashes, in
English and Thai; confidential items and the custody log in the full brief only."""

from __future__ import annotations

import hashlib

import pytest

from hria_app.core import custody
from hria_app.core.assessment import Assessment
from hria_app.core.evidence import Attachment, CustodyEvent
from hria_app.core.text import Text
from hria_app.report import render_pdf
from hria_app.report.build import build_report
from tests.report.conftest import DATE
from tests.report.pdf_tools import body_text, joined

SECRET_ITEM = "Annex-Secret-Marker-Informant"
CUSTODIAN = "Custodian-Marker-Preecha"


def _file(name: str, content: bytes) -> Attachment:
    sha = hashlib.sha256(content).hexdigest()
    return Attachment(sha, len(content), name, "application/pdf", "2026-11-02T08:30:00Z", CUSTODIAN, sha)


@pytest.fixture
def with_evidence(mini_assessment: Assessment) -> Assessment:
    a = mini_assessment
    at = "2026-11-02T08:30:00Z"
    tor = Text({"en": "Terms of reference", "th": "ข้อกำหนดขอบเขตงาน"})
    custody.attach(a, "LEG-1", [_file("tor.pdf", b"tor")], CUSTODIAN, at, tor, reliability="confirmed")
    custody.attach(a, "LEG-2", [_file("informant.pdf", b"secret")], CUSTODIAN, at, Text.of(SECRET_ITEM), True)
    return a


def test_the_model_lists_items_and_hides_confidential_ones_in_public(with_evidence: Assessment) -> None:
    full = build_report(with_evidence, "en", public=False, date=DATE)
    public = build_report(with_evidence, "en", public=True, date=DATE)
    tor_hash = hashlib.sha256(b"tor").hexdigest()[:16]
    assert [(r.criterion, r.number, r.files) for r in full.evidence] == [
        ("LEG-1", 1, (("tor.pdf", tor_hash),)),
        ("LEG-2", 1, (("informant.pdf", hashlib.sha256(b"secret").hexdigest()[:16]),)),
    ]
    assert [r.confidential for r in full.evidence] == [False, True]
    assert [r.criterion for r in public.evidence] == ["LEG-1"]
    assert [r.action[0].text for r in full.custody] == ["attached", "attached"]
    assert public.custody == ()


def test_the_log_speaks_the_brief_s_language(with_evidence: Assessment) -> None:
    from dataclasses import replace

    linked = replace(_file("photo.jpg", b"photo"), was_link=True)
    custody.attach(with_evidence, "LEG-1", [linked], CUSTODIAN, "2026-11-03T09:00:00Z")
    with_evidence.custody += (CustodyEvent("2026-11-04T09:00:00Z", CUSTODIAN, "purged", detail="3"),)
    rows = build_report(with_evidence, "th", public=False, date=DATE).custody
    assert [r.action[0].text for r in rows[-2:]] == ["แนบไฟล์ผ่านลิงก์", "ลบสำเนาที่เก็บไว้ 3 ไฟล์"]
    assert rows[-1].what == "" and rows[-1].at == "2026-11-04 09:00:00"


def test_the_full_brief_prints_the_annex_and_the_log_and_the_public_one_neither_secret(
    with_evidence: Assessment,
) -> None:
    tor_hash = hashlib.sha256(b"tor").hexdigest()[:16]
    full = body_text(render_pdf(with_evidence, "en", public=False, date=DATE))
    assert "Evidence annex" in full and tor_hash in full and "confirmed" in full
    assert "Custody log" in full and CUSTODIAN in joined(full) and SECRET_ITEM in full
    assert "2 November 2026" in full
    public = body_text(render_pdf(with_evidence, "en", public=True, date=DATE))
    assert "Evidence annex" in public and tor_hash in public
    for absent in ("Custodylog", CUSTODIAN, SECRET_ITEM, "informant.pdf"):
        assert absent not in joined(public)


def test_the_thai_brief_has_the_annex_in_thai(with_evidence: Assessment) -> None:
    text = joined(body_text(render_pdf(with_evidence, "th", public=False, date=DATE)))
    for words in ("ภาคผนวกหลักฐาน", "ข้อกำหนดขอบเขตงาน", "ยืนยันแล้ว", "บันทึกการครอบครองหลักฐาน", "แนบไฟล์"):
        assert joined(words) in text, words
    assert "2พฤศจิกายนพ.ศ.2569" in text
