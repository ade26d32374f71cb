"""Reading and cross-checking a rubric's `scoring:` block."""

from __future__ import annotations

import re
from typing import Any, cast

from hria_app.core.fields import FieldReader
from hria_app.core.issue_messages import message
from hria_app.core.rubric import MEASURE_STATUSES, Level, Method, Mitigation, Scoring
from hria_app.core.rubric_fields import COLOUR_PATTERN, RANGES, SCALE_TOP_LIMIT, optional, required
from hria_app.core.text import Text
from hria_app.core.yaml_source import PathKey

METHODS = ("rights_matrix", "checklist", "weighted_sum")
SEVERITY_STEPS = 4
LIKELIHOOD_STEPS = 4

DEFAULT_SECTION_LEVELS = (
    Level("low", Text({"en": "Low", "th": "ต่ำ"}), colour="#4caf50"),
    Level("medium", Text({"en": "Medium", "th": "ปานกลาง"}), colour="#fbc02d"),
    Level("high", Text({"en": "High", "th": "สูง"}), colour="#f57c00"),
    Level("critical", Text({"en": "Critical", "th": "วิกฤต"}), colour="#c62828"),
)
# Rows are likelihood 1..4, columns severity 1..4. Severity 4 is never rated below high.
DEFAULT_MATRIX = {
    1: ("low", "low", "medium", "high"),
    2: ("low", "medium", "high", "high"),
    3: ("low", "medium", "high", "critical"),
    4: ("medium", "high", "critical", "critical"),
}

COMMON_KEYS = (
    "method",
    "scale",
    "levels",
    "unknown_counts_as",
    "recommend_at",
    "band_basis",
    "red_flag_level",
    "mitigation",
)
METHOD_KEYS = {
    "rights_matrix": (
        "section_levels",
        "matrix",
        "likelihood_factor",
        "severity_unknown_counts_as",
        "critical_section_floor",
    ),
    "checklist": ("gateway_trigger", "gateway_unknown_triggers"),
    "weighted_sum": (),
}


def read_scoring(reader: FieldReader, value: Any, path: PathKey) -> Scoring | None:
    raw = reader.mapping(
        value,
        path,
        required=("method", "scale", "levels"),
        optional=[k for k in COMMON_KEYS if k not in ("method", "scale", "levels")]
        + [k for keys in METHOD_KEYS.values() for k in keys],
    )
    if raw is None:
        return None
    method = reader.choice(raw.get("method"), (*path, "method"), METHODS)
    if method is None:
        return None
    for key in raw:
        owner = next((m for m, keys in METHOD_KEYS.items() if key in keys), None)
        if owner is not None and owner != method:
            reader.error((*path, key), message("wrong_method_key", key=key, owner=owner, method=method))
    scale = _read_scale(reader, raw.get("scale"), (*path, "scale"))
    levels = _read_levels(
        reader, raw.get("levels"), (*path, "levels"), banded=True, basis=raw.get("band_basis", "percent")
    )
    if scale is None or levels is None:
        return None
    top = max(scale)
    default_unknown = top - 1 if top >= 4 else top
    unknown = _opt_int(reader, raw, "unknown_counts_as", path, default_unknown, 1, top)
    if "unknown_counts_as" in raw and raw["unknown_counts_as"] == 0:
        reader.error((*path, "unknown_counts_as"), message("unknown_never_safe"))
    recommend_at = _opt_int(reader, raw, "recommend_at", path, max(1, top - 1), 1, top)
    basis = reader.choice(raw.get("band_basis", "percent"), (*path, "band_basis"), ("percent", "points"))
    level_ids = [level.id for level in levels]
    red_flag_level = _opt_level(reader, raw, "red_flag_level", path, level_ids, level_ids[-1])
    mitigation = _read_mitigation(reader, raw.get("mitigation", {}), (*path, "mitigation"))
    scoring = Scoring(
        method=cast(Method, method),
        scale=scale,
        levels=levels,
        unknown_counts_as=unknown,
        recommend_at=recommend_at,
        band_basis=basis or "percent",  # type: ignore[arg-type]
        red_flag_level=red_flag_level,
        mitigation=mitigation,
    )
    if method == "rights_matrix":
        return _read_rights_matrix(reader, raw, path, scoring, level_ids)
    if method == "checklist":
        trigger = _opt_int(reader, raw, "gateway_trigger", path, top, 1, top)
        unknown_triggers = raw.get("gateway_unknown_triggers", True)
        reader.boolean(unknown_triggers, (*path, "gateway_unknown_triggers"))
        return _replace(scoring, gateway_trigger=trigger, gateway_unknown_triggers=bool(unknown_triggers))
    return scoring


def _whole(key: str) -> tuple[int, int]:
    low, high = RANGES[key]
    return int(low), int(high)


def _replace(scoring: Scoring, **changes: Any) -> Scoring:
    from dataclasses import replace

    return replace(scoring, **changes)


def _opt_int(
    reader: FieldReader, raw: dict[Any, Any], key: str, path: PathKey, default: int, low: int, high: int
) -> int:
    if key not in raw:
        return default
    value = reader.integer(raw[key], (*path, key), low, high)
    return default if value is None else value


def _opt_level(reader: FieldReader, raw: dict[Any, Any], key: str, path: PathKey, ids: list[str], default: str) -> str:
    if key not in raw:
        return default
    value = reader.choice(raw[key], (*path, key), ids)
    return value or default


def _read_scale(reader: FieldReader, value: Any, path: PathKey) -> dict[int, Text] | None:
    raw = reader.any_mapping(value, path, message("what_scale_labels"))
    if raw is None:
        return None
    scale: dict[int, Text] = {}
    for key, label in raw.items():
        if isinstance(key, bool) or not isinstance(key, int):
            reader.error((*path, key), message("scale_key_not_int", key=key))
            continue
        text = reader.text(label, (*path, key))
        if text is not None:
            scale[key] = text
    if sorted(scale) != list(range(len(scale))) or len(scale) < 2:
        reader.error(path, message("scale_not_consecutive"))
    elif max(scale) > SCALE_TOP_LIMIT:
        reader.error(path, message("out_of_range", value=max(scale), low=0, high=SCALE_TOP_LIMIT))
        return None
    return scale


def _read_levels(reader: FieldReader, value: Any, path: PathKey, banded: bool, basis: Any) -> tuple[Level, ...] | None:
    items = reader.sequence(value, path, message("what_levels"), min_len=2)
    if items is None:
        return None
    levels: list[Level] = []
    seen: set[str] = set()
    previous = 0.0
    for i, item in enumerate(items):
        here = (*path, i)
        keys = optional("level") if banded else tuple(k for k in optional("level") if k != "upto")
        raw = reader.mapping(item, here, required=required("level"), optional=keys)
        if raw is None:
            continue
        level_id = reader.string(raw.get("id"), (*here, "id"))
        label = reader.text(raw.get("label"), (*here, "label"))
        description = reader.text(raw.get("description"), (*here, "description"), required=False)
        colour = raw.get("colour", "")
        if colour and not (isinstance(colour, str) and re.match(COLOUR_PATTERN, colour)):
            reader.error((*here, "colour"), message("bad_colour", colour=colour))
            colour = ""
        upto = None
        last = i == len(items) - 1
        if banded and not last:
            if "upto" not in raw:
                reader.error((*here, "upto"), message("upto_needed"))
            else:
                upto = reader.number(raw["upto"], (*here, "upto"), 0, 100 if basis == "percent" else None)
                if upto is not None and upto <= previous and i > 0:
                    reader.error((*here, "upto"), message("bands_must_rise", upto=upto, previous=previous))
                previous = upto if upto is not None else previous
        elif banded and "upto" in raw:
            reader.error((*here, "upto"), message("last_open_ended"))
        if level_id is None or label is None:
            continue
        if level_id in seen:
            reader.error((*here, "id"), message("duplicate_level", id=level_id))
        seen.add(level_id)
        levels.append(Level(level_id, label, description or Text(), colour, upto))
    return tuple(levels) if len(levels) == len(items) else None


def _read_mitigation(reader: FieldReader, value: Any, path: PathKey) -> Mitigation:
    raw = reader.mapping(value, path, optional=optional("mitigation"))
    if raw is None:
        return Mitigation()
    statuses = Mitigation().credit_statuses
    if "credit_statuses" in raw:
        items = reader.sequence(raw["credit_statuses"], (*path, "credit_statuses"))
        checked = [reader.choice(s, (*path, "credit_statuses", i), MEASURE_STATUSES) for i, s in enumerate(items or [])]
        statuses = tuple(s for s in checked if s)
    steps = _opt_int(reader, raw, "max_likelihood_steps", path, 1, *_whole("mitigation.max_likelihood_steps"))
    threshold = reader.number(raw.get("threshold", 80.0), (*path, "threshold"), *RANGES["mitigation.threshold"])
    factor = reader.number(raw.get("factor", 0.85), (*path, "factor"), *RANGES["mitigation.factor"])
    return Mitigation(statuses, steps, threshold or 80.0, factor or 0.85)


def _read_rights_matrix(
    reader: FieldReader, raw: dict[Any, Any], path: PathKey, scoring: Scoring, level_ids: list[str]
) -> Scoring:
    section_levels: tuple[Level, ...] = DEFAULT_SECTION_LEVELS
    if "section_levels" in raw:
        read = _read_levels(reader, raw["section_levels"], (*path, "section_levels"), banded=False, basis=None)
        section_levels = read or DEFAULT_SECTION_LEVELS
    section_ids = [level.id for level in section_levels]
    matrix: dict[int, tuple[str, ...]] = dict(DEFAULT_MATRIX)
    if "matrix" in raw:
        matrix = _read_matrix(reader, raw["matrix"], (*path, "matrix"), section_ids) or matrix
    elif section_levels is not DEFAULT_SECTION_LEVELS:
        reader.error((*path, "matrix"), message("matrix_needed"))
    factor = (
        reader.number(
            raw.get("likelihood_factor", 0.75), (*path, "likelihood_factor"), *RANGES["scoring.likelihood_factor"]
        )
        or 0.75
    )
    if 1 + int(factor * scoring.scale_max + 0.5) > LIKELIHOOD_STEPS:
        reader.error(
            (*path, "likelihood_factor"),
            message("likelihood_too_high", factor=factor, top=scoring.scale_max, steps=LIKELIHOOD_STEPS),
        )
    severity_unknown = _opt_int(
        reader, raw, "severity_unknown_counts_as", path, 3, *_whole("scoring.severity_unknown_counts_as")
    )
    floor_default = level_ids[-2] if len(level_ids) >= 2 else level_ids[-1]
    floor = _opt_level(reader, raw, "critical_section_floor", path, level_ids, floor_default)
    return _replace(
        scoring,
        section_levels=section_levels,
        matrix=matrix,
        likelihood_factor=factor,
        severity_unknown_counts_as=severity_unknown,
        critical_section_floor=floor,
    )


def _read_matrix(reader: FieldReader, value: Any, path: PathKey, ids: list[str]) -> dict[int, tuple[str, ...]] | None:
    raw = reader.any_mapping(value, path, message("what_matrix"))
    if raw is None:
        return None
    matrix: dict[int, tuple[str, ...]] = {}
    for key in raw:
        if isinstance(key, bool) or key not in range(1, LIKELIHOOD_STEPS + 1):
            reader.error((*path, key), message("out_of_range", value=key, low=1, high=LIKELIHOOD_STEPS))
    for likelihood in range(1, LIKELIHOOD_STEPS + 1):
        row = raw.get(likelihood)
        here = (*path, likelihood)
        if row is None:
            reader.error(here, message("matrix_row_missing", likelihood=likelihood))
            continue
        cells = reader.sequence(row, here, message("what_matrix_row", count=SEVERITY_STEPS))
        if cells is None:
            continue
        if len(cells) != SEVERITY_STEPS:
            reader.error(here, message("matrix_row_length", expected=SEVERITY_STEPS, found=len(cells)))
            continue
        checked = [reader.choice(c, (*here, i), ids) for i, c in enumerate(cells)]
        if all(checked):
            matrix[likelihood] = tuple(c for c in checked if c)
    if len(matrix) != LIKELIHOOD_STEPS:
        return None
    rank = {level_id: i for i, level_id in enumerate(ids)}
    for likelihood, row in matrix.items():
        for severity in range(1, SEVERITY_STEPS):
            if rank[row[severity]] < rank[row[severity - 1]]:
                reader.error((*path, likelihood, severity), message("matrix_falls_severity"))
        if likelihood > 1:
            below = matrix[likelihood - 1]
            for severity in range(SEVERITY_STEPS):
                if rank[row[severity]] < rank[below[severity]]:
                    reader.error((*path, likelihood, severity), message("matrix_falls_likelihood"))
    return matrix
