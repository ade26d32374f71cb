"""The PDF document: page templates, running header and "page x of y", outline, metadata, progress."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from hria_app.report.blocks import Heading
from hria_app.report.fonts import BOLD, REGULAR
from hria_app.report.labels import label
from hria_app.report.localise import plain
from hria_app.report.model import Meta
from hria_app.report.rich import draw_text, fit
from hria_app.report.styles import (
    CONFIDENTIAL,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_SIZE,
    PUBLIC,
    RULE,
)
from hria_app.report.textout import ShapedTextObject

Progress = Callable[[int, int], None]
CREATOR = "HRIA: human-rights impact assessment of surveillance"


@dataclass(frozen=True)
class Furniture:
    """What every page but the cover carries."""

    title: str
    classification: str
    public: bool
    footer_left: str
    page_label: Callable[[int, int], str]
    # Warnings every page carries, the cover included ("DRAFT — not for publication").
    marks: tuple[str, ...] = ()


class _Moment:
    """A time as reportlab's PDFDate reads it (its TimeStamp's fields), always in UTC."""

    def __init__(self, moment: dt.datetime) -> None:
        utc = moment.astimezone(dt.timezone.utc) if moment.tzinfo else moment
        self.YMDhms = (utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second)
        self.dhh = self.dmm = 0


class _Info(PDFInfo):  # type: ignore[misc]
    """Document information that leaves out the author unless one was given, dated with the export's moment."""

    author = None
    created: dt.datetime | None = None

    def digest(self, md5object: Any) -> None:
        for value in (self.title, self.author or "", self.subject, self.keywords):
            md5object.update(str(value).encode("utf-8"))

    def format(self, document: Any) -> bytes:
        entries: dict[str, Any] = {"Title": PDFString(self.title)}
        if self.author:
            entries["Author"] = PDFString(self.author)
        moment = _Moment(self.created) if self.created is not None else document._timeStamp
        entries["CreationDate"] = entries["ModDate"] = PDFDate(ts=moment, dateFormatter=self._dateFormatter)
        entries |= {
            "Producer": PDFString(self.producer),
            "Creator": PDFString(self.creator),
            "Subject": PDFString(self.subject),
            "Keywords": PDFString(self.keywords),
            "Trapped": PDFName(self.trapped),
        }
        return PDFDictionary(entries).format(document)  # type: ignore[no-any-return]


class PagedCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end so that each can say "page x of y"."""

    def __init__(self, *args: Any, furniture: Furniture, created: dt.datetime | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._doc.info = _Info()
        self._doc.info.created = created
        self._furniture = furniture
        self._held: list[tuple[dict[str, Any], list[tuple[str, float]]]] = []
        self._page_bookmarks: list[tuple[str, float]] = []

    def beginText(self, x: float = 0, y: float = 0, direction: str | None = None) -> ShapedTextObject:
        return ShapedTextObject(self, x, y, direction=direction)

    def setAuthor(self, author: str | None) -> None:
        self._doc.info.author = author or None

    def bookmark_here(self, key: str, top: float) -> None:
        """A destination on the page being drawn, `top` points from its foot. The PDF page it refers to exists only
        when the held page is written out, so it is made then: made now, every bookmark would open page 1."""
        self._page_bookmarks.append((key, top))

    def showPage(self) -> None:
        self._held.append((dict(self.__dict__), self._page_bookmarks))
        self._page_bookmarks = []
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, (state, bookmarks) in enumerate(self._held, 1):
            self.__dict__.update(state)
            for key, top in bookmarks:
                self.bookmarkPage(key, fit="XYZ", top=top, left=0, zoom=0)
            if number > 1:
                self._draw_furniture(number, total)
            self._draw_marks()
            super().showPage()
        super().save()

    def _draw_furniture(self, number: int, total: int) -> None:
        f = self._furniture
        width, height = PAGE_SIZE
        top = height - MARGIN_TOP + 10
        self.saveState()
        self.setFillColor(PUBLIC if f.public else CONFIDENTIAL)
        classification_width = draw_text(self, width - MARGIN_RIGHT, top + 4, f.classification, BOLD, 7.5, "end")
        self.setFillColor(MUTED)
        title = fit(f.title, REGULAR, 7.5, FRAME_WIDTH - classification_width - 20)
        draw_text(self, MARGIN_LEFT, top + 4, title, REGULAR, 7.5)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_LEFT, top, width - MARGIN_RIGHT, top)
        bottom = MARGIN_BOTTOM - 12
        self.line(MARGIN_LEFT, bottom + 10, width - MARGIN_RIGHT, bottom + 10)
        page = draw_text(self, width - MARGIN_RIGHT, bottom, f.page_label(number, total), REGULAR, 7.5, "end")
        draw_text(self, MARGIN_LEFT, bottom, fit(f.footer_left, REGULAR, 7.5, FRAME_WIDTH - page - 20), REGULAR, 7.5)
        self.restoreState()

    def _draw_marks(self) -> None:
        if not self._furniture.marks:
            return
        width, height = PAGE_SIZE
        self.saveState()
        self.setFillColor(CONFIDENTIAL)
        draw_text(self, width / 2, height - 11 * 2.8346, "   ·   ".join(self._furniture.marks), BOLD, 9, "middle")
        self.restoreState()


class BriefDocument(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: io.BytesIO, meta: Meta, progress: Progress | None, total_steps: int) -> None:
        super().__init__(
            buffer,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=meta.title,
            subject=meta.subject,
            keywords=meta.keywords,
            author=meta.author,
            creator=CREATOR,
            # Repeatable bytes (no time in the file's /ID, no comments); the creation date is set by PagedCanvas.
            invariant=1,
            pageCompression=1,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("cover", [frame]), PageTemplate("page", [frame])])
        self._progress = progress
        self._total_steps = total_steps
        self._reported = -1
        self._bookmarks = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading) and flowable.outline_title:
            self._bookmarks += 1
            key = f"h{self._bookmarks}"
            frame = self.frame
            top = min(frame._y + flowable.height + flowable.getSpaceAfter() + 6, PAGE_SIZE[1])
            self.canv.bookmark_here(key, top)
            self.canv.addOutlineEntry(flowable.outline_title, key, level=flowable.outline_level, closed=True)
        step = getattr(flowable, "hria_step", None)
        # At most about two hundred calls, however long the brief.
        if step is not None and self._progress is not None and step * 200 // self._total_steps > self._reported:
            self._reported = step * 200 // self._total_steps
            self._progress(step, self._total_steps)


def furniture_for(
    meta: Meta, langs: tuple[str, ...], public: bool, footer_left: str, marks: tuple[str, ...] = ()
) -> Furniture:
    def page_label(page: int, pages: int) -> str:
        return " / ".join(label("page_of", lang, page=page, pages=pages) for lang in langs)

    return Furniture(plain(meta.header_title), plain(meta.classification), public, footer_left, page_label, marks)
