"""Reading YAML safely: plain data only, every value located, hostile input refused early.

PyYAML's own loaders accept aliases (an alias bomb loads cheaply and explodes when walked), silently keep the
last of duplicate keys, recurse on deep nesting and drop the position of each value. So we build the data
ourselves from the C parser's event stream, with a stack instead of recursion, and keep a mark per path.
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from hria_app.core.errors import Issue, LoadError

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - libyaml missing: slower but equally safe
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 48
_STANDARD = "tag:yaml.org,2002:"
_PLAIN_SCALAR_TAGS = {f"{_STANDARD}{name}" for name in ("str", "int", "float", "bool", "null")}
_COLLECTION_TAGS = {f"{_STANDARD}map", f"{_STANDARD}seq", "!"}

PathKey = tuple[Hashable, ...]


@dataclass(frozen=True)
class Mark:
    line: int
    column: int


@dataclass
class YamlDocument:
    """Plain data (dict, list, str, int, float, bool, None) and where each value stood in the file."""

    file: str
    data: Any
    marks: dict[PathKey, Mark] = field(default_factory=dict)

    def mark(self, path: PathKey) -> Mark:
        """The mark of the value at `path`, or of its nearest located ancestor."""
        for end in range(len(path), -1, -1):
            found = self.marks.get(path[:end])
            if found is not None:
                return found
        return Mark(1, 1)

    def issue(self, path: PathKey, message: str, severity: str = "error") -> Issue:
        mark = self.mark(path)
        return Issue(self.file, message, mark.line, mark.column, format_path(path), severity)  # type: ignore[arg-type]

    def sub(self, path: PathKey) -> YamlDocument:
        """A view of the value at `path` as a document of its own, keeping the original marks."""
        depth = len(path)
        marks = {key[depth:]: mark for key, mark in self.marks.items() if key[:depth] == path}
        value = self.data
        for key in path:
            value = value[key]
        return YamlDocument(self.file, value, marks)


def format_path(path: PathKey) -> str:
    """('sections', 2, 'criteria', 4) -> 'sections[2].criteria[4]'."""
    out = ""
    for key in path:
        if isinstance(key, int) and not isinstance(key, bool):
            out += f"[{key}]"
        else:
            out += f".{key}" if out else str(key)
    return out


def read_text(path: Path, max_bytes: int) -> str:
    """The file as text, or a LoadError that says plainly why it is not readable YAML text."""
    name = str(path)
    if not path.exists():
        raise LoadError([Issue(name, "file not found")])
    if path.is_dir():
        raise LoadError([Issue(name, "this is a folder, not a file")])
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise LoadError(
                [
                    Issue(
                        name,
                        f"file is too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB)",
                    )
                ]
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise LoadError([Issue(name, f"cannot read the file: {exc.strerror or exc}")]) from exc
    return decode_text(raw, name)


def decode_text(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LoadError([Issue(name, "the file is encoded as UTF-16; save it as UTF-8", 1, 1)])
    if b"\x00" in raw:
        line, column = _position(raw, raw.index(b"\x00"))
        raise LoadError([Issue(name, "the file contains a NUL byte: it is binary data, not YAML text", line, column)])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _position(raw, exc.start)
        bad = raw[exc.start : exc.start + 1].hex()
        raise LoadError(
            [Issue(name, f"invalid UTF-8 byte 0x{bad}: the file must be UTF-8 text", line, column)]
        ) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise LoadError([Issue(name, "the file is empty")])
    return text


def _position(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    line = before.count(b"\n") + 1
    column = offset - (before.rfind(b"\n") + 1) + 1
    return line, column


def load_yaml_file(path: Path, max_bytes: int) -> YamlDocument:
    return parse_yaml(read_text(path, max_bytes), str(path))


class _Frame:
    __slots__ = ("container", "key", "key_mark", "path")

    def __init__(self, container: dict[Any, Any] | list[Any], path: PathKey) -> None:
        self.container = container
        self.path = path
        self.key: Any = _NO_KEY
        self.key_mark: Mark | None = None


_NO_KEY = object()


class _Builder:
    def __init__(self, file: str) -> None:
        self.file = file
        self.marks: dict[PathKey, Mark] = {}
        self.stack: list[_Frame] = []
        self.root: Any = _NO_KEY
        self.documents = 0
        self.resolver = yaml.resolver.Resolver()
        self.constructor = yaml.constructor.SafeConstructor()

    def fail(self, event: yaml.Event, message: str) -> LoadError:
        mark = _mark_of(event)
        return LoadError([Issue(self.file, message, mark.line, mark.column, self.current_path())])

    def current_path(self) -> str:
        if not self.stack:
            return ""
        top = self.stack[-1]
        if isinstance(top.container, dict) and top.key is not _NO_KEY:
            return format_path((*top.path, top.key))
        return format_path(top.path)

    def place(self, value: Any, event: yaml.Event) -> PathKey | None:
        """Put a value into the open container; return its path (None while it is a mapping key)."""
        mark = _mark_of(event)
        if not self.stack:
            self.root = value
            self.marks[()] = mark
            return ()
        top = self.stack[-1]
        if isinstance(top.container, list):
            path = (*top.path, len(top.container))
            top.container.append(value)
            self.marks[path] = mark
            return path
        if top.key is _NO_KEY:
            if isinstance(value, (dict, list)):
                raise self.fail(event, "a mapping key must be a plain value, not a mapping or a list")
            if value in top.container:
                raise self.fail(event, f"duplicate key {value!r}: each key may appear only once")
            top.key = value
            top.key_mark = mark
            return None
        path = (*top.path, top.key)
        top.container[top.key] = value
        self.marks[path] = mark
        top.key = _NO_KEY
        return path

    def scalar(self, event: yaml.ScalarEvent) -> Any:
        tag = event.tag
        if tag is None or tag == "!":
            if not event.style and event.implicit[0]:
                tag = self.resolver.resolve(yaml.ScalarNode, event.value, (True, False))  # type: ignore[no-untyped-call]
            else:
                return event.value
        if tag == f"{_STANDARD}timestamp" and event.tag is None:
            return event.value  # an unquoted date stays the text the user wrote
        if tag == f"{_STANDARD}merge" and event.tag is None:
            return event.value
        if tag not in _PLAIN_SCALAR_TAGS:
            raise self.fail(event, f"the tag {_short(tag)} is not allowed: only plain text, numbers and true/false")
        node = yaml.ScalarNode(tag, event.value)
        value = self.constructor.construct_object(node)
        if isinstance(value, float) and not math.isfinite(value):
            raise self.fail(event, f"{event.value!r} is not a finite number")
        return value

    def check_collection(self, event: yaml.CollectionStartEvent) -> None:
        if event.anchor is not None:
            raise self.fail(event, "YAML anchors and aliases (&name, *name) are not allowed")
        if event.tag is not None and event.tag not in _COLLECTION_TAGS:
            raise self.fail(event, f"the tag {_short(event.tag)} is not allowed: only plain mappings and lists")
        if len(self.stack) >= MAX_DEPTH:
            raise self.fail(event, f"the data is nested more than {MAX_DEPTH} levels deep")

    def feed(self, event: yaml.Event) -> None:
        if isinstance(event, yaml.ScalarEvent):
            if event.anchor is not None:
                raise self.fail(event, "YAML anchors and aliases (&name, *name) are not allowed")
            self.place(self.scalar(event), event)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            self.check_collection(event)
            container: dict[Any, Any] | list[Any] = {} if isinstance(event, yaml.MappingStartEvent) else []
            path = self.place(container, event)
            if path is None:
                raise self.fail(event, "a mapping key must be a plain value, not a mapping or a list")
            self.stack.append(_Frame(container, path))
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            self.stack.pop()
        elif isinstance(event, yaml.AliasEvent):
            raise self.fail(event, "YAML anchors and aliases (&name, *name) are not allowed")
        elif isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise self.fail(event, "the file holds more than one YAML document (a second '---')")


def _mark_of(event: yaml.Event) -> Mark:
    start = event.start_mark
    return Mark(start.line + 1, start.column + 1) if start is not None else Mark(1, 1)


def _short(tag: str) -> str:
    return "!!" + tag[len(_STANDARD) :] if tag.startswith(_STANDARD) else tag


def parse_yaml(text: str, file: str) -> YamlDocument:
    """Plain data from YAML text, or a LoadError located at the first syntax or safety problem."""
    builder = _Builder(file)
    try:
        for event in yaml.parse(text, Loader=_Loader):
            builder.feed(event)
    except LoadError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or "YAML syntax error"
        if exc.context:
            message = f"{message} ({exc.context})"
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        raise LoadError([Issue(file, f"YAML syntax error: {message}", line, column)]) from None
    except yaml.YAMLError as exc:
        raise LoadError([Issue(file, f"YAML syntax error: {exc}")]) from None
    except RecursionError:
        raise LoadError([Issue(file, f"the data is nested more than {MAX_DEPTH} levels deep")]) from None
    if builder.root is _NO_KEY:
        raise LoadError([Issue(file, "the file is empty")])
    return YamlDocument(file, builder.root, builder.marks)
