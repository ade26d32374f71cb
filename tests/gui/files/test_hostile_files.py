"""Every file of the hostile corpus, opened in the app: a clear message naming the file and where the problem is,
and the app goes on as it was (how fast: benchmarks/bench_hostile.py). Hostile rubrics in the user's folder never
stop it from starting."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from hria_app.core.library import RubricLibrary
from hria_app.gui.shell.main_window import MainWindow
from tests.cli.hostile_corpus import EXPECTED, WHOLE_FILE
from tests.gui.fakes import FakeDialogs
from tests.gui.helpers import DATA

CORPUS = DATA / "hostile"
ASSESSMENTS = sorted(name for name in EXPECTED if name.endswith(".hria"))
RUBRICS = sorted(name for name in EXPECTED if name.endswith(".yaml"))


@pytest.mark.parametrize("name", ASSESSMENTS)
def test_a_hostile_assessment_gets_a_located_message_and_the_app_goes_on(
    name: str, window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    path = tmp_path / name
    shutil.copy(CORPUS / name, path)
    dialogs.passphrases = ["any passphrase at all"]
    assert not window.open_path(path)
    assert window.document is None
    ((_title, message, detail),) = dialogs.errors
    assert name in message
    if name not in WHOLE_FILE:
        assert f"{name}:" in detail or f"{path}:" in detail  # FILE:LINE:COLUMN, as hria validate prints
    # The app is still usable: the start page can start an assessment.
    window.files.new_from_rubric(next(iter(window.library.rubrics())))
    assert window.document is not None


def test_hostile_rubrics_in_the_user_folder_never_stop_the_app(
    make_window: Callable[..., MainWindow], library: RubricLibrary
) -> None:
    library.user_dir.mkdir(parents=True, exist_ok=True)
    for name in RUBRICS:
        shutil.copy(CORPUS / name, library.user_dir / name)
    window = make_window()
    entries = library.entries(refresh=True)
    invalid = {e.path.name for e in entries if e.origin == "user" and not e.valid}
    assert invalid == set(RUBRICS)
    assert window.start_page.isVisible()
