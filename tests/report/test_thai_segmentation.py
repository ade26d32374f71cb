"""Thai words are cut where PyThaiNLP's newmm cut them: a sample of lines from the bundled rubrics and samples,
segmented by PyThaiNLP 5.4 before the brief moved to nlpo3 and its shipped word list, must come out the same."""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.report.thai_tools import newmm_words

LINES = [
    line
    for line in (DATA / "thai_segmentation.txt").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]


def test_the_sample_is_large_enough_to_mean_something() -> None:
    assert len(LINES) >= 60
    assert sum(line.count("|") for line in LINES) >= 600


@pytest.mark.parametrize("line", LINES, ids=[f"line{n}" for n in range(len(LINES))])
def test_a_line_is_cut_into_the_same_words(line: str) -> None:
    words = line.split("|")
    assert newmm_words("".join(words)) == words
