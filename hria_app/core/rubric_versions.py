"""Rubric versions: which library rubric is newer than the one an assessment embeds, and which version bump
an edit calls for (docs/rubric-format.md: MAJOR when scores change meaning, MINOR when criteria come or go)."""

from __future__ import annotations

from collections.abc import Iterable

from hria_app.core.library import parse_version
from hria_app.core.rubric import Rubric
from hria_app.core.rubric_diff import diff_rubrics


def newest_version(candidates: Iterable[Rubric], current: Rubric) -> Rubric | None:
    """The library's highest version of `current`'s rubric, when it is higher than `current`'s."""
    mine = parse_version(current.version)
    if mine is None:
        return None
    best: Rubric | None = None
    best_version = mine
    for rubric in candidates:
        version = parse_version(rubric.version)
        if rubric.id == current.id and version is not None and version > best_version:
            best, best_version = rubric, version
    return best


def bumped(version: str, part: str) -> str:
    parsed = parse_version(version)
    if parsed is None:
        return "1.0.0"
    major, minor, patch = parsed
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def suggested_bump(before: Rubric | None, after: Rubric | None) -> tuple[str, str] | None:
    """(part, new version) when `after` changes what `before` scored and still carries `before`'s version.

    Only changes that matter to assessments already made are worth a suggestion: a change of scoring (major), a
    criterion added or removed (minor). Wording is the author's call."""
    if before is None or after is None or before.id != after.id or before.version != after.version:
        return None
    diff = diff_rubrics(before, after)
    if diff.of("scoring", "changed"):
        return "major", bumped(after.version, "major")
    if diff.of("criterion", "added") or diff.of("criterion", "removed"):
        return "minor", bumped(after.version, "minor")
    return None
