"""The presentation policy of levels, shared by the screen and the brief."""

from __future__ import annotations

from pathlib import Path

import pytest

from hria_app.core.level_colours import (
    DARK_INK,
    FALLBACK_COLOURS,
    LIGHT_INK,
    NO_RATING_COLOUR,
    STEPS,
    contrast_ratio,
    ink_on,
    level_colour,
    matrix_cells,
    mix_with_white,
)
from hria_app.core.rubric_loader import load_rubric

RUBRICS = sorted((Path(__file__).parents[2] / "rubrics").glob("*.yaml"))


def test_a_level_keeps_its_own_colour_and_unrated_is_grey() -> None:
    assert level_colour("#123456", 0, 3) == "#123456"
    assert level_colour("", None, 3) == NO_RATING_COLOUR


@pytest.mark.parametrize("levels", [2, 3, 4, 5])
def test_without_colours_higher_concern_looks_hotter_and_levels_differ(levels: int) -> None:
    colours = [level_colour("", rank, levels - 1) for rank in range(levels)]
    assert colours[0] == FALLBACK_COLOURS[0] and colours[-1] == FALLBACK_COLOURS[-1]
    assert len(set(colours)) == levels
    assert [FALLBACK_COLOURS.index(c) for c in colours] == sorted(FALLBACK_COLOURS.index(c) for c in colours)


@pytest.mark.parametrize("background", [*FALLBACK_COLOURS, NO_RATING_COLOUR, "#ffffff", "#000000", "#1a5fb4"])
def test_the_ink_is_the_one_that_contrasts_more(background: str) -> None:
    chosen = ink_on(background)
    other = LIGHT_INK if chosen == DARK_INK else DARK_INK
    assert contrast_ratio(chosen, background) >= contrast_ratio(other, background)


def test_ink_on_the_usual_level_colours() -> None:
    assert ink_on("#c62828") == LIGHT_INK  # white on red
    assert ink_on("#f9a825") == DARK_INK  # dark on amber
    assert ink_on("#ffffff") == DARK_INK


def test_mixing_with_white() -> None:
    assert mix_with_white("#c62828", 0) == "#c62828"
    assert mix_with_white("#c62828", 1) == "#ffffff"
    assert mix_with_white("#000000", 0.5) == "#808080"


@pytest.mark.parametrize("path", RUBRICS, ids=lambda p: p.stem)
def test_matrix_cells_cover_every_step_for_a_matrix_rubric(path: Path) -> None:
    scoring = load_rubric(path).scoring
    cells = matrix_cells(scoring)
    if scoring.method != "rights_matrix":
        assert cells == {}
        return
    assert set(cells) == {(likelihood, severity) for likelihood in STEPS for severity in STEPS}
    for (likelihood, severity), cell in cells.items():
        assert cell.level == scoring.matrix[likelihood][severity - 1]
        assert cell.colour.startswith("#")
