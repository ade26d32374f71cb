"""Bad rubrics, made on the fly: for the tests of `hria validate`, of the rubric cache, and for the benchmark of
how fast they are refused."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import DATA

MINI = (DATA / "mini-rubric.yaml").read_text(encoding="utf-8")


def _alias_bomb() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def write_case(text: str | bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / "case.yaml"
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return make


def _huge(folder: Path) -> Path:
    path = folder / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing 50 MB
    return path


# (case id, how to make the file, text the message must contain, located at a line?)
CASES: list[tuple[str, Callable[[Path], Path], str, bool]] = [
    ("missing file", lambda d: d / "nope.yaml", "file not found", False),
    ("a directory", lambda d: d, "folder, not a file", False),
    ("empty file", write_case(""), "empty", False),
    ("binary garbage", write_case(bytes(range(256)) * 4), "NUL byte", True),
    (
        "invalid UTF-8",
        write_case(MINI.replace("Mini CCTV check", "Mini caf\udce9").encode("utf-8", "surrogateescape")),
        "invalid UTF-8",
        True,
    ),
    ("YAML syntax error", write_case(MINI.replace("sections:\n", "sections: [\n", 1)), "YAML syntax error", True),
    ("python tag", write_case("!!python/object/apply:os.system ['echo pwned']\n"), "not allowed", True),
    ("alias bomb", write_case(_alias_bomb()), "aliases", True),
    ("wrong type", write_case(MINI.replace("version: 1.0.0", "version: [1, 0]")), "version: expected text", True),
    (
        "wrong nested type",
        write_case(MINI.replace("red_flags: [RF1]", "red_flags: RF1")),
        "red_flags: expected a list",
        True,
    ),
    (
        "duplicate criterion id",
        write_case(MINI.replace("id: LEG-2", "id: LEG-1")),
        "duplicate criterion id 'LEG-1'",
        True,
    ),
    (
        "dangling red flag",
        write_case(MINI.replace("red_flags: [RF1]", "red_flags: [RF9]")),
        "unknown red flag 'RF9'",
        True,
    ),
    (
        "dangling reference",
        write_case(MINI.replace("references: [iccpr-17]", "references: [gc-99]", 1)),
        "unknown reference 'gc-99'",
        True,
    ),
    (
        "missing anchor",
        write_case(MINI.replace("          4: {en: Obstructed, th: ถูกขัดขวาง}\n", "")),
        "missing [4]",
        True,
    ),
    ("10,000-deep nesting", write_case("a: " + "[" * 10_000 + "]" * 10_000 + "\n"), "nest", True),
    ("50 MB file", _huge, "too large", False),
    (
        "newer schema",
        write_case(MINI.replace("schema_version: 1", "schema_version: 7")),
        "format version 7",
        True,
    ),
]
