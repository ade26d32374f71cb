"""Words and formats the brief shares with the rest of the app, defined once in core."""

from __future__ import annotations

import datetime as dt

import pytest

from hria_app.core.assessment import Answer, Assessment, Measure
from hria_app.core.messages import STATUS_NAMES
from hria_app.core.scoring import evaluate
from hria_app.core.text import REPORT_LANGUAGES, Text
from hria_app.report import ExportError, render_pdf
from hria_app.report.build import build_report
from hria_app.report.localise import REPORT_LANGUAGES as BRIEF_LANGUAGES
from hria_app.report.localise import plain


def test_a_measure_status_is_named_as_the_scoring_reasons_name_it(mini_assessment: Assessment) -> None:
    criterion = next(mini_assessment.rubric.criteria()).id
    measure = Measure(Text.of("Publish the watchlist"), "state", "verified")
    mini_assessment.set_answer(criterion, Answer(mitigation=(measure,), residual_score=1).scored(3))
    for lang in ("en", "th"):
        report = build_report(mini_assessment, lang, date=dt.date(2025, 3, 1))
        view = next(c for s in report.findings for c in s.criteria if c.id == criterion)
        assert plain(view.measures[0].status) == STATUS_NAMES[lang]["verified"]
        reasons = [r.text(lang) for r in evaluate(mini_assessment, residual=True).overall.reasons]
        assert any(STATUS_NAMES[lang]["verified"] in reason for reason in reasons)


def test_the_brief_speaks_the_core_languages() -> None:
    assert BRIEF_LANGUAGES == REPORT_LANGUAGES == ("en", "th", "en+th")


@pytest.mark.parametrize("written", ["20250301", "2025-3-1", "1 March 2025", "2025-02-30"])
def test_a_report_date_must_be_an_iso_date(mini_assessment: Assessment, written: str) -> None:
    with pytest.raises(ExportError, match="YYYY-MM-DD"):
        render_pdf(mini_assessment, date=written)
