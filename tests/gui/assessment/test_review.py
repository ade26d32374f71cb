"""Review and sign-off in the app: comments on the context, a section or a criterion, and the way from draft
through review to approval, shown in the window title and across the workspace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hria_app.core.review import criterion_target, section_target
from hria_app.gui.export.export_dialog import ExportDialog
from hria_app.gui.shell.main_window import MainWindow
from hria_app.gui.shell.settings import Settings
from tests.gui.fakes import FakeDialogs
from tests.gui.helpers import SavePathStub


def _comment(window: MainWindow, text: str) -> None:
    panel = window.review.panel
    panel.new_text.setPlainText(text)
    panel.add_button.click()


def test_comments_are_signed_with_the_name_asked_once(
    open_window: MainWindow, dialogs: FakeDialogs, settings: Settings
) -> None:
    dialogs.your_name = "Somchai R."
    open_window.review.comments_action.trigger()
    panel = open_window.review.panel
    assert panel.target == criterion_target("LEG-1")  # the page shown
    _comment(open_window, "Which law allows live matching?")
    panel.show_target(section_target("LEG"))
    _comment(open_window, "The section needs the 2023 decree")
    assert len(dialogs.questions("your name")) == 1
    assert settings.your_name == "Somchai R."
    document = open_window.document
    assert document is not None
    comments = document.assessment.comments
    assert [(c.target, c.author) for c in comments] == [
        ("criterion:LEG-1", "Somchai R."),
        ("section:LEG", "Somchai R."),
    ]
    assert panel.comments.count() == 1 and "2023 decree" in panel.comments.item(0).text()
    assert "2 open comments" in open_window.review_bar.label.text()


def test_no_name_no_comment_and_the_text_stays(open_window: MainWindow, dialogs: FakeDialogs) -> None:
    _comment(open_window, "Keep this")
    assert open_window.document is not None and open_window.document.assessment.comments == ()
    assert open_window.review.panel.new_text.toPlainText() == "Keep this"


def test_resolving_a_comment_is_an_undo_step(open_window: MainWindow, settings: Settings) -> None:
    settings.your_name = "Nok"
    _comment(open_window, "Check the vendor's contract")
    panel = open_window.review.panel
    panel.comments.item(0).setCheckState(Qt.CheckState.Checked)
    document = open_window.document
    assert document is not None
    assert document.assessment.comments[0].resolved
    assert panel.comments.count() == 0  # resolved ones are hidden until asked for
    panel.show_resolved.setChecked(True)
    assert panel.comments.count() == 1
    document.undo_stack.undo()
    assert not document.assessment.comments[0].resolved
    document.undo_stack.undo()
    assert document.assessment.comments == ()


def test_the_status_goes_from_draft_through_review_and_shows_in_the_title(
    open_window: MainWindow, settings: Settings
) -> None:
    assert open_window.windowTitle().endswith("— HRIA [Draft]")
    assert "[*]" in open_window.windowTitle()  # the modified mark stays
    assert "Status: Draft" in open_window.review_bar.label.text()
    open_window.review.submit_action.trigger()
    assert open_window.windowTitle().endswith("[In review]")
    settings.your_name = "Dr. Anan"
    open_window.review.approve_action.trigger()
    document = open_window.document
    assert document is not None
    assert document.assessment.review.approved_by == "Dr. Anan"
    assert open_window.windowTitle().endswith("[Approved]")
    assert "Approved by Dr. Anan" in open_window.review_bar.label.text()
    assert not open_window.review.approve_action.isEnabled()
    document.undo_stack.undo()
    assert open_window.windowTitle().endswith("[In review]")
    open_window.review.draft_action.trigger()
    assert document.assessment.review.status == "draft"


def test_approval_is_refused_with_open_comments_unless_a_reason_is_given(
    open_window: MainWindow, dialogs: FakeDialogs, settings: Settings
) -> None:
    settings.your_name = "Dr. Anan"
    _comment(open_window, "Unresolved point")
    document = open_window.document
    assert document is not None
    assert not open_window.review.approve_action.isEnabled()  # a draft goes to review first
    open_window.review.submit_action.trigger()
    open_window.review.approve_action.trigger()
    assert "1 comment is still open" in dialogs.questions("approval reason")[0]
    assert document.assessment.review.status == "in_review"
    dialogs.approval_reason = "The ministry hearing is tomorrow"
    open_window.review.approve_action.trigger()
    review = document.assessment.review
    assert (review.status, review.override_reason) == ("approved", "The ministry hearing is tomorrow")
    assert "because: The ministry hearing is tomorrow" in open_window.review_bar.label.text()


def _markdown_brief(qtbot: QtBot, window: MainWindow, path: Path) -> str:
    assert window.document is not None
    dialog = ExportDialog(window.document, ask_save_path=SavePathStub(path))
    qtbot.addWidget(dialog)
    dialog.choose_format("md")
    with qtbot.waitSignal(dialog.ready, timeout=20_000):
        dialog.start_render()
    dialog.save()
    dialog.done(0)
    return path.read_text(encoding="utf-8")


def test_a_draft_brief_carries_the_draft_mark_until_approved(
    qtbot: QtBot, open_window: MainWindow, settings: Settings, tmp_path: Path
) -> None:
    assert "DRAFT — not for publication" in _markdown_brief(qtbot, open_window, tmp_path / "draft.md")
    settings.your_name = "Dr. Anan"
    open_window.review.submit_action.trigger()
    open_window.review.approve_action.trigger()
    assert "DRAFT" not in _markdown_brief(qtbot, open_window, tmp_path / "approved.md")
