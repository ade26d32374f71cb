"""Saves the app will not do as asked: a file with other names (hard links) is asked about once and each answer does
what it says; a read-only file, a vanished folder or a folder put where the file was is named and Save As is offered
at once. Nothing the person wrote is lost in any case."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from hria_app.core.assessment_file import load_assessment
from hria_app.core.save_target import HardLinkChoice
from hria_app.gui.files.file_dialogs import ConflictChoice
from hria_app.gui.shell.main_window import MainWindow
from hria_app.gui.widgets.i18n import Translations
from tests.gui.fakes import FakeDialogs
from tests.gui.security_fakes import score

THAI = re.compile(r"[\u0e00-\u0e7f]")


@pytest.fixture
def other_name(saved_file: Path) -> Path:
    """A second name of `work/city.hria` on the disk (a hard link), as some team tools make."""
    other = saved_file.with_name("shared.hria")
    os.link(saved_file, other)
    return other


def test_a_hard_linked_file_saved_in_place_changes_every_name(
    window: MainWindow, dialogs: FakeDialogs, saved_file: Path, other_name: Path
) -> None:
    before = saved_file.read_bytes()
    dialogs.hard_link_choice = HardLinkChoice.IN_PLACE
    window.open_path(saved_file)
    score(window, 3)
    assert window.files.save()
    assert dialogs.questions("hard links") == [("city.hria", 1)]
    assert os.path.samefile(saved_file, other_name)  # still one file under both names
    assert load_assessment(other_name).answer("LEG-1").score == 3
    backup = saved_file.with_name("city.hria.bak")
    assert backup.read_bytes() == before and not os.path.samefile(backup, saved_file)

    score(window, 4)
    assert window.files.save()  # asked once per document
    assert dialogs.questions("hard links") == [("city.hria", 1)]
    assert load_assessment(other_name).answer("LEG-1").score == 4
    assert not window.isWindowModified()


def test_a_hard_linked_file_saved_separately_leaves_the_other_names(
    window: MainWindow, dialogs: FakeDialogs, saved_file: Path, other_name: Path
) -> None:
    before = saved_file.read_bytes()
    dialogs.hard_link_choice = HardLinkChoice.SEPARATE
    window.open_path(saved_file)
    score(window, 2)
    assert window.files.save()
    assert dialogs.questions("hard links") == [("city.hria", 1)]
    assert not os.path.samefile(saved_file, other_name)
    assert load_assessment(saved_file).answer("LEG-1").score == 2
    assert other_name.read_bytes() == before
    assert window.document.path == saved_file and not window.isWindowModified()


def test_cancelling_the_hard_link_question_writes_nothing(
    window: MainWindow, dialogs: FakeDialogs, saved_file: Path, other_name: Path
) -> None:
    before = saved_file.read_bytes()
    dialogs.hard_link_choice = None
    window.open_path(saved_file)
    score(window, 2)
    assert not window.files.save()
    assert saved_file.read_bytes() == before and os.path.samefile(saved_file, other_name)
    assert not saved_file.with_name("city.hria.bak").exists()
    assert window.isWindowModified() and window.document.assessment.answer("LEG-1").score == 2
    assert dialogs.errors == []


def test_a_read_only_file_offers_save_as_and_the_work_is_kept(
    window: MainWindow, dialogs: FakeDialogs, saved_file: Path
) -> None:
    before = saved_file.read_bytes()
    saved_file.chmod(0o444)
    window.open_path(saved_file)
    score(window, 4)
    dialogs.save_path = saved_file.with_name("city (mine).hria")
    assert window.files.save()

    [(name, reason)] = dialogs.questions("save elsewhere")
    assert name == "city.hria" and "city.hria is read-only: nothing was written" in reason
    assert dialogs.questions("save")[-1] == saved_file.with_name("city (copy).hria")  # suggested beside it
    assert saved_file.read_bytes() == before
    assert load_assessment(dialogs.save_path).answer("LEG-1").score == 4
    assert window.document.path == dialogs.save_path
    assert window.windowTitle().startswith("city (mine).hria[*] — HRIA") and not window.isWindowModified()


def test_declining_save_as_keeps_the_work_in_the_window(
    window: MainWindow, dialogs: FakeDialogs, saved_file: Path
) -> None:
    before = saved_file.read_bytes()
    saved_file.chmod(0o444)
    window.open_path(saved_file)
    score(window, 4)
    dialogs.save_elsewhere = False
    assert not window.files.save()
    assert len(dialogs.questions("save elsewhere")) == 1 and dialogs.questions("save") == []
    assert saved_file.read_bytes() == before
    assert window.isWindowModified() and window.document.assessment.answer("LEG-1").score == 4
    assert window.document.path == saved_file


def test_a_vanished_folder_offers_save_as(
    window: MainWindow, dialogs: FakeDialogs, saved_file: Path, tmp_path: Path
) -> None:
    window.open_path(saved_file)
    score(window, 1)
    for item in saved_file.parent.iterdir():
        item.unlink()
    saved_file.parent.rmdir()  # the memory stick was taken out
    dialogs.conflict_choice = ConflictChoice.OVERWRITE  # "moved or deleted": save it again there
    dialogs.save_path = tmp_path / "rescued.hria"
    assert window.files.save()
    [(_name, reason)] = dialogs.questions("save elsewhere")
    assert "it no longer exists" in reason
    assert dialogs.questions("save")[-1] == Path.home() / "city.hria"  # not the folder that is gone
    assert load_assessment(tmp_path / "rescued.hria").answer("LEG-1").score == 1


def test_a_second_refusal_is_reported_without_asking_again(
    window: MainWindow, dialogs: FakeDialogs, saved_file: Path, tmp_path: Path
) -> None:
    saved_file.chmod(0o444)
    window.open_path(saved_file)
    score(window, 2)
    (tmp_path / "a-folder.hria").mkdir()
    dialogs.save_path = tmp_path / "a-folder.hria"  # a folder of that name is in the way
    assert not window.files.save()
    assert len(dialogs.questions("save elsewhere")) == 1
    [(title, _message, detail)] = dialogs.errors
    assert title == "Not saved" and "is a folder, not a file" in detail
    assert window.isWindowModified() and window.document.path == saved_file


def test_a_refused_save_is_explained_in_thai(
    window: MainWindow, dialogs: FakeDialogs, saved_file: Path, thai: Translations
) -> None:
    saved_file.chmod(0o444)
    window.open_path(saved_file)
    score(window, 2)
    dialogs.save_elsewhere = False
    window.files.save()
    [(_name, reason)] = dialogs.questions("save elsewhere")
    assert reason.startswith("city.hria เป็นไฟล์อ่านอย่างเดียว") and "read-only" not in reason
    assert THAI.search(reason)
