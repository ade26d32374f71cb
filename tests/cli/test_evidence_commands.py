"""`hria evidence ...` as a user runs it: attach, verify, list, log, detach, purge; bad input gets one clear line."""

from __future__ import annotations

import errno
import hashlib
import os
import zipfile
from pathlib import Path

import pytest

from hria_app.cli import main
from hria_app.core import evidence_store
from hria_app.core.assessment_file import load_assessment, save_assessment
from hria_app.core.crypto import SealingKey
from hria_app.core.evidence_store import store_folder
from tests.conftest import DATA
from tests.evidence_builders import FAST_KDF

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sources")
    (folder / "notice.pdf").write_bytes(b"%PDF-1.4 tender")
    (folder / "ภาพ กล้อง.jpg").write_bytes(b"\xff\xd8 the camera at the mosque road")
    return folder


@pytest.fixture
def case(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HRIA_AUTHOR", "Kanya")
    path = tmp_path / "case.hria"
    assert main(["new", "--rubric", str(DATA / "mini-rubric.yaml"), "-o", str(path)]) == 0
    capsys.readouterr()
    return path


def test_add_verify_and_a_hand_edit_flagged(case: Path, sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(sources / "notice.pdf"), str(sources / "ภาพ กล้อง.jpg")]
    assert main(["evidence", "add", str(case), "LEG-1", *files, "--title", "TOR", "--reliability", "confirmed"]) == 0
    out = capsys.readouterr().out
    assert "to LEG-1, evidence 1" in out
    assert hashlib.sha256(b"%PDF-1.4 tender").hexdigest() in out
    item = load_assessment(case).answer("LEG-1").evidence[0]
    assert (str(item.title), item.reliability, [f.name for f in item.files]) == (
        "TOR",
        "confirmed",
        ["notice.pdf", "ภาพ กล้อง.jpg"],
    )
    assert {f.added_by for f in item.files} == {"Kanya"}
    assert main(["evidence", "verify", str(case)]) == 0
    assert "all 2 attached files hold" in capsys.readouterr().out
    stored = store_folder(case) / item.files[1].stored
    stored.write_bytes(b"another photo")
    assert main(["evidence", "verify", str(case)]) == 1
    err = capsys.readouterr().err
    assert "LEG-1, evidence 1: ภาพ กล้อง.jpg" in err and "altered" in err
    assert "notice.pdf" not in err
    (store_folder(case) / item.files[0].stored).unlink()
    assert main(["evidence", "verify", str(case)]) == 1
    assert "notice.pdf" in (err := capsys.readouterr().err) and "missing" in err and "2 of 2" in err


def test_list_log_retitle_mark_detach_and_purge(case: Path, sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evidence", "add", str(case), "LEG-1", str(sources / "notice.pdf")]) == 0
    assert main(["evidence", "retitle", str(case), "LEG-1", "1", "Procurement notice"]) == 0
    assert main(["evidence", "confidential", str(case), "LEG-1", "1", "--author", "Somchai"]) == 0
    assert main(["evidence", "detach", str(case), "LEG-1", "1"]) == 0
    capsys.readouterr()
    assert len(list(store_folder(case).iterdir())) == 1, "detached, still stored"
    assert main(["evidence", "list", str(case)]) == 0
    assert "LEG-1  1  Procurement notice" in capsys.readouterr().out
    assert main(["evidence", "purge", str(case)]) == 0
    assert "removed 1 stored file" in capsys.readouterr().out
    assert list(store_folder(case).iterdir()) == []
    assert main(["evidence", "log", str(case)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("  ")[1:3] for line in lines] == [
        ["Kanya", "attached"],
        ["Kanya", "retitled"],
        ["Somchai", "marked_confidential"],
        ["Kanya", "detached"],
        ["Kanya", "purged"],
    ]


def test_one_bad_path_attaches_nothing(case: Path, sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = case.read_bytes()
    assert main(["evidence", "add", str(case), "LEG-1", str(sources / "notice.pdf"), str(sources)]) == 1
    err = capsys.readouterr().err
    assert "is a folder" in err and "nothing was attached" in err
    assert case.read_bytes() == before
    assert not list(store_folder(case).iterdir()), "the file copied before the refusal is not left behind"


def test_the_size_limit_is_configurable(
    case: Path, sources: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (sources / "big.bin").write_bytes(b"x" * 30_000)
    assert main(["evidence", "add", str(case), "LEG-1", str(sources / "big.bin"), "--max-size", "0.01"]) == 1
    assert "files above 10.2 kB are not attached" in capsys.readouterr().err
    monkeypatch.setenv("HRIA_EVIDENCE_MAX_MB", "lots")
    assert main(["evidence", "add", str(case), "LEG-1", str(sources / "big.bin")]) == 1
    assert "HRIA_EVIDENCE_MAX_MB must be a number" in capsys.readouterr().err
    monkeypatch.setenv("HRIA_EVIDENCE_MAX_MB", "1")
    assert main(["evidence", "add", str(case), "LEG-1", str(sources / "big.bin")]) == 0


def test_a_full_disk_records_nothing(
    case: Path, sources: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = case.read_bytes()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(evidence_store.os, "fsync", full)
    assert main(["evidence", "add", str(case), "LEG-1", str(sources / "notice.pdf")]) == 1
    assert "the disk is full" in capsys.readouterr().err
    assert case.read_bytes() == before and list(store_folder(case).iterdir()) == []


def test_an_unknown_criterion_or_item_is_one_clear_line(
    case: Path, sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evidence", "add", str(case), "NOPE-1", str(sources / "notice.pdf")]) == 1
    assert "no criterion 'NOPE-1'" in capsys.readouterr().err
    assert main(["evidence", "detach", str(case), "LEG-1", "4"]) == 1
    assert "there is no item 4" in capsys.readouterr().err
    assert main(["evidence", "add", str(case), "LEG-1", str(sources / "notice.pdf"), "--item", "2"]) == 1
    assert "there is no item 2" in capsys.readouterr().err
    assert not store_folder(case).exists(), "nothing was copied for a command that could not succeed"


def test_an_encrypted_assessment_keeps_no_plaintext_anywhere(
    case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    save_assessment(case, load_assessment(case), passphrase=SealingKey.derive(PASSPHRASE, FAST_KDF))
    marker = b"PLAINTEXT-MARKER-93c1 statement of the bus driver"
    outside = tmp_path.parent / f"{tmp_path.name}-outside"
    outside.mkdir()
    (outside / "statement.txt").write_bytes(marker * 50_000)
    monkeypatch.setenv("HRIA_PASSPHRASE", PASSPHRASE)
    assert main(["evidence", "add", str(case), "LEG-1", str(outside / "statement.txt"), "--title", "Driver"]) == 0
    assert main(["evidence", "verify", str(case)]) == 0
    capsys.readouterr()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert marker[:24] not in data and b"Driver" not in data, path.name
    out = tmp_path / "bundle.zip"
    assert main(["bundle", str(case), "-o", str(out)]) == 0
    assert "not encrypted" in capsys.readouterr().err, "the user is told the bundle is in the clear"
    with zipfile.ZipFile(out) as zf:
        entry = next(n for n in zf.namelist() if n.endswith("statement.txt"))
        assert zf.read(entry) == marker * 50_000
    assert oct(os.stat(out).st_mode & 0o777) == "0o600"


def test_an_attachment_name_edited_into_a_path_stays_inside_the_unpacked_bundle(
    case: Path, sources: Path, tmp_path: Path
) -> None:
    assert main(["evidence", "add", str(case), "LEG-1", str(sources / "notice.pdf")]) == 0
    text = case.read_text(encoding="utf-8")
    case.write_text(text.replace("name: notice.pdf", "name: ../../../outside.pdf"), encoding="utf-8")
    assert main(["bundle", str(case), "-o", str(tmp_path / "b.zip")]) == 0
    unpacked = tmp_path / "deep" / "unpacked"
    with zipfile.ZipFile(tmp_path / "b.zip") as zf:
        names = zf.namelist()
        zf.extractall(unpacked)
    assert all(".." not in n.split("/") for n in names)
    assert not (tmp_path / "outside.pdf").exists() and not (tmp_path / "deep" / "outside.pdf").exists()
