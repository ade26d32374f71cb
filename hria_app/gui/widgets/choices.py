"""A question answered by a button: the answer of the button clicked, and the choice about unsaved work that
every editor of a file asks."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

Choice = TypeVar("Choice")


def choose(
    box: QMessageBox,
    buttons: Sequence[tuple[str | QMessageBox.StandardButton, QMessageBox.ButtonRole | None, Choice]],
    default: Choice,
    otherwise: Choice,
) -> Choice:
    """Show `box` with these buttons (label or standard button, role, choice), the first one answering `default`
    preselected. The answer of the button clicked; `otherwise` when the box is closed or escaped."""
    added = []
    for label, role, choice in buttons:
        if isinstance(label, str):
            assert role is not None, "a button with a label of its own needs a role"
            button = box.addButton(label, role)
        else:
            button = box.addButton(label)
        added.append((button, choice))
    box.setDefaultButton(next(button for button, choice in added if choice == default))
    box.exec()
    clicked = box.clickedButton()
    return next((choice for button, choice in added if button is clicked), otherwise)


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"
