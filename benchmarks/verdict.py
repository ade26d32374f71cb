"""How a figure stands against its goal, printed beside it so a missed goal cannot pass unnoticed."""

from __future__ import annotations


def verdict(value: float, goal: float) -> str:
    if value <= goal:
        return "met"
    return f"MISSED by {(value / goal - 1) * 100:.0f}%"
