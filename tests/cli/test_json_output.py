"""Machine-readable output is a contract: every JSON a command prints validates against its shipped schema, and
every field it holds is described there."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from hria_app.cli import main
from tests.conftest import DATA, ROOT

SCHEMAS = ROOT / "resources" / "schema"
SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.hria"))
BUNDLED = sorted((ROOT / "rubrics").glob("*.yaml"))


def _schema(name: str) -> dict[str, Any]:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def _json_of(args: list[str], capsys: pytest.CaptureFixture[str]) -> Any:
    assert main(args) == 0
    return json.loads(capsys.readouterr().out)


def _undocumented(data: Any, schema: dict[str, Any], where: str = "") -> list[str]:
    """Fields in the output that the schema does not describe."""
    if isinstance(data, dict):
        props = schema.get("properties", {})
        missing = [f"{where}.{key}" for key in data if key not in props]
        return missing + [m for key, v in data.items() if key in props for m in _undocumented(v, props[key], key)]
    if isinstance(data, list) and "items" in schema:
        return [m for item in data for m in _undocumented(item, schema["items"], f"{where}[]")]
    return []


def _score_outputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[Any]:
    files = list(SAMPLES)
    for rubric in [*BUNDLED, DATA / "mini-rubric.yaml", DATA / "scoring-example.yaml"]:
        fresh = tmp_path / f"{rubric.stem}.hria"
        assert main(["new", "--rubric", str(rubric), "-o", str(fresh)]) == 0
        files.append(fresh)
    capsys.readouterr()
    return [
        _json_of(["score", str(path), "--json", *extra], capsys)
        for path in files
        for extra in ([], ["--residual"], ["--lang", "th"])
    ]


def test_score_json_validates_against_its_schema_for_every_method(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    schema = _schema("score-result.schema.json")
    outputs = _score_outputs(tmp_path, capsys)
    assert {out["method"] for out in outputs} == {"rights_matrix", "checklist", "weighted_sum"}
    for out in outputs:
        jsonschema.validate(out, schema)
        assert _undocumented(out, schema) == []
        assert (out["format"], out["format_version"]) == ("hria-score-result", 1)


def test_rubrics_json_validates_against_its_schema(capsys: pytest.CaptureFixture[str]) -> None:
    library = Path(os.environ["HRIA_RUBRIC_DIR"])
    library.mkdir(parents=True)
    shutil.copy(DATA / "mini-rubric.yaml", library / "mini.yaml")
    (library / "broken.yaml").write_text("id: [\n", encoding="utf-8")
    schema = _schema("rubric-list.schema.json")
    listing = _json_of(["rubrics", "--json"], capsys)
    jsonschema.validate(listing, schema)
    assert _undocumented(listing, schema) == []
    assert {row["valid"] for row in listing["rubrics"]} == {True, False}
    assert {row["origin"] for row in listing["rubrics"]} == {"bundled", "user"}


def test_the_schema_refuses_an_output_that_breaks_the_contract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    schema = _schema("score-result.schema.json")
    out = _json_of(["score", str(SAMPLES[0]), "--json"], capsys)
    del out["overall"]["rank"]
    with pytest.raises(jsonschema.ValidationError, match="rank"):
        jsonschema.validate(out, schema)


def test_thai_score_text_has_no_english_words_of_its_own(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(SAMPLES[0]), "--lang", "th"]) == 0
    text = capsys.readouterr().out
    for english in ("severity", "likelihood", "completeness", "not rated", "residual"):
        assert english not in text
    assert "ความครบถ้วน 100%" in text
    assert "ความรุนแรง 4, โอกาสเกิด" in text


def test_score_text_names_the_percent_half_up(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "a.hria"
    assert main(["new", "--rubric", str(DATA / "mini-rubric.yaml"), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["score", str(out)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == "Level III  (75%, completeness 0%)"
