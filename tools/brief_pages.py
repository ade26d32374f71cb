"""Render two pages of the sample's brief as images for the documentation (needs pdftoppm)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dataclasses import replace  # noqa: E402

from hria_app.core.assessment import Answer, Assessment, new_assessment  # noqa: E402
from hria_app.core.assessment_file import load_assessment  # noqa: E402
from hria_app.core.rubric_loader import load_rubric  # noqa: E402
from hria_app.core.text import Text  # noqa: E402
from hria_app.report import export_pdf  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "nakhon-thani-findface.hria"
IMAGES = ROOT / "docs" / "images"
PAGES = [("en", False, 1, "brief-cover.png"), ("th", True, 2, "brief-summary-thai.png")]
# A first try: three of 41 criteria answered. The cover says so beside the level, every page is marked INCOMPLETE,
# and the summary says first that the level rests on unknowns.
FIRST_TRY_PAGES = [(1, "brief-incomplete-cover.png"), (2, "brief-incomplete-summary.png")]


def first_try() -> Assessment:
    rubric = load_rubric(ROOT / "rubrics" / "facial-recognition-surveillance.yaml")
    assessment = new_assessment(rubric, "Nakhon Thani safe city cameras")
    assessment.set_context(replace(assessment.context, started="2025-03-01", updated="2025-03-14"))
    first, second, third = list(rubric.criteria())[:3]
    assessment.set_answer(first.id, Answer().scored(4))
    assessment.set_answer(second.id, Answer().marked("unknown"))
    assessment.set_answer(third.id, Answer(na_reason=Text.of("No such component")).marked("not_applicable"))
    return assessment


def write_page(pdf: Path, page: int, name: str, folder: str) -> None:
    stem = Path(folder) / name.removesuffix(".png")
    subprocess.run(
        ["pdftoppm", "-r", "90", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf), str(stem)],
        check=True,
    )
    (IMAGES / name).write_bytes(stem.with_suffix(".png").read_bytes())
    print(f"wrote docs/images/{name}")


def main() -> None:
    assessment = load_assessment(SAMPLE)
    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        for lang, public, page, name in PAGES:
            pdf = Path(folder) / f"{lang}.pdf"
            export_pdf(assessment, pdf, lang=lang, public=public, date="2026-11-26")
            write_page(pdf, page, name, folder)
        pdf = Path(folder) / "first-try.pdf"
        export_pdf(first_try(), pdf, public=True, date="2026-12-03")
        for page, name in FIRST_TRY_PAGES:
            write_page(pdf, page, name, folder)


if __name__ == "__main__":
    main()
