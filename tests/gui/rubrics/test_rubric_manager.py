"""The rubric manager: every rubric listed with its facts, import validated first, export, duplicate, delete, and
a folder that other programs change."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hria_app.core.library import RubricLibrary
from hria_app.core.rubric_loader import check_rubric_file
from hria_app.gui.rubrics.rubric_library_model import (
    CRITERIA,
    LANGUAGES,
    ORIGIN,
    RUBRIC_ID,
    STATUS,
    TITLE,
    VERSION,
    RubricLibraryModel,
)
from hria_app.gui.rubrics.rubric_manager import RubricManager
from hria_app.gui.shell.main_window import MainWindow
from hria_app.gui.widgets import look
from tests.gui.fakes import RubricDialogs
from tests.gui.helpers import DATA, has_focus, write

BROKEN = "schema_version: 1\nid: Not An Id\nversion: 1.0.0\n"


@pytest.fixture
def manager(qtbot: QtBot, window: MainWindow) -> RubricManager:
    manager = window.rubric_tools.show_manager()
    return manager


def row_of(manager: RubricManager, name: str) -> int:
    model = manager.model
    return next(r for r in range(model.rowCount()) if model.entries[r].path.name == name)


def cell(manager: RubricManager, row: int, column: int) -> str:
    return manager.model.index(row, column).data()


def test_the_library_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester, library: RubricLibrary) -> None:
    write(library.user_dir / "broken.yaml", BROKEN)
    model = RubricLibraryModel()
    model.set_entries(library.entries())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2


def test_every_rubric_shows_its_facts(manager: RubricManager) -> None:
    row = row_of(manager, "mini-rubric.yaml")
    assert cell(manager, row, TITLE) == "Mini CCTV check"
    assert cell(manager, row, RUBRIC_ID) == "mini-cctv"
    assert cell(manager, row, VERSION) == "1.0.0"
    assert cell(manager, row, ORIGIN) == "bundled (read-only)"
    assert cell(manager, row, LANGUAGES) == "en 100%  th 100%"
    assert cell(manager, row, CRITERIA) == "2"
    assert cell(manager, row, STATUS) == "Valid"


def test_an_invalid_user_rubric_is_listed_with_its_first_error_and_the_app_starts(
    qtbot: QtBot, library: RubricLibrary, make_window
) -> None:
    write(library.user_dir / "broken.yaml", BROKEN)
    window = make_window()  # starts: an invalid rubric is never fatal
    manager = window.rubric_tools.show_manager()
    row = row_of(manager, "broken.yaml")
    assert cell(manager, row, TITLE) == "broken.yaml"
    assert cell(manager, row, ORIGIN) == "yours"
    assert cell(manager, row, STATUS).startswith("Invalid: ")
    assert cell(manager, row, STATUS) == "Invalid: broken.yaml:1:1: title: missing required field 'title'"
    assert manager.model.index(row, STATUS).data(Qt.ItemDataRole.ForegroundRole) == look.ERROR_COLOUR
    valid = next(r for r in range(manager.model.rowCount()) if r != row)
    assert manager.model.index(valid, STATUS).data(Qt.ItemDataRole.ForegroundRole) is None  # only the broken one
    manager.table.selectRow(row)
    shown = [manager.issues.model.index(i).data() for i in range(manager.issues.model.rowCount())]
    assert "broken.yaml:2:5: id: 'Not An Id' is not valid: use lowercase letters, digits and dashes" in shown
    assert any(": missing required field 'title'" in line for line in shown)
    assert not manager.duplicate_button.isEnabled() and not manager.start_button.isEnabled()
    assert manager.edit_button.isEnabled() and manager.delete_button.isEnabled()


def test_bundled_rubrics_are_read_only(manager: RubricManager) -> None:
    manager.table.selectRow(row_of(manager, "mini-rubric.yaml"))
    assert not manager.edit_button.isEnabled()
    assert not manager.delete_button.isEnabled()
    assert manager.duplicate_button.isEnabled() and manager.export_button.isEnabled()


def test_import_copies_a_valid_rubric_into_the_user_folder(
    manager: RubricManager, dialogs: RubricDialogs, library: RubricLibrary, tmp_path: Path
) -> None:
    source = write(tmp_path / "city-rubric.yaml", (DATA / "mini-rubric.yaml").read_text(encoding="utf-8"))
    dialogs.rubric_path = source
    manager.import_button.click()
    target = library.user_dir / "city-rubric.yaml"
    assert target.read_bytes() == source.read_bytes()  # byte for byte: the author's comments stay
    assert manager.selected_entry() is not None and manager.selected_entry().path == target


def test_import_validates_first_and_lists_each_problem_where_it_is(
    qtbot: QtBot, manager: RubricManager, dialogs: RubricDialogs, library: RubricLibrary, tmp_path: Path
) -> None:
    text = (DATA / "mini-rubric.yaml").read_text(encoding="utf-8").replace("red_flags: [RF1]", "red_flags: [RF9]")
    source = write(tmp_path / "typo.yaml", text)
    dialogs.rubric_path = source
    manager.import_button.click()
    assert not (library.user_dir / "typo.yaml").exists()
    assert "typo.yaml was not imported" in manager.issues_title.text()
    shown = [manager.issues.model.index(i).data() for i in range(manager.issues.model.rowCount())]
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if "RF9" in row)
    column = text.splitlines()[line - 1].index("RF9") + 1
    where = f"typo.yaml:{line}:{column}"
    assert shown[0] == f"{where}: sections[0].criteria[0].red_flags[0]: unknown red flag 'RF9' (defined: RF1)"
    # Imported anyway, it becomes the user's invalid rubric, and a problem opens the editor at its field.
    assert manager.import_anyway_button.isVisible()
    manager.import_anyway_button.click()
    assert (library.user_dir / "typo.yaml").exists()
    assert manager.selected_entry().path == library.user_dir / "typo.yaml"
    manager.issues.view.setCurrentIndex(manager.issues.model.index(0))
    manager.open_issue_button.click()
    editor = manager.parent().rubric_tools.editors[(library.user_dir / "typo.yaml").resolve()]
    assert editor.current_path() == ("sections", 0, "criteria", 0)
    assert has_focus(editor, editor.current_form.fields[("red_flags",)])


def test_export_writes_a_copy(manager: RubricManager, dialogs: RubricDialogs, tmp_path: Path) -> None:
    manager.table.selectRow(row_of(manager, "mini-rubric.yaml"))
    dialogs.save_path = tmp_path / "shared.yaml"
    manager.export_button.click()
    assert (tmp_path / "shared.yaml").read_bytes() == (DATA / "mini-rubric.yaml").read_bytes()


def test_duplicate_makes_an_editable_copy_with_a_new_id(
    manager: RubricManager, dialogs: RubricDialogs, library: RubricLibrary
) -> None:
    manager.table.selectRow(row_of(manager, "mini-rubric.yaml"))
    manager.duplicate_button.click()
    assert dialogs.questions("duplicate") == [("mini-cctv", "mini-cctv-custom")]
    copy = library.user_dir / "mini-cctv-custom.yaml"
    rubric, _issues = check_rubric_file(copy)
    assert rubric is not None and (rubric.id, rubric.version) == ("mini-cctv-custom", "1.0.0")
    assert manager.selected_entry().path == copy
    assert manager.edit_button.isEnabled()
    # A second copy gets the next free id.
    manager.table.selectRow(row_of(manager, "mini-rubric.yaml"))
    manager.duplicate_button.click()
    assert dialogs.questions("duplicate")[-1] == ("mini-cctv", "mini-cctv-custom-2")


def test_delete_asks_first(manager: RubricManager, dialogs: RubricDialogs, library: RubricLibrary) -> None:
    path = write(library.user_dir / "mine.yaml", (DATA / "mini-rubric.yaml").read_text(encoding="utf-8"))
    manager.refresh()
    manager.table.selectRow(row_of(manager, "mine.yaml"))
    dialogs.confirm_delete = False
    manager.delete_button.click()
    assert path.exists()
    dialogs.confirm_delete = True
    manager.delete_button.click()
    assert not path.exists()
    assert dialogs.questions("delete") == ["mine.yaml", "mine.yaml"]
    assert all(entry.path != path for entry in manager.model.entries)


def test_a_file_added_by_another_program_appears(qtbot: QtBot, manager: RubricManager, library: RubricLibrary) -> None:
    count = manager.model.rowCount()
    write(library.user_dir / "from-elsewhere.yaml", BROKEN)
    qtbot.waitUntil(lambda: manager.model.rowCount() == count + 1, timeout=5000)


def test_start_assessment_from_the_manager(qtbot: QtBot, window: MainWindow, manager: RubricManager) -> None:
    manager.table.selectRow(row_of(manager, "mini-rubric.yaml"))
    manager.start_button.click()
    assert window.document is not None and window.document.assessment.rubric.id == "mini-cctv"


def test_the_menu_and_the_start_page_open_the_manager(window: MainWindow) -> None:
    window.start_page.manage_button.click()
    manager = window.rubric_tools.manager
    assert manager is not None and manager.isVisible()
    manager.close()
    window.rubric_tools.manage_action.trigger()
    assert window.rubric_tools.manager is not None and window.rubric_tools.manager.isVisible()
