"""The custody log and format version 2: every evidence step recorded, kept across saves; version 1 still opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from hria_app.core import custody
from hria_app.core.assessment import FORMAT_VERSION, Assessment
from hria_app.core.assessment_file import load_assessment, save_assessment
from hria_app.core.errors import HriaError, LoadError
from hria_app.core.evidence_store import EvidenceStore, store_folder
from hria_app.core.text import Text
from tests.evidence_builders import AT, AUTHOR, attach_files


@pytest.fixture
def sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sources")


def test_each_step_is_logged_and_survives_a_save(tmp_path: Path, sources: Path, mini_assessment: Assessment) -> None:
    path = tmp_path / "a.hria"
    a = mini_assessment
    attach_files(a, path, "LEG-1", {"tor.pdf": b"terms", "photo.jpg": b"camera"}, sources, title="TOR")
    custody.retitle(a, "LEG-1", 0, Text.of("Terms of reference"), "Kanya", "2026-12-03T11:00:00Z")
    custody.set_confidential(a, "LEG-1", 0, True, "Kanya", "2026-12-03T11:01:00Z")
    gone = custody.detach(
        a, "LEG-1", 0, "Kanya", "2026-12-03T11:02:00Z", a.answer("LEG-1").evidence[0].files[1].sha256[:8]
    )
    assert [g.name for g in gone] == ["photo.jpg"]
    store = EvidenceStore(store_folder(path))
    assert len(store.stored_names()) == 2, "a detached file stays stored until the store is purged"
    save_assessment(path, a, backup=False)
    b = load_assessment(path)
    assert [(e.action, e.file, e.by) for e in b.custody] == [
        ("attached", "tor.pdf", AUTHOR),
        ("attached", "photo.jpg", AUTHOR),
        ("retitled", "", "Kanya"),
        ("marked_confidential", "", "Kanya"),
        ("detached", "photo.jpg", "Kanya"),
    ]
    assert b.custody == a.custody
    assert b.custody[0].at == AT and b.custody[2].detail == "Terms of reference"
    item = b.answer("LEG-1").evidence[0]
    assert item.confidential and [f.name for f in item.files] == ["tor.pdf"]
    assert item.files == a.answer("LEG-1").evidence[0].files
    removed = custody.purge(b, store, "Kanya", "2026-12-03T12:00:00Z")
    assert len(removed) == 1 and len(store.stored_names()) == 1
    assert b.custody[-1].action == "purged" and b.custody[-1].detail == "1"


def test_no_change_no_event_and_a_missing_item_is_named(mini_assessment: Assessment) -> None:
    a = mini_assessment
    custody.attach(a, "LEG-1", [], "x", AT, Text.of("Link only"))
    custody.set_confidential(a, "LEG-1", 0, False, "x", AT)
    custody.retitle(a, "LEG-1", 0, Text.of("Link only"), "x", AT)
    assert a.custody == ()
    with pytest.raises(HriaError, match="LEG-1 has 1 evidence item; there is no item 3"):
        custody.retitle(a, "LEG-1", 2, Text.of("t"), "x", AT)
    with pytest.raises(HriaError, match="no criterion 'NOPE-9'"):
        custody.attach(a, "NOPE-9", [], "x", AT)


def test_the_author_comes_from_the_environment_or_the_account(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(custody.AUTHOR_VARIABLE, "  Field team Pattani ")
    assert custody.default_author() == "Field team Pattani"
    monkeypatch.delenv(custody.AUTHOR_VARIABLE)
    monkeypatch.setattr(custody.getpass, "getuser", lambda: "somchai")
    assert custody.default_author() == "somchai"


def test_version_1_files_open_as_before_and_are_written_as_version_2(
    tmp_path: Path, mini_assessment: Assessment
) -> None:
    from hria_app.core.assessment import Answer, Evidence

    mini_assessment.set_answer("LEG-1", Answer(evidence=(Evidence(Text.of("Old link"), "https://example.org"),)))
    path = tmp_path / "old.hria"
    save_assessment(path, mini_assessment, backup=False)
    text = path.read_text(encoding="utf-8")
    assert f"format_version: {FORMAT_VERSION}" in text and FORMAT_VERSION == 2
    path.write_text(text.replace("format_version: 2", "format_version: 1"), encoding="utf-8")
    old = load_assessment(path)
    assert old.answer("LEG-1").evidence[0].files == () and old.custody == ()
    assert old.answer("LEG-1").evidence[0].link == "https://example.org"
    save_assessment(path, old, backup=False)
    assert "format_version: 2" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("edit", "located"),
    [
        ("stored: ../../../etc/passwd", "stored"),
        ("sha256: not-a-hash", "sha256"),
        ("size: -4", "size"),
    ],
)
def test_a_hand_edited_attachment_is_refused_with_its_location(
    tmp_path: Path, sources: Path, mini_assessment: Assessment, edit: str, located: str
) -> None:
    path = tmp_path / "a.hria"
    attach_files(mini_assessment, path, "LEG-1", {"tor.pdf": b"terms"}, sources)
    a = mini_assessment.answer("LEG-1").evidence[0].files[0]
    key = edit.split(":")[0]
    original = f"{key}: {getattr(a, key)}"
    text = path.read_text(encoding="utf-8")
    assert original in text
    path.write_text(text.replace(original, edit, 1), encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_assessment(path)
    assert f"answers.LEG-1.evidence[0].files[0].{located}" in str(caught.value)


def test_edits_made_elsewhere_are_logged_by_the_files_they_touch(mini_assessment: Assessment) -> None:
    from dataclasses import replace

    from hria_app.core.evidence import Attachment

    a = mini_assessment
    photo = Attachment("a" * 64, 5, "photo.jpg", "image/jpeg", AT, "x", "a" * 64)
    notice = Attachment("b" * 64, 6, "notice.pdf", "application/pdf", AT, "x", "b" * 64)
    custody.attach(a, "LEG-1", [photo, notice], "x", AT, Text.of("Camera"))
    custody.attach(a, "LEG-1", [], "x", AT, Text.of("A link only"))
    old = a.answer("LEG-1")
    camera = old.evidence[0]
    edited = replace(camera, title=Text.of("Camera at the mosque road"), confidential=True, files=(photo,))
    new = replace(old, evidence=(old.evidence[1], edited))  # reordered, retitled, marked, one file taken off
    a.set_answer("LEG-1", new)
    logged = len(a.custody)
    assert custody.record_changes(a, "LEG-1", old, new, "Kanya", "2026-12-04T09:00:00Z") == 3
    assert [(e.action, e.file) for e in a.custody[logged:]] == [
        ("retitled", ""),
        ("marked_confidential", ""),
        ("detached", "notice.pdf"),
    ]
    gone = replace(new, evidence=(new.evidence[0],))
    assert custody.record_changes(a, "LEG-1", new, gone, "Kanya", AT) == 1
    assert a.custody[-1].action == "detached" and a.custody[-1].file == "photo.jpg"
    assert custody.record_changes(a, "LEG-1", gone, new, "Kanya", AT) == 1  # an undo puts the file back
    assert a.custody[-1].action == "attached"
    assert custody.record_changes(a, "LEG-1", new, new, "Kanya", AT) == 0
