"""The parts of the .hria file (format 2) that teamwork needs: item ids, merge conflicts and a re-assessment's
baseline. Reading collects located problems like the rest of the reader; every key here is optional, so a
format-1 file reads with defaults (and its items get ids derived from their place and content).
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from hria_app.core.baseline import Baseline
from hria_app.core.conflicts import Conflict, short_value
from hria_app.core.fields import FieldReader
from hria_app.core.issue_messages import message
from hria_app.core.yaml_source import PathKey

ITEM_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")
CONFLICT_KEYS = ("base", "ours", "theirs", "ours_label", "theirs_label")
BASELINE_KEYS = ("file", "title", "updated", "overall", "sections")


def derived_id(prefix: str, path: PathKey, raw: Any) -> str:
    """The id of an item written without one (format 1): the same for every reader of the same file."""
    canonical = json.dumps([[str(k) for k in path], raw], sort_keys=True, ensure_ascii=False, default=str)
    return f"{prefix}-{hashlib.sha256(canonical.encode('utf-8')).hexdigest()[:12]}"


def item_id(r: FieldReader, raw: dict[str, Any], path: PathKey, prefix: str) -> str:
    if raw.get("id") is None:
        return derived_id(prefix, path, raw)
    checked = r.string(raw["id"], (*path, "id"), ITEM_ID, message("hint_team_item_id"))
    return checked or derived_id(prefix, path, raw)


def check_unique_ids(r: FieldReader, ids: list[str], path: PathKey, what: str) -> None:
    seen: set[str] = set()
    for i, value in enumerate(ids):
        if value in seen:
            r.error((*path, i, "id"), message("duplicate_id", what=what, id=value))
        seen.add(value)


def read_conflicts(r: FieldReader, value: Any) -> tuple[Conflict, ...]:
    """Each conflict also becomes a warning naming it, so `validate` and the app say the file needs resolving."""
    out = []
    for i, item in enumerate(r.sequence(value, ("conflicts",), message("what_conflicts")) or []):
        path: PathKey = ("conflicts", i)
        raw = r.mapping(item, path, ("field",), CONFLICT_KEYS)
        if raw is None:
            continue
        keys = r.sequence(raw.get("field"), (*path, "field"), message("what_keys"), min_len=1) or []
        field_path = tuple(k for j, item_key in enumerate(keys) if (k := r.string(item_key, (*path, "field", j))))
        if len(field_path) != len(keys) or not field_path:
            continue
        labels = [r.string(raw.get(k, k.split("_")[0]), (*path, k), max_len=200) or k for k in CONFLICT_KEYS[3:]]
        conflict = Conflict(field_path, raw.get("base"), raw.get("ours"), raw.get("theirs"), *labels)
        r.warn(
            path,
            message(
                "merge_conflict",
                field=conflict.field,
                ours=short_value(conflict.ours),
                theirs=short_value(conflict.theirs),
            ),
        )
        out.append(conflict)
    return tuple(out)


def read_baseline(r: FieldReader, value: Any) -> Baseline | None:
    if value is None:
        return None
    path: PathKey = ("baseline",)
    raw = r.mapping(value, path, ("fingerprint",), BASELINE_KEYS)
    if raw is None:
        return None
    strings = {k: r.string(raw.get(k, ""), (*path, k), max_len=500) or "" for k in ("file", "title", "updated")}
    sections = r.any_mapping(raw.get("sections", {}), (*path, "sections"), message("what_section_levels")) or {}
    return Baseline(
        fingerprint=r.string(raw.get("fingerprint"), (*path, "fingerprint"), max_len=200) or "",
        overall=r.string(raw.get("overall", ""), (*path, "overall"), max_len=40) or "",
        sections={str(k): str(v) for k, v in sections.items()},
        **strings,
    )


def team_data(conflicts: tuple[Conflict, ...], baseline: Baseline | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if baseline is not None:
        out["baseline"] = baseline.to_data()
    if conflicts:
        out["conflicts"] = [c.to_data() for c in conflicts]
    return out
