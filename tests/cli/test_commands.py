"""`hria new`, `hria score`, `hria rubrics` on real files, as a user runs them."""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest

from hria_app.cli import main
from tests.conftest import DATA


def test_new_then_score_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "fresh.hria"
    assert main(["new", "--rubric", str(DATA / "mini-rubric.yaml"), "-o", str(out), "--title", "Fresh"]) == 0
    capsys.readouterr()
    assert main(["score", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["overall"]["level"] == "III"  # everything unanswered counts as unknown: never safe
    assert (data["overall"]["rank"], data["overall"]["max_rank"]) == (2, 3)
    assert data["overall"]["reasons"]
    assert data["sections"][0]["id"] == "LEG"
    assert data["completeness"] == 0.0
    assert data["red_flags"] == []


def test_new_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "a.hria"
    out.write_text("precious", encoding="utf-8")
    assert main(["new", "--rubric", str(DATA / "mini-rubric.yaml"), "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "precious"
    assert "already exists" in capsys.readouterr().err


def test_an_assessment_outlives_its_rubric(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    library = Path(os.environ["HRIA_RUBRIC_DIR"])
    library.mkdir(parents=True)
    shutil.copy(DATA / "mini-rubric.yaml", library / "mini.yaml")
    out = tmp_path / "a.hria"
    assert main(["new", "--rubric", "mini-cctv", "-o", str(out)]) == 0
    (library / "mini.yaml").unlink()
    capsys.readouterr()
    assert main(["rubrics", "--json"]) == 0
    assert "mini-cctv" not in capsys.readouterr().out
    assert main(["score", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["overall"]["level"] == "III"


def test_rubrics_lists_user_rubrics_and_invalid_ones(capsys: pytest.CaptureFixture[str]) -> None:
    library = Path(os.environ["HRIA_RUBRIC_DIR"])
    library.mkdir(parents=True)
    shutil.copy(DATA / "mini-rubric.yaml", library / "mini.yaml")
    (library / "broken.yaml").write_text("id: [\n", encoding="utf-8")
    assert main(["rubrics", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rubrics"]
    user = {row["path"].rsplit("/", 1)[-1]: row for row in rows if row["origin"] == "user"}
    assert user["mini.yaml"]["id"] == "mini-cctv"
    assert user["mini.yaml"]["valid"] is True
    assert user["broken.yaml"]["valid"] is False
    assert "YAML syntax error" in user["broken.yaml"]["error"]


def test_unknown_rubric_id_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "--rubric", "no-such-rubric", "-o", str(tmp_path / "x.hria")]) == 1
    assert "no rubric with this id" in capsys.readouterr().err


def test_score_of_a_corrupt_file_is_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.hria"
    path.write_bytes(b"\x00\x01garbage")
    assert main(["score", str(path)]) == 1
    assert "NUL byte" in capsys.readouterr().err


def test_encrypted_files_take_the_passphrase_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from hria_app.core import crypto
    from hria_app.core.assessment_file import load_assessment, save_assessment

    monkeypatch.setattr(crypto, "DEFAULT_KDF", crypto.KdfParams(n=2**12))
    plain = tmp_path / "plain.hria"
    assert main(["new", "--rubric", str(DATA / "mini-rubric.yaml"), "-o", str(plain)]) == 0
    secret = tmp_path / "secret.hria"
    save_assessment(secret, load_assessment(plain), passphrase="s3cret")
    capsys.readouterr()
    monkeypatch.delenv("HRIA_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO())  # no terminal to ask in
    assert main(["score", str(secret)]) == 1
    assert "set HRIA_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("HRIA_PASSPHRASE", "wrong")
    assert main(["validate", str(secret)]) == 1
    assert "passphrase is wrong" in capsys.readouterr().err
    monkeypatch.setenv("HRIA_PASSPHRASE", "s3cret")
    assert main(["score", str(secret), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["overall"]["level"] == "III"
