"""Save encrypted, change the passphrase, remove the encryption; and, at every moment, nothing readable left in
the assessment's folder, its backup, its lock or the recovery folder."""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hria_app.core.assessment import Evidence
from hria_app.core.assessment_file import load_assessment
from hria_app.core.crypto import WrongPassphraseError, is_encrypted
from hria_app.core.text import Text
from hria_app.gui.files.passphrase_dialog import MIN_LENGTH, NewPassphraseDialog
from hria_app.gui.shell.main_window import MainWindow
from tests.gui.fakes import FakeDialogs
from tests.gui.helpers import type_text
from tests.gui.security_fakes import score

PASSPHRASE = "lotus river kite morning"
NEW_PASSPHRASE = "seven quiet lanterns north"
# Short words: YAML wraps long lines, and a wrapped secret would slip past a search for the whole sentence.
SECRETS = ("Somchai", "Wanida", "Kittisak", "Saengthong", "ตลาดน้ำ")
LATER_NOTE = "Siriporn keeps the logbook."


def fill_with_secrets(window: MainWindow) -> None:
    """An assessment holding what must not leak: an assessor's name, a witness, a source, Thai notes."""
    document = window.document
    context = document.assessment.context
    document.edit_context(replace(context, assessors=("Wanida Saengthong",)), "assessors")
    page = window.workspace.criterion_page
    window.workspace.show_criterion("LEG-1")
    page.choose_score(3)
    page.notes.setFocus()
    type_text(page.notes, "Somchai saw the van near ตลาดน้ำ at night.")
    answer = document.assessment.answer("LEG-1")
    evidence = (Evidence(title=Text.of("Interview with Kittisak"), confidential=True),)
    document.edit_answer("LEG-1", replace(answer, evidence=evidence), "evidence")


def files_holding(root: Path, secrets: tuple[str, ...]) -> dict[str, list[str]]:
    """Every file under `root` that contains one of `secrets`, by secret."""
    found: dict[str, list[str]] = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for secret in secrets:
            if secret.encode("utf-8") in data:
                found.setdefault(secret, []).append(str(path.relative_to(root)))
    return found


def test_the_search_finds_secrets_in_a_plain_save(
    open_window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    """The search below would find a leak: in a plain file every secret is there to see."""
    fill_with_secrets(open_window)
    dialogs.save_path = tmp_path / "work" / "plain.hria"
    dialogs.save_path.parent.mkdir()
    open_window.save_action.trigger()
    assert sorted(files_holding(tmp_path / "work", SECRETS)) == sorted(SECRETS)


def test_nothing_readable_is_left_at_any_moment(
    qtbot: QtBot, open_window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, data_dir: Path
) -> None:
    window = open_window
    folder = tmp_path / "work"
    folder.mkdir()
    secrets = (*SECRETS, "Siriporn", PASSPHRASE)

    # A plain assessment with a plain backup and a plain recovery copy, then encrypted.
    fill_with_secrets(window)
    dialogs.save_path = folder / "case.hria"
    window.save_action.trigger()
    score(window, 4, "LEG-2")
    window.save_action.trigger()
    score(window, 1, "LEG-2")
    assert window.write_recovery() is not None
    assert files_holding(tmp_path, secrets)  # so far, in the clear everywhere

    dialogs.new_passphrases = [PASSPHRASE]
    assert window.encryption.save_encrypted()
    assert files_holding(tmp_path, secrets) == {}, "after encrypting"
    assert is_encrypted((folder / "case.hria.bak").read_bytes())

    window.workspace.show_criterion("LEG-2")
    window.workspace.criterion_page.notes.setPlainText(LATER_NOTE)
    with qtbot.waitSignal(window.autosave.written):
        window.write_recovery()
    assert files_holding(tmp_path, secrets) == {}, "after an autosave"

    window.save_action.trigger()
    assert files_holding(tmp_path, secrets) == {}, "after a save"
    score(window, 2, "LEG-2")
    window.save_action.trigger()
    assert (folder / "case.hria.bak").exists()
    assert files_holding(tmp_path, secrets) == {}, "after a second save, with its backup"

    score(window, 3, "LEG-2")
    window.write_recovery()
    window.close()  # the fake discards the unsaved change
    assert files_holding(tmp_path, secrets) == {}, "after closing"
    reopened = load_assessment(folder / "case.hria", PASSPHRASE)
    assert reopened.answer("LEG-2").notes.get("en") == LATER_NOTE


def test_encrypting_switches_the_menu_and_keeps_the_backup_readable(
    window: MainWindow, dialogs: FakeDialogs, saved_file: Path
) -> None:
    window.open_path(saved_file)
    score(window, 1)
    window.save_action.trigger()
    assert window.encrypt_action.isVisible() and not window.decrypt_action.isVisible()

    dialogs.new_passphrases = [PASSPHRASE]
    window.encrypt_action.trigger()
    assert dialogs.questions("new passphrase") == [("city.hria", False)]
    assert window.document.passphrase == PASSPHRASE
    assert not window.encrypt_action.isVisible()
    assert window.change_passphrase_action.isVisible() and window.decrypt_action.isVisible()
    assert load_assessment(saved_file, PASSPHRASE).answer("LEG-1").score == 1
    backup = saved_file.with_name("city.hria.bak")
    assert is_encrypted(backup.read_bytes())  # the plain version saved before, encrypted in turn
    assert load_assessment(backup, PASSPHRASE).answer("LEG-1").score == 1


def test_changing_the_passphrase_leaves_nothing_under_the_old_one(
    window: MainWindow, dialogs: FakeDialogs, saved_file: Path
) -> None:
    window.open_path(saved_file)
    dialogs.new_passphrases = [PASSPHRASE, NEW_PASSPHRASE]
    window.encrypt_action.trigger()
    score(window, 2)
    window.save_action.trigger()
    window.change_passphrase_action.trigger()
    assert dialogs.questions("new passphrase")[-1] == ("city.hria", True)
    backup = saved_file.with_name("city.hria.bak")
    for path in (saved_file, backup):
        with pytest.raises(WrongPassphraseError):
            load_assessment(path, PASSPHRASE)
        load_assessment(path, NEW_PASSPHRASE)


def test_removing_the_encryption_asks_and_writes_plain(
    window: MainWindow, dialogs: FakeDialogs, saved_file: Path
) -> None:
    window.open_path(saved_file)
    dialogs.new_passphrases = [PASSPHRASE]
    window.encrypt_action.trigger()
    dialogs.remove_encryption = False
    window.decrypt_action.trigger()
    assert is_encrypted(saved_file.read_bytes())
    dialogs.remove_encryption = True
    window.decrypt_action.trigger()
    assert dialogs.questions("remove encryption") == ["city.hria", "city.hria"]
    assert not is_encrypted(saved_file.read_bytes())
    assert not is_encrypted(saved_file.with_name("city.hria.bak").read_bytes())
    assert window.document.passphrase is None
    assert window.encrypt_action.isVisible()


def test_a_cancelled_passphrase_or_save_changes_nothing(
    open_window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    open_window.encrypt_action.trigger()  # the fake cancels the passphrase
    assert open_window.document.passphrase is None
    assert dialogs.questions("save") == []
    dialogs.new_passphrases = [PASSPHRASE]
    dialogs.save_path = None  # then the file dialog
    open_window.encrypt_action.trigger()
    assert open_window.document.passphrase is None
    assert list(tmp_path.glob("*.hria")) == []


def test_a_new_encrypted_assessment_is_not_named_after_its_title(
    open_window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    document = open_window.document
    title = Text.of("Somchai testimony")
    document.edit_context(replace(document.assessment.context, title=title), "title")
    dialogs.new_passphrases = [PASSPHRASE]
    dialogs.save_path = tmp_path / "case.hria"
    open_window.encrypt_action.trigger()
    ((_kind, suggested),) = [q for q in dialogs.asked if q[0] == "save"]
    assert "Somchai" not in suggested.name
    assert is_encrypted((tmp_path / "case.hria").read_bytes())


def test_the_passphrase_dialog_asks_twice_and_warns(qtbot: QtBot) -> None:
    dialog = NewPassphraseDialog("case.hria")
    qtbot.addWidget(dialog)
    assert "nobody can open the file" in dialog.warning.text()
    assert not dialog.ok_button.isEnabled()
    dialog.passphrase.setText("short")
    assert not dialog.ok_button.isEnabled()
    assert str(MIN_LENGTH) in dialog.hint.text()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirmation.setText(PASSPHRASE + "x")
    assert not dialog.ok_button.isEnabled()
    assert "differ" in dialog.hint.text()
    dialog.confirmation.setText(PASSPHRASE)
    assert dialog.ok_button.isEnabled()
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    dialog.show_box.setChecked(True)
    assert dialog.confirmation.echoMode() == dialog.confirmation.EchoMode.Normal
    for field in (dialog.passphrase, dialog.confirmation, dialog.show_box):
        assert field.accessibleName()
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.chosen() == PASSPHRASE


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_what_the_app_writes_is_private_to_its_owner(
    open_window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, data_dir: Path
) -> None:
    fill_with_secrets(open_window)
    dialogs.save_path = tmp_path / "case.hria"
    open_window.save_action.trigger()
    score(open_window, 1, "LEG-2")
    open_window.save_action.trigger()
    score(open_window, 2, "LEG-2")
    copy = open_window.write_recovery()
    assert copy is not None
    for path in (tmp_path / "case.hria", tmp_path / "case.hria.bak", copy, copy.with_suffix(".json")):
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path.name
    assert stat.S_IMODE((data_dir / "recovery").stat().st_mode) == 0o700
