"""Small made-up files for the evidence screenshot: a photo and a one-page notice."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtGui import QColor, QImage


def photo_png(path: Path) -> Path:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#6b8e9f"))
    image.save(str(path), "PNG")
    return path


def notice_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, invariant=True)
    page.drawString(72, 720, "Notice of procurement: city camera network, phase 2")
    page.showPage()
    page.save()
    path.write_bytes(out.getvalue())
    return path
