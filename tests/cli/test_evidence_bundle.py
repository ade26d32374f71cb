"""`hria bundle`: a zip a lawyer can check with sha256sum -c; the public one leaks nothing confidential."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from hria_app.cli import main
from hria_app.core.assessment import Assessment
from hria_app.core.evidence_bundle import safe_name
from hria_app.core.evidence_store import store_folder
from tests.evidence_builders import AUTHOR, attach_files, with_context
from tests.report.pdf_tools import everything_readable, metadata, text_of

HAS_SHA256SUM = shutil.which("sha256sum") is not None
SECRET_TITLE = "Secret-Title-Marker-Q81 whistleblower"
SECRET_CONTENT = b"Secret-Content-Marker-Z42 the informant's phone"
SECRET_FILE = "Secret-Filename-Marker-K77.txt"
ASSESSOR = "Assessor-Marker-Wanida"
MARKERS = ("Secret-Title-Marker", "Secret-Content-Marker", "Secret-Filename-Marker", ASSESSOR, AUTHOR)


@pytest.fixture
def sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sources")


@pytest.fixture
def assessed(tmp_path: Path, sources: Path, mini_assessment: Assessment) -> Path:
    path = tmp_path / "case.hria"
    a = with_context(mini_assessment, ASSESSOR)
    attach_files(a, path, "LEG-1", {"procurement notice.pdf": b"%PDF tender", "ประกาศ กล้อง.jpg": b"jpeg"}, sources)
    attach_files(a, path, "LEG-2", {SECRET_FILE: SECRET_CONTENT}, sources, title=SECRET_TITLE, confidential=True)
    return path


def _unpack(bundle: Path, into: Path) -> list[Path]:
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(into)
    return sorted(p.relative_to(into) for p in into.rglob("*") if p.is_file())


@pytest.mark.skipif(not HAS_SHA256SUM, reason="needs sha256sum")
def test_the_full_bundle_passes_sha256sum(assessed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bundle.zip"
    assert main(["bundle", str(assessed), "-o", str(out)]) == 0
    assert "3 attached files" in capsys.readouterr().out
    unpacked = tmp_path / "unpacked"
    names = {str(p) for p in _unpack(out, unpacked)}
    assert {"brief.pdf", "assessment/case.hria", "custody-log.json", "evidence-index.json", "SHA256SUMS"} <= names
    assert (unpacked / "assessment/case.hria").read_bytes() == assessed.read_bytes()
    assert any(SECRET_FILE in n for n in names), "the full bundle holds confidential items"
    checked = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=unpacked, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count(": OK") == len(names) - 1
    thai = next(unpacked.rglob("*ประกาศ กล้อง.jpg"))
    thai.write_bytes(b"swapped")
    checked = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=unpacked, capture_output=True, text=True)
    assert checked.returncode != 0 and "FAILED" in checked.stdout


@pytest.mark.skipif(not HAS_SHA256SUM, reason="needs sha256sum")
def test_the_public_bundle_leaks_nothing_confidential(assessed: Path, tmp_path: Path) -> None:
    out = tmp_path / "public.zip"
    assert main(["bundle", str(assessed), "-o", str(out), "--public", "--lang", "en+th"]) == 0
    unpacked = tmp_path / "unpacked"
    names = [str(p) for p in _unpack(out, unpacked)]
    assert "assessment/case.hria" not in names and "custody-log.json" not in names
    assert "brief-public.pdf" in names
    readable = ["\n".join(names)]
    with zipfile.ZipFile(out) as zf:
        readable += [zf.comment.decode("latin-1")]
        readable += [i.comment.decode("latin-1") + i.extra.decode("latin-1") for i in zf.infolist()]
    for name in names:
        data = (unpacked / name).read_bytes()
        readable.append(data.decode("utf-8", "replace"))
        if name == "brief-public.pdf":
            readable += [text_of(data), *metadata(data).values(), everything_readable(data)]
    everything = "\n".join(readable)
    for marker in MARKERS:
        assert marker not in everything, marker
    assert "procurement notice.pdf" in everything, "the test reads what the bundle holds"
    checked = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=unpacked, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_an_altered_or_missing_file_stops_the_bundle(
    assessed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stored = sorted(store_folder(assessed).iterdir())
    stored[0].write_bytes(b"replaced by hand")
    out = tmp_path / "bundle.zip"
    assert main(["bundle", str(assessed), "-o", str(out)]) == 1
    assert "has changed since it was attached; the bundle was not written" in capsys.readouterr().err
    stored[0].unlink()
    assert main(["bundle", str(assessed), "-o", str(out)]) == 1
    assert "the stored copy is missing" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.hria", "case.hria.evidence"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "___etc_passwd"),
        ("a/b\\c", "a_b_c"),
        ("bad\0name\n.txt", "bad_name_.txt"),
        ("..", "file"),
        ("ประกาศ จัดซื้อ.pdf", "ประกาศ จัดซื้อ.pdf"),
    ],
)
def test_names_in_the_bundle_are_one_harmless_path_component(name: str, expected: str) -> None:
    assert safe_name(name) == expected


def test_a_300_character_name_is_cut_keeping_its_extension() -> None:
    cut = safe_name("ก" * 300 + ".pdf")
    assert len(cut) == 100 and cut.endswith(".pdf")
