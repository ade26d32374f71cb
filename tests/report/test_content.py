"""What the brief says, read back from the PDF as a reader's copy-and-paste or search would see it."""

from __future__ import annotations

from hria_app.core.assessment import Assessment
from hria_app.core.scoring import evaluate
from hria_app.report import render_pdf
from tests.report.builders import ENGLISH_NOTE, PUBLIC_EVIDENCE, PUBLIC_MEASURE, PUBLIC_RECOMMENDATION, THAI_NOTE
from tests.report.conftest import DATE, Render
from tests.report.pdf_tools import (
    body_text,
    flat,
    joined,
    link_targets,
    metadata,
    outline_titles,
    page_texts,
    text_of,
)


def test_the_summary_on_page_two_names_the_level_its_reasons_and_the_red_flags(
    brief: Render, realistic: Assessment
) -> None:
    result = evaluate(realistic)
    page_two = flat(page_texts(brief("en", False))[1])
    assert "Executive summary" in page_two
    assert result.overall.label.get("en") in page_two
    for reason in result.overall.reasons[:3]:
        text = flat(reason.text("en"))
        assert text[:1].upper() + text[1:] in page_two  # listed as sentences
    for flag in result.red_flags:
        assert flag.flag in page_two
        assert flat(flag.title.get("en")) in page_two


def test_every_right_every_raised_flag_and_the_notes_are_in_the_brief(brief: Render, realistic: Assessment) -> None:
    text = flat(body_text(brief("en", False)))
    for section in realistic.rubric.sections:
        assert flat(section.title.get("en")) in text
    for flag in evaluate(realistic).red_flags:
        assert f"{flag.flag} — {flat(flag.title.get('en'))}" in text
    assert ENGLISH_NOTE in text


def test_thai_notes_come_back_character_for_character(brief: Render) -> None:
    for lang in ("th", "en+th"):
        text = text_of(brief(lang, False))
        assert THAI_NOTE in text or joined(THAI_NOTE) in joined(text)
        # Line ends aside, the exact characters: tone marks, sara am, tail-less consonants.
        assert joined(THAI_NOTE) in joined(text)


def test_findings_show_answers_anchors_evidence_measures_and_what_was_counted(
    brief: Render, realistic: Assessment
) -> None:
    text = flat(body_text(brief("en", False)))
    scored = next(
        (c, realistic.answer(c.id))
        for c in realistic.rubric.criteria()
        if realistic.answer(c.id).status == "scored" and not realistic.answer(c.id).red_flags
    )
    criterion, answer = scored
    assert flat(criterion.question.get("en")) in text
    assert flat(criterion.anchors[answer.score or 0].get("en")) in text
    assert f"{PUBLIC_EVIDENCE} 1" in text
    assert "https://example.org/notice" in text
    assert "accessed 1 February 2025; reliability: probable" in text
    assert f"[implemented] To the State: {PUBLIC_MEASURE}" in text
    assert "Residual score: 1 (credited)" in text
    assert "Counted score: " in text


def test_unknown_and_not_applicable_answers_are_shown_as_such(brief: Render, realistic: Assessment) -> None:
    text = flat(body_text(brief("en", False)))
    unknown_value = realistic.rubric.scoring.unknown_counts_as
    assert f"Unknown — counted as {unknown_value}: unknown is never treated as safe" in text
    assert "Not applicable — excluded from the total" in text
    assert "No vendor contract exists for this component" in text


def test_results_by_right_table_gives_severity_likelihood_and_ratings(brief: Render, realistic: Assessment) -> None:
    text = flat(body_text(brief("en", False)))
    results_page = next(p for p in page_texts(brief("en", False)) if "Results by right" in p)
    assert "Severity" in results_page and "Likelihood" in results_page and "Residual" in results_page
    for section in evaluate(realistic).sections:
        assert f"{section.id} {flat(section.title.get('en'))}" in text
    # The charts' labels are text too: the heat map's axes and the bar chart's legend.
    assert "Inherent: severity and likelihood" in text
    assert "Residual: severity and likelihood" in text


def test_recommendations_are_grouped_by_addressee_and_follow_the_threshold(
    brief: Render, realistic: Assessment
) -> None:
    text = flat(body_text(brief("en", False)))
    recommendations = text[text.index("Recommendations To the State") :]
    assert PUBLIC_RECOMMENDATION in recommendations
    result = evaluate(realistic)
    threshold = realistic.rubric.scoring.recommend_at
    proposed = {
        flat(r.text.get("en"))
        for c in realistic.rubric.criteria()
        for r in c.recommendations
        if (result.criterion_scores[c.id] or -1) >= threshold
    }
    not_proposed = {
        flat(r.text.get("en"))
        for c in realistic.rubric.criteria()
        for r in c.recommendations
        if (result.criterion_scores[c.id] or -1) < threshold
    } - proposed
    assert proposed and not_proposed
    for item in proposed:
        assert item in recommendations
    for item in not_proposed:
        assert item not in recommendations
    order = [recommendations.index(heading) for heading in ("To the State", "To the vendor", "To investors")]
    assert order == sorted(order)


def test_methodology_and_references_annexes(brief: Render, realistic: Assessment) -> None:
    text = flat(body_text(brief("en", False)))
    rubric = realistic.rubric
    methodology = text[text.index("Methodology Rubric") :]
    for value in (rubric.id, rubric.version, rubric.fingerprint):
        assert value in methodology
    assert "Rights matrix. For each right" in methodology
    assert f"count as {rubric.scoring.unknown_counts_as} on the scale of 0 to {rubric.scoring.scale_max}" in methodology
    assert "Completeness: 41 of 41 criteria answered (100%)." in methodology
    references = text[text.index("References 1.") :]
    for reference in rubric.references:
        assert flat(reference.title.get("en")) in references


def test_every_page_but_the_cover_says_page_x_of_y_under_a_running_header(brief: Render) -> None:
    pages = page_texts(brief("en", False))
    assert "Page" not in pages[0]
    for number, page in enumerate(pages[1:], 2):
        assert f"Page {number} of {len(pages)}" in page
        assert "Live facial recognition in Phuket smart city" in page
        assert "CONFIDENTIAL — contains sources" in page


def test_metadata_has_title_subject_keywords_and_an_author_only_when_given(
    brief: Render, realistic: Assessment
) -> None:
    info = metadata(brief("en", False))
    assert info["/Title"] == "Live facial recognition in Phuket smart city"
    assert "Live facial recognition on 400 street cameras" in info["/Subject"]
    assert "facial-recognition-surveillance" in info["/Keywords"]
    assert "/Author" not in info
    signed = metadata(render_pdf(realistic, author="Research team", date=DATE))
    assert signed["/Author"] == "Research team"


def test_the_outline_lists_the_parts_and_every_right(brief: Render, realistic: Assessment) -> None:
    titles = outline_titles(brief("en", False))
    for part in (
        "Executive summary",
        "Results by right",
        "Findings by criterion",
        "Recommendations",
        "Methodology",
        "References",
    ):
        assert part in titles
    for section in realistic.rubric.sections:
        assert any(title.endswith(section.title.get("en")) for title in titles)


def test_cover_carries_title_deployment_location_organisation_date_and_classification(brief: Render) -> None:
    cover = flat(page_texts(brief("en", False))[0])
    for expected in (
        "Live facial recognition in Phuket smart city",
        "Live facial recognition on 400 street cameras",
        "Phuket, Thailand",
        "Digital Rights Watch Asia",
        "1 March 2025",
        "CONFIDENTIAL — contains sources",
    ):
        assert expected in cover
    public_cover = flat(page_texts(brief("en", True))[0])
    assert "PUBLIC BRIEF" in public_cover and "CONFIDENTIAL" not in public_cover


def test_thai_brief_uses_thai_text_and_buddhist_era_dates(brief: Render, realistic: Assessment) -> None:
    text = text_of(brief("th", False))
    assert "บทสรุปผู้บริหาร" in text
    assert "1 มีนาคม พ.ศ. 2568" in text
    for section in realistic.rubric.sections:
        assert joined(section.title.get("th")) in joined(text)


def test_missing_translations_are_marked_not_mixed_in_silently(brief: Render) -> None:
    text = joined(text_of(brief("th", False)))
    # The English-only note appears, marked, in the Thai brief.
    assert joined(ENGLISH_NOTE + " [ไม่มีคำแปล]") in text
    both = flat(text_of(brief("en+th", False)))
    assert ENGLISH_NOTE in both and joined(THAI_NOTE) in joined(both)


def test_links_in_evidence_are_clickable(brief: Render) -> None:
    assert "https://example.org/notice" in link_targets(brief("en", False))
