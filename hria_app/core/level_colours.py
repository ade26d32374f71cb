"""How levels look, decided once for the screen and the brief: colours as hex strings, the ink that reads on them,
and the rights matrix as the heat maps draw it. Each layer converts the hex to its own colour type.
"""

from __future__ import annotations

from dataclasses import dataclass

from hria_app.core.rubric import Scoring
from hria_app.core.text import Text

# Used when a rubric gives a level no colour: green to red across the levels, lowest concern first. Five steps so
# that a rubric with five levels (the bundled ones have four or five) gets five different colours.
FALLBACK_COLOURS = ("#2e7d32", "#9e9d24", "#f9a825", "#ef6c00", "#c62828")
NO_RATING_COLOUR = "#9aa5b1"  # a section with nothing applicable to rate
DARK_INK = "#1f2933"
LIGHT_INK = "#ffffff"
STEPS = (1, 2, 3, 4)  # severity and likelihood both run 1-4


def level_colour(colour: str, rank: int | None, max_rank: int) -> str:
    """The level's own colour, or one picked by its rank so that higher concern always looks hotter."""
    if colour:
        return colour
    if rank is None:
        return NO_RATING_COLOUR
    share = rank / max_rank if max_rank else 1.0
    return FALLBACK_COLOURS[round(share * (len(FALLBACK_COLOURS) - 1))]


def rgb(colour: str) -> tuple[float, float, float]:
    """A #rrggbb (or #rgb) colour as three shares from 0 to 1."""
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return int(digits[0:2], 16) / 255, int(digits[2:4], 16) / 255, int(digits[4:6], 16) / 255


def hex_colour(red: float, green: float, blue: float) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in (red, green, blue))


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance."""

    def linear(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in rgb(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def ink_on(background: str, dark: str = DARK_INK, light: str = LIGHT_INK) -> str:
    """The ink, dark or light, with the higher WCAG contrast on the background."""
    return dark if contrast_ratio(dark, background) >= contrast_ratio(light, background) else light


def mix_with_white(colour: str, white: float) -> str:
    """`colour` mixed with white: 0 keeps it, 1 is white."""
    return hex_colour(*(c + (1 - c) * white for c in rgb(colour)))


@dataclass(frozen=True)
class MatrixCell:
    """One cell of the rights matrix: the section rating that a severity and a likelihood give."""

    likelihood: int
    severity: int
    level: str
    label: Text
    rank: int
    colour: str  # already resolved through `level_colour`


def matrix_cells(scoring: Scoring) -> dict[tuple[int, int], MatrixCell]:
    """(likelihood, severity) -> its cell, for a rights-matrix rubric; empty for the other methods."""
    if scoring.method != "rights_matrix":
        return {}
    levels = {level.id: level for level in scoring.section_levels}
    top = len(scoring.section_levels) - 1
    cells = {}
    for likelihood, row in scoring.matrix.items():
        for severity, level_id in enumerate(row, start=1):
            rank = scoring.section_rank(level_id)
            colour = level_colour(levels[level_id].colour, rank, top)
            cells[(likelihood, severity)] = MatrixCell(
                likelihood, severity, level_id, levels[level_id].label, rank, colour
            )
    return cells
