"""The rubric writer: what it writes loads back as the same data, twice gives the same bytes, and the layout is
the documented one (key order, block style, folded long text, no aliases)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from hria_app.core.rubric_loader import check_rubric_file
from hria_app.core.rubric_writer import CRITERION_ORDER, dump_rubric, write_rubric
from hria_app.core.yaml_source import load_yaml_file, parse_yaml
from tests.conftest import DATA, ROOT

RUBRICS = [*sorted((ROOT / "rubrics").glob("*.yaml")), DATA / "mini-rubric.yaml", DATA / "scoring-example.yaml"]


def _data(path: Path) -> Any:
    return load_yaml_file(path, 5_000_000).data


@pytest.mark.parametrize("path", RUBRICS, ids=lambda p: p.name)
def test_load_write_load_gives_the_same_data(tmp_path: Path, path: Path) -> None:
    data = _data(path)
    out = tmp_path / path.name
    first = write_rubric(out, data)
    assert _data(out) == data
    rubric, issues = check_rubric_file(out)
    original, original_issues = check_rubric_file(path)
    assert (rubric is None) == (original is None)
    assert [i.message for i in issues] == [i.message for i in original_issues]
    # Writing what was read gives the same bytes: saving an unchanged rubric never makes a diff.
    assert write_rubric(out, _data(out)) == first
    assert out.read_bytes() == first


@pytest.mark.parametrize("path", RUBRICS, ids=lambda p: p.name)
def test_both_yaml_emitters_write_the_same_bytes(path: Path) -> None:
    data = _data(path)
    assert dump_rubric(data) == dump_rubric(data, pure=True)


def test_keys_come_out_in_the_documented_order() -> None:
    data = _data(DATA / "mini-rubric.yaml")
    criterion = data["sections"][0]["criteria"][0]
    data["sections"][0]["criteria"][0] = dict(reversed(list(criterion.items())))
    data = dict(reversed(list(data.items())))
    written = parse_yaml(dump_rubric(data), "x.yaml").data
    assert list(written)[:4] == ["schema_version", "id", "version", "title"]
    keys = list(written["sections"][0]["criteria"][0])
    assert keys == [k for k in CRITERION_ORDER if k in keys]
    assert list(written["sections"][0]["criteria"][0]["anchors"]) == [0, 1, 2, 3, 4]


def test_the_layout_is_block_style_with_folded_long_text_and_one_line_id_lists() -> None:
    data = _data(DATA / "mini-rubric.yaml")
    long_text = "A sentence that goes on " * 8 + "and ends."
    data["sections"][0]["criteria"][0]["guidance"] = {"en": long_text.strip(), "th": "คำแนะนำ"}
    data["sections"][0]["criteria"][1]["guidance"] = "First paragraph.\n\nSecond paragraph.\n"
    text = dump_rubric(data)
    assert "{" not in text  # no flow mappings: each language of a text on a line of its own
    assert "    guidance:\n      en: >-\n" in text
    assert "    guidance: |\n      First paragraph.\n\n      Second paragraph.\n" in text
    assert "red_flags: [RF1]" in text
    assert "languages: [en, th]" in text
    assert all(len(line) <= 120 for line in text.splitlines() if " " in line.strip())


def test_a_value_used_twice_is_written_twice_never_as_an_alias() -> None:
    data = _data(DATA / "mini-rubric.yaml")
    shared = {"en": "Shared", "th": "ร่วม"}
    data["sections"][0]["criteria"][0]["title"] = shared
    data["sections"][0]["criteria"][1]["title"] = shared
    text = dump_rubric(data)
    assert "&" not in text and "*id" not in text
    assert parse_yaml(text, "x.yaml").data == copy.deepcopy(data)


TRICKY = [
    "yes",
    "no",
    "on",
    "1.0",
    "0",
    "null",
    "~",
    "2024-05-01",
    "*not an alias",
    "&not an anchor",
    "!not a tag",
    "@handle",
    "`tick",
    "{braces}",
    "[brackets]",
    "key: value",
    "a # not a comment",
    "'quoted'",
    '"double"',
    "  leading spaces",
    "trailing spaces  ",
    "two  spaces  inside and long enough to be folded if runs of spaces did not keep it on one line",
    "tab\there",
    "line one\nline two",
    "ends with a newline\n",
    "\nstarts with a newline",
    "กฎหมาย" * 40,
    "ผู้ว่าราชการจังหวัด ยืนยันว่า กล้อง 1,200 ตัว เชื่อมต่อกับระบบ " * 4,
    "- dash first",
    "? question first",
    "%percent",
]


@pytest.mark.parametrize("value", TRICKY)
def test_tricky_text_survives_a_round_trip(value: str) -> None:
    data = _data(DATA / "mini-rubric.yaml")
    data["sections"][0]["criteria"][0]["question"] = {"en": value, "th": value}
    data["sections"][0]["criteria"][1]["question"] = value
    assert parse_yaml(dump_rubric(data), "x.yaml").data == data
    assert dump_rubric(data) == dump_rubric(data, pure=True)


@settings(max_examples=60, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200))
def test_any_text_survives_a_round_trip(value: str) -> None:
    data = {"title": {"en": value, "th": value}, "evidence": [value, "x"]}
    text = dump_rubric(data)
    assert yaml.safe_load(text) == data


def test_the_header_is_a_comment_on_the_first_line(tmp_path: Path) -> None:
    data = _data(DATA / "mini-rubric.yaml")
    path = tmp_path / "r.yaml"
    write_rubric(path, data, header="yaml-language-server: $schema=rubric.schema.json")
    assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=rubric.schema.json\n")
    assert _data(path) == data
