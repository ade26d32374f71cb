"""Percents as people read them: half up, and never on the wrong side of a band edge."""

from __future__ import annotations

import pytest

from hria_app.core.scoring.display import percent_text, shown_percent


@pytest.mark.parametrize(
    ("value", "edges", "shown"),
    [
        (56.25, (), "56.3"),  # Python's round() and format give 56.2
        (0.05, (), "0.1"),
        (12.5, (25.0, 50.0), "12.5"),
        (50.04, (25.0, 50.0, 75.0), "50.04"),  # above the edge: "50.0" would read as inside the band
        (49.96, (25.0, 50.0, 75.0), "50"),  # in the band that holds 50
        (50.0, (50.0,), "50"),
        (50.00004, (50.0,), "50.0001"),
        (100.0, (50.0,), "100"),
        (75.0 + 1 / 3, (75.0,), "75.3"),
    ],
)
def test_percent_text(value: float, edges: tuple[float, ...], shown: str) -> None:
    assert percent_text(value, edges) == shown


def test_either_side_of_an_edge_reads_differently() -> None:
    edges = (50.0,)
    above, below = percent_text(50.04, edges), percent_text(49.96, edges)
    assert above != below
    assert float(above) > 50 >= float(below)
    assert shown_percent(50.04, edges) == 50.04
