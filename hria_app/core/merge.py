"""Three-way merge of assessments, field by field, for git's merge driver and for sync-tool conflict copies.

A change on one side is taken; the same change on both sides is taken once; different changes to one field become
a Conflict kept in the file, the field holding the OURS value until someone resolves it. Without a base (two
copies of one file, no common version known) every field written on one side only is taken, and every field both
sides wrote differently is a conflict: nothing either side wrote is lost, at the price of bringing back what one
side deleted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hria_app.core.assessment import FORMAT_VERSION, Assessment
from hria_app.core.assessment_file import to_data
from hria_app.core.assessment_reader import read_assessment
from hria_app.core.conflicts import Conflict, FieldPath, Side
from hria_app.core.errors import HriaError, Issue, LoadError
from hria_app.core.merge_tree import ABSENT, Keyed, from_tree, get_at, set_at, to_tree
from hria_app.core.rubric import Rubric
from hria_app.core.rubric_diff import upgrade
from hria_app.core.yaml_source import YamlDocument


class MergeError(HriaError):
    """The assessments cannot be merged field by field (say, they use different rubrics)."""


@dataclass
class MergeResult:
    assessment: Assessment
    conflicts: tuple[Conflict, ...]  # the new ones; assessment.conflicts also holds any left from earlier merges
    issues: list[Issue] = field(default_factory=list)  # warnings of the merged file (one per conflict)

    @property
    def clean(self) -> bool:
        return not self.assessment.conflicts


def merge_assessments(
    base: Assessment | None,
    ours: Assessment,
    theirs: Assessment,
    ours_label: str = "ours",
    theirs_label: str = "theirs",
) -> MergeResult:
    rubric = _common_rubric([a for a in (base, ours, theirs) if a is not None])
    trees = [to_tree(to_data(_on(a, rubric))) if a is not None else Keyed() for a in (base, ours, theirs)]
    found: list[Conflict] = []
    base_tree, ours_tree, theirs_tree = trees
    merged = _merge3(base_tree, ours_tree, theirs_tree, (), found, (ours_label, theirs_label))
    earlier = [c for c in (*ours.conflicts, *theirs.conflicts) if c.path not in {f.path for f in found}]
    conflicts: list[Conflict] = []
    for conflict in [*found, *earlier]:  # values may be mappings: compared, never hashed
        if conflict not in conflicts:
            conflicts.append(conflict)
    assessment, issues = rebuild(_on(ours, rubric), merged, tuple(conflicts))
    return MergeResult(assessment, tuple(found), issues)


def resolve_conflict(assessment: Assessment, conflict: Conflict, choice: Side) -> Assessment:
    """A new assessment with the field set to the chosen side's value and the conflict gone (the old one is kept
    unchanged, so undo can swap it back)."""
    tree = to_tree(to_data(assessment))
    value = conflict.value(choice)
    set_at(tree, conflict.path, to_tree(value, conflict.path) if value is not None else ABSENT)
    remaining = tuple(c for c in assessment.conflicts if c != conflict)
    return rebuild(assessment, tree, remaining)[0]


def resolve_all(assessment: Assessment, choice: Side) -> Assessment:
    for conflict in assessment.conflicts:
        assessment = resolve_conflict(assessment, conflict, choice)
    return assessment


def rebuild(template: Assessment, tree: Keyed, conflicts: tuple[Conflict, ...]) -> tuple[Assessment, list[Issue]]:
    """An assessment on `template`'s rubric from a merged tree, read by the file reader (so it is checked as an
    opened file is), without parsing the embedded rubric again."""
    data: dict[str, Any] = {"format_version": FORMAT_VERSION, "kind": "hria-assessment"}
    data.update({k: v for k, v in from_tree(tree).items() if v is not None})
    data.setdefault("answers", {})
    if conflicts:
        data["conflicts"] = [c.to_data() for c in conflicts]
    data["rubric"] = {}  # the reader does not look inside; the rubric is the template's, already checked
    assessment, issues = read_assessment(YamlDocument("<merged>", data), template.rubric)
    if any(i.severity == "error" for i in issues):
        raise LoadError(issues)
    return assessment, issues


def _merge3(base: Any, ours: Any, theirs: Any, path: FieldPath, found: list[Conflict], labels: tuple[str, str]) -> Any:
    if ours == theirs:
        return ours
    if ours == base:
        return theirs
    if theirs == base:
        return ours
    if isinstance(ours, Keyed) and isinstance(theirs, Keyed) and (base is ABSENT or isinstance(base, Keyed)):
        below = base if isinstance(base, Keyed) else Keyed()
        out = Keyed()
        for key in dict.fromkeys([*ours, *theirs, *below]):
            value = _merge3(
                below.get(key, ABSENT), ours.get(key, ABSENT), theirs.get(key, ABSENT), (*path, key), found, labels
            )
            if value is not ABSENT:
                out[key] = value
        return out
    found.append(Conflict(path, from_tree(base, path), from_tree(ours, path), from_tree(theirs, path), *labels))
    return ours


def _version(rubric: Rubric) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in rubric.version.split("."))
    except ValueError:
        return (0,)


def _common_rubric(assessments: list[Assessment]) -> Rubric:
    """The newest version of the rubric they share; the others are carried over to it as an upgrade would."""
    ids = {a.rubric.id for a in assessments}
    if len(ids) > 1:
        raise MergeError(f"cannot merge assessments made with different rubrics: {', '.join(sorted(ids))}")
    ours = assessments[1] if len(assessments) > 2 else assessments[0]
    newest = max((a.rubric for a in assessments), key=_version)
    return ours.rubric if _version(ours.rubric) == _version(newest) else newest


def _on(assessment: Assessment, rubric: Rubric) -> Assessment:
    if assessment.rubric.fingerprint == rubric.fingerprint:
        return assessment
    return upgrade(assessment, rubric)[0]


__all__ = ["MergeError", "MergeResult", "get_at", "merge_assessments", "rebuild", "resolve_all", "resolve_conflict"]
