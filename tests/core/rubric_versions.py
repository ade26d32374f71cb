"""Two versions of the mini rubric for tests of carrying answers across versions.

1.0.0 adds a criterion LEG-3; 1.1.0 removes it and moves LEG-2 to a new section OVS.
"""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

from hria_app.core.rubric import Rubric
from hria_app.core.rubric_loader import load_rubric
from hria_app.core.yaml_source import parse_yaml
from tests.conftest import DATA


def rubric_version(tmp_path: Path, version: str, edit: str) -> Rubric:
    data = parse_yaml((DATA / "mini-rubric.yaml").read_text(encoding="utf-8"), "mini-rubric.yaml").data
    data["version"] = version
    leg = data["sections"][0]
    extra = {**copy.deepcopy(leg["criteria"][1]), "id": "LEG-3", "title": {"en": "Audits", "th": "การตรวจสอบ"}}
    if edit == "old":
        leg["criteria"].append(extra)
    else:  # LEG-3 removed, LEG-2 moved to a new section
        moved = leg["criteria"].pop(1)
        data["sections"].append({"id": "OVS", "title": {"en": "Oversight", "th": "การกำกับดูแล"}, "criteria": [moved]})
    path = tmp_path / f"mini-{version}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_rubric(path)
