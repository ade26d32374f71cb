"""Opening, saving and closing as a user meets them: titles, prompts, errors, recent files, drag and drop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hria_app.core.assessment_file import load_assessment, to_data
from hria_app.gui.shell.main_window import MainWindow
from hria_app.gui.widgets.choices import UnsavedChoice
from tests.gui.fakes import FakeDialogs
from tests.gui.helpers import type_text


def score(window: MainWindow, value: int, criterion_id: str = "LEG-1") -> None:
    window.workspace.show_criterion(criterion_id)
    window.workspace.criterion_page.choose_score(value)


def test_a_new_assessment_saves_and_reopens_equal(
    qtbot: QtBot, open_window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, make_window
) -> None:
    page = open_window.workspace.criterion_page
    qtbot.keyClick(open_window, "3")
    qtbot.keyClicks(page.notes, "The ordinance was never published.")
    page.evidence.add_record()
    page.evidence.model.setData(page.evidence.model.index(0, 0), "Council minutes")
    dialogs.save_path = tmp_path / "nakhon.hria"
    qtbot.keyClick(open_window, "s", Qt.KeyboardModifier.ControlModifier)
    assert dialogs.questions("save")  # an untitled assessment asks where
    assert not open_window.isWindowModified()
    assert open_window.windowTitle() == "nakhon.hria[*] — HRIA [Draft]"

    reopened = make_window()
    assert reopened.open_path(tmp_path / "nakhon.hria")
    assert to_data(reopened.document.assessment) == to_data(open_window.document.assessment)
    assert reopened.settings.recent_files[0] == (tmp_path / "nakhon.hria").resolve()


def test_thai_typed_into_a_note_survives_save_and_reopen(
    qtbot: QtBot, open_window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, make_window
) -> None:
    note = "ผู้ว่าราชการจังหวัดยืนยันว่ากล้อง 1,200 ตัวเชื่อมต่อกับระบบจดจำใบหน้า"
    type_text(open_window.workspace.criterion_page.notes, note)
    assert open_window.document.undo_stack.count() == 1  # one undo step for the whole note
    dialogs.save_path = tmp_path / "thai.hria"
    open_window.save_action.trigger()

    reopened = make_window()
    reopened.open_path(tmp_path / "thai.hria")
    assert reopened.document.assessment.answer("LEG-1").notes.get("en") == note
    reopened.workspace.show_criterion("LEG-1")
    assert reopened.workspace.criterion_page.notes.toPlainText() == note


def test_save_writes_to_the_same_file_without_asking(
    open_window: MainWindow, dialogs: FakeDialogs, saved_file: Path
) -> None:
    assert open_window.open_path(saved_file)
    score(open_window, 1)
    assert open_window.isWindowModified()
    open_window.save_action.trigger()
    assert not dialogs.questions("save")
    assert load_assessment(saved_file).answer("LEG-1").score == 1


def test_the_title_names_the_file_and_marks_changes(open_window: MainWindow, saved_file: Path) -> None:
    open_window.open_path(saved_file)
    assert open_window.windowTitle() == "city.hria[*] — HRIA [Draft]"
    assert not open_window.isWindowModified()
    score(open_window, 2)
    assert open_window.isWindowModified()
    open_window.undo_action.trigger()
    assert not open_window.isWindowModified()


@pytest.mark.parametrize(
    ("choice", "closed", "saved"),
    [(UnsavedChoice.SAVE, True, True), (UnsavedChoice.DISCARD, True, False), (UnsavedChoice.CANCEL, False, False)],
)
def test_closing_with_unsaved_changes_asks(
    open_window: MainWindow, dialogs: FakeDialogs, saved_file: Path, choice: UnsavedChoice, closed: bool, saved: bool
) -> None:
    open_window.open_path(saved_file)
    score(open_window, 4)
    dialogs.unsaved = choice
    assert open_window.close() is closed
    assert dialogs.questions("unsaved") == ["city.hria"]
    assert (load_assessment(saved_file).answer("LEG-1").score == 4) is saved
    assert open_window.isVisible() is not closed


def test_closing_an_unchanged_assessment_does_not_ask(open_window: MainWindow, dialogs: FakeDialogs) -> None:
    open_window.close_action.trigger()
    assert dialogs.questions("unsaved") == []
    assert open_window.document is None
    assert open_window.pages.currentWidget() is open_window.start_page


def test_save_as_cancelled_keeps_the_document_unsaved(open_window: MainWindow, dialogs: FakeDialogs) -> None:
    score(open_window, 4)
    dialogs.unsaved = UnsavedChoice.SAVE
    dialogs.save_path = None  # the person closes the save dialog
    assert open_window.close() is False
    assert open_window.isWindowModified()


def test_a_corrupt_file_is_explained_and_the_app_carries_on(
    qtbot: QtBot, open_window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.hria"
    broken.write_text(
        "format_version: 1\nkind: hria-assessment\ncontext: [not, a, mapping]\nrubric: 7\n", encoding="utf-8"
    )
    score(open_window, 1)
    assert open_window.open_path(broken) is False
    _title, message, detail = dialogs.errors[-1]
    assert "broken.hria" in message
    assert f"{broken}:4:" in message  # every problem located as FILE:LINE:COLUMN
    assert detail
    # The open assessment is untouched and the app still works.
    assert open_window.document is not None
    assert open_window.document.assessment.answer("LEG-1").score == 1
    qtbot.keyClick(open_window, "2")
    assert open_window.document.assessment.answer("LEG-1").score == 2


def test_a_missing_recent_file_is_explained_and_forgotten(
    window: MainWindow, dialogs: FakeDialogs, saved_file: Path
) -> None:
    window.open_path(saved_file)
    window.close_action.trigger()
    saved_file.unlink()
    assert window.open_path(saved_file) is False
    assert "file not found" in dialogs.errors[-1][1]
    assert window.settings.recent_files == []


def test_open_asks_for_a_file(window: MainWindow, dialogs: FakeDialogs, saved_file: Path) -> None:
    dialogs.open_path = saved_file
    window.open_action.trigger()
    assert window.document is not None
    assert window.document.path == saved_file


def test_recent_files_menu_reopens(window: MainWindow, saved_file: Path) -> None:
    window.open_path(saved_file)
    window.close_action.trigger()
    window.files.fill_recent_menu(window.recent_menu)
    first = window.recent_menu.actions()[0]
    assert "city.hria" in first.text()
    first.trigger()
    assert window.document is not None and window.document.path == saved_file


def drag_events(mime: QMimeData, path: Path) -> tuple[QDragEnterEvent, QDropEvent]:
    """Events of a drag carrying `path`; the caller keeps `mime` alive, as the events only point to it."""
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    actions = Qt.DropAction.CopyAction
    point = QPointF(10, 10)
    enter = QDragEnterEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    drop = QDropEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    return enter, drop


def test_dropping_an_assessment_opens_it(qtbot: QtBot, window: MainWindow, saved_file: Path) -> None:
    mime = QMimeData()
    enter, drop = drag_events(mime, saved_file)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(window.document_changed):
        QApplication.sendEvent(window, drop)
    assert window.document is not None and window.document.path == saved_file


def test_dropping_another_kind_of_file_is_refused(window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    mime = QMimeData()
    enter, _drop = drag_events(mime, other)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_the_sample_opens_as_an_untitled_copy(
    make_window, sample_file: Path, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    window = make_window(sample=sample_file)
    assert window.start_page.sample_button.isVisibleTo(window)
    window.start_page.sample_button.click()
    assert window.document is not None
    assert window.document.path is None  # saving never overwrites the bundled sample
    score(window, 2)
    dialogs.save_path = tmp_path / "mine.hria"
    window.save_action.trigger()
    assert load_assessment(sample_file).answer("LEG-1").status == "unanswered"


def test_the_sample_button_is_hidden_when_there_is_no_sample(make_window, tmp_path: Path) -> None:
    window = make_window(sample=tmp_path / "missing.hria")
    assert not window.start_page.sample_button.isVisibleTo(window)
    assert not window.sample_action.isVisible()
