"""PDF brief speed: a realistic full assessment and a 500-criterion one, each against plain reportlab.

The baselines render the same paragraph texts as one plain reportlab story (no tables, charts, word segmentation
or page furniture) in the same run: with an unshaped TrueType font, and for Thai also with reportlab's own
HarfBuzz shaping. The ratio is the cost of everything the brief adds to reportlab itself. The Thai brief is also
compared with the English brief of the same assessment. Goals (issue "Speed at the limit"): Thai <= 1.5x English
and <= 2x the shaped bare story.
"""

from __future__ import annotations

import datetime as dt
import io
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.synthetic import assessment as synthetic_assessment
from benchmarks.verdict import verdict
from hria_app.core.assessment import Answer, Assessment, Context, Evidence, Measure, Recommendation, SectionInput
from hria_app.core.rubric_loader import load_rubric
from hria_app.core.text import Text

RUBRIC = Path(__file__).resolve().parent.parent / "rubrics" / "facial-recognition-surveillance.yaml"
DATE = dt.date(2025, 3, 1)
NOTE_EN = (
    "The operator confirmed in a meeting that live matching runs on all 400 cameras at night; the watchlist "
    "policy was not shared. City council minutes of 12 March describe the system as 'fully automated'. "
)
NOTE_TH = "เจ้าหน้าที่ยืนยันว่าระบบจับคู่ใบหน้าแบบเรียลไทม์ทำงานบนกล้องทั้ง 400 ตัวในเวลากลางคืน แต่ไม่เปิดเผยนโยบายบัญชีเฝ้าระวัง"


def realistic_assessment() -> Assessment:
    """The facial-recognition rubric answered as a field team would: notes in both languages, a few sources and
    measures per criterion, some unknowns, one red flag."""
    rubric = load_rubric(RUBRIC)
    a = Assessment(rubric=rubric)
    a.set_context(
        Context(
            title=Text({"en": "Live facial recognition in Phuket", "th": "ระบบจดจำใบหน้าแบบเรียลไทม์ในภูเก็ต"}),
            deployment=Text.of("Live facial recognition on 400 street cameras"),
            location=Text.of("Phuket, Thailand"),
            organisation=Text.of("Digital Rights Watch Asia"),
            assessors=("A. Assessor",),
            background=Text({"en": NOTE_EN * 3, "th": NOTE_TH * 2}),
        )
    )
    for index, criterion in enumerate(rubric.criteria()):
        evidence = tuple(
            Evidence(
                Text.of(f"Procurement notice {index}-{n}"),
                f"https://example.org/notice/{index}/{n}",
                "2025-02-01",
                "probable",
                confidential=n == 2,
            )
            for n in range(3)
        )
        answer = Answer(
            notes=Text({"en": NOTE_EN * 2, "th": NOTE_TH}),
            confidence="documented",
            evidence=evidence,
            mitigation=(Measure(Text.of("Publish the watchlist criteria"), "state", "planned"),),
        )
        a.set_answer(criterion.id, answer.marked("unknown") if index % 7 == 3 else answer.scored(index % 5))
    first = next(rubric.criteria())
    a.set_answer(first.id, replace(a.answer(first.id), red_flags=first.red_flags[:1]))
    for section in rubric.sections:
        a.set_section_input(section.id, SectionInput(scale=3, scope=3, irremediability=4))
    a.set_recommendations((Recommendation(Text.of("Suspend live matching until a law is passed"), "state"),))
    return a


def best_seconds(action: Callable[[], object], repeat: int) -> float:
    """The best of `repeat` runs in CPU seconds: other processes on a busy machine do not inflate it."""
    times = []
    for _ in range(repeat):
        started = time.process_time()
        action()
        times.append(time.process_time() - started)
    return min(times)


def baseline(a: Assessment, lang: str, shaping: bool = False) -> Callable[[], bytes]:
    """The brief's paragraph texts, ready to render as one plain reportlab story."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from hria_app.report.build import build_report
    from hria_app.report.export import build_story
    from hria_app.report.fonts import FONT_FILES, font_dir, register_fonts
    from hria_app.report.styles import make_styles

    register_fonts()
    if "BenchPlain" not in pdfmetrics.getRegisteredFontNames():
        for name, file_name in zip(("BenchPlain", "BenchPlain-Bold"), FONT_FILES.values(), strict=True):
            pdfmetrics.registerFont(TTFont(name, str(font_dir() / file_name)))
        from reportlab.lib.fonts import addMapping

        for bold in (0, 1):
            for italic in (0, 1):
                addMapping("BenchPlain", bold, italic, "BenchPlain-Bold" if bold else "BenchPlain")
    texts = [(p.text, p.style) for p in _paragraphs(build_story(build_report(a, lang, date=DATE), make_styles()))]

    def render() -> bytes:
        story = [Paragraph(text, _plain(style, shaping)) for text, style in texts]
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, invariant=1).build(story)
        return buffer.getvalue()

    return render


def _plain(style: Any, shaping: bool) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(style.name, parent=style, fontName="BenchPlain", keepWithNext=0, shaping=int(shaping))


def _paragraphs(flowables: list[Any]) -> Iterator[Any]:
    from reportlab.platypus import Paragraph, Table

    for flowable in flowables:
        if isinstance(flowable, Paragraph):
            yield flowable
        elif isinstance(flowable, Table):
            for row in flowable._cellvalues:
                for cell in row:
                    yield from _paragraphs(cell if isinstance(cell, list | tuple) else [cell])


def compare(label: str, a: Assessment, lang: str, repeat: int, goal: float, shaped: bool = False) -> float:
    from hria_app.report import render_pdf

    ours = best_seconds(lambda: render_pdf(a, lang=lang, date=DATE), repeat)
    plain = best_seconds(baseline(a, lang), repeat)
    print(f"{label}: {ours:6.2f} s CPU  (goal <= {goal:g} s)")
    print(f"  baseline, same paragraphs as one plain reportlab story:   {plain:6.2f} s  ratio {ours / plain:.2f}x")
    if shaped:
        with_shaping = best_seconds(baseline(a, lang, shaping=True), repeat)
        print(
            f"  baseline, the same story shaped by reportlab (HarfBuzz): {with_shaping:6.2f} s  ratio "
            f"{ours / with_shaping:.2f}x  (goal <= 2x: {verdict(ours / with_shaping, 2)})"
        )
    return ours


def main() -> None:
    from hria_app.report import render_pdf
    from hria_app.report.thai_words import warm_up

    realistic = realistic_assessment()
    started = time.process_time()
    render_pdf(realistic, lang="en", date=DATE)
    first = time.process_time() - started
    started = time.process_time()
    warm_up()
    thai_load = time.process_time() - started
    print(
        f"first export in a process (fonts, imports): {first:6.2f} s; loading the Thai word list once: "
        f"{thai_load:5.2f} s"
    )
    english = compare("realistic full assessment, English (41 criteria)", realistic, "en", 3, 1)
    thai = compare("realistic full assessment, Thai", realistic, "th", 3, 1, shaped=True)
    ratio = thai / english
    print(f"  Thai brief against the English brief of the same assessment: {ratio:.2f}x  ", end="")
    print(f"(goal <= 1.5x: {verdict(ratio, 1.5)})")
    big = synthetic_assessment(500, note_chars=2000)
    compare("synthetic 500-criterion assessment, 2,000-character notes", big, "en", 1, 10)


if __name__ == "__main__":
    main()
