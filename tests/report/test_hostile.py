"""Whatever a user typed, the export succeeds and prints it literally; when it cannot write, it says why."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from hria_app.core.assessment import Answer, Assessment, Evidence
from hria_app.core.errors import HriaError
from hria_app.core.text import Text
from hria_app.report import ExportError, export_pdf, render_pdf
from tests.report.pdf_tools import body_text, flat, joined, page_texts, text_of

DATE = dt.date(2025, 3, 1)


def _with_note(assessment: Assessment, note: str, lang: str = "en") -> Assessment:
    first = next(assessment.rubric.criteria())
    assessment.set_answer(first.id, Answer(notes=Text({lang: note})).scored(2))
    return assessment


def test_markup_typed_by_a_user_prints_literally(mini_assessment: Assessment) -> None:
    note = "<b>not bold</b> & <script>alert('x')</script> AT&T &amp; &lt; <para> <br/> </font> <link href='x'>"
    mini_assessment.set_context(replace(mini_assessment.context, title=Text.of("<i>Title</i> & <u>co</u>")))
    text = flat(body_text(render_pdf(_with_note(mini_assessment, note), date=DATE)))
    assert note in text
    assert "<i>Title</i> & <u>co</u>" in text


def test_characters_the_font_lacks_do_not_break_the_export_and_copy_back(mini_assessment: Assessment) -> None:
    note = "Emoji 😀🔥 check ✓ star ★ Chinese 中文 Devanagari नमस्ते"
    text = flat(body_text(render_pdf(_with_note(mini_assessment, note), date=DATE)))
    assert note in text  # drawn as boxes, but searching and copying give the characters back


def test_right_to_left_text_is_kept(mini_assessment: Assessment) -> None:
    hebrew, arabic = "שלום עולם", "مرحبا بالعالم"
    text = body_text(render_pdf(_with_note(mini_assessment, f"{hebrew} and {arabic}"), date=DATE))
    for word in (*hebrew.split(), *arabic.split()):
        assert word in text or word[::-1] in text  # extractors differ on the order they give RTL runs


def test_control_characters_and_broken_surrogates_are_dropped_not_fatal(mini_assessment: Assessment) -> None:
    note = "tab\there nul\x00 bell\x07 escape\x1b lone\ud800surrogate soft\xadhyphen end"
    text = flat(body_text(render_pdf(_with_note(mini_assessment, note), date=DATE)))
    assert "tab here nul bell escape lonesurrogate softhyphen end" in text


def test_a_50000_character_note_flows_across_pages_whole(mini_assessment: Assessment) -> None:
    words = [f"w{n:05d}" for n in range(8400)]
    note = " ".join(words)[:50_000]
    pdf = render_pdf(_with_note(mini_assessment, note), date=DATE)
    assert len(page_texts(pdf)) > 12
    assert flat(note) in flat(body_text(pdf))


def test_a_50000_character_title_is_cut_short_on_cover_and_header_and_kept_whole_inside(
    mini_assessment: Assessment,
) -> None:
    title = "ระบบจดจำใบหน้า " * 3400
    mini_assessment.set_context(replace(mini_assessment.context, title=Text({"th": title})))
    pdf = render_pdf(mini_assessment, lang="th", date=DATE)
    pages = page_texts(pdf)
    assert "…" in pages[0] and len(pages[0]) < 2000
    header = pages[-1].splitlines()[-4:]
    assert any(line.endswith("…") and len(line) < 200 for line in header)
    assert joined(title) in joined(body_text(pdf))


def test_a_50000_character_word_is_cut_to_fit_not_lost(mini_assessment: Assessment) -> None:
    note = "x" * 50_000
    pdf = render_pdf(_with_note(mini_assessment, note), date=DATE)
    assert joined(body_text(pdf)).count("x") >= 50_000


def test_a_long_thai_note_flows_across_pages(mini_assessment: Assessment) -> None:
    note = "ปัญญาและฐานข้อมูลของประชาชน " * 1800
    pdf = render_pdf(_with_note(mini_assessment, note, "th"), lang="th", date=DATE)
    assert len(page_texts(pdf)) > 10
    assert joined(note) in joined(body_text(pdf))


def test_500_evidence_items_on_one_criterion(mini_assessment: Assessment) -> None:
    first = next(mini_assessment.rubric.criteria())
    evidence = tuple(
        Evidence(Text.of(f"Source number {n:03d}"), f"https://example.org/{n}", "2025-01-01", "possible")
        for n in range(1, 501)
    )
    mini_assessment.set_answer(first.id, Answer(evidence=evidence).scored(3))
    text = flat(body_text(render_pdf(mini_assessment, date=DATE)))
    for n in (1, 250, 500):
        assert f"{n}. Source number {n:03d} — https://example.org/{n}" in text


def test_hostile_links_are_shown_not_followed(mini_assessment: Assessment) -> None:
    first = next(mini_assessment.rubric.criteria())
    links = ('https://example.org/?a="b"&c=<d>', "javascript:alert(1)", "file:///etc/passwd")
    evidence = tuple(Evidence(Text.of(f"Item {n}"), link) for n, link in enumerate(links))
    mini_assessment.set_answer(first.id, Answer(evidence=evidence).scored(1))
    pdf = render_pdf(mini_assessment, date=DATE)
    text = flat(body_text(pdf))
    for link in links:
        assert link in text
    from tests.report.pdf_tools import link_targets

    assert not [target for target in link_targets(pdf) if not target.startswith("https://")]


@pytest.mark.parametrize("lang", ["en", "th", "en+th"])
def test_an_empty_assessment_exports(mini_assessment: Assessment, lang: str) -> None:
    mini_assessment.set_context(replace(mini_assessment.context, title=Text()))
    text = flat(text_of(render_pdf(mini_assessment, lang=lang, date=DATE)))
    assert {"en": "Untitled assessment", "th": "การประเมินที่ยังไม่มีชื่อ", "en+th": "Untitled assessment"}[lang] in text
    if lang != "th":
        assert "Not answered — counted as unknown" in text


def test_an_unwritable_destination_fails_with_a_message_and_no_file(
    mini_assessment: Assessment, tmp_path: Path
) -> None:
    target = tmp_path / "missing-folder" / "brief.pdf"
    with pytest.raises(HriaError, match="cannot write"):
        export_pdf(mini_assessment, target, date=DATE)
    assert not target.exists()


@pytest.mark.expected_log_warning
def test_a_failed_render_leaves_the_previous_file_untouched(
    mini_assessment: Assessment, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"previous brief")

    def broken(*args: object) -> list[object]:
        raise RuntimeError("layout exploded")

    monkeypatch.setattr("hria_app.report.export.build_story", broken)
    with pytest.raises(ExportError, match="could not create the PDF brief: RuntimeError: layout exploded"):
        export_pdf(mini_assessment, target, date=DATE)
    assert target.read_bytes() == b"previous brief"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]
