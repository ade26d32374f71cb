"""A rubric being edited: its plain data (the dict the loader validates), the undo stack and live validation.

Every edit goes through `edit`/`insert`/`remove`/`move`, which push an undo command; the commands call `apply_*`,
which change the data and announce it. Validation writes the data as the file would be saved and checks that, so
the problems shown carry the same FILE:LINE:COLUMN and field path as `hria validate` on the saved file.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from hria_app.core.errors import Issue, LoadError
from hria_app.core.rubric import Rubric
from hria_app.core.rubric_loader import MAX_RUBRIC_BYTES, check_rubric_document
from hria_app.core.rubric_writer import dump_rubric, write_rubric
from hria_app.core.yaml_source import PathKey, parse_yaml, read_text
from hria_app.gui.rubrics.rubric_commands import InsertItem, MoveItem, RemoveItem, SetValue

log = logging.getLogger(__name__)
VALIDATE_DELAY_MS = 120  # long enough to let a burst of typing finish, short enough to feel live
UNTITLED = "untitled-rubric.yaml"


class _Missing:
    """No value at a path: a key absent from its mapping, or an index past its list."""

    def __repr__(self) -> str:
        return "MISSING"

    # One of a kind, also inside the copies undo commands keep.
    def __copy__(self) -> _Missing:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> _Missing:
        return self


MISSING: Any = _Missing()
# Lists whose items are nodes of the editor's tree: inserting, removing or moving one changes the tree.
TREE_LISTS = ("sections", "red_flags", "references")


def get_in(data: Any, path: PathKey) -> Any:
    value = data
    for key in path:
        in_dict = isinstance(value, dict) and key in value
        in_list = isinstance(value, list) and isinstance(key, int) and 0 <= key < len(value)
        if in_dict or in_list:
            value = value[key]
        else:
            return MISSING
    return value


def changes_tree(path: PathKey) -> bool:
    """Whether replacing the value at `path` adds, removes or reorders an item the tree lists."""
    if not path:
        return True
    if path[0] not in TREE_LISTS:
        return False
    return len(path) <= 2 or (path[0] == "sections" and path[2] == "criteria" and len(path) <= 4)


class RubricDraft(QObject):
    value_changed = Signal(object)  # the path whose value changed
    structure_changed = Signal(object)  # the path of the item to show now (an inserted or moved item)
    reloaded = Signal()  # the whole data was replaced (opened again from disk)
    validated = Signal()
    saved = Signal(object)  # the Path written

    def __init__(self, data: dict[str, Any], path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.path = path
        self.undo_stack = QUndoStack(self)
        self.rubric: Rubric | None = None
        self.issues: list[Issue] = []
        self.saved_bytes = b""  # what this editor last wrote, to tell its own saves from someone else's
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self.validate)
        self.validate()
        self.baseline: Rubric | None = self.rubric  # as opened: what a version bump is suggested against

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> RubricDraft:
        """Raises LoadError when the file is not YAML the editor can show (a syntax error, not a mapping)."""
        data = read_rubric_data(path)
        draft = cls(data, path, parent)
        draft.saved_bytes = path.read_bytes()
        return draft

    @property
    def file_name(self) -> str:
        return str(self.path) if self.path is not None else UNTITLED

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def errors(self) -> list[Issue]:
        return [issue for issue in self.issues if issue.severity == "error"]

    def get(self, path: PathKey) -> Any:
        return get_in(self.data, path)

    # Edits: each one undo step.
    def edit(self, path: PathKey, value: Any, label: str, merge_key: str = "") -> None:
        # A value whose parent mapping does not exist yet is set as that whole mapping, so undo removes it again.
        while len(path) > 1 and self.get(path[:-1]) is MISSING and not isinstance(path[-1], int):
            value = MISSING if value is MISSING else {path[-1]: value}
            path = path[:-1]
        if value is MISSING and self.get(path) is MISSING:
            return
        if self.get(path) == value and type(self.get(path)) is type(value):
            return
        self.undo_stack.push(SetValue(self, path, copy.deepcopy(value), label, merge_key))

    def insert(self, list_path: PathKey, index: int, value: Any, label: str) -> None:
        if not isinstance(self.get(list_path), list):
            self.edit(list_path, [value], label)
            return
        self.undo_stack.push(InsertItem(self, list_path, index, copy.deepcopy(value), label))

    def remove(self, list_path: PathKey, index: int, label: str) -> None:
        if self.get((*list_path, index)) is not MISSING:
            self.undo_stack.push(RemoveItem(self, list_path, index, label))

    def move(self, source: PathKey, source_index: int, target: PathKey, target_index: int, label: str) -> None:
        if (source, source_index) != (target, target_index):
            self.undo_stack.push(MoveItem(self, source, source_index, target, target_index, label))

    @contextmanager
    def macro(self, label: str) -> Iterator[None]:
        self.undo_stack.beginMacro(label)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    # Called by undo commands only.
    def apply_set(self, path: PathKey, value: Any) -> None:
        if not path:
            self.data = copy.deepcopy(value)
        else:
            parent = self.get(path[:-1])
            key = path[-1]
            if value is MISSING:
                if isinstance(parent, dict):
                    parent.pop(key, None)
            elif isinstance(parent, dict):  # noqa: SIM114 - apart, so that the list branch knows its key is an index
                parent[key] = copy.deepcopy(value)
            elif isinstance(parent, list) and isinstance(key, int):
                parent[key] = copy.deepcopy(value)
        self._changed(path, changes_tree(path))

    def apply_insert(self, list_path: PathKey, index: int, value: Any) -> None:
        items = self.get(list_path)
        items.insert(index, copy.deepcopy(value))
        self._changed(list_path, True, (*list_path, index))

    def apply_remove(self, list_path: PathKey, index: int) -> None:
        items = self.get(list_path)
        items.pop(index)
        remaining = len(items)
        shown = (*list_path, min(index, remaining - 1)) if remaining else list_path[:-1]
        self._changed(list_path, True, shown)

    def apply_move(self, source: PathKey, source_index: int, target: PathKey, target_index: int) -> None:
        item = self.get(source).pop(source_index)
        self.get(target).insert(target_index, item)
        self._changed(target, True, (*target, target_index))

    def _changed(self, path: PathKey, tree: bool, shown: PathKey | None = None) -> None:
        self.value_changed.emit(path)
        if tree:
            self.structure_changed.emit(shown if shown is not None else path)
        self._timer.start()

    # Validation, saving and reloading.
    def validate(self) -> None:
        self._timer.stop()
        try:
            doc = parse_yaml(dump_rubric(self.data), self.file_name)
            self.rubric, self.issues = check_rubric_document(doc)
        except LoadError as exc:  # only data the writer cannot represent; reported like any other problem
            self.rubric, self.issues = None, exc.issues
        self.validated.emit()

    def validate_now_if_pending(self) -> None:
        if self._timer.isActive():
            self.validate()

    def save(self, path: Path | None = None) -> None:
        """Write the data atomically; raises SaveError and then leaves the file and the modified mark as they were."""
        target = path or self.path
        if target is None:
            raise ValueError("save needs a path for a new rubric")
        self.saved_bytes = write_rubric(target, self.data)
        self.path = target
        self.undo_stack.setClean()
        self.validate()
        self.saved.emit(target)

    def reload(self, data: dict[str, Any]) -> None:
        """Show the file as it is now on disk: the edits so far (none unsaved) are no longer undoable."""
        self.data = data
        self.undo_stack.clear()
        self.validate()
        self.baseline = self.rubric
        self.reloaded.emit()


def read_rubric_data(path: Path) -> dict[str, Any]:
    """The plain data of a rubric file, valid or not; LoadError when it is not a YAML mapping at all."""
    doc = parse_yaml(read_text(path, MAX_RUBRIC_BYTES), str(path))
    if not isinstance(doc.data, dict):
        raise LoadError([Issue(str(path), "expected a rubric (a mapping with schema_version, id, ...)", 1, 1)])
    return doc.data
