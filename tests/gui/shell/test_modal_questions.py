"""The real modal questions: each button gives the answer it names, and backing out with Escape gives the safe
one. A timer answers the dialog the code itself opens (tests/gui/modal.py), so no test blocks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QInputDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from hria_app.core.locking import LockInfo
from hria_app.gui.files.autosave import RecoveryInfo
from hria_app.gui.files.file_dialogs import ConflictChoice, ConflictReason, LockChoice, RecoverChoice
from hria_app.gui.rubrics.rubric_questions import DuplicateChoice, DuplicateDialog
from hria_app.gui.shell.dialogs import Dialogs
from hria_app.gui.widgets.choices import UnsavedChoice
from tests.gui.modal import act_on_modal, click, escape

# A modal offscreen: the platform cannot raise it nor grab the keyboard for it, and says so.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|grabbing the (keyboard|mouse))")

HOLDER = LockInfo("somchai", "field-laptop", 4242, 1_700_000_000.0, 1_700_000_000.0)
RECOVERY = RecoveryInfo(Path("city.hria.copy"), Path("city.hria"), "City", dt.datetime(2026, 3, 1, 9, 30))
CANCEL = QMessageBox.StandardButton.Cancel
Ask = Callable[[Dialogs], Any]

QUESTIONS: list[tuple[str, Ask, Callable[[QWidget], None], Any]] = [
    (
        "unsaved: save",
        lambda d: d.ask_unsaved_changes(None, "city.hria"),
        click(QMessageBox.StandardButton.Save),
        UnsavedChoice.SAVE,
    ),
    (
        "unsaved: discard",
        lambda d: d.ask_unsaved_changes(None, "city.hria"),
        click(QMessageBox.StandardButton.Discard),
        UnsavedChoice.DISCARD,
    ),
    ("unsaved: cancel", lambda d: d.ask_unsaved_changes(None, "city.hria"), click(CANCEL), UnsavedChoice.CANCEL),
    ("unsaved: escape", lambda d: d.ask_unsaved_changes(None, "city.hria"), escape, UnsavedChoice.CANCEL),
    ("recover", lambda d: d.ask_recover(None, RECOVERY), click("Recover"), RecoverChoice.RECOVER),
    ("recover: discard", lambda d: d.ask_recover(None, RECOVERY), click("Discard the copy"), RecoverChoice.DISCARD),
    ("recover: later", lambda d: d.ask_recover(None, RECOVERY), click("Decide later"), RecoverChoice.LATER),
    ("recover: escape", lambda d: d.ask_recover(None, RECOVERY), escape, RecoverChoice.LATER),
    (
        "lock: read-only",
        lambda d: d.ask_lock_conflict(None, "city.hria", HOLDER),
        click("Open &read-only"),
        LockChoice.READ_ONLY,
    ),
    (
        "lock: take over",
        lambda d: d.ask_lock_conflict(None, "city.hria", HOLDER),
        click("&Take over"),
        LockChoice.TAKE_OVER,
    ),
    ("lock: cancel", lambda d: d.ask_lock_conflict(None, "city.hria", HOLDER), click(CANCEL), LockChoice.CANCEL),
    ("lock: escape", lambda d: d.ask_lock_conflict(None, "city.hria", HOLDER), escape, LockChoice.CANCEL),
    (
        "changed: copy",
        lambda d: d.ask_save_conflict(None, "city.hria", ConflictReason.CHANGED),
        click("Save a &copy…"),
        ConflictChoice.SAVE_COPY,
    ),
    (
        "changed: overwrite",
        lambda d: d.ask_save_conflict(None, "city.hria", ConflictReason.CHANGED),
        click("&Overwrite"),
        ConflictChoice.OVERWRITE,
    ),
    (
        "locked: overwrite",
        lambda d: d.ask_save_conflict(None, "city.hria", ConflictReason.LOCKED, HOLDER),
        click("&Overwrite"),
        ConflictChoice.OVERWRITE,
    ),
    (
        "deleted: again",
        lambda d: d.ask_save_conflict(None, "city.hria", ConflictReason.DELETED),
        click("Save &again there"),
        ConflictChoice.OVERWRITE,
    ),
    (
        "deleted: cancel",
        lambda d: d.ask_save_conflict(None, "city.hria", ConflictReason.DELETED),
        click(CANCEL),
        ConflictChoice.CANCEL,
    ),
    (
        "changed: escape",
        lambda d: d.ask_save_conflict(None, "city.hria", ConflictReason.CHANGED),
        escape,
        ConflictChoice.CANCEL,
    ),
    ("reload", lambda d: d.ask_reload(None, "city.hria"), click("&Reload"), True),
    ("reload: keep", lambda d: d.ask_reload(None, "city.hria"), click("&Keep this version"), False),
    ("reload: escape", lambda d: d.ask_reload(None, "city.hria"), escape, False),
    ("decrypt", lambda d: d.confirm_remove_encryption(None, "city.hria"), click("&Remove encryption"), True),
    ("decrypt: cancel", lambda d: d.confirm_remove_encryption(None, "city.hria"), click(CANCEL), False),
    ("decrypt: escape", lambda d: d.confirm_remove_encryption(None, "city.hria"), escape, False),
    ("full export", lambda d: d.confirm_full_export(None, "city.hria"), click("Save the &full PDF"), True),
    ("full export: cancel", lambda d: d.confirm_full_export(None, "city.hria"), click(CANCEL), False),
    ("full export: escape", lambda d: d.confirm_full_export(None, "city.hria"), escape, False),
    ("delete rubric", lambda d: d.confirm_delete_rubric(None, "mine.yaml"), click("Delete"), True),
    ("delete rubric: cancel", lambda d: d.confirm_delete_rubric(None, "mine.yaml"), click(CANCEL), False),
    ("delete rubric: escape", lambda d: d.confirm_delete_rubric(None, "mine.yaml"), escape, False),
    ("replace rubric", lambda d: d.confirm_replace_rubric(None, "mine.yaml"), click("Replace"), True),
    ("replace rubric: cancel", lambda d: d.confirm_replace_rubric(None, "mine.yaml"), click(CANCEL), False),
    ("save invalid", lambda d: d.confirm_save_invalid_rubric(None, "mine.yaml", 3), click("Save with errors"), True),
    ("save invalid: cancel", lambda d: d.confirm_save_invalid_rubric(None, "mine.yaml", 3), click(CANCEL), False),
    ("reload rubric", lambda d: d.ask_reload_rubric(None, "mine.yaml"), click("Reload and lose my edits"), True),
    ("reload rubric: escape", lambda d: d.ask_reload_rubric(None, "mine.yaml"), escape, False),
]


@pytest.mark.parametrize(("ask", "answer", "expected"), [q[1:] for q in QUESTIONS], ids=[q[0] for q in QUESTIONS])
def test_each_button_gives_its_answer(qapp: Any, ask: Ask, answer: Callable[[QWidget], None], expected: Any) -> None:
    dialogs = Dialogs()
    seen = act_on_modal(answer)
    assert ask(dialogs) == expected
    assert seen.problem == ""


def test_the_questions_name_the_file_and_who_holds_it(qapp: Any) -> None:
    seen = act_on_modal(click(CANCEL))
    Dialogs().ask_save_conflict(None, "city.hria", ConflictReason.LOCKED, HOLDER)
    assert seen.title == "Save over another version?"
    assert "“city.hria” is open in another window of the app: somchai on field-laptop" in seen.text
    seen = act_on_modal(click(CANCEL))
    Dialogs().ask_save_conflict(None, "city.hria", ConflictReason.CHANGED)
    assert "kept as “city.hria.bak”" in seen.text
    assert sorted(seen.buttons) == ["Cancel", "Overwrite", "Save a copy…"]


def test_an_error_shows_its_message_and_closes(qapp: Any) -> None:
    seen = act_on_modal(click(QMessageBox.StandardButton.Ok))
    Dialogs().show_error(None, "Could not open", "city.hria is not an assessment", detail="line 3")
    assert seen.title == "Could not open" and "city.hria is not an assessment" in seen.text and not seen.problem
    seen = act_on_modal(click(QMessageBox.StandardButton.Ok))
    Dialogs().show_information(None, "No previous version", "There is none yet.")
    assert seen.title == "No previous version" and "There is none yet." in seen.text and not seen.problem


def _type_passphrase(text: str) -> Callable[[QWidget], None]:
    def action(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(text)
        dialog.accept()

    return action


def test_the_passphrase_typed_is_returned_and_cancel_gives_none(qapp: Any) -> None:
    seen = act_on_modal(_type_passphrase("a passphrase long enough"))
    assert Dialogs().ask_passphrase(None, "city.hria") == "a passphrase long enough"
    assert seen.title == "Encrypted assessment"
    act_on_modal(escape)
    assert Dialogs().ask_passphrase(None, "city.hria", wrong=True) is None
    act_on_modal(_type_passphrase(""))
    assert Dialogs().ask_passphrase(None, "city.hria") is None  # nothing typed is no passphrase


def _duplicate_as(rubric_id: str, keep_version: bool) -> Callable[[QWidget], None]:
    def action(dialog: QWidget) -> None:
        assert isinstance(dialog, DuplicateDialog)
        dialog.id_edit.setText(rubric_id)
        dialog.findChild(QCheckBox).setChecked(not keep_version)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        if not ok.isEnabled():
            dialog.reject()  # as a person must when the id is refused
            return
        ok.click()

    return action


def test_duplicating_returns_the_id_and_the_version_choice(qapp: Any) -> None:
    ask = Dialogs().ask_duplicate_rubric
    act_on_modal(_duplicate_as("my-copy", keep_version=True))
    assert ask(None, "cctv", "2.1.0", "cctv-copy", {"cctv"}) == DuplicateChoice("my-copy", False)
    act_on_modal(_duplicate_as("my-copy", keep_version=False))
    assert ask(None, "cctv", "2.1.0", "cctv-copy", {"cctv"}) == DuplicateChoice("my-copy", True)
    act_on_modal(_duplicate_as("cctv", keep_version=False))  # taken: OK stays disabled
    assert ask(None, "cctv", "2.1.0", "cctv-copy", {"cctv"}) is None
    act_on_modal(escape)
    assert ask(None, "cctv", "2.1.0", "cctv-copy", {"cctv"}) is None


def test_the_duplicate_dialog_says_why_an_id_is_refused(qtbot: QtBot) -> None:
    dialog = DuplicateDialog("cctv", "2.1.0", "cctv-copy", {"cctv"})
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.id_edit.setText("cctv")
    assert not ok.isEnabled() and dialog.message.text() == "A rubric with this id is already in your library."
    dialog.id_edit.setText("a--b")
    assert not ok.isEnabled() and dialog.message.text() == "Use lowercase letters, digits and single dashes."
    dialog.id_edit.setText("cctv-2")
    assert ok.isEnabled() and dialog.message.text() == ""
    assert isinstance(dialog, QDialog) and isinstance(dialog.id_edit, QLineEdit)
