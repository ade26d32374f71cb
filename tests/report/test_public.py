"""The public brief: nothing marked confidential reaches the file, anywhere a reader or a tool could find it."""

from __future__ import annotations

import pytest

from hria_app.core.assessment import Assessment
from hria_app.report.build import build_report
from tests.report.builders import (
    ASSESSOR,
    CONFIDENTIAL_STRINGS,
    PUBLIC_EVIDENCE,
    PUBLIC_MEASURE,
    PUBLIC_RECOMMENDATION,
    SECRET_EVIDENCE,
    SECRET_LINK,
    SECRET_MEASURE,
    SECRET_NOTE,
    SECRET_NOTE_TH,
    SECRET_RECOMMENDATION,
)
from tests.report.conftest import DATE, Render
from tests.report.pdf_tools import body_text, everything_readable, flat, joined, link_targets

LANGUAGES = ("en", "th", "en+th")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_public_brief_holds_no_confidential_string(brief: Render, lang: str) -> None:
    readable = everything_readable(brief(lang, True))
    flat_text = flat(readable)
    joined_text = joined(readable)
    for secret in CONFIDENTIAL_STRINGS:
        assert secret not in flat_text
        assert joined(secret) not in joined_text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_full_brief_holds_them_and_marks_them_confidential(brief: Render, lang: str) -> None:
    text = joined(body_text(brief(lang, False)))
    other_language_note = {"en": SECRET_NOTE_TH, "th": SECRET_NOTE, "en+th": ""}[lang]
    for secret in CONFIDENTIAL_STRINGS:
        if secret != other_language_note:
            assert joined(secret) in text
    assert SECRET_LINK in link_targets(brief(lang, False))
    english = flat(body_text(brief("en", False)))
    assert (
        f"{SECRET_EVIDENCE} — {SECRET_LINK} (accessed 3 February 2025; reliability: confirmed) [CONFIDENTIAL]"
        in english
    )
    assert "Notes [CONFIDENTIAL] " + SECRET_NOTE in english
    assert f"{SECRET_MEASURE} [CONFIDENTIAL]" in english
    assert f"{SECRET_RECOMMENDATION} (assessor) [CONFIDENTIAL]" in english


def test_public_brief_keeps_what_is_not_confidential(brief: Render) -> None:
    text = flat(body_text(brief("en", True)))
    for kept in (PUBLIC_EVIDENCE, PUBLIC_MEASURE, PUBLIC_RECOMMENDATION, "PUBLIC BRIEF"):
        assert kept in text
    assert "CONFIDENTIAL" not in text
    assert "Assessors" not in text


def test_the_view_model_of_a_public_brief_holds_no_confidential_item(realistic: Assessment) -> None:
    report = build_report(realistic, "en", public=True, date=DATE)
    as_text = repr(report)
    for secret in CONFIDENTIAL_STRINGS:
        assert secret not in as_text
    assert ASSESSOR in repr(build_report(realistic, "en", public=False, date=DATE))
