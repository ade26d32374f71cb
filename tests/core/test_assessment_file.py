"""The .hria file: exact round trip, self-contained, refuses what it cannot read safely."""

from __future__ import annotations

from pathlib import Path

import pytest

from hria_app.core.assessment import (
    Answer,
    ArchivedAnswer,
    Assessment,
    Context,
    Evidence,
    Measure,
    Recommendation,
    SectionInput,
)
from hria_app.core.assessment_file import check_assessment_file, load_assessment, save_assessment
from hria_app.core.errors import LoadError, UnsupportedVersionError
from hria_app.core.text import Text

HOSTILE_TEXT = "<b>bold</b> & <script>alert(1)</script> 😀 ที่นี่มีผู้นำ \u202eRTL\u202c\ttab\nline: - [x] *a* &b !c"


def _filled(a: Assessment) -> Assessment:
    a.set_context(
        Context(
            title=Text({"en": "Nakhon Thani", "th": "นครธานี"}),
            assessors=("A. Analyst",),
            started="2026-11-01",
            background=Text.of(HOSTILE_TEXT),
        )
    )
    a.set_answer(
        "LEG-1",
        Answer(
            notes=Text({"en": "Contract classified", "th": "สัญญาเป็นความลับ"}),
            notes_confidential=True,
            red_flags=("RF1",),
            confidence="documented",
            evidence=(Evidence(Text.of("TOR"), "https://example.org/tor", "2026-10-02", "confirmed", True),),
            mitigation=(Measure(Text.of("Pass a law"), "state", "planned"),),
            residual_score=2,
        ).scored(4),
    )
    a.set_answer("LEG-2", Answer(na_reason=Text.of("No oversight body exists")).marked("not_applicable"))
    a.set_section_input("LEG", SectionInput(scale=4, scope=3, notes=Text.of("city-wide")))
    a.set_recommendations((Recommendation(Text.of("Suspend"), "state"),))
    a.archive = (ArchivedAnswer("OLD-1", "0.9.0", Text.of("Removed question"), Answer().scored(1)),)
    return a


def test_round_trip_is_exact(tmp_path: Path, mini_assessment: Assessment) -> None:
    a = _filled(mini_assessment)
    save_assessment(tmp_path / "a.hria", a)
    b = load_assessment(tmp_path / "a.hria")
    assert (b.context, b.answers, b.sections, b.recommendations, b.archive) == (
        a.context,
        a.answers,
        a.sections,
        a.recommendations,
        a.archive,
    )
    assert b.rubric == a.rubric
    assert b.rubric.fingerprint == a.rubric.fingerprint


def test_a_newer_format_is_refused_clearly(tmp_path: Path, mini_assessment: Assessment) -> None:
    path = tmp_path / "a.hria"
    save_assessment(path, mini_assessment)
    path.write_text(
        path.read_text(encoding="utf-8").replace("format_version: 2", "format_version: 3"), encoding="utf-8"
    )
    with pytest.raises(UnsupportedVersionError, match="newer version of the app"):
        load_assessment(path)


def test_an_edited_embedded_rubric_is_detected(tmp_path: Path, mini_assessment: Assessment) -> None:
    path = tmp_path / "a.hria"
    save_assessment(path, mini_assessment)
    text = path.read_text(encoding="utf-8").replace("Does a public law authorise", "Does any law authorise")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError, match="does not match its fingerprint") as caught:
        load_assessment(path)
    assert caught.value.issues[0].line > 1


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("status: scored", "status: done"), "expected one of unanswered, scored"),
        (("score: 4", "score: 9"), "9 is out of range"),
        (("red_flags:\n    - RF1", "red_flags:\n    - RF7"), "unknown red flag 'RF7'"),
        (("started: '2026-11-01'", "started: 1 Nov"), "write dates as YYYY-MM-DD"),
        (("  LEG-2:\n", "  NOPE-2:\n"), "'NOPE-2', which is not a criterion"),
    ],
)
def test_bad_answers_are_located(
    tmp_path: Path, mini_assessment: Assessment, change: tuple[str, str], message: str
) -> None:
    path = tmp_path / "a.hria"
    save_assessment(path, _filled(mini_assessment))
    text = path.read_text(encoding="utf-8")
    assert change[0] in text
    path.write_text(text.replace(change[0], change[1], 1), encoding="utf-8")
    assessment, issues = check_assessment_file(path)
    assert assessment is None
    assert any(message in i.message for i in issues), [str(i) for i in issues]
    assert all(i.line > 0 for i in issues)


def test_a_truncated_file_is_an_error_not_a_crash(tmp_path: Path, mini_assessment: Assessment) -> None:
    path = tmp_path / "a.hria"
    save_assessment(path, _filled(mini_assessment))
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])
    assessment, issues = check_assessment_file(path)
    assert assessment is None
    assert issues
