"""Screenshots of teamwork in the app for docs/teamwork.md: the merge conflicts page, the compare view and a
re-assessment's navigator. Run by `make screenshots` after tools/screenshots.py, with the same throw-away folders."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from hria_app.core.assessment import Assessment, SectionInput
from hria_app.core.merge import merge_assessments
from hria_app.core.reassessment import confirm_answer, start_reassessment
from hria_app.core.text import Text
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.shell.app import build_window, create_application
from hria_app.gui.shell.settings import Settings
from tools.screenshots import OUT, SIZE, example_assessment, settle


def _copy(assessment: Assessment) -> Assessment:
    return replace(assessment, answers=dict(assessment.answers), sections=dict(assessment.sections))


def _scored(assessment: Assessment, index: int, score: int) -> Assessment:
    copy = _copy(assessment)
    criterion = list(copy.rubric.criteria())[index]
    copy.set_answer(criterion.id, copy.answer(criterion.id).scored(score))
    return copy


def _conflicted(base: Assessment) -> Assessment:
    first = next(iter(base.rubric.criteria())).id
    ours = _scored(_scored(base, 1, 4), 7, 1)
    ours.set_answer(first, replace(base.answer(first), confidence="asserted"))
    theirs = _scored(_scored(base, 1, 2), 7, 4)
    theirs.set_answer(first, replace(base.answer(first), confidence="verified"))
    return merge_assessments(base, ours, theirs, "somchai (main)", "pim (legal-review)").assessment


def _a_year_later(before: Assessment) -> Assessment:
    after = _scored(_scored(_scored(before, 1, 4), 2, 4), 5, 3)
    section = after.rubric.sections[0].id
    after.set_section_input(section, SectionInput(1, 1, 1))
    after.context = replace(after.context, title=Text.of("Nakhon Thani safe city cameras, 2026 (300 more)"))
    return after


def main() -> int:
    app = create_application([])
    with tempfile.TemporaryDirectory() as scratch:
        scratch_dir = Path(scratch)
        os.environ["HRIA_RUBRIC_DIR"] = str(scratch_dir / "rubrics")
        window = build_window(settings=Settings(scratch_dir / "settings.ini"), data_folder=scratch_dir / "data")
        window.resize(*SIZE)
        window.show()
        window.set_language("en")
        example = example_assessment(window.library)

        window.set_document(AssessmentDocument(_conflicted(example), None, window))
        settle(app)
        window.grab().save(str(OUT / "conflicts-page.png"))

        from hria_app.gui.assessment.compare_view import CompareView

        view = CompareView(example, _a_year_later(example), "en", window)
        view.resize(1100, 820)
        view.show()
        settle(app)
        view.grab().save(str(OUT / "compare-view.png"))
        view.close()

        fresh = start_reassessment(example, "nakhon-thani-2025.hria", today=dt.date(2026, 12, 3))
        for criterion in list(fresh.rubric.criteria())[:3]:
            if criterion.id in fresh.answers:
                confirm_answer(fresh, criterion.id)
        window.set_document(AssessmentDocument(fresh, None, window))
        carried = next(c for c in fresh.rubric.criteria() if fresh.answer(c.id).carried_over)
        window.workspace.show_criterion(carried.id)
        window.workspace.criterion_page.guidance.set_expanded(False)
        settle(app)
        window.grab().save(str(OUT / "reassessment-navigator.png"))
        for name in ("conflicts-page.png", "compare-view.png", "reassessment-navigator.png"):
            print(f"wrote {OUT / name}")
        if window.document is not None:
            window.document.undo_stack.setClean()
        window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
