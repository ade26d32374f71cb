"""Reading back what a PDF says: its text as extractors see it, its metadata, outline and links."""

from __future__ import annotations

import base64
import contextlib
import io
import shutil
import subprocess
import tempfile
import zlib
from pathlib import Path

from pypdf import PdfReader

from hria_app.report.labels import label

HAS_POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdftoppm") is not None


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in reader(pdf).pages]


def text_of(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


FURNITURE_LINES = 4  # classification, title, page number, rubric: drawn last on every page but the cover


def body_text(pdf: bytes) -> str:
    """The text of every page without the running header and footer and the draft mark, so that text flowing
    across a page break reads as one."""
    pages = [_without_marks(page) for page in page_texts(pdf)]
    bodies = [pages[0]] + ["\n".join(page.splitlines()[:-FURNITURE_LINES]) for page in pages[1:]]
    return "\n".join(bodies)


def _without_marks(page: str) -> str:
    marks = {label("draft_mark", "en"), label("draft_mark", "th")}
    marks |= {label("incomplete_mark", lang, answered=0, total=0).split(" —")[0] + " —" for lang in ("en", "th")}
    return "\n".join(line for line in page.splitlines() if not any(mark in line for mark in marks))


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces made single spaces: extraction breaks lines where the PDF does."""
    return " ".join(text.split())


def joined(text: str) -> str:
    """Text with every line break and space removed, for Thai, which a line may end inside of a phrase."""
    return "".join(text.split())


def metadata(pdf: bytes) -> dict[str, str]:
    info = reader(pdf).metadata or {}
    return {str(key): str(value) for key, value in info.items()}


def outline_titles(pdf: bytes) -> list[str]:
    titles: list[str] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))  # type: ignore[attr-defined]

    walk(reader(pdf).outline)
    return titles


def link_targets(pdf: bytes) -> list[str]:
    targets = []
    for page in reader(pdf).pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None and "/URI" in action:
                targets.append(str(action["/URI"]))
    return targets


def poppler_text(pdf: bytes, *options: str) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "brief.pdf"
        path.write_bytes(pdf)
        result = subprocess.run(["pdftotext", *options, str(path), "-"], capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def render_png(pdf: bytes, dpi: int, page: int = 1) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.pdf"
        path.write_bytes(pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                str(dpi),
                "-f",
                str(page),
                "-l",
                str(page),
                "-png",
                "-gray",
                str(path),
                str(Path(folder) / "out"),
            ],
            check=True,
            capture_output=True,
        )
        return next(Path(folder).glob("out*.png")).read_bytes()


def everything_readable(pdf: bytes) -> str:
    """Text, metadata, outline and link targets, plus every stream decompressed: whatever a tool could read."""
    parts = [text_of(pdf), *metadata(pdf).values(), *outline_titles(pdf), *link_targets(pdf)]
    start = pdf.find(b"stream\n")
    while start >= 0:
        end = pdf.find(b"endstream", start)
        parts.append(_decoded(pdf[start + 7 : end]).decode("latin-1"))
        start = pdf.find(b"stream\n", end + len(b"endstream"))
    parts.append(pdf.decode("latin-1"))
    return "\n".join(parts)


def _decoded(stream: bytes) -> bytes:
    """A stream's content with reportlab's filters (ASCII85, Flate) undone; as it is if neither applies."""
    text = stream.strip()
    if text.endswith(b"~>"):
        with contextlib.suppress(ValueError):
            stream = base64.a85decode(text if text.startswith(b"<~") else b"<~" + text, adobe=True)
    with contextlib.suppress(zlib.error):
        stream = zlib.decompressobj().decompress(stream)
    return stream
