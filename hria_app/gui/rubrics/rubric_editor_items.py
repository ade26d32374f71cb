"""Adding, removing and reordering the parts of a rubric in the editor: the actions and the group pages.

Each action is one undo step on the draft, and the tree then selects what the step affected (the new item, the
moved one, the neighbour of the removed one).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QWidget

from hria_app.core.yaml_source import PathKey
from hria_app.gui.rubrics.rubric_draft import RubricDraft
from hria_app.gui.rubrics.rubric_editor_forms import DraftForm
from hria_app.gui.rubrics.rubric_issue_paths import index_at
from hria_app.gui.rubrics.rubric_items import new_criterion, new_red_flag, new_reference, new_section
from hria_app.gui.rubrics.rubric_tree_model import KIND_ROLE, step_target


class GroupPage(DraftForm):
    """The page of a group in the tree (sections, red flags, references): what it is, and a button to add one."""

    def __init__(self, draft: RubricDraft, title: str, intro: str, action: QAction) -> None:
        super().__init__(draft, title, intro)
        self.button = QPushButton(action.text().replace("&", ""))
        self.button.setAccessibleName(action.text().replace("&", ""))
        self.button.clicked.connect(action.trigger)
        self.form.addRow(self.button)

    def focus_path(self, rest: PathKey) -> bool:
        self.button.setFocus(Qt.FocusReason.OtherFocusReason)
        return False


class ItemActions(QObject):
    """Adding, removing and moving items of the draft in `tree`; the actions belong to `window` (the editor),
    and `current_path` tells where in the draft the tree's selection is."""

    def __init__(
        self, draft: RubricDraft, tree: QAbstractItemView, current_path: Callable[[], PathKey], window: QWidget
    ) -> None:
        super().__init__(window)
        self.window = window
        self.tree = tree
        self.current_path = current_path
        self.draft = draft
        self.add_section_action = self._action(self.tr("Add &section"), self.add_section, "Ctrl+Shift+N")
        self.add_criterion_action = self._action(self.tr("Add &criterion"), self.add_criterion, "Ctrl+N")
        self.add_red_flag_action = self._action(self.tr("Add red &flag"), self.add_red_flag)
        self.add_reference_action = self._action(self.tr("Add re&ference"), self.add_reference)
        self.add_actions = [
            self.add_section_action,
            self.add_criterion_action,
            self.add_red_flag_action,
            self.add_reference_action,
        ]
        self.remove_action = self._action(self.tr("&Remove"), self.remove, QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        tree.addAction(self.remove_action)
        self.up_action = self._action(self.tr("Move &up"), lambda: self.move(-1), "Alt+Up")
        self.down_action = self._action(self.tr("Move &down"), lambda: self.move(1), "Alt+Down")

    def group_pages(self) -> dict[str, DraftForm]:
        return {
            "sections": GroupPage(
                self.draft,
                self.tr("Sections"),
                self.tr(
                    "Each section is a right, or a group of rights, with its criteria. Reorder sections and criteria "
                    "by dragging them in the tree, or with Alt+Up and Alt+Down."
                ),
                self.add_section_action,
            ),
            "red_flags": GroupPage(
                self.draft,
                self.tr("Red flags"),
                self.tr("Lines that must not be crossed. A criterion lists the red flags an assessor can tick on it."),
                self.add_red_flag_action,
            ),
            "references": GroupPage(
                self.draft,
                self.tr("References"),
                self.tr("The sources criteria cite, by key: laws, treaties, reports, court decisions."),
                self.add_reference_action,
            ),
        }

    def _action(self, text: str, slot: Callable[[], None], shortcut: Any = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _kind(self) -> str:
        return self.tree.currentIndex().data(KIND_ROLE) or ""

    def _sections(self) -> list[Any]:
        sections = self.draft.get(("sections",))
        return sections if isinstance(sections, list) else []

    # The actions.
    def add_section(self) -> None:
        path = self.current_path()
        index = index_at(path, 1) + 1 if len(path) >= 2 and path[0] == "sections" else len(self._sections())
        self.draft.insert(("sections",), index, new_section(self.draft.data), self.tr("Add a section"))

    def add_criterion(self) -> None:
        path = self.current_path()
        sections = self._sections()
        if not sections:
            self.add_section()
            return
        section = index_at(path, 1) if len(path) >= 2 and path[0] == "sections" else len(sections) - 1
        criteria = sections[section].get("criteria") if isinstance(sections[section], dict) else None
        size = len(criteria) if isinstance(criteria, list) else 0
        index = index_at(path, 3) + 1 if len(path) >= 4 else size
        self.draft.insert(
            ("sections", section, "criteria"),
            index,
            new_criterion(self.draft.data, section),
            self.tr("Add a criterion"),
        )

    def add_red_flag(self) -> None:
        flags = self.draft.get(("red_flags",))
        index = len(flags) if isinstance(flags, list) else 0
        self.draft.insert(("red_flags",), index, new_red_flag(self.draft.data), self.tr("Add a red flag"))

    def add_reference(self) -> None:
        refs = self.draft.get(("references",))
        index = len(refs) if isinstance(refs, list) else 0
        self.draft.insert(("references",), index, new_reference(self.draft.data), self.tr("Add a reference"))

    def remove(self) -> None:
        path = self.current_path()
        labels = {
            "section": self.tr("Remove a section"),
            "criterion": self.tr("Remove a criterion"),
            "red_flag": self.tr("Remove a red flag"),
            "reference": self.tr("Remove a reference"),
        }
        kind = self._kind()
        if kind in labels:
            self.draft.remove(path[:-1], index_at(path, -1), labels[kind])

    def move(self, step: int) -> None:
        path = self.current_path()
        target = step_target(self.draft.data, path, step)
        if target is None:
            return
        target_list, index = target
        label = self.tr("Move up") if step < 0 else self.tr("Move down")
        self.draft.move(path[:-1], index_at(path, -1), target_list, index, label.replace("&", ""))

    def update_actions(self) -> None:
        kind = self._kind()
        self.remove_action.setEnabled(kind in ("section", "criterion", "red_flag", "reference"))
        path = self.current_path()
        movable = kind in ("section", "criterion")
        self.up_action.setEnabled(movable and step_target(self.draft.data, path, -1) is not None)
        self.down_action.setEnabled(movable and step_target(self.draft.data, path, 1) is not None)
