"""docs/rubric-format.md is enough to write a valid rubric: its full example is valid without a warning, and every
message in its table of common errors is what the loader says."""

# ruff: noqa: E501  (the table of error cases reads best one case per line)
from __future__ import annotations

import json
import re

import jsonschema
import pytest

from hria_app.core.errors import Issue, LoadError
from hria_app.core.rubric_loader import check_rubric_document
from hria_app.core.yaml_source import parse_yaml
from tests.conftest import ROOT

DOC = (ROOT / "docs" / "rubric-format.md").read_text(encoding="utf-8")
SCHEMA = json.loads((ROOT / "resources" / "schema" / "rubric.schema.json").read_text(encoding="utf-8"))


def section(title: str) -> str:
    start = DOC.index(f"\n## {title}\n")
    end = DOC.find("\n## ", start + 1)
    return DOC[start : end if end >= 0 else len(DOC)]


def example() -> str:
    match = re.search(r"```yaml\n(.*?)\n```", section("A complete small rubric"), re.DOTALL)
    assert match is not None, "the example is a ```yaml block in the section 'A complete small rubric'"
    return match.group(1) + "\n"


def issues_of(text: str) -> list[Issue]:
    try:
        return check_rubric_document(parse_yaml(text, "example.yaml"))[1]
    except LoadError as exc:
        return exc.issues


def test_the_full_example_is_valid_without_warnings() -> None:
    rubric, issues = check_rubric_document(parse_yaml(example(), "example.yaml"))
    assert [str(i) for i in issues] == []
    assert rubric is not None
    assert rubric.criterion_count >= 2 and rubric.red_flags and rubric.references
    assert all(c.recommendations or c.references for c in rubric.criteria())


def test_the_full_example_satisfies_the_json_schema_and_starts_with_its_header_line() -> None:
    text = example()
    assert text.startswith("# yaml-language-server: $schema=")
    jsonschema.validate(parse_yaml(text, "example.yaml").data, SCHEMA)


def test_the_example_covers_every_top_level_field() -> None:
    data = parse_yaml(example(), "example.yaml").data
    documented = re.findall(r"^\| `(\w+)` \| (?:yes|no) \|", section("Top level"), re.MULTILINE)
    assert set(documented) == set(data)


EXAMPLE = example()
# For each message of the table of common errors, a change to the example that makes it.
MUTATIONS = {
    "missing required field 'anchors'": ("        anchors:\n          0: {en: An independent", "        anchorz:\n          0: {en: An independent"),
    "anchors must describe every score on the scale; missing [4]": ("          4: {en: Oversight obstructed, th: การกำกับดูแลถูกขัดขวาง}\n", ""),
    "5 is not a score on this rubric's scale (0, 1, 2, 3, 4)": ("          4: {en: Oversight obstructed, th: การกำกับดูแลถูกขัดขวาง}\n", "          4: {en: Oversight obstructed, th: การกำกับดูแลถูกขัดขวาง}\n          5: {en: x, th: y}\n"),
    "unknown red flag 'RF9' (defined: RF1)": ("red_flags: [RF1]", "red_flags: [RF9]"),
    "unknown reference 'gc-99' (defined: hrc-gc16, iccpr-17)": ("references: [iccpr-17, hrc-gc16]", "references: [gc-99]"),
    "duplicate criterion id 'LEG-1': ids must be unique": ("- id: OVS-1", "- id: LEG-1"),
    "unknown field 'qestion'; expected one of: ": ("        question:\n          en: Does a body", "        qestion:\n          en: Does a body"),
    "expected text (put it in quotes), or a map of language to text (en: ..., th: ...), found true/false (true)": ("title: {en: Oversight, th: การกำกับดูแล}", "title: yes"),
    "'independently reviewed' is not a language code (such as en or th)": ('"A specific published law, independently reviewed"', "A specific published law, independently reviewed"),
    "this text must not be empty": ("title: {en: Oversight, th: การกำกับดูแล}", 'title: ""'),
    "YAML anchors and aliases (&name, *name) are not allowed": ("    title: {en: Oversight, th: การกำกับดูแล}\n", "    title: &t {en: Oversight, th: การกำกับดูแล}\n    description: *t\n"),
    "the tag !!python/object/apply:os.system is not allowed": ("title: {en: Oversight, th: การกำกับดูแล}", "title: !!python/object/apply:os.system [ls]"),
    "duplicate key 'title': each key may appear only once": ("    title: {en: Oversight, th: การกำกับดูแล}\n", "    title: {en: Oversight, th: การกำกับดูแล}\n    title: x\n"),
    "'Mini CCTV' is not valid: use lowercase letters, digits and dashes": ("id: city-cctv-check", "id: Mini CCTV"),
    "expected one of rights_matrix, checklist, weighted_sum; found text ('matrix')": ("method: rights_matrix", "method: matrix"),
    "'gateway_trigger' belongs to the checklist method, not rights_matrix": ("  recommend_at: 2\n", "  recommend_at: 2\n  gateway_trigger: 2\n"),
    "the scale must list consecutive scores from 0 (for example 0, 1, 2, 3, 4)": ("    4: {en: Violation documented", "    5: {en: Violation documented"),
    "bands must rise: 25.0 is not above 25.0": ("upto: 50", "upto: 25"),
    "every level but the last needs 'upto', the top of its band": ("      upto: 50\n", ""),
    "the last level is open-ended: remove 'upto'": ('      colour: "#b71c1c"\n', '      colour: "#b71c1c"\n      upto: 100\n'),
    "an unknown answer can never count as the safest score (0)": ("unknown_counts_as: 3", "unknown_counts_as: 0"),
    "1.0 x the top score 4 gives a likelihood above 4": ("  recommend_at: 2\n", "  recommend_at: 2\n  likelihood_factor: 1.0\n"),
    "custom section_levels need a matrix that uses them": ("  recommend_at: 2\n", "  recommend_at: 2\n  section_levels:\n    - {id: a, label: A}\n    - {id: b, label: B}\n"),
    "expected a colour like '#c62828', found 'red'": ('colour: "#2e7d32"', "colour: red"),
    "a link must start with https:// or http://": ("url: https://www.ohchr.org", "url: ftp://www.ohchr.org"),
    "this rubric uses format version 2; this app reads version 1. Update the app to open it": ("schema_version: 1", "schema_version: 2"),
}  # fmt: skip


def documented_errors() -> list[str]:
    return re.findall(r"^\| `(.+?)` \|", section("Common errors"), re.MULTILINE)


def test_every_common_error_in_the_doc_has_a_case_here() -> None:
    documented = {m.removesuffix("...").rstrip() for m in documented_errors()}
    assert documented == {m.rstrip() for m in MUTATIONS}


@pytest.mark.parametrize("message", list(MUTATIONS))
def test_each_common_error_reads_as_the_doc_says(message: str) -> None:
    old, new = MUTATIONS[message]
    assert old in EXAMPLE, old
    found = [i.message for i in issues_of(EXAMPLE.replace(old, new, 1)) if i.severity == "error"]
    assert any(message in text for text in found), found
