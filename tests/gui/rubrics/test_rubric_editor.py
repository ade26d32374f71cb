"""The rubric editor: bilingual fields that edit the rubric's data, one undo step per edit, live validation whose
messages lead to their field, reordering by keyboard and by drag and drop, saving, and the file on disk."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from hria_app.core.library import RubricLibrary
from hria_app.core.rubric_loader import check_rubric_file
from hria_app.core.rubric_writer import dump_rubric
from hria_app.core.validation import check_file
from hria_app.core.yaml_source import load_yaml_file
from hria_app.gui.rubrics.rubric_draft import RubricDraft
from hria_app.gui.rubrics.rubric_editor import RubricEditor
from hria_app.gui.rubrics.rubric_issue_list import short_issue
from hria_app.gui.rubrics.rubric_items import new_section
from hria_app.gui.rubrics.rubric_tree_model import PATH_ROLE, RubricTreeModel
from hria_app.gui.shell.main_window import MainWindow
from hria_app.gui.widgets import look
from tests.gui.fakes import RubricDialogs
from tests.gui.helpers import DATA, has_focus, type_text, write

LEG1 = ("sections", 0, "criteria", 0)


@pytest.fixture
def rubric_file(library: RubricLibrary) -> Path:
    path = library.user_dir / "mine.yaml"
    shutil.copy(DATA / "mini-rubric.yaml", path)
    return path


@pytest.fixture
def editor(qtbot: QtBot, window: MainWindow, rubric_file: Path) -> RubricEditor:
    editor = window.rubric_tools.open_editor(rubric_file)
    assert editor is not None
    # The manager and editors are windows of the main window, which qtbot closes (closing them too).
    with qtbot.waitActive(editor):  # keyboard shortcuts reach the active window only
        editor.activateWindow()
    return editor


def validated(qtbot: QtBot, editor: RubricEditor) -> None:
    with qtbot.waitSignal(editor.draft.validated, timeout=3000):
        pass


def shown_issues(editor: RubricEditor) -> list[str]:
    model = editor.issues.model
    return [model.index(row).data() for row in range(model.rowCount())]


def test_the_tree_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester, rubric_file: Path) -> None:
    draft = RubricDraft.open(rubric_file)
    model = RubricTreeModel(draft, draft)
    qtmodeltester.check(model, force_py=True)  # and it keeps checking every change that follows
    draft.insert(("sections",), 1, new_section(draft.data), "add")
    draft.move(("sections", 0, "criteria"), 1, ("sections", 1, "criteria"), 0, "move")
    draft.remove(("red_flags",), 0, "remove")
    draft.edit(("sections", 1, "title"), "Renamed", "rename")
    draft.validate()
    for _ in range(4):
        draft.undo_stack.undo()
    assert model.rowCount(model.index_of(("sections",))) == 1


def test_the_tree_lists_every_part(editor: RubricEditor) -> None:
    model = editor.model
    labels = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert labels == ["Rubric details", "Scoring: rights_matrix", "Sections (1)", "Red flags (1)", "References (1)"]
    section = model.index_of(("sections", 0))
    assert section.data() == "LEG  Legality"
    assert [model.index(r, 0, section).data() for r in range(2)] == ["LEG-1  Specific law", "LEG-2  Oversight"]


def test_typing_in_english_and_thai_edits_the_question_one_undo_step_each(qtbot: QtBot, editor: RubricEditor) -> None:
    editor.select_path(LEG1)
    question = editor.current_form.fields[("question",)]
    for lang, text in (("en", "Is there a specific, public law?"), ("th", "มีกฎหมายเฉพาะที่เปิดเผยหรือไม่")):
        box = question.editors[lang]
        box.setFocus()
        box.selectAll()
        type_text(box, text)
        box.clearFocus()
    assert editor.draft.get((*LEG1, "question")) == {
        "en": "Is there a specific, public law?",
        "th": "มีกฎหมายเฉพาะที่เปิดเผยหรือไม่",
    }
    assert editor.draft.undo_stack.count() == 2
    assert editor.isWindowModified()
    editor.undo_action.trigger()
    editor.undo_action.trigger()
    assert editor.draft.get((*LEG1, "question"))["en"] == "Does a public law authorise the system?"
    assert question.editors["en"].toPlainText() == "Does a public law authorise the system?"
    assert not editor.isWindowModified()


def test_live_validation_lists_problems_and_a_click_selects_the_field(
    qtbot: QtBot, editor: RubricEditor, dialogs: RubricDialogs, rubric_file: Path
) -> None:
    assert editor.issues.summary.text() == "No problems found: the rubric is valid."
    editor.select_path(LEG1)
    question = editor.current_form.fields[("question",)]
    question.editors["en"].clear()
    question.editors["th"].clear()
    validated(qtbot, editor)
    expected = "sections[0].criteria[0].question: this text must not be empty"
    (line,) = [text for text in shown_issues(editor) if expected in text]
    assert line.startswith("mine.yaml:") and line.endswith(expected)
    assert editor.issues.summary.text().startswith("1 error, ")
    # The same messages, at the same FILE:LINE:COLUMN, as `hria validate` gives for the file once saved.
    dialogs.confirm_save_invalid = True
    editor.save_action.trigger()
    from_file = [short_issue(issue) for issue in check_file(rubric_file)]
    assert sorted(from_file) == sorted(shown_issues(editor))
    assert editor.model.index_of(LEG1).data(Qt.ItemDataRole.ForegroundRole) == look.ERROR_COLOUR
    editor.select_path(())  # somewhere else
    view = editor.issues.view
    index = next(
        view.model().index(r, 0) for r in range(view.model().rowCount()) if expected in view.model().index(r, 0).data()
    )
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert editor.current_path() == LEG1
    assert has_focus(editor, question.editors["en"])


def test_an_issue_inside_a_list_focuses_that_entry(qtbot: QtBot, editor: RubricEditor) -> None:
    editor.draft.edit((*LEG1, "anchors", 3), {"en": "", "th": ""}, "clear an anchor")
    editor.draft.validate()
    issue = next(i for i in editor.draft.issues if i.path == "sections[0].criteria[0].anchors[3]")
    editor.show_issue(issue)
    anchors = editor.current_form.fields[("anchors",)]
    assert has_focus(editor, anchors.rows[3].editors["en"])


def test_adding_a_criterion_selects_it_and_lists_what_is_left_to_write(qtbot: QtBot, editor: RubricEditor) -> None:
    editor.select_path(LEG1)
    editor.items.add_criterion_action.trigger()
    new = ("sections", 0, "criteria", 1)
    assert editor.current_path() == new
    assert editor.draft.get((*new, "id")) == "LEG-3"
    assert editor.draft.get(("sections", 0, "criteria", 2, "id")) == "LEG-2"
    validated(qtbot, editor)
    problems = " ".join(shown_issues(editor))
    assert "sections[0].criteria[1].question: this text must not be empty" in problems
    assert "sections[0].criteria[1].anchors[4]: this text must not be empty" in problems
    editor.undo_action.trigger()
    assert [c["id"] for c in editor.draft.get(("sections", 0, "criteria"))] == ["LEG-1", "LEG-2"]


def test_alt_up_and_alt_down_reorder_criteria(qtbot: QtBot, editor: RubricEditor) -> None:
    editor.select_path(("sections", 0, "criteria", 1))
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [c["id"] for c in editor.draft.get(("sections", 0, "criteria"))] == ["LEG-2", "LEG-1"]
    assert editor.current_path() == LEG1  # the moved criterion stays selected
    assert not editor.items.up_action.isEnabled()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [c["id"] for c in editor.draft.get(("sections", 0, "criteria"))] == ["LEG-1", "LEG-2"]
    editor.undo_action.trigger()
    assert [c["id"] for c in editor.draft.get(("sections", 0, "criteria"))] == ["LEG-2", "LEG-1"]


def test_dragging_a_criterion_into_another_section_moves_it(qtbot: QtBot, editor: RubricEditor) -> None:
    editor.items.add_section()  # S1, after LEG, with one criterion
    model = editor.model
    dragged = model.index_of(("sections", 0, "criteria", 0))
    target = model.index_of(("sections", 1))
    mime = model.mimeData([dragged])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, target)
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index_of(("red_flags",)))
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, target)
    qtbot.waitUntil(lambda: editor.draft.get(("sections", 1, "criteria", 0, "id")) == "LEG-1")
    assert [c["id"] for c in editor.draft.get(("sections", 0, "criteria"))] == ["LEG-2"]
    assert editor.current_path() == ("sections", 1, "criteria", 0)
    sections = model.index_of(("sections",))
    assert model.canDropMimeData(
        model.mimeData([model.index_of(("sections", 1))]), Qt.DropAction.MoveAction, 0, 0, sections
    )


def test_save_writes_the_rubric_and_suggests_a_version_bump(
    qtbot: QtBot, editor: RubricEditor, rubric_file: Path
) -> None:
    editor.select_path(LEG1)
    editor.items.add_criterion()
    new = editor.current_path()
    draft = editor.draft
    draft.edit((*new, "title"), {"en": "Watchlists", "th": "บัญชีเฝ้าระวัง"}, "t")
    draft.edit((*new, "question"), {"en": "Are watchlist rules public?", "th": "กฎเกณฑ์เปิดเผยหรือไม่"}, "q")
    draft.edit((*new, "anchors"), {s: {"en": f"Anchor {s}", "th": f"ระดับ {s}"} for s in range(5)}, "a")
    editor.save_action.trigger()
    rubric, _issues = check_rubric_file(rubric_file)
    assert rubric is not None and [c.id for c in rubric.criteria()] == ["LEG-1", "LEG-3", "LEG-2"]
    assert not editor.isWindowModified()
    assert rubric_file.read_text(encoding="utf-8") == dump_rubric(load_yaml_file(rubric_file, 10**6).data)
    # Nothing is bumped without asking; the bar offers the minor bump a new criterion calls for.
    assert rubric.version == "1.0.0"
    assert editor.bar.isVisible() and "Criteria were added or removed since version 1.0.0" in editor.bar.label.text()
    editor.bar.button("Set version 1.1.0").click()
    assert draft.get(("version",)) == "1.1.0"
    editor.save_action.trigger()
    assert check_rubric_file(rubric_file)[0].version == "1.1.0"


def test_saving_an_invalid_rubric_warns_first(
    qtbot: QtBot, editor: RubricEditor, dialogs: RubricDialogs, rubric_file: Path
) -> None:
    before = rubric_file.read_bytes()
    editor.draft.edit(("title",), "", "clear the title")
    dialogs.confirm_save_invalid = False
    editor.save_action.trigger()
    assert dialogs.questions("save invalid") == [("mine.yaml", 1)]
    assert rubric_file.read_bytes() == before and editor.isWindowModified()
    dialogs.confirm_save_invalid = True
    editor.save_action.trigger()
    assert check_rubric_file(rubric_file)[0] is None
    assert not editor.isWindowModified()


def test_an_outside_edit_of_the_file_is_reloaded(qtbot: QtBot, editor: RubricEditor, rubric_file: Path) -> None:
    text = rubric_file.read_text(encoding="utf-8").replace('"Mini CCTV check"', '"Edited elsewhere"')
    write(rubric_file, text)
    qtbot.waitUntil(lambda: editor.draft.get(("title", "en")) == "Edited elsewhere", timeout=5000)
    assert editor.model.index_of(()).isValid()
    assert not editor.isWindowModified()
    assert editor.bar.isVisible()


def test_an_outside_edit_while_editing_asks_before_reloading(
    qtbot: QtBot, editor: RubricEditor, dialogs: RubricDialogs, rubric_file: Path
) -> None:
    editor.draft.edit(("description",), "My own words", "describe")
    dialogs.reload = False
    write(rubric_file, rubric_file.read_text(encoding="utf-8").replace("Mini CCTV check", "Theirs"))
    qtbot.waitUntil(lambda: bool(dialogs.questions("reload")), timeout=5000)
    assert editor.draft.get(("description",)) == "My own words"
    dialogs.reload = True
    write(rubric_file, rubric_file.read_text(encoding="utf-8").replace("Theirs", "Theirs again"))
    qtbot.waitUntil(lambda: editor.draft.get(("title", "en")) == "Theirs again", timeout=5000)


def test_an_outside_edit_that_breaks_the_yaml_shows_its_errors(
    qtbot: QtBot, editor: RubricEditor, rubric_file: Path
) -> None:
    write(rubric_file, "title: [unclosed\n")
    qtbot.waitUntil(lambda: any("YAML syntax error" in text for text in shown_issues(editor)), timeout=5000)
    assert editor.draft.get(("id",)) == "mini-cctv"  # the last good version stays on screen


def test_changing_the_method_removes_the_other_methods_parameters_in_one_step(editor: RubricEditor) -> None:
    draft = editor.draft
    draft.edit(("scoring", "likelihood_factor"), 0.5, "factor")
    editor.select_path(("scoring",))
    steps = draft.undo_stack.count()
    editor.current_form._set_method("checklist")
    assert draft.get(("scoring", "method")) == "checklist"
    assert "likelihood_factor" not in draft.get(("scoring",))
    assert draft.undo_stack.count() == steps + 1
    draft.validate()
    assert draft.rubric is not None and draft.rubric.scoring.method == "checklist"
    editor.undo_action.trigger()
    assert draft.get(("scoring", "likelihood_factor")) == 0.5


def test_try_it_starts_a_scratch_assessment_in_the_main_window(window: MainWindow, editor: RubricEditor) -> None:
    editor.draft.edit(("title",), {"en": "Trial", "th": "ทดลอง"}, "title")
    editor.try_action.trigger()
    assert window.document is not None and window.document.path is None
    assert window.document.assessment.rubric.title.get("en") == "Trial"


def focusable(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisibleTo(root) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


@pytest.mark.parametrize(
    "path", [(), ("scoring",), ("sections",), ("sections", 0), LEG1, ("red_flags", 0), ("references", 0)]
)
def test_every_control_of_every_form_has_a_name(editor: RubricEditor, path: tuple) -> None:
    editor.select_path(path)
    unnamed = [
        type(w).__name__
        for w in focusable(editor.current_form)
        if not w.accessibleName() and not (isinstance(w, QAbstractButton) and w.text())
    ]
    assert unnamed == []
    assert editor.tree.currentIndex().data(PATH_ROLE) == path


def test_the_tree_index_of_an_unknown_path_is_invalid(editor: RubricEditor) -> None:
    assert editor.model.index_of(("sections", 9)) == QModelIndex()


def test_closing_the_main_window_asks_about_unsaved_rubric_edits(
    window: MainWindow, editor: RubricEditor, dialogs: RubricDialogs
) -> None:
    from hria_app.gui.widgets.choices import UnsavedChoice

    editor.draft.edit(("description",), "Unsaved words", "describe")
    dialogs.unsaved = UnsavedChoice.CANCEL
    window.close()
    assert window.isVisible() and editor.isVisible()
    assert dialogs.questions("unsaved") == ["mine.yaml"]
    dialogs.unsaved = UnsavedChoice.DISCARD
    window.close()
    assert not window.isVisible()


def test_a_bundled_rubric_never_opens_in_the_editor(
    window: MainWindow, bundled_dir: Path, dialogs: RubricDialogs
) -> None:
    assert window.rubric_tools.open_editor(bundled_dir / "mini-rubric.yaml") is None
    assert window.rubric_tools.editors == {}


def test_the_problem_list_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester) -> None:
    from hria_app.core.errors import Issue
    from hria_app.gui.rubrics.rubric_issue_list import IssueListModel

    model = IssueListModel()
    qtmodeltester.check(model, force_py=True)
    model.set_issues([Issue("r.yaml", "warned", 3, 1, "title", "warning"), Issue("r.yaml", "broken", 9, 5, "id")])
    assert model.index(0).data() == "r.yaml:9:5: id: broken"  # errors first
    model.set_issues([])


def test_undo_shows_the_item_it_changes(editor: RubricEditor) -> None:
    editor.select_path(LEG1)
    editor.draft.edit((*LEG1, "title"), "Renamed", "rename")
    editor.select_path(("red_flags", 0))
    editor.undo_action.trigger()
    assert editor.current_path() == LEG1
    assert editor.current_form.fields[("title",)].editors["en"].text() == "Specific law"


HOSTILE = sorted((DATA / "hostile").glob("*.yaml"))


@pytest.mark.parametrize("path", HOSTILE, ids=lambda p: p.name)
def test_a_malformed_rubric_opens_or_is_refused_but_never_crashes_the_editor(
    qtbot: QtBot, window: MainWindow, library: RubricLibrary, dialogs: RubricDialogs, path: Path
) -> None:
    target = library.user_dir / path.name
    shutil.copy(path, target)
    editor = window.rubric_tools.open_editor(target)
    if editor is None:  # not YAML the editor can show: said so, with where
        assert dialogs.questions("error") == ["Cannot edit the rubric"]
        return
    pending = [editor.model.index(row, 0) for row in range(editor.model.rowCount())]
    while pending:  # every item of the tree, and its form
        index = pending.pop()
        editor.select_path(index.data(PATH_ROLE))
        pending += [editor.model.index(r, 0, index) for r in range(editor.model.rowCount(index))]
    for issue in editor.draft.issues:
        editor.show_issue(issue)
    editor.draft.validate()
