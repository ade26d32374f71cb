"""Writing a rubric's plain data as YAML that reads well and diffs cleanly.

The layout is fixed, so two saves of the same data are byte-identical and a one-word change is a one-line diff:
keys in the order of docs/rubric-format.md, every mapping in block style, each language of a text on its own line,
long text folded and multi-line text literal, short lists of ids on one line, no anchors or aliases. Comments
and the original layout of a hand-written file are not kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from hria_app.core.storage import atomic_write
from hria_app.core.text import LANGUAGES

WIDTH = 110
FOLD_AT = 80  # text longer than this is written as a folded block
FLOW_LIST_LIMIT = 90  # a list of plain values this short (as written) stays on one line

TOP_ORDER = (
    "schema_version",
    "id",
    "version",
    "title",
    "description",
    "languages",
    "translation_note",
    "authors",
    "scoring",
    "red_flags",
    "sections",
    "references",
)
SCORING_ORDER = (
    "method",
    "scale",
    "levels",
    "band_basis",
    "unknown_counts_as",
    "recommend_at",
    "red_flag_level",
    "mitigation",
    "section_levels",
    "matrix",
    "likelihood_factor",
    "severity_unknown_counts_as",
    "critical_section_floor",
    "gateway_trigger",
    "gateway_unknown_triggers",
)
LEVEL_ORDER = ("id", "label", "description", "colour", "upto")
MITIGATION_ORDER = ("credit_statuses", "max_likelihood_steps", "threshold", "factor")
RED_FLAG_ORDER = ("id", "title", "description")
REFERENCE_ORDER = ("key", "title", "issuer", "year", "locator", "url", "note")
SECTION_ORDER = ("id", "title", "description", "criteria")
CRITERION_ORDER = (
    "id",
    "title",
    "question",
    "guidance",
    "evidence",
    "anchors",
    "red_flags",
    "references",
    "recommendations",
    "weight",
    "gateway",
)
RECOMMENDATION_ORDER = ("to", "text")
LANGUAGE_ORDER = LANGUAGES

# Where each ordered mapping sits: a path pattern ("*" for any list index) -> its key order.
_ORDERS: dict[tuple[str, ...], tuple[str, ...]] = {
    (): TOP_ORDER,
    ("scoring",): SCORING_ORDER,
    ("scoring", "levels", "*"): LEVEL_ORDER,
    ("scoring", "section_levels", "*"): LEVEL_ORDER,
    ("scoring", "mitigation"): MITIGATION_ORDER,
    ("red_flags", "*"): RED_FLAG_ORDER,
    ("references", "*"): REFERENCE_ORDER,
    ("sections", "*"): SECTION_ORDER,
    ("sections", "*", "criteria", "*"): CRITERION_ORDER,
    ("sections", "*", "criteria", "*", "recommendations", "*"): RECOMMENDATION_ORDER,
}


class _FlowList(list[Any]):
    """A list written on one line."""


try:
    # libyaml is ten times faster, which live validation in the editor needs; for the styles chosen here it emits
    # the same bytes as the pure-Python emitter (the writer's tests compare both).
    from yaml import CSafeDumper as _BaseDumper
except ImportError:  # pragma: no cover
    from yaml import SafeDumper as _BaseDumper  # type: ignore[assignment]


class _Dumper(_BaseDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


class _PureDumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: Any, value: str) -> yaml.Node:
    node: yaml.Node = dumper.represent_scalar("tag:yaml.org,2002:str", value, style=_style(value))
    return node


def _represent_flow_list(dumper: Any, value: _FlowList) -> yaml.Node:
    node: yaml.Node = dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)
    return node


for _dumper in (_Dumper, _PureDumper):
    _dumper.add_representer(str, _represent_str)
    _dumper.add_representer(_FlowList, _represent_flow_list)


def _style(value: str) -> str | None:
    if "\n" in value:
        return "|"  # the emitter falls back to quotes when a literal block cannot hold the text exactly
    if value != value.strip() or "\t" in value or "\r" in value:
        return None
    # Folding breaks lines at single spaces only, so text with runs of spaces stays on one line.
    if len(value) > FOLD_AT and " " in value and "  " not in value:
        return ">"
    return None


def ordered(data: Any) -> Any:
    """A copy of rubric data with every mapping's keys in the documented order (unknown keys last, as found)."""
    return _order(data, ())


def _order(value: Any, path: tuple[str, ...]) -> Any:
    if isinstance(value, Mapping):
        order = _order_for(path)
        keys = list(value)
        if order is None and keys and all(isinstance(k, str) for k in keys) and _is_text(value):
            order = LANGUAGE_ORDER
        if order is None and keys and all(isinstance(k, int) and not isinstance(k, bool) for k in keys):
            keys = sorted(keys)
        elif order is not None:
            keys = [k for k in order if k in value] + [k for k in keys if k not in order]
            if order is LANGUAGE_ORDER:
                keys = [k for k in order if k in value] + sorted((k for k in keys if k not in order), key=str)
        return {k: _order(value[k], (*path, str(k))) for k in keys}
    if isinstance(value, (list, tuple)):
        items = [_order(item, (*path, "*")) for item in value]
        return _FlowList(items) if _fits_on_a_line(items) else items
    return value


def _order_for(path: tuple[str, ...]) -> tuple[str, ...] | None:
    return _ORDERS.get(path)


def _is_text(mapping: Mapping[Any, Any]) -> bool:
    return all(isinstance(v, str) for v in mapping.values()) and all(
        isinstance(k, str) and 2 <= len(k) <= 11 for k in mapping
    )


def _fits_on_a_line(items: list[Any]) -> bool:
    if not items:
        return True
    if not all(isinstance(i, (str, int, float)) and not isinstance(i, bool) for i in items):
        return False
    if any(isinstance(i, str) and (_style(i) is not None or "\n" in i) for i in items):
        return False
    return sum(len(str(i)) + 2 for i in items) <= FLOW_LIST_LIMIT


def dump_rubric(data: Mapping[str, Any], header: str = "", pure: bool = False) -> str:
    """The YAML text of rubric data. `header`, when given, is written first as a comment line. `pure` uses the
    pure-Python emitter (the tests check that both emitters agree)."""
    text = yaml.dump(
        ordered(data),
        Dumper=_PureDumper if pure else _Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=WIDTH,
        default_flow_style=False,
        indent=2,
    )
    return (f"# {header}\n" if header else "") + text


def write_rubric(path: Path, data: Mapping[str, Any], header: str = "") -> bytes:
    """Save rubric data to `path` atomically; returns the bytes written."""
    raw = dump_rubric(data, header).encode("utf-8")
    atomic_write(path, raw)
    return raw
