"""The rubric format's field table: which keys each part of a rubric has, which are required, and the ranges of its
numbers. The loader reads rubrics by this table, and resources/schema/rubric.schema.json is tested against it
(tests/core/test_rubric_schema.py), so the two cannot drift apart."""

from __future__ import annotations

# (required keys, optional keys) of each mapping in a rubric.
FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "rubric": (
        ("schema_version", "id", "version", "title", "scoring", "sections"),
        ("description", "languages", "translation_note", "authors", "red_flags", "references"),
    ),
    "red_flag": (("id", "title"), ("description",)),
    "section": (("id", "title", "criteria"), ("description",)),
    "criterion": (
        ("id", "title", "question", "anchors"),
        ("guidance", "evidence", "red_flags", "references", "recommendations", "weight", "gateway"),
    ),
    "recommendation": (("to", "text"), ()),
    "reference": (("key", "title"), ("issuer", "year", "locator", "url", "note")),
    "level": (("id", "label"), ("description", "colour", "upto")),
    "mitigation": ((), ("credit_statuses", "max_likelihood_steps", "threshold", "factor")),
}

# (lowest, highest) of each number, both included.
RANGES: dict[str, tuple[float, float]] = {
    "reference.year": (1000, 2200),
    "criterion.weight": (0.01, 1000),
    "scoring.likelihood_factor": (0.01, 10),
    "mitigation.factor": (0.01, 1),
    "mitigation.threshold": (0, 100),
    "mitigation.max_likelihood_steps": (0, 3),
    "scoring.severity_unknown_counts_as": (1, 4),
}

# Scores are whole numbers from 0; a scale has at least two and at most this many + 1.
SCALE_TOP_LIMIT = 10
COLOUR_PATTERN = r"^#[0-9A-Fa-f]{6}$"


def required(part: str) -> tuple[str, ...]:
    return FIELDS[part][0]


def optional(part: str) -> tuple[str, ...]:
    return FIELDS[part][1]


def low(key: str) -> float:
    return RANGES[key][0]


def high(key: str) -> float:
    return RANGES[key][1]
