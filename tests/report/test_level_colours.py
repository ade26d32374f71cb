"""The brief colours each level as the core policy says, the one the app's screens follow too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hria_app.core import level_colours
from hria_app.core.assessment import new_assessment
from hria_app.core.level_colours import STEPS, matrix_cells
from hria_app.core.rubric_loader import load_rubric
from hria_app.report.build import build_report
from hria_app.report.styles import hex_of, level_colour, text_on

RUBRICS = sorted((Path(__file__).parents[2] / "rubrics").glob("*.yaml"))


@pytest.mark.parametrize("path", RUBRICS, ids=lambda p: p.stem)
def test_each_level_of_each_bundled_rubric(path: Path) -> None:
    scoring = load_rubric(path).scoring
    for levels in (scoring.levels, scoring.section_levels):
        top = len(levels) - 1
        for rank, level in enumerate(levels):
            for colour in (level.colour, ""):  # its own colour, and the fallback when a rubric gives none
                policy = level_colours.level_colour(colour, rank, top)
                assert hex_of(level_colour(colour, rank, top)) == policy.lower()
                assert hex_of(text_on(level_colour(colour, rank, top))) == level_colours.ink_on(policy)


@pytest.mark.parametrize("levels", [2, 3, 4, 5, 7])
def test_fallback_colours_for_any_number_of_levels(levels: int) -> None:
    for rank in (None, *range(levels)):
        assert hex_of(level_colour("", rank, levels - 1)) == level_colours.level_colour("", rank, levels - 1)


def test_the_heat_map_cells_are_the_core_matrix() -> None:
    rubric = next(r for r in map(load_rubric, RUBRICS) if r.scoring.method == "rights_matrix")
    report = build_report(new_assessment(rubric), "en", date=dt.date(2025, 3, 1))
    assert report.heat_map is not None
    cells = matrix_cells(rubric.scoring)
    for likelihood in STEPS:
        for severity in STEPS:
            assert report.heat_map.cell_colours[likelihood - 1][severity - 1] == cells[(likelihood, severity)].colour
