"""The baseline of a re-assessment: which earlier assessment this one started from, and what it concluded."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

FINGERPRINT_PREFIX = "sha256:"


@dataclass(frozen=True)
class Baseline:
    fingerprint: str  # of the earlier assessment's content (content_fingerprint), to recognise its file
    file: str = ""  # its file name when the re-assessment began (a name, never a folder)
    title: str = ""
    updated: str = ""  # its "last updated" date, YYYY-MM-DD
    overall: str = ""  # its overall level id
    sections: Mapping[str, str] = field(default_factory=dict)  # section id -> rating level id

    def to_data(self) -> dict[str, Any]:
        out: dict[str, Any] = {"fingerprint": self.fingerprint}
        for name in ("file", "title", "updated", "overall"):
            if getattr(self, name):
                out[name] = getattr(self, name)
        if self.sections:
            out["sections"] = dict(self.sections)
        return out


def content_fingerprint(data: Mapping[str, Any]) -> str:
    """A fingerprint of an assessment's file data that ignores which app version wrote it and any encryption."""
    kept = {k: v for k, v in data.items() if k not in ("app_version",)}
    canonical = json.dumps(kept, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return FINGERPRINT_PREFIX + hashlib.sha256(canonical.encode("utf-8")).hexdigest()
