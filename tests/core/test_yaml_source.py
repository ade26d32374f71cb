"""The safe YAML reader: plain data with locations, hostile constructs refused."""

from __future__ import annotations

import pytest

from hria_app.core.errors import LoadError
from hria_app.core.yaml_source import decode_text, format_path, parse_yaml


def test_values_keep_their_types_and_locations() -> None:
    doc = parse_yaml("a: 1\nb:\n  - x\n  - 2024-01-01\n  - 'yes'\nc: {d: 1.5, e: null}\n", "f.yaml")
    assert doc.data == {"a": 1, "b": ["x", "2024-01-01", "yes"], "c": {"d": 1.5, "e": None}}
    assert doc.mark(("b", 1)).line == 4
    assert doc.mark(("c", "d")).line == 6
    # An unlocated path falls back to its nearest located ancestor.
    assert doc.mark(("b", 9, "zz")).line == doc.mark(("b",)).line


def test_paths_read_like_the_messages() -> None:
    assert format_path(("sections", 2, "criteria", 4, "anchors")) == "sections[2].criteria[4].anchors"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: &x 1\nb: *x\n", "anchors and aliases"),
        ("a: !!python/object/apply:os.system [ls]\n", "tag !!python/object/apply:os.system is not allowed"),
        ("a: !!binary aGVsbG8=\n", "tag !!binary is not allowed"),
        ("a: !!set {x}\n", "not allowed"),
        ("a: 1\na: 2\n", "duplicate key 'a'"),
        ("a: .nan\n", "not a finite number"),
        ("a: 1\n---\nb: 2\n", "more than one YAML document"),
        ("a: [1, 2\n", "YAML syntax error"),
        ("? [a, b]\n: 1\n", "mapping key must be a plain value"),
        ("[" * 10_000 + "]" * 10_000, "nest"),
        (
            "x:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 60)) + "  " * 60 + "v: 1\n",
            "nested more than",
        ),
    ],
)
def test_hostile_yaml_is_refused_with_a_location(text: str, message: str) -> None:
    with pytest.raises(LoadError) as caught:
        parse_yaml(text, "f.yaml")
    issue = caught.value.issues[0]
    assert message in issue.message
    assert str(issue).startswith("f.yaml:")
    assert issue.line >= 1


@pytest.mark.parametrize(
    ("raw", "message", "line"),
    [
        (b"\xff\xfea\x00:\x00", "UTF-16", 1),
        (b"a: 1\nb: \x00\n", "NUL byte", 2),
        (b"a: 1\nb: caf\xe9\n", "invalid UTF-8 byte 0xe9", 2),
        (b"   \n\n", "empty", 0),
    ],
)
def test_undecodable_bytes_are_located(raw: bytes, message: str, line: int) -> None:
    with pytest.raises(LoadError) as caught:
        decode_text(raw, "f.yaml")
    issue = caught.value.issues[0]
    assert message in issue.message
    assert issue.line == line


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    assert decode_text("\ufeffa: ที่".encode(), "f.yaml") == "a: ที่"
