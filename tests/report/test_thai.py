"""Thai done right: drawn as a Thai reader expects, extracted as written, broken only between words."""

from __future__ import annotations

import datetime as dt
import io

import pytest
import uharfbuzz
from PIL import Image, ImageChops, ImageFilter
from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from hria_app.core.assessment import Answer, Assessment
from hria_app.core.text import Text
from hria_app.report import render_pdf
from hria_app.report.document import Furniture, PagedCanvas
from hria_app.report.fonts import REGULAR, font_dir, register_fonts
from hria_app.report.paragraphs import ShapedParagraph
from hria_app.report.rich import draw_text
from tests.report.builders import THAI_NOTE
from tests.report.conftest import Render
from tests.report.pdf_tools import HAS_POPPLER, body_text, joined, page_texts, poppler_text, render_png
from tests.report.thai_tools import newmm_words

SENTENCES = ("ที่นี่มีผู้นำสิ่งต้องห้าม", "ปัญญาและฐานข้อมูลของประชาชน")
STACKS = "ป่า ฝ้าย ฟื้น ปั้น น้ำ ฐู ญุ"
SIZE = 30.0
X, Y = 20.0, 40.0
PAGE = (560.0, 100.0)
needs_poppler = pytest.mark.skipif(not HAS_POPPLER, reason="poppler-utils (pdftoppm, pdftotext) not installed")


def _canvas(buffer: io.BytesIO) -> PagedCanvas:
    furniture = Furniture("", "", False, "", lambda page, pages: "")
    return PagedCanvas(buffer, pagesize=PAGE, invariant=1, furniture=furniture)


def _through_paragraph(text: str) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    style = ParagraphStyle("sample", fontName=REGULAR, fontSize=SIZE, leading=SIZE * 1.5)
    paragraph = ShapedParagraph(text, style)
    _, height = paragraph.wrap(PAGE[0], PAGE[1])
    first = paragraph.blPara.lines[0]
    drop = SIZE if rl_config.paraFontSizeHeightOffset else first.ascent
    paragraph.drawOn(canvas, X, Y - height + drop)  # first baseline at Y
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _through_canvas(text: str) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    draw_text(canvas, X, Y, text, REGULAR, SIZE)  # what headers and chart labels use
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _unshaped(text: str) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE, invariant=1)
    canvas.setFont(REGULAR, SIZE)
    canvas.drawString(X, Y, text)
    canvas.save()
    return buffer.getvalue()


class _Outline:
    """A pen that draws HarfBuzz glyph outlines as a reportlab path (quadratic curves made cubic)."""

    def __init__(self, path: object, x: float, y: float, scale: float) -> None:
        self.path, self.x, self.y, self.scale = path, x, y, scale
        self.current = (0.0, 0.0)

    def _at(self, point: tuple[float, float]) -> tuple[float, float]:
        return self.x + point[0] * self.scale, self.y + point[1] * self.scale

    def moveTo(self, point: tuple[float, float]) -> None:
        self.path.moveTo(*self._at(point))  # type: ignore[attr-defined]
        self.current = point

    def lineTo(self, point: tuple[float, float]) -> None:
        self.path.lineTo(*self._at(point))  # type: ignore[attr-defined]
        self.current = point

    def qCurveTo(self, control: tuple[float, float], end: tuple[float, float]) -> None:
        (x0, y0), (cx, cy), (x1, y1) = self.current, control, end
        c1 = (x0 + 2 / 3 * (cx - x0), y0 + 2 / 3 * (cy - y0))
        c2 = (x1 + 2 / 3 * (cx - x1), y1 + 2 / 3 * (cy - y1))
        self.path.curveTo(*self._at(c1), *self._at(c2), *self._at(end))  # type: ignore[attr-defined]
        self.current = end

    def curveTo(self, c1: tuple[float, float], c2: tuple[float, float], end: tuple[float, float]) -> None:
        self.path.curveTo(*self._at(c1), *self._at(c2), *self._at(end))  # type: ignore[attr-defined]
        self.current = end

    def closePath(self) -> None:
        self.path.close()  # type: ignore[attr-defined]


def _reference(text: str) -> bytes:
    """The text as HarfBuzz alone places it, drawn as outlines: no PDF text machinery involved."""
    data = (font_dir() / "NotoSansThai-Regular.ttf").read_bytes()
    font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(data)))
    buffer_ = uharfbuzz.Buffer()
    buffer_.add_str(text)
    buffer_.guess_segment_properties()
    uharfbuzz.shape(font, buffer_, {"kern": True, "liga": True})
    scale = SIZE / font.face.upem
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=PAGE, invariant=1)
    path = canvas.beginPath()
    pen_x = X
    for info, position in zip(buffer_.glyph_infos, buffer_.glyph_positions, strict=True):
        pen = _Outline(path, pen_x + position.x_offset * scale, Y + position.y_offset * scale, scale)
        font.draw_glyph_with_pen(info.codepoint, pen)
        pen_x += position.x_advance * scale
    canvas.drawPath(path, stroke=0, fill=1, fillMode=0)
    canvas.save()
    return out.getvalue()


def _ink_difference(a: bytes, b: bytes) -> float:
    """Share of the inked area where two renderings disagree. Both are blurred first: text and filled outlines
    are anti-aliased differently at their edges, while a misplaced or missing mark is a whole blob."""
    first, second = (
        Image.open(io.BytesIO(render_png(pdf, 150))).convert("L").filter(ImageFilter.GaussianBlur(2)) for pdf in (a, b)
    )
    differing = sum(ImageChops.difference(first, second).histogram()[64:])
    inked = sum(ImageChops.darker(first, second).histogram()[:128])
    return differing / inked


@needs_poppler
@pytest.mark.parametrize("text", [*SENTENCES, STACKS], ids=["tone-marks", "descenders", "stacked-marks"])
@pytest.mark.parametrize("draw", [_through_paragraph, _through_canvas], ids=["paragraph", "canvas"])
def test_thai_is_drawn_where_the_shaper_places_every_glyph(text: str, draw: object) -> None:
    reference = _reference(text)
    ours = _ink_difference(draw(text), reference)  # type: ignore[operator]
    unshaped = _ink_difference(_unshaped(text), reference)
    assert ours < 0.005, f"{ours:.4f} of the ink differs from HarfBuzz's placement"
    assert unshaped > 0.01  # the comparison can tell: unshaped, marks hide, collide or lose their small forms


@needs_poppler
def test_a_tone_mark_over_an_upper_vowel_stands_above_it() -> None:
    def ink_top(pdf: bytes) -> int:
        image = Image.open(io.BytesIO(render_png(pdf, 150))).convert("L")
        box = ImageChops.invert(image).getbbox()
        assert box is not None
        return box[1]

    # "ที่": mai ek over sara ii. Shaped, the mark stands clear above the vowel; unshaped, it sinks into it.
    rise = ink_top(_through_paragraph("ที")) - ink_top(_through_paragraph("ที่"))
    sunk = ink_top(_unshaped("ที")) - ink_top(_unshaped("ที่"))
    assert rise >= 10
    assert rise > 2 * sunk


def _brief_with_note(assessment: Assessment, note: str, lang: str = "th") -> bytes:
    first = next(assessment.rubric.criteria())
    assessment.set_answer(first.id, Answer(notes=Text({"th": note})).scored(2))
    return render_pdf(assessment, lang=lang, date=dt.date(2025, 3, 1))


@pytest.mark.parametrize("lang", ["th", "en+th"])
def test_extracted_thai_is_exactly_what_was_written(mini_assessment: Assessment, lang: str) -> None:
    note = " ".join(SENTENCES)
    text = body_text(_brief_with_note(mini_assessment, note, lang))
    assert note in text.replace("\n", " ") or joined(note) in joined(text)
    for sentence in SENTENCES:
        assert sentence in text  # each sentence fits on one line, so it must come back character for character


@needs_poppler
def test_poppler_extracts_the_thai_as_written_too(brief: Render) -> None:
    pdf = brief("th", False)
    for options in ((), ("-raw",)):
        assert joined(THAI_NOTE) in joined(poppler_text(pdf, *options))
        for sentence in SENTENCES:
            assert sentence in poppler_text(pdf, *options)


def test_lines_break_only_between_thai_words(mini_assessment: Assessment) -> None:
    note = (
        "การใช้ระบบจดจำใบหน้าแบบเรียลไทม์ในพื้นที่สาธารณะโดยไม่มีกฎหมายเฉพาะรองรับถือเป็นการละเมิดสิทธิในความเป็นส่วนตัว"
        "ของประชาชนทุกคนที่สัญจรผ่านกล้องซึ่งเจ้าหน้าที่ปฏิเสธที่จะเปิดเผยนโยบายการเก็บรักษาข้อมูลใบหน้าและรายชื่อบุคคลในบัญชีเฝ้าระวัง"
        + "".join(SENTENCES)
        * 3
    )
    text = body_text(_brief_with_note(mini_assessment, note))
    lines = _lines_of(note, [joined(line) for line in text.splitlines()])
    assert "".join(lines) == note, "the note's lines, in order, give the note back"
    assert len(lines) >= 3
    boundaries = set()
    position = 0
    for word in newmm_words(note):
        position += len(word)
        boundaries.add(position)
    ends = [sum(len(line) for line in lines[: i + 1]) for i in range(len(lines) - 1)]
    inside = [note[end - 6 : end] + "|" + note[end : end + 6] for end in ends if end not in boundaries]
    assert not inside, f"lines end inside words: {inside}"


def _lines_of(paragraph: str, lines: list[str]) -> list[str]:
    """The run of consecutive lines that spells `paragraph`."""
    for start, line in enumerate(lines):
        if len(line) < 10 or not paragraph.startswith(line):
            continue
        run: list[str] = []
        for following in lines[start:]:
            if not paragraph.startswith("".join(run) + following):
                break
            run.append(following)
        if "".join(run) == paragraph:
            return run
    return []


def test_thai_headers_and_chart_labels_carry_their_text(brief: Render, realistic: Assessment) -> None:
    pages = page_texts(brief("th", False))
    header_title = realistic.context.title.get("th")
    assert all(header_title in page for page in pages[1:])
    results = next(page for page in pages if "ผลการประเมินรายสิทธิ" in page)
    assert "ก่อนมาตรการบรรเทา: ความรุนแรงและโอกาสเกิด" in results
    assert "ความรุนแรง" in results and "โอกาสเกิด" in results
