"""Undo commands for the work around an assessment: how far an action got, the review comments and the review
status. Like commands.py, each receives the function that applies a value and the value it replaces."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from hria_app.core.tracking import Tracking

T = TypeVar("T")


class SetTracking(QUndoCommand):
    """The tracking of one action stored by its own key (an assessor's or a rubric's recommendation)."""

    def __init__(
        self, apply: Callable[[str, Tracking], object], key: str, old: Tracking, new: Tracking, label: str
    ) -> None:
        super().__init__(label)
        self.apply = apply
        self.key = key
        self.old = old
        self.new = new

    def redo(self) -> None:
        self.apply(self.key, self.new)

    def undo(self) -> None:
        self.apply(self.key, self.old)


class SetValue(QUndoCommand, Generic[T]):
    """One whole immutable value swapped for another: the comments, or the review status."""

    def __init__(self, apply: Callable[[T], object], old: T, new: T, label: str) -> None:
        super().__init__(label)
        self.apply = apply
        self.old = old
        self.new = new

    def redo(self) -> None:
        self.apply(self.new)

    def undo(self) -> None:
        self.apply(self.old)
