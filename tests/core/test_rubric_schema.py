"""The JSON Schema for editors agrees with the loader: what the loader accepts, the schema accepts."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from hria_app.core.yaml_source import load_yaml_file
from tests.conftest import DATA, ROOT

SCHEMA = json.loads((ROOT / "resources" / "schema" / "rubric.schema.json").read_text(encoding="utf-8"))
VALID = [*sorted((ROOT / "rubrics").glob("*.yaml")), DATA / "mini-rubric.yaml", DATA / "scoring-example.yaml"]


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
