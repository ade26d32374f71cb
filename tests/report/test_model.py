"""The brief's view-model: which languages are shown, what the public sees, which recommendations are made."""

from __future__ import annotations

import datetime as dt
import itertools

from hria_app.core.assessment import Answer, Assessment, Measure, Recommendation
from hria_app.core.text import Text
from hria_app.report.build import build_report
from hria_app.report.localise import Piece, format_date, show

DATE = dt.date(2025, 3, 1)


def test_a_single_language_brief_shows_that_language() -> None:
    text = Text({"en": "Legality", "th": "ความชอบด้วยกฎหมาย"})
    assert show(text, ("th",)) == (Piece("ความชอบด้วยกฎหมาย", "th"),)
    assert show(text, ("en",)) == (Piece("Legality", "en"),)


def test_a_missing_translation_is_shown_in_the_other_language_and_marked() -> None:
    assert show(Text({"en": "Only English"}), ("th",)) == (Piece("Only English", "en", missing=True),)
    assert show(Text({"th": "ภาษาไทยเท่านั้น"}), ("en",)) == (Piece("ภาษาไทยเท่านั้น", "th", missing=True),)


def test_a_bilingual_brief_shows_both_versions_each_once() -> None:
    both = Text({"en": "Notes", "th": "บันทึก"})
    assert show(both, ("en", "th")) == (Piece("Notes", "en"), Piece("บันทึก", "th"))
    assert show(Text({"en": "Same", "th": "Same"}), ("en", "th")) == (Piece("Same", "en"),)
    # A text in one language only is shown once, marked: the other version is missing, not silently skipped.
    assert show(Text({"en": "Only English"}), ("en", "th")) == (Piece("Only English", "en", missing=True),)
    assert show(Text(), ("en", "th")) == ()


def test_thai_dates_use_the_buddhist_era() -> None:
    assert format_date(DATE, "th") == "1 มีนาคม พ.ศ. 2568"
    assert format_date(DATE, "en") == "1 March 2025"


def test_unknown_not_applicable_and_unanswered_criteria_say_what_they_count_as(mini_assessment: Assessment) -> None:
    first, second = (c.id for c in mini_assessment.rubric.criteria())
    mini_assessment.set_answer(first, Answer().marked("unknown"))
    mini_assessment.set_answer(second, Answer(na_reason=Text.of("No cameras here")).marked("not_applicable"))
    views = build_report(mini_assessment, "en", date=DATE).findings[0].criteria
    assert views[0].answer[0].text.startswith("Unknown — counted as 3")
    assert views[0].score_text == "3/4"
    assert views[1].answer[0].text == "Not applicable — excluded from the total"
    assert views[1].na_reason == (Piece("No cameras here", "en"),)
    assert views[1].score_text == "—"
    mini_assessment.set_answer(first, Answer())
    unanswered = build_report(mini_assessment, "en", date=DATE).findings[0].criteria[0]
    assert unanswered.answer[0].text == "Not answered — counted as unknown (3)"


def test_rubric_recommendations_follow_the_threshold_and_are_merged(mini_assessment: Assessment) -> None:
    first, second = (c.id for c in mini_assessment.rubric.criteria())
    mini_assessment.set_answer(first, Answer().scored(4))
    mini_assessment.set_answer(second, Answer().scored(0))
    mini_assessment.set_recommendations((Recommendation(Text.of("Publish the contract"), "vendor"),))
    measure = Measure(Text.of("Train the operators"), "state", "implemented")
    for criterion in (first, second):
        mini_assessment.set_answer(criterion, Answer(mitigation=(measure,)).scored(4 if criterion == first else 0))
    report = build_report(mini_assessment, "en", date=DATE)
    groups = {group.to: group for group in report.recommendations}
    assert [item.text[0].text for item in groups["vendor"].items] == ["Publish the contract"]
    state = [(item.text[0].text, item.source[0].text) for item in groups["state"].items]
    assert state == [("Train the operators", f"mitigation measure, {first}, {second}, implemented")]


def test_top_recommendations_put_what_a_red_flag_calls_for_first(realistic: Assessment) -> None:
    report = build_report(realistic, "en", date=DATE)
    flagged = next(c for c in realistic.rubric.criteria() if realistic.answer(c.id).red_flags)
    top = report.summary.top_recommendations
    assert len(top) == 5
    assert top[0].text[0].text == flagged.recommendations[0].text.get("en")
    assert all(item.priority <= later.priority for item, later in itertools.pairwise(top))
