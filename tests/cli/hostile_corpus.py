"""The hostile corpus (tests/data/hostile) and the hostile files made on the fly, with what the first message about
each must say: for the command line's tests, the app's, and the benchmark of how fast they are refused."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import DATA
from tests.core.hostile_headers import CORPUS as HOSTILE_HEADERS

CORPUS = DATA / "hostile"

# file -> what the first message must say. Files without a line are whole-file problems.
EXPECTED = {
    "alias-bomb.yaml": "aliases",
    "alias-in-notes.hria": "aliases",
    "alias.yaml": "aliases",
    "anchor-extra.yaml": "5 is not a score on this rubric's scale",
    "anchor-key-text.yaml": "'zero' is not a score",
    "anchor-missing.yaml": "missing [4]",
    "anchors-list.yaml": "YAML syntax error",
    "answers-list.hria": "answers: expected a mapping",
    "bad-date.hria": "write dates as YYYY-MM-DD",
    "bad-status.hria": "expected one of unanswered, scored",
    "bands-not-rising.yaml": "bands must rise",
    "binary-garbage.yaml": "NUL byte",
    "criteria-string.yaml": "expected a list of criteria",
    "dangling-red-flag.yaml": "unknown red flag 'RF9'",
    "dangling-reference.yaml": "unknown reference 'gc-99'",
    "duplicate-criterion-id.yaml": "duplicate criterion id 'LEG-1'",
    "duplicate-key.yaml": "duplicate key 'id'",
    "duplicate-red-flag-id.yaml": "duplicate red flag id 'RF1'",
    "duplicate-section-id.yaml": "duplicate section id 'LEG'",
    "empty.yaml": "the file is empty",
    "encrypted-tampered.hria": "header is damaged",
    "fingerprint-mismatch.hria": "does not match its fingerprint",
    "fingerprint-missing.hria": "does not match its fingerprint",
    "id-with-spaces.yaml": "use lowercase letters, digits and dashes",
    "invalid-utf8.yaml": "invalid UTF-8 byte 0xe9",
    "javascript-url.yaml": "a link must start with https://",
    "matrix-falls.yaml": "the rating falls as severity rises",
    "method-unknown.yaml": "expected one of rights_matrix",
    "multi-document.yaml": "more than one YAML document",
    "nan-weight.yaml": "not a finite number",
    "newer-format.hria": "newer version of the app",
    "newer-schema.yaml": "format version 2",
    "nul-byte.yaml": "NUL byte",
    "only-comments.yaml": "the file is empty",
    "red-flag-not-allowed.hria": "unknown red flag 'RF2'",
    "rubric-content-invalid.hria": "rubric.content.scoring.method",
    "rubric-missing.hria": "not an assessment file",
    "scale-gap.yaml": "consecutive scores from 0",
    "score-out-of-range.hria": "12 is out of range",
    "score-text.hria": "expected a whole number",
    "sections-mapping.yaml": "expected a list of sections",
    "syntax-bad-indent.yaml": "YAML syntax error",
    "syntax-tab-indent.yaml": "tab character",
    "syntax-unclosed-flow.yaml": "YAML syntax error",
    "tag-binary.yaml": "tag !!binary is not allowed",
    "tag-in-notes.hria": "tag !!python/object/apply",
    "tag-python-apply.yaml": "tag !!python/object/apply",
    "tag-python-name.yaml": "tag !!python/name",
    "tag-python-new.yaml": "tag !!python/object/new",
    "tag-set.yaml": "tag !!set",
    "title-bad-language.yaml": "not a language code",
    "title-number.yaml": "found a number (42)",
    "top-level-list.yaml": "expected a rubric",
    "top-level-scalar.yaml": "expected a rubric",
    "truncated.hria": "missing required field",
    "unknown-counts-as-zero.yaml": "0 is out of range",
    "unknown-criterion.hria": "'LEG-7', which is not a criterion",
    "unknown-field.yaml": "unknown field 'qestion'",
    "utf16-bom.yaml": "UTF-16",
    "version-float.yaml": "put it in quotes",
    "yes-as-text.yaml": "found true/false",
}
# Forged and damaged headers of encrypted files (made by tests/core/hostile_headers.py).
EXPECTED.update({name: expected for name, (_make, expected) in HOSTILE_HEADERS.items()})
ENCRYPTED = {"encrypted-tampered.hria", *HOSTILE_HEADERS}
WHOLE_FILE = {"empty.yaml", "only-comments.yaml", *ENCRYPTED}

MINI = (DATA / "mini-rubric.yaml").read_text(encoding="utf-8")


def _deep(folder: Path) -> Path:
    path = folder / "deep.yaml"
    path.write_text("a: " + "[" * 10_000 + "]" * 10_000 + "\n", encoding="utf-8")
    return path


def _deep_block(folder: Path) -> Path:
    path = folder / "deep-block.yaml"
    path.write_text("".join("  " * i + f"k{i}:\n" for i in range(200)) + "  " * 200 + "v: 1\n", encoding="utf-8")
    return path


def _huge(folder: Path) -> Path:
    path = folder / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    return path


def _huge_string(folder: Path) -> Path:
    path = folder / "huge-string.yaml"
    path.write_text(MINI.replace('description: {en: "A two', 'description: {en: "' + "x" * 300_000), "utf-8")
    return path


def _huge_note(folder: Path) -> Path:
    base = (CORPUS / "bad-date.hria").read_text(encoding="utf-8").replace("accessed: last tuesday", "note: x")
    path = folder / "huge-note.hria"
    path.write_text(base.replace("notes: base", "notes: " + "ท" * 1_200_000), encoding="utf-8")
    return path


GENERATED: dict[str, tuple[Callable[[Path], Path], str, bool]] = {
    "10,000-deep flow nesting": (_deep, "nest", True),
    "200-deep block nesting": (_deep_block, "nested more than 48 levels", True),
    "50 MB file": (_huge, "too large", False),
    "300,000-character text": (_huge_string, "text is too long", True),
    "1,200,000-character note": (_huge_note, "text is too long", True),
}
