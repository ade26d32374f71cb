"""Where the heat map's section chips go inside one cell: in rows of one or more columns, none over another and
all inside the cell, however many sections share it.

The chips are as small as stays legible; the heat map grows its cells (`rows_needed`) so that every section has a
chip of its own. Only past `MAX_ROWS` rows does the last chip stand for the rest ("+N"), which lists them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF

MAX_ROWS = 6  # rows of chips a cell may grow to before the rest share one "+N" chip


@dataclass(frozen=True)
class ChipMetrics:
    height: float  # of one chip
    gap: float  # between chips, and between the chips and the cell's edge
    label: float  # the strip at the cell's bottom kept for the cell's rating


@dataclass(frozen=True)
class PlacedChip:
    rect: QRectF
    indices: tuple[int, ...]  # one section, or for the "+N" chip the sections it stands for

    @property
    def overflow(self) -> bool:
        return len(self.indices) > 1


def columns_fitting(cell_width: float, chip_width: float, metrics: ChipMetrics) -> int:
    return max(1, int((cell_width - metrics.gap) // (chip_width + metrics.gap)))


def rows_needed(count: int, cell_width: float, chip_width: float, metrics: ChipMetrics) -> int:
    return min(MAX_ROWS, math.ceil(count / columns_fitting(cell_width, chip_width, metrics)))


def cell_height_for(rows: int, metrics: ChipMetrics) -> float:
    """The height a cell needs to hold `rows` rows of chips above its rating."""
    return rows * (metrics.height + metrics.gap) + metrics.gap + metrics.label


def place_chips(cell: QRectF, indices: Sequence[int], chip_width: float, metrics: ChipMetrics) -> list[PlacedChip]:
    """The chips of the sections `indices` in `cell`; `chip_width` is the widest chip's text plus its padding."""
    if not indices:
        return []
    gap = metrics.gap
    room = QRectF(cell.left() + gap, cell.top() + gap, cell.width() - 2 * gap, cell.height() - 2 * gap - metrics.label)
    columns = min(len(indices), columns_fitting(cell.width(), chip_width, metrics))
    rows = max(1, int((room.height() + gap) // (metrics.height + gap)))
    capacity = rows * columns
    shown: list[tuple[int, ...]] = [(index,) for index in indices]
    if len(indices) > capacity:
        shown = [*shown[: capacity - 1], tuple(indices[capacity - 1 :])]
    width = (room.width() - gap * (columns - 1)) / columns
    height = min(metrics.height, room.height())  # a cell smaller than one chip still keeps its chip inside
    placed = []
    for number, group in enumerate(shown):
        row, column = divmod(number, columns)
        left = room.left() + column * (width + gap)
        top = room.top() + row * (metrics.height + gap)
        placed.append(PlacedChip(QRectF(left, top, width, height), group))
    return placed
