"""Plural forms in message templates, for the languages that have them.

An English template names both forms beside the number they follow: "{count} {count|criterion|criteria}"
reads "1 criterion" and "38 criteria". Thai has no plural forms, so Thai templates simply leave the marker out.
Markers are resolved before `str.format`, so the rest of the template keeps its usual placeholders.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_MARKER = re.compile(r"\{(\w+)\|([^|{}]*)\|([^|{}]*)\}")


def choose_plurals(template: str, params: Mapping[str, object]) -> str:
    """`template` with each {name|one|other} marker replaced by the form that fits params[name]."""

    def form(match: re.Match[str]) -> str:
        value = params.get(match.group(1))
        return match.group(2) if _is_one(value) else match.group(3)

    return _MARKER.sub(form, template)


def _is_one(value: object) -> bool:
    try:
        return float(str(value)) == 1
    except ValueError:
        return False
