"""Reading YAML safely: plain data only, every value locatable, hostile input refused early.

PyYAML's loaders accept aliases (an alias bomb loads cheaply and explodes when walked), silently keep the last of
duplicate keys and forget where each value stood. So the C composer builds the node tree, and we walk it once
without recursion: an alias shows up as a node met twice, tags and duplicate keys are refused there, and the node
tree stays beside the data so that an error is located (FILE:LINE:COLUMN) when, and only when, one occurs.
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from hria_app.core.errors import Issue, LoadError
from hria_app.core.issue_messages import Message, message

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - libyaml missing: slower but equally safe
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 48
_STANDARD = "tag:yaml.org,2002:"
_PLAIN_SCALAR_TAGS = {f"{_STANDARD}{name}" for name in ("int", "float", "bool", "null")}
# Text, and an unquoted date or merge key, stay the text the user wrote.
_PASSTHROUGH = {f"{_STANDARD}str", f"{_STANDARD}timestamp", f"{_STANDARD}merge"}
_CONSTRUCTOR = yaml.constructor.SafeConstructor()

PathKey = tuple[Hashable, ...]


@dataclass(frozen=True)
class Mark:
    line: int
    column: int


@dataclass
class YamlDocument:
    """Plain data (dict, list, str, int, float, bool, None) and the node tree that says where each value stood."""

    file: str
    data: Any
    node: yaml.Node | None = None

    def mark(self, path: PathKey) -> Mark:
        """Where the value at `path` stands, or its nearest ancestor that exists."""
        node = self.node
        best = _node_mark(node)
        for key in path:
            node = _child(node, key)
            if node is None:
                break
            best = _node_mark(node)
        return best

    def issue(self, path: PathKey, problem: str | Message, severity: str = "error") -> Issue:
        mark = self.mark(path)
        return Issue.of(self.file, problem, mark.line, mark.column, format_path(path), severity)  # type: ignore[arg-type]

    def sub(self, path: PathKey) -> YamlDocument:
        """The value at `path` as a document of its own, still located in the original file."""
        node = self.node
        value = self.data
        for key in path:
            value = value[key]
            node = _child(node, key)
        return YamlDocument(self.file, value, node)


def _node_mark(node: yaml.Node | None) -> Mark:
    start = node.start_mark if node is not None else None
    return Mark(start.line + 1, start.column + 1) if start is not None else Mark(1, 1)


def _child(node: yaml.Node | None, key: Hashable) -> yaml.Node | None:
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
        child: yaml.Node = node.value[key]
        return child
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and _scalar_value(key_node) == key:
                found: yaml.Node = value_node
                return found
    return None


def _scalar_value(node: yaml.ScalarNode) -> Any:
    if node.tag in _PASSTHROUGH or node.tag not in _PLAIN_SCALAR_TAGS:
        return node.value
    return _CONSTRUCTOR.construct_object(node)


def format_path(path: PathKey) -> str:
    """('sections', 2, 'criteria', 4) -> 'sections[2].criteria[4]'."""
    out = ""
    for key in path:
        if isinstance(key, int) and not isinstance(key, bool):
            out += f"[{key}]"
        else:
            out += f".{key}" if out else str(key)
    return out


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, or a LoadError that says plainly why it cannot be read."""
    name = str(path)
    if not path.exists():
        raise LoadError([Issue.of(name, message("file_not_found"))])
    if path.is_dir():
        raise LoadError([Issue.of(name, message("is_folder"))])
    try:
        size = path.stat().st_size
        if size > max_bytes:
            too_large = message("too_large", size=f"{size / 1e6:.1f}", limit=f"{max_bytes / 1e6:.0f}")
            raise LoadError([Issue.of(name, too_large)])
        return path.read_bytes()
    except OSError as exc:
        raise LoadError([Issue.of(name, message("cannot_read", reason=str(exc.strerror or exc)))]) from exc


def read_text(path: Path, max_bytes: int) -> str:
    """The file as text, or a LoadError that says plainly why it is not readable YAML text."""
    return decode_text(read_bytes(path, max_bytes), str(path))


def decode_text(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LoadError([Issue.of(name, message("utf16"), 1, 1)])
    if b"\x00" in raw:
        line, column = _position(raw, raw.index(b"\x00"))
        raise LoadError([Issue.of(name, message("nul_byte"), line, column)])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _position(raw, exc.start)
        bad = raw[exc.start : exc.start + 1].hex()
        raise LoadError([Issue.of(name, message("invalid_utf8", byte=bad), line, column)]) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise LoadError([Issue.of(name, message("empty_file"))])
    return text


def _position(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    line = before.count(b"\n") + 1
    column = offset - (before.rfind(b"\n") + 1) + 1
    return line, column


def load_yaml_file(path: Path, max_bytes: int) -> YamlDocument:
    return parse_yaml(read_text(path, max_bytes), str(path))


class _Walker:
    """Turns a composed node tree into plain data, refusing what plain data cannot hold."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, node: yaml.Node, problem: Message, path: PathKey) -> LoadError:
        mark = _node_mark(node)
        return LoadError([Issue.of(self.file, problem, mark.line, mark.column, format_path(path))])

    def scalar(self, node: yaml.ScalarNode, path: PathKey) -> Any:
        if node.tag in _PASSTHROUGH:
            return node.value
        if node.tag not in _PLAIN_SCALAR_TAGS:
            raise self.fail(node, message("tag_scalar", tag=_short(node.tag)), path)
        value = _CONSTRUCTOR.construct_object(node)
        if isinstance(value, float) and not math.isfinite(value):
            raise self.fail(node, message("not_finite", value=node.value), path)
        return value

    def collection_tag(self, node: yaml.Node, expected: str, path: PathKey) -> None:
        if node.tag != f"{_STANDARD}{expected}":
            raise self.fail(node, message("tag_collection", tag=_short(node.tag)), path)

    def convert(self, root: yaml.Node) -> Any:
        seen: set[int] = set()
        holder: list[Any] = [None]
        stack: list[tuple[yaml.Node, Any, Any, PathKey]] = [(root, holder, 0, ())]
        while stack:
            node, parent, key, path = stack.pop()
            if id(node) in seen:
                raise self.fail(node, message("alias"), path)
            seen.add(id(node))
            if isinstance(node, yaml.ScalarNode):
                parent[key] = self.scalar(node, path)
                continue
            if len(path) >= MAX_DEPTH:
                raise self.fail(node, message("too_deep", depth=MAX_DEPTH), path)
            if isinstance(node, yaml.MappingNode):
                self.collection_tag(node, "map", path)
                mapping: dict[Any, Any] = {}
                parent[key] = mapping
                for key_node, value_node in node.value:
                    if not isinstance(key_node, yaml.ScalarNode):
                        raise self.fail(key_node, message("complex_key"), path)
                    item_key = self.scalar(key_node, path)
                    if item_key in mapping:
                        raise self.fail(key_node, message("duplicate_key", key=item_key), path)
                    mapping[item_key] = None
                    stack.append((value_node, mapping, item_key, (*path, item_key)))
            else:
                self.collection_tag(node, "seq", path)
                items: list[Any] = [None] * len(node.value)
                parent[key] = items
                stack.extend((child, items, i, (*path, i)) for i, child in enumerate(node.value))
        return holder[0]


def _short(tag: str) -> str:
    return "!!" + tag[len(_STANDARD) :] if tag.startswith(_STANDARD) else tag


def parse_yaml(text: str, file: str) -> YamlDocument:
    """Plain data from YAML text, or a LoadError located at the first syntax or safety problem."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        raise LoadError([_syntax_issue(exc, file)]) from None
    except yaml.YAMLError as exc:
        raise LoadError([Issue.of(file, message("yaml_syntax", problem=str(exc)))]) from None
    except RecursionError:
        raise LoadError([Issue.of(file, message("too_deep", depth=MAX_DEPTH))]) from None
    if root is None:
        raise LoadError([Issue.of(file, message("empty_file"))])
    return YamlDocument(file, _Walker(file).convert(root), root)


def _syntax_issue(exc: yaml.MarkedYAMLError, file: str) -> Issue:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    if exc.context and "single document" in exc.context:
        return Issue.of(file, message("multiple_documents"), line, column)
    problem = exc.problem or "YAML syntax error"
    if exc.context:
        return Issue.of(file, message("yaml_syntax_context", problem=problem, context=exc.context), line, column)
    return Issue.of(file, message("yaml_syntax", problem=problem), line, column)
