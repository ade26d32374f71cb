"""The brief as a Word document (python-docx), for the people who edit the text before it goes out.

Same content and order as the PDF (through the shared outline); headings are Word's own heading styles, so the
navigation pane and a table of contents work, and Thai is set in a Thai-capable complex-script font (w:cs) with
the Thai language mark, so Word and LibreOffice choose the right font and line breaking for it.
"""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from hria_app.report.model import Report
from hria_app.report.outline import Block, Grid, Heading, Items, Para, build_outline

THAI_FONT = "Noto Sans Thai"
LATIN_FONT = "Noto Sans"
_TONES = {"muted": RGBColor(0x5F, 0x63, 0x68), "warning": RGBColor(0xB3, 0x26, 0x1E)}
_STYLES = ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "Heading 4", "List Bullet", "List Number")


def render_docx(report: Report, when: dt.datetime) -> bytes:
    document = Document()
    _prepare(document, report, when)
    for block in build_outline(report):
        _add(document, block)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _prepare(document: DocumentObject, report: Report, when: dt.datetime) -> None:
    for name in _STYLES:
        _script_fonts(document.styles[name].element)
    props = document.core_properties
    # Only what the brief itself says: no author unless asked for, no template's leftovers.
    props.author = report.meta.author or ""
    props.last_modified_by = ""
    props.comments = ""
    props.category = ""
    # Word keeps at most 255 characters in each of these.
    props.title = _short(report.meta.title)
    props.subject = _short(report.meta.subject)
    props.keywords = _short(report.meta.keywords)
    props.created = props.modified = when.replace(tzinfo=None)
    props.last_printed = when.replace(tzinfo=None)
    props.revision = 1
    settings = document.settings.element
    update = OxmlElement("w:updateFields")  # Word offers to fill the table of contents on opening
    update.set(qn("w:val"), "true")
    settings.append(update)


def _short(text: str, limit: int = 255) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _script_fonts(style_element: object) -> None:
    rpr = style_element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(theme), None)
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)
    fonts.set(qn("w:cs"), THAI_FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:bidi"), "th-TH")


def _add(document: DocumentObject, block: Block) -> None:
    if isinstance(block, Heading):
        document.add_heading(block.text, level=block.level)
        if block.level == 0:
            _table_of_contents(document)
    elif isinstance(block, Para):
        paragraph = document.add_paragraph()
        run = paragraph.add_run(block.text)
        run.bold = block.tone in ("strong", "warning")
        if block.tone in _TONES:
            run.font.color.rgb = _TONES[block.tone]
        if block.tone == "muted":
            run.font.size = Pt(9)
    elif isinstance(block, Items):
        style = "List Number" if block.numbered else "List Bullet"
        for item in block.items:
            document.add_paragraph(item, style=style)
    elif isinstance(block, Grid):
        _grid(document, block)


def _grid(document: DocumentObject, grid: Grid) -> None:
    has_header = any(grid.header)
    table = document.add_table(rows=len(grid.rows) + int(has_header), cols=len(grid.header))
    table.style = "Table Grid"
    rows = list(table.rows)
    if has_header:
        for cell, text in zip(rows[0].cells, grid.header, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = True
        rows = rows[1:]
    for row, values in zip(rows, grid.rows, strict=True):
        for cell, text in zip(row.cells, values, strict=True):
            cell.text = text
    document.add_paragraph()


def _table_of_contents(document: DocumentObject) -> None:
    """A TOC field over the heading styles; Word fills it when it opens the file (updateFields)."""
    paragraph = document.add_paragraph()
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = 'TOC \\o "1-2" \\h \\z \\u'
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, code, separate):
        run._r.append(element)
    paragraph.add_run("")
    paragraph.add_run()._r.append(end)
