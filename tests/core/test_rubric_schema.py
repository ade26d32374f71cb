"""The JSON Schema for editors and the loader are one format: the schema is held to the loader's field table, what the
loader accepts the schema accepts, and what the schema refuses the loader refuses, located at the same field."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from hria_app.core.rubric_fields import COLOUR_PATTERN, FIELDS, RANGES, SCALE_TOP_LIMIT, optional, required
from hria_app.core.rubric_loader import check_rubric_file
from hria_app.core.scoring_params import COMMON_KEYS, METHOD_KEYS, METHODS
from hria_app.core.yaml_source import load_yaml_file
from tests.conftest import DATA, ROOT

SCHEMA = json.loads((ROOT / "resources" / "schema" / "rubric.schema.json").read_text(encoding="utf-8"))
VALID = [*sorted((ROOT / "rubrics").glob("*.yaml")), *sorted(DATA.glob("*.yaml"))]


def _json_ready(value: object) -> object:
    # YAML keys such as anchor scores are integers; JSON object keys are strings.
    if isinstance(value, dict):
        return {str(k): _json_ready(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_ready(v) for v in value]
    return value


@pytest.mark.parametrize("path", VALID, ids=[p.name for p in VALID])
def test_valid_rubrics_satisfy_the_schema(path: Path) -> None:
    data = _json_ready(load_yaml_file(path, 5_000_000).data)
    jsonschema.validate(data, SCHEMA)


def test_the_schema_catches_a_typo_an_editor_should_underline() -> None:
    data = _json_ready(load_yaml_file(DATA / "mini-rubric.yaml", 5_000_000).data)
    assert isinstance(data, dict)
    data["sections"][0]["criteria"][0]["qestion"] = "typo"
    with pytest.raises(jsonschema.ValidationError, match="qestion"):
        jsonschema.validate(data, SCHEMA)


def test_the_schema_is_itself_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


# The schema and the loader's field table (core/rubric_fields.py) are one format: a key, a required key or a range
# in one is in the other.
def _node(part: str) -> dict[str, Any]:
    defs = SCHEMA["$defs"]
    return {
        "rubric": SCHEMA,
        "red_flag": SCHEMA["properties"]["red_flags"]["items"],
        "section": defs["section"],
        "criterion": defs["criterion"],
        "recommendation": defs["criterion"]["properties"]["recommendations"]["items"],
        "reference": defs["reference"],
        "level": defs["level"],
        "mitigation": defs["scoring"]["properties"]["mitigation"],
        "scoring": defs["scoring"],
    }[part]


@pytest.mark.parametrize("part", sorted(FIELDS))
def test_the_schema_has_the_loaders_keys(part: str) -> None:
    node = _node(part)
    assert tuple(node.get("required", ())) == required(part)
    assert set(node["properties"]) == set(required(part)) | set(optional(part))
    assert node["additionalProperties"] is False


def test_the_schema_has_the_loaders_scoring_keys() -> None:
    node = _node("scoring")
    assert tuple(node["required"]) == ("method", "scale", "levels")
    assert set(node["properties"]) == set(COMMON_KEYS) | {k for keys in METHOD_KEYS.values() for k in keys}
    assert node["properties"]["method"]["enum"] == list(METHODS)


@pytest.mark.parametrize("key", sorted(RANGES))
def test_the_schema_has_the_loaders_ranges(key: str) -> None:
    part, name = key.split(".")
    node = _node(part)["properties"][name]
    assert (node["minimum"], node["maximum"]) == RANGES[key]


def test_the_schema_has_the_loaders_scale_and_colours() -> None:
    pattern = re.compile(_node("scoring")["properties"]["scale"]["propertyNames"]["pattern"])
    assert all(pattern.match(str(key)) for key in range(SCALE_TOP_LIMIT + 1))
    assert not pattern.match(str(SCALE_TOP_LIMIT + 1))
    assert _node("criterion")["properties"]["anchors"]["propertyNames"]["pattern"] == pattern.pattern
    assert _node("level")["properties"]["colour"]["pattern"] == COLOUR_PATTERN


INVALID = sorted((DATA / "invalid-rubrics").glob("*.yaml"))


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_what_the_schema_refuses_the_loader_refuses_at_the_same_field(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    field = first.removeprefix("# refused at: ")
    data = _json_ready(load_yaml_file(path, 5_000_000).data)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)
    rubric, issues = check_rubric_file(path)
    assert rubric is None
    errors = [i for i in issues if i.severity == "error"]
    assert any(i.path == field and i.line > 0 for i in errors), [str(i) for i in errors]


def test_the_invalid_corpus_covers_every_range_and_part() -> None:
    names = {p.stem for p in INVALID}
    assert len(names) >= 20
    assert {"year-too-early", "year-too-late", "weight-too-small", "weight-too-large"} <= names
    assert {"likelihood-factor-too-large", "likelihood-factor-zero"} <= names


def test_a_scale_beyond_ten_is_refused(tmp_path: Path) -> None:
    text = (DATA / "scoring-example.yaml").read_text(encoding="utf-8")
    scale = ", ".join(f"{n}: S{n}" for n in range(12))
    text = re.sub(r"  scale: \{[^}]*\}", "  scale: {" + scale + "}", text, count=1)
    path = tmp_path / "wide.yaml"
    path.write_text(text, encoding="utf-8")
    rubric, issues = check_rubric_file(path)
    assert rubric is None
    assert any(i.path == "scoring.scale" and "11 is out of range: expected 0 to 10" in str(i) for i in issues)
