"""The rubric being edited as a tree: details, scoring, sections with their criteria, red flags, references.

A thin adapter over the draft's data: nodes are rebuilt when an item is added, removed or moved, and only
repainted when a title or id changes. Sections and criteria move by drag and drop (or Alt+Up/Down in the editor);
a drop becomes one undo step on the draft, never a change the view makes itself.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer

from hria_app.core.yaml_source import PathKey
from hria_app.gui.rubrics.rubric_draft import RubricDraft, changes_tree
from hria_app.gui.rubrics.rubric_editor_lists import short_text
from hria_app.gui.rubrics.rubric_issue_paths import index_at, parse_path, split_item_path
from hria_app.gui.widgets import look

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
MIME_TYPE = "application/x-hria-rubric-item"
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class Node:
    kind: str  # details, scoring, sections, section, criterion, red_flags, red_flag, references, reference
    path: PathKey
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    row: int = 0

    def add(self, child: Node) -> Node:
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child


def _items(data: Any, key: str) -> list[Any]:
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, list) else []


def build_tree(data: Any) -> Node:
    root = Node("root", ())
    root.add(Node("details", ()))
    root.add(Node("scoring", ("scoring",)))
    sections = root.add(Node("sections", ("sections",)))
    for i, section in enumerate(_items(data, "sections")):
        section_node = sections.add(Node("section", ("sections", i)))
        for j, _criterion in enumerate(_items(section, "criteria")):
            section_node.add(Node("criterion", ("sections", i, "criteria", j)))
    flags = root.add(Node("red_flags", ("red_flags",)))
    for i, _flag in enumerate(_items(data, "red_flags")):
        flags.add(Node("red_flag", ("red_flags", i)))
    references = root.add(Node("references", ("references",)))
    for i, _ref in enumerate(_items(data, "references")):
        references.add(Node("reference", ("references", i)))
    return root


def step_target(data: Any, path: PathKey, step: int) -> tuple[PathKey, int] | None:
    """Where Alt+Up (-1) or Alt+Down (+1) moves the section or criterion at `path`: within its list, and for a
    criterion at either end of its section, into the neighbouring section."""
    if len(path) == 2 and path[0] == "sections":
        target = index_at(path, 1) + step
        return (("sections",), target) if 0 <= target < len(_items(data, "sections")) else None
    if len(path) == 4 and path[2] == "criteria":
        sections = _items(data, "sections")
        section, index = index_at(path, 1), index_at(path, 3)
        criteria = _items(sections[section], "criteria")
        if 0 <= index + step < len(criteria):
            return (("sections", section, "criteria"), index + step)
        neighbour = section + step
        if 0 <= neighbour < len(sections) and isinstance(sections[neighbour], dict):
            size = len(_items(sections[neighbour], "criteria"))
            return (("sections", neighbour, "criteria"), size if step < 0 else 0)
    return None


class RubricTreeModel(QAbstractItemModel):
    def __init__(self, draft: RubricDraft, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.root = build_tree(draft.data)
        self.problems: Counter[PathKey] = Counter()
        draft.structure_changed.connect(self.rebuild)
        draft.reloaded.connect(self.rebuild)
        draft.value_changed.connect(self._value_changed)
        draft.validated.connect(self._validated)
        self._validated()

    def rebuild(self) -> None:
        self.beginResetModel()
        self.root = build_tree(self.draft.data)
        self.endResetModel()

    def index_of(self, path: PathKey) -> QModelIndex:
        node = self._find(self.root, tuple(path))
        return self.createIndex(node.row, 0, node) if node is not None and node is not self.root else QModelIndex()

    def _find(self, node: Node, path: PathKey) -> Node | None:
        if node.path == path and node.kind != "root":
            return node
        for child in node.children:
            # The details share the root's empty path: they hold () itself, nothing below it.
            if child.kind == "details" and path:
                continue
            if child.path == path[: len(child.path)]:
                found = self._find(child, path)
                if found is not None:
                    return found
        return None

    # QAbstractItemModel.
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = parent.internalPointer() if parent.isValid() else self.root
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        parent = child.internalPointer().parent
        if parent is None or parent is self.root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        if parent.column() > 0:
            return 0
        node = parent.internalPointer() if parent.isValid() else self.root
        return len(node.children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(node)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            count = self.problems.get(node.path, 0) if node.kind != "details" else self.problems.get((), 0)
            label = self._label(node)
            return self.tr("{item}: %n problem(s)", "", count).format(item=label) if count else label
        if role == Qt.ItemDataRole.ForegroundRole and self.problems.get(node.path):
            return look.ERROR_COLOUR
        if role == PATH_ROLE:
            return node.path
        if role == KIND_ROLE:
            return node.kind
        return None

    def _label(self, node: Node) -> str:
        data = self.draft.get(node.path)
        if node.kind == "details":
            return self.tr("Rubric details")
        if node.kind == "scoring":
            method = data.get("method") if isinstance(data, dict) else None
            return self.tr("Scoring: {method}").format(method=method) if isinstance(method, str) else self.tr("Scoring")
        groups = {
            "sections": self.tr("Sections"),
            "red_flags": self.tr("Red flags"),
            "references": self.tr("References"),
        }
        if node.kind in groups:
            return f"{groups[node.kind]} ({len(node.children)})"
        key = "key" if node.kind == "reference" else "id"
        item = data if isinstance(data, dict) else {}
        item_id = item.get(key) if isinstance(item.get(key), str) else self.tr("(no id)")
        title = short_text(item.get("title")) or self.tr("(no title yet)")
        return f"{item_id}  {title}"

    # Drag and drop: sections within the rubric, criteria within or across sections.
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        kind = index.data(KIND_ROLE)
        if kind in ("section", "criterion"):
            base |= Qt.ItemFlag.ItemIsDragEnabled
        if kind in ("sections", "section"):
            base |= Qt.ItemFlag.ItemIsDropEnabled
        return base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        mime = QMimeData()
        paths = [list(index.data(PATH_ROLE)) for index in indexes if index.isValid()]
        mime.setData(MIME_TYPE, json.dumps(paths[:1]).encode("utf-8"))
        return mime

    def drop_target(self, mime: QMimeData, row: int, parent: AnyIndex) -> tuple[PathKey, PathKey, int] | None:
        """(source path, target list, target index) for a drop, or None where the item cannot go."""
        if not mime.hasFormat(MIME_TYPE) or not parent.isValid():
            return None
        sources = json.loads(bytes(mime.data(MIME_TYPE).data()).decode("utf-8"))
        if not sources:
            return None
        source = tuple(sources[0])
        kind = parent.data(KIND_ROLE)
        count = self.rowCount(parent)
        row = count if row < 0 else row
        if len(source) == 2 and kind == "sections":
            return source, ("sections",), row
        if len(source) == 4 and kind == "section":
            return source, (*parent.data(PATH_ROLE), "criteria"), row
        return None

    def canDropMimeData(self, mime: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        return self.drop_target(mime, row, parent) is not None

    def dropMimeData(self, mime: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        target = self.drop_target(mime, row, parent)
        if target is None:
            return False
        source, target_list, index = target
        source_list, source_index = source[:-1], index_at(source, -1)
        if source_list == target_list and index > source_index:
            index -= 1  # the row index counted the dragged item, which leaves its place first
        # After the view has finished with the drop; it must not remove the dragged rows itself (hence False).
        QTimer.singleShot(
            0, lambda: self.draft.move(source_list, source_index, target_list, index, self.tr("Move by dragging"))
        )
        return False

    # Following the draft.
    def _value_changed(self, path: PathKey) -> None:
        if changes_tree(path):
            return  # structure_changed rebuilds
        item, _rest = split_item_path(path)
        index = self.index_of(item)
        if index.isValid():
            self.dataChanged.emit(index, index)

    def _validated(self) -> None:
        self.problems = Counter(
            split_item_path(parse_path(issue.path))[0] for issue in self.draft.issues if issue.severity == "error"
        )
        self._repaint(self.root)

    def _repaint(self, node: Node) -> None:
        if node.children:
            first = self.createIndex(0, 0, node.children[0])
            last = self.createIndex(len(node.children) - 1, 0, node.children[-1])
            self.dataChanged.emit(first, last)
            for child in node.children:
                self._repaint(child)
