"""`hria diff`, `hria merge`, `hria show` and `hria gitattributes` as a user (or git) runs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from hria_app.cli import main
from hria_app.core import crypto
from hria_app.core.assessment import Answer, Assessment
from hria_app.core.assessment_file import check_assessment_file, load_assessment, save_assessment
from hria_app.core.text import Text
from tests.conftest import DATA

HOSTILE = sorted(p.name for p in (DATA / "hostile").glob("*.hria"))


def _save(path: Path, a: Assessment, **answers: Answer) -> Path:
    for criterion_id, answer in answers.items():
        a.set_answer(criterion_id.replace("_", "-"), answer)
    save_assessment(path, a, backup=False)
    return path


@pytest.fixture
def pair(tmp_path: Path, mini_assessment: Assessment) -> tuple[Path, Path]:
    before = _save(tmp_path / "before.hria", mini_assessment, LEG_1=Answer(status="scored", score=2))
    after = _save(tmp_path / "after.hria", load_assessment(before), LEG_1=Answer(status="scored", score=4))
    return before, after


def test_diff_exits_0_when_equal_and_1_when_different(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    before, after = pair
    assert main(["diff", str(before), str(before)]) == 0
    assert capsys.readouterr().out == "no differences\n"
    assert main(["diff", str(before), str(after)]) == 1
    assert "    score: 2 (General powers only) → 4 (Used against the law)" in capsys.readouterr().out.splitlines()
    assert main(["diff", str(before), str(after), "--lang", "th"]) == 1
    assert "คะแนน: 2 (มีเพียงอำนาจทั่วไป) → 4 (ใช้โดยขัดต่อกฎหมาย)" in capsys.readouterr().out
    assert main(["diff", str(before), str(after), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["criteria"][0]["id"] == "LEG-1"
    assert data["overall"]["before"] == "Level III"


def test_diff_usage_errors_exit_2(pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["diff", str(pair[0])])
    assert stop.value.code == 2
    with pytest.raises(SystemExit) as stop:
        main(["diff", str(pair[0]), str(pair[1]), "--lang", "fr"])
    assert stop.value.code == 2


def test_diff_of_encrypted_files_takes_the_passphrase_from_the_environment(
    pair: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(crypto, "DEFAULT_KDF", crypto.KdfParams(n=2**12))
    secret = pair[1].with_name("secret.hria")
    save_assessment(secret, load_assessment(pair[1]), passphrase="s3cret")
    monkeypatch.setenv("HRIA_PASSPHRASE", "s3cret")
    assert main(["diff", str(pair[0]), str(secret)]) == 1
    assert "score: 2 (General powers only) → 4" in capsys.readouterr().out
    assert main(["show", str(secret)]) == 0
    assert "LEG-1 Specific law: score 4 (Used against the law)" in capsys.readouterr().out
    monkeypatch.delenv("HRIA_PASSPHRASE")
    assert main(["show", "--textconv", str(secret)]) == 0  # git's textconv shows a line rather than failing
    assert "set HRIA_PASSPHRASE" in capsys.readouterr().out


def test_merge_writes_conflicts_into_ours_and_exits_1(
    tmp_path: Path, pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    base, theirs = pair
    ours = _save(tmp_path / "ours.hria", load_assessment(base), LEG_1=Answer(status="scored", score=3))
    assert main(["merge", str(base), str(ours), str(theirs)]) == 1
    assert "conflict in answers › LEG-1 › score: ours 3, theirs 4 (base 2)" in capsys.readouterr().err
    merged, _ = check_assessment_file(ours)
    assert merged is not None and [c.path for c in merged.conflicts] == [("answers", "LEG-1", "score")]
    assert main(["validate", str(ours)]) == 0
    assert "unresolved merge conflict in answers › LEG-1 › score" in capsys.readouterr().err
    assert main(["resolve", str(ours)]) == 1
    assert capsys.readouterr().out == "answers.LEG-1.score: ours (ours) 3; theirs (theirs) 4; base 2\n"
    assert main(["resolve", str(ours), "--field", "answers.LEG-2.score", "--take", "theirs"]) == 1
    assert main(["resolve", str(ours), "--field", "answers.LEG-1.score", "--take", "theirs"]) == 0
    resolved = load_assessment(ours)
    assert (resolved.answer("LEG-1").score, resolved.conflicts) == (4, ())
    assert main(["resolve", str(ours)]) == 0


def test_merge_of_disjoint_edits_is_clean_and_can_go_elsewhere(
    tmp_path: Path, pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    base, theirs = pair
    ours = _save(tmp_path / "ours.hria", load_assessment(base), LEG_2=Answer(status="unknown"))
    out = tmp_path / "out.hria"
    assert main(["merge", str(base), str(ours), str(theirs), "-o", str(out)]) == 0
    merged = load_assessment(out)
    assert (merged.answer("LEG-1").score, merged.answer("LEG-2").status) == (4, "unknown")
    assert load_assessment(ours).answer("LEG-1").score == 2  # untouched with -o


def test_a_sync_conflict_copy_merges_into_its_original_without_a_base(
    tmp_path: Path, pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    original = tmp_path / "city.hria"
    shutil.copy(pair[0], original)
    copy = _save(
        tmp_path / "city (Alice's conflicted copy 2026-12-03).hria",
        load_assessment(original),
        LEG_2=Answer(status="unknown", notes=Text.of("asked the council")),
    )
    assert main(["merge", str(copy), str(original)]) == 0
    assert load_assessment(original).answer("LEG-2").notes.get("en") == "asked the council"


def test_gitattributes_prints_the_lines_to_install(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gitattributes", "--command", "hria"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "*.hria merge=hria diff=hria" in out
    assert "git config merge.hria.driver 'hria merge %O %A %B'" in out
    assert "git config diff.hria.textconv 'hria show --textconv'" in out


def _errors(err: str) -> list[str]:
    return [line for line in err.splitlines() if ": warning: " not in line]


@pytest.mark.parametrize("name", HOSTILE)
def test_diff_and_merge_of_hostile_files_give_the_messages_of_validate(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HRIA_PASSPHRASE", "any")
    path = str(DATA / "hostile" / name)
    assert main(["validate", path]) == 1
    expected = _errors(capsys.readouterr().err)
    assert expected
    for argv in (["diff", path, path], ["merge", path, path, path, "-o", str(tmp_path / "out.hria")]):
        assert main(argv) == 1
        assert _errors(capsys.readouterr().err) == expected
    assert not (tmp_path / "out.hria").exists()
