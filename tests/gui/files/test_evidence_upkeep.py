"""The evidence store follows its assessment: encrypted when it is (no plain copy anywhere, temporary files
included), re-encrypted when the passphrase changes or encryption is removed, copied by Save As, and handed over
in a bundle that `sha256sum -c` would pass."""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from hria_app.core.assessment_file import load_assessment
from hria_app.core.evidence_store import store_folder
from hria_app.core.evidence_verify import verify_evidence
from hria_app.gui.assessment.evidence_files import EvidenceFiles
from hria_app.gui.assessment.evidence_questions import BundleKind
from hria_app.gui.shell.main_window import MainWindow
from tests.gui.assessment.evidence_helpers import attach_and_wait, drop_files, open_saved, pdf_file
from tests.gui.fakes import FakeDialogs, FakeRenderer

MARKER = "UNIQUE-EVIDENCE-MARKER-7Q3Z"


def marked_file(path: Path) -> Path:
    path.write_bytes((MARKER + " witness statement\n").encode() * 2000)
    return path


def every_file(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def encrypt_open(window: MainWindow, dialogs: FakeDialogs, path: Path) -> None:
    dialogs.new_passphrases = ["correct horse battery"]
    assert window.encryption.save_encrypted()
    assert window.document is not None and window.document.passphrase is not None


def test_an_encrypted_assessment_keeps_no_plain_copy_of_what_is_attached(
    qtbot: QtBot, window: MainWindow, saved_file: Path, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    open_saved(window, saved_file)
    encrypt_open(window, dialogs, saved_file)
    source = marked_file(tmp_path / "statement.txt")
    attach_and_wait(qtbot, window, lambda: drop_files(window.workspace.criterion_page.evidence, [source]))
    assert window.files.save()
    marker = MARKER.encode()
    for path in every_file(saved_file.parent):  # the assessment, its backup, the store and anything left behind
        assert marker not in path.read_bytes(), path.name
    assert window.document is not None
    files = EvidenceFiles.of(window.document)
    store = files.store()
    assert store is not None and len(store.stored_names()) == 1
    assert verify_evidence(window.document.assessment, store).ok


def test_changing_the_passphrase_and_removing_encryption_rewrite_the_store(
    qtbot: QtBot, window: MainWindow, saved_file: Path, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    open_saved(window, saved_file)
    source = marked_file(tmp_path / "statement.txt")
    attach_and_wait(qtbot, window, lambda: drop_files(window.workspace.criterion_page.evidence, [source]))
    assert window.files.save()
    folder = store_folder(saved_file)
    plain_names = {p.name for p in every_file(folder)}
    encrypt_open(window, dialogs, saved_file)  # a plain store becomes encrypted with the assessment
    encrypted_names = {p.name for p in every_file(folder)}
    assert encrypted_names.isdisjoint(plain_names) and len(encrypted_names) == 1
    assert all(MARKER.encode() not in p.read_bytes() for p in every_file(folder))
    assert window.document is not None and not window.document.undo_stack.canUndo()  # no step names a gone copy
    dialogs.new_passphrases = ["a second passphrase"]
    assert window.encryption.save_encrypted()
    assert {p.name for p in every_file(folder)}.isdisjoint(encrypted_names)
    assert window.encryption.remove_encryption()
    assert {p.name for p in every_file(folder)} == plain_names
    assert window.document is not None
    store = EvidenceFiles.of(window.document).store()
    assert store is not None and verify_evidence(load_assessment(saved_file), store).ok


def test_save_as_takes_the_evidence_along(
    qtbot: QtBot, window: MainWindow, saved_file: Path, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    open_saved(window, saved_file)
    attach_and_wait(
        qtbot, window, lambda: drop_files(window.workspace.criterion_page.evidence, [pdf_file(tmp_path / "n.pdf")])
    )
    dialogs.save_path = tmp_path / "elsewhere" / "copy.hria"
    dialogs.save_path.parent.mkdir()
    assert window.files.save_as()
    copy = load_assessment(dialogs.save_path)
    assert window.document is not None
    store = EvidenceFiles.of(window.document).store()
    assert store is not None and store.folder == store_folder(dialogs.save_path)
    assert verify_evidence(copy, store).ok and len(store.stored_names()) == 1


def test_file_export_evidence_bundle_writes_a_checkable_zip(
    qtbot: QtBot, window: MainWindow, saved_file: Path, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    open_saved(window, saved_file)
    table = window.workspace.criterion_page.evidence
    attach_and_wait(qtbot, window, lambda: drop_files(table, [pdf_file(tmp_path / "public notice.pdf")]))
    attach_and_wait(qtbot, window, lambda: drop_files(table, [marked_file(tmp_path / "secret.txt")]))
    assert window.document is not None
    answer = window.document.assessment.answer("LEG-1")
    # The second drop went to the selected item; put the secret on an item of its own, marked confidential.
    first = answer.evidence[0]
    secret = replace(first, files=first.files[1:], confidential=True)
    window.document.edit_answer("LEG-1", replace(answer, evidence=(replace(first, files=first.files[:1]), secret)), "t")
    bundle = window.evidence_links.bundle
    bundle.renderer = FakeRenderer(pages=1)
    for kind, name in ((BundleKind.FULL, "full.zip"), (BundleKind.PUBLIC, "public.zip")):
        dialogs.bundle_kind = kind
        dialogs.save_path = tmp_path / name
        with qtbot.waitSignal(bundle.written, timeout=10000):
            window.evidence_links.bundle_action.trigger()
        bundle.wait()
    with zipfile.ZipFile(tmp_path / "full.zip") as full:
        names = full.namelist()
        assert "assessment/city.hria" in names and "custody-log.json" in names
        for line in full.read("SHA256SUMS").decode().splitlines():
            digest, entry = line.split("  ", 1)
            assert hashlib.sha256(full.read(entry)).hexdigest() == digest
        assert any(MARKER.encode() in full.read(n) for n in names)
    with zipfile.ZipFile(tmp_path / "public.zip") as public:
        assert "assessment/city.hria" not in public.namelist()
        assert all(MARKER.encode() not in public.read(n) for n in public.namelist())
        assert any(n.endswith("public notice.pdf") for n in public.namelist())
    assert not dialogs.errors


def test_a_bundle_with_an_altered_file_is_not_written(
    qtbot: QtBot, window: MainWindow, saved_file: Path, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    open_saved(window, saved_file)
    table = window.workspace.criterion_page.evidence
    attach_and_wait(qtbot, window, lambda: drop_files(table, [pdf_file(tmp_path / "notice.pdf")]))
    assert window.document is not None
    stored = window.document.assessment.answer("LEG-1").evidence[0].files[0].stored
    (store_folder(saved_file) / stored).write_bytes(b"changed")
    bundle = window.evidence_links.bundle
    bundle.renderer = FakeRenderer(pages=1)
    dialogs.save_path = tmp_path / "bundle.zip"
    with qtbot.waitSignal(bundle.task.finished, timeout=10000):
        window.evidence_links.bundle_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.errors))
    assert "notice.pdf" in dialogs.errors[0][1]
    assert not dialogs.save_path.exists()
