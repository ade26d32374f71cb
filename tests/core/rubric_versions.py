"""Versions of the mini rubric for tests of carrying answers across versions.

`rubric_version`: 1.0.0 adds a criterion LEG-3; 1.1.0 removes it and moves LEG-2 to a new section OVS.
`V110`: the text of a 1.1.0 that rewords LEG-1's question, drops LEG-2 and adds a LEG-3.
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


MINI = (DATA / "mini-rubric.yaml").read_text(encoding="utf-8")
LEG2_START = MINI.index("      - id: LEG-2")
LEG2_END = MINI.index("references:\n  - {key")
NEW_CRITERION = """      - id: LEG-3
        title: {en: Watchlist rules, th: กฎเกณฑ์บัญชีเฝ้าระวัง}
        question: {en: Are watchlist criteria published?, th: มีการเผยแพร่เกณฑ์ของบัญชีเฝ้าระวังหรือไม่}
        anchors:
          0: {en: Published and reviewed, th: เผยแพร่และทบทวน}
          1: {en: Published, th: เผยแพร่}
          2: {en: Partly known, th: ทราบบางส่วน}
          3: {en: Secret, th: เป็นความลับ}
          4: {en: Used against critics, th: ใช้กับผู้วิพากษ์วิจารณ์}
        references: [iccpr-17]
"""
V110 = (
    MINI[:LEG2_START]
    .replace("version: 1.0.0", "version: 1.1.0")
    .replace("Does a public law authorise the system?", "Does a specific public law authorise the system?")
    + NEW_CRITERION
    + MINI[LEG2_END:]
)
