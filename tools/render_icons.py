"""Render resources/icons/hria.svg to the PNG sizes desktops ask for, and a Windows .ico from them.

Run after changing the SVG: `.venv/bin/python tools/render_icons.py`. The PNGs are committed, so neither the
app nor a package build needs an SVG renderer.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "hria.svg"))
    if not renderer.isValid():
        print("hria.svg is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        render(renderer, size).save(str(ICONS / f"hria-{size}.png"))
    largest = Image.open(ICONS / "hria-256.png")
    largest.save(ICONS / "hria.ico", sizes=[(s, s) for s in ICO_SIZES])
    print(f"wrote {len(SIZES)} PNGs and hria.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
