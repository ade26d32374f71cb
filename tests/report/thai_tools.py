"""The word segmenter on its own, without the brief's rules for what must not start or end a line."""

from __future__ import annotations

from functools import cache

import nlpo3

from hria_app.core.paths import resource

_NAME = "tests-th"


@cache
def _dictionary() -> str:
    message, loaded = nlpo3.load_dict(str(resource("thai", "words_th.txt")), _NAME)
    assert loaded or "already exists" in message, message
    return _NAME


def newmm_words(text: str) -> list[str]:
    """`text` as newmm's dictionary words (spaces are words of their own); joined, they give `text` back."""
    return list(nlpo3.segment(text, _dictionary()))
