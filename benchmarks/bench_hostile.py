"""Hostile input: how long a bad file takes to be refused, and in how much memory. Goals: every file of the hostile
corpus (tests/data/hostile), every generated one (a 50 MB file, 10,000-deep nesting, a 1.2-million-character note)
and every bad rubric of the validate tests is refused within 2 s wall-clock and 150 MB of Python allocations by
`hria validate`; the app refuses each hostile assessment it is asked to open within 2 s, and starts within 10 s
with the whole hostile corpus in the user's rubric folder. Baselines in the same run: validating the valid mini
rubric, opening a valid assessment, and starting with a clean rubric folder.

The tests (tests/cli/test_hostile_corpus.py, tests/cli/test_validate.py, tests/gui/files/test_hostile_files.py)
check what is said about each file; the timing is here because it depends on the machine.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from benchmarks.verdict import verdict
from hria_app.cli import main as hria
from tests.cli.bad_rubrics import CASES
from tests.cli.hostile_corpus import CORPUS, EXPECTED, GENERATED
from tests.conftest import DATA

GOAL_SECONDS = 2.0
GOAL_MB = 150
GOAL_START_SECONDS = 10.0


def _validate(path: Path) -> tuple[float, float]:
    """Wall-clock seconds of `hria validate PATH`, and the peak of Python allocations in MB (a second run)."""
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        started = time.perf_counter()
        hria(["validate", str(path)])
        seconds = time.perf_counter() - started
        tracemalloc.start()
        try:
            hria(["validate", str(path)])
            peak = tracemalloc.get_traced_memory()[1] / 1024 / 1024
        finally:
            tracemalloc.stop()
    return seconds, peak


def _command_line(folder: Path) -> None:
    files: dict[str, Path] = {name: CORPUS / name for name in EXPECTED}
    makers: dict[str, Callable[[Path], Path]] = {case: make for case, (make, _text, _loc) in GENERATED.items()}
    makers.update({f"rubric: {case}": make for case, make, _text, _located in CASES})
    for number, (case, make) in enumerate(sorted(makers.items())):
        place = folder / f"made-{number}"
        place.mkdir()
        files[case] = make(place)
    figures = {case: _validate(path) for case, path in sorted(files.items())}
    slowest = max(figures, key=lambda case: figures[case][0])
    largest = max(figures, key=lambda case: figures[case][1])
    base_seconds, base_peak = _validate(DATA / "mini-rubric.yaml")
    seconds, peak = figures[slowest][0], figures[largest][1]
    print(f"`hria validate` on {len(files)} hostile files, wall-clock:")
    print(
        f"  slowest: {seconds * 1000:8.1f} ms  {slowest}  "
        f"(goal <= {GOAL_SECONDS:.0f} s: {verdict(seconds, GOAL_SECONDS)})"
    )
    print(f"  largest peak: {peak:6.1f} MB  {largest}  (goal <= {GOAL_MB} MB: {verdict(peak, GOAL_MB)})")
    print(f"  baseline, the valid mini rubric: {base_seconds * 1000:.1f} ms, {base_peak:.1f} MB")


def _app(folder: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from hria_app.core.assessment_file import save_assessment
    from hria_app.core.library import RubricLibrary
    from hria_app.gui.shell.main_window import MainWindow
    from hria_app.gui.shell.settings import Settings
    from tests.gui.fakes import FakeDialogs

    app = QApplication.instance() or QApplication([])

    def library(name: str, hostile: bool) -> RubricLibrary:
        user_dir = folder / name
        user_dir.mkdir()
        shutil.copy(DATA / "mini-rubric.yaml", user_dir / "mini-rubric.yaml")
        for rubric in (n for n in EXPECTED if hostile and n.endswith(".yaml")):
            shutil.copy(CORPUS / rubric, user_dir / rubric)
        return RubricLibrary(bundled_dir=folder / "no-bundled-rubrics", user_dir=user_dir)

    def start(name: str, hostile: bool) -> tuple[MainWindow, FakeDialogs, float]:
        dialogs = FakeDialogs()
        started = time.perf_counter()
        window = MainWindow(Settings(folder / f"{name}.ini"), library(name, hostile), dialogs, folder / name / "d")
        window.show()
        app.processEvents()
        return window, dialogs, time.perf_counter() - started

    clean, _dialogs, clean_seconds = start("clean", hostile=False)
    clean.close()
    window, dialogs, hostile_seconds = start("hostile", hostile=True)
    times = {}
    for name in sorted(n for n in EXPECTED if n.endswith(".hria")):
        dialogs.passphrases = ["any passphrase at all"]
        started = time.perf_counter()
        window.open_path(CORPUS / name)
        times[name] = time.perf_counter() - started
    valid = folder / "valid.hria"
    rubric = next(iter(window.library.rubrics()))
    from hria_app.core.assessment import new_assessment

    save_assessment(valid, new_assessment(rubric, "Baseline"), backup=False)
    started = time.perf_counter()
    window.open_path(valid)
    valid_seconds = time.perf_counter() - started
    if window.document is not None:
        window.document.undo_stack.setClean()
    window.close()
    slowest = max(times, key=times.__getitem__)
    print("The app, wall-clock:")
    print(
        f"  start with the hostile rubrics: {hostile_seconds * 1000:8.1f} ms  "
        f"(goal <= {GOAL_START_SECONDS:.0f} s: {verdict(hostile_seconds, GOAL_START_SECONDS)})"
    )
    print(f"  baseline, a clean rubric folder: {clean_seconds * 1000:7.1f} ms")
    print(
        f"  open the slowest of {len(times)} hostile assessments: {times[slowest] * 1000:6.1f} ms  {slowest}  "
        f"(goal <= {GOAL_SECONDS:.0f} s: {verdict(times[slowest], GOAL_SECONDS)})"
    )
    print(f"  baseline, a valid assessment: {valid_seconds * 1000:.1f} ms")


def main() -> None:
    os.environ["HRIA_PASSPHRASE"] = "any"  # the encrypted files of the corpus are asked for one
    with tempfile.TemporaryDirectory() as scratch:
        os.environ.setdefault("HRIA_CACHE_DIR", str(Path(scratch) / "cache"))
        _command_line(Path(scratch))
        _app(Path(scratch))


if __name__ == "__main__":
    main()
