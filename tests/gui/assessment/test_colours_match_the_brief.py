"""The screen and the brief colour every level, its ink and the rights matrix the same way, for every bundled rubric."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hria_app.core.assessment import new_assessment
from hria_app.core.level_colours import STEPS
from hria_app.core.rubric_loader import load_rubric
from hria_app.gui.assessment.charts import level_colour, readable_text_colour
from hria_app.gui.assessment.summary_model import matrix_cells
from hria_app.report import styles
from hria_app.report.build import build_report

RUBRICS = sorted((Path(__file__).parents[3] / "rubrics").glob("*.yaml"))


@pytest.mark.parametrize("path", RUBRICS, ids=lambda p: p.stem)
def test_each_level_looks_the_same_on_screen_and_in_the_brief(path: Path) -> None:
    scoring = load_rubric(path).scoring
    compared = 0
    for levels in (scoring.levels, scoring.section_levels):
        top = len(levels) - 1
        for rank, level in enumerate(levels):
            for colour in (level.colour, ""):  # its own colour, and the fallback when a rubric gives none
                screen = level_colour(colour, rank, top)
                brief = styles.level_colour(colour, rank, top)
                assert screen.name() == styles.hex_of(brief), (level.id, colour)
                assert readable_text_colour(screen).name() == styles.hex_of(styles.text_on(brief)), level.id
                compared += 1
    assert compared >= 8
    assert level_colour("", None, 3).name() == styles.hex_of(styles.level_colour("", None, 3))


@pytest.mark.parametrize("path", RUBRICS, ids=lambda p: p.stem)
def test_the_heat_maps_cells_are_the_briefs(path: Path) -> None:
    rubric = load_rubric(path)
    screen = matrix_cells(rubric.scoring, "en")
    if rubric.scoring.method != "rights_matrix":
        assert screen == {}
        return
    report = build_report(new_assessment(rubric), "en", date=dt.date(2025, 3, 1))
    assert report.heat_map is not None
    for likelihood in STEPS:
        for severity in STEPS:
            brief = report.heat_map.cell_colours[likelihood - 1][severity - 1]
            assert screen[(likelihood, severity)].colour.name() == brief.lower()
