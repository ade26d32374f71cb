"""Render two pages of the sample's brief as images for the documentation (needs pdftoppm)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hria_app.core.assessment_file import load_assessment  # noqa: E402
from hria_app.report import export_pdf  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "nakhon-thani-findface.hria"
IMAGES = ROOT / "docs" / "images"
PAGES = [("en", False, 1, "brief-cover.png"), ("th", True, 2, "brief-summary-thai.png")]


def main() -> None:
    assessment = load_assessment(SAMPLE)
    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        for lang, public, page, name in PAGES:
            pdf = Path(folder) / f"{lang}.pdf"
            export_pdf(assessment, pdf, lang=lang, public=public, date="2026-11-26")
            stem = Path(folder) / name.removesuffix(".png")
            subprocess.run(
                ["pdftoppm", "-r", "90", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf), str(stem)],
                check=True,
            )
            (IMAGES / name).write_bytes(stem.with_suffix(".png").read_bytes())
            print(f"wrote docs/images/{name}")


if __name__ == "__main__":
    main()
