"""How a percent reads. Round half up (56.25 shows as 56.3, not Python's 56.2), one decimal at most as a rule (75,
62.5), and more when one decimal would put the shown value on the other side of a band edge than the true one:
with a band up to 50, 50.04 shows as 50.04 (above the edge), 49.96 as 50 (in the band that holds 50)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from hria_app.core.rubric import Level

MAX_PLACES = 4


def percent_text(value: float, edges: Iterable[float] = ()) -> str:
    exact = Decimal(repr(value))
    limits = [Decimal(repr(edge)) for edge in edges]
    for places in range(1, MAX_PLACES + 1):
        shown = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        if all((shown <= edge) == (exact <= edge) for edge in limits):
            return str(shown).removesuffix(".0")  # 75, not 75.0, as the docs' worked examples read
    # Closer to an edge than MAX_PLACES can show: round up, which keeps a value above the edge above it.
    return str(exact.quantize(Decimal(1).scaleb(-MAX_PLACES), rounding=ROUND_CEILING))


def shown_percent(value: float, edges: Iterable[float] = ()) -> float:
    """The percent as `percent_text` shows it, as a number (for JSON)."""
    return float(percent_text(value, edges))


def percent_edges(levels: tuple[Level, ...], basis: str, full_maximum: float) -> tuple[float, ...]:
    """The band edges as percents: `upto` itself, or under band_basis points its share of the whole rubric's
    maximum (sections are compared in proportion, as `band` does)."""
    uptos = [float(level.upto) for level in levels[:-1] if level.upto is not None]
    if basis == "points":
        return tuple(upto * 100 / full_maximum for upto in uptos) if full_maximum else ()
    return tuple(uptos)
