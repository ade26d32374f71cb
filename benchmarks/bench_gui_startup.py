"""App start-up: from process start to an interactive main window with the sample open, against a bare PySide6
process, measured in the same run. Goals: <= 1.0 s, <= 2.5x the bare process, <= 200 MB peak memory.

The app starts through its public entry point (`hria FILE`, i.e. `hria_app.cli.main`), so the figure holds
whatever the GUI modules are called; the child only learns when the event loop first runs. The baseline script
(BARE below) is a bare PySide6 window with a splitter, a tree and a label: the same kind of first screen without
the app. The rubric cache is warm after the warm-up run, as on any start after the first.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.verdict import verdict

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
GOAL_SECONDS = 1.0
GOAL_RATIO = 2.5
GOAL_MB = 200

PEAK = """
def _peak_mb():
    # The high-water mark of this process since exec: ru_maxrss can include the forking parent's pages.
    try:
        with open("/proc/self/status") as status:
            return next(int(l.split()[1]) / 1024 for l in status if l.startswith("VmHWM:"))
    except OSError:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

APP = (
    PEAK
    + """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

_exec = QApplication.exec


def _exec_until_idle(*_):
    # Called by the app once its window is built and the file opened: report at the first idle moment.
    QTimer.singleShot(0, lambda: (print("ready", _peak_mb(), flush=True), QApplication.instance().quit()))
    return _exec()


QApplication.exec = _exec_until_idle
from hria_app.cli import main

sys.exit(main([sys.argv[1]]))
"""
)

BARE = (
    PEAK
    + """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter, QTreeWidget, QTreeWidgetItem

app = QApplication([])
window = QMainWindow()
splitter = QSplitter()
tree = QTreeWidget()
tree.addTopLevelItems([QTreeWidgetItem([f"Section {n}"]) for n in range(8)])
splitter.addWidget(tree)
splitter.addWidget(QLabel("Criterion"))
window.setCentralWidget(splitter)
window.show()
QTimer.singleShot(0, lambda: (print("ready", _peak_mb(), flush=True), app.quit()))
sys.exit(app.exec())
"""
)


def run_once(script: str, args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds until the child says it is ready, its CPU seconds, and its peak memory in MB."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    word, _, peak = line.partition(" ")
    if word != "ready":
        child.kill()
        raise RuntimeError(f"the child did not start: {line!r}")
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    child.stdout.close()
    return elapsed, usage.ru_utime + usage.ru_stime, float(peak)


def assessment_to_open(scratch: Path) -> tuple[Path, str]:
    from hria_app.core.paths import resource

    sample = resource("samples", "nakhon-thani-findface.hria")
    if sample.is_file():
        # A copy: opening a file takes a lock beside it, and the bundled sample's folder is not ours to write in.
        copy = scratch / sample.name
        copy.write_bytes(sample.read_bytes())
        return copy, "the sample"
    from hria_app.core.assessment import new_assessment
    from hria_app.core.assessment_file import save_assessment
    from hria_app.core.library import RubricLibrary

    rubric = RubricLibrary().rubrics()[0]
    path = scratch / "generated.hria"
    save_assessment(path, new_assessment(rubric, "Generated"), backup=False)
    return path, f"a generated assessment ({rubric.id}; the sample file does not exist yet)"


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "PYTHONPATH": str(ROOT),
            "HRIA_DATA_DIR": str(scratch / "data"),
            "HRIA_RUBRIC_DIR": str(scratch / "rubrics"),
            "XDG_CONFIG_HOME": str(scratch / "config"),
            "XDG_DATA_HOME": str(scratch / "xdg-data"),
            "HRIA_CACHE_DIR": str(scratch / "cache"),
        }
        # Measure what a person's computer does: Python caches compiled modules after the first start (the
        # warm-up runs below). An environment that forbids the cache would time the compiler, not the app.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        path, what = assessment_to_open(scratch)
        app_args = [str(path)]
        run_once(BARE, [], env)  # warm the file cache for both
        run_once(APP, app_args, env)
        app_runs, bare_runs = [], []
        for _ in range(RUNS):
            app_runs.append(run_once(APP, app_args, env))
            bare_runs.append(run_once(BARE, [], env))
    app_seconds, app_cpu = (statistics.median(run[i] for run in app_runs) for i in (0, 1))
    bare_seconds, bare_cpu = (statistics.median(run[i] for run in bare_runs) for i in (0, 1))
    app_mb = max(run[2] for run in app_runs)
    bare_mb = max(run[2] for run in bare_runs)
    ratio = app_seconds / bare_seconds
    print(f"opening {what}; medians of {RUNS} runs (wall clock; CPU time, which other load disturbs less)")
    print(f"start-up to an interactive window: {app_seconds:.2f} s, CPU {app_cpu:.2f} s (goal <= {GOAL_SECONDS:.1f} s)")
    print(f"baseline, bare PySide6 window:     {bare_seconds:.2f} s, CPU {bare_cpu:.2f} s (splitter, tree, label)")
    print(
        f"ratio: {ratio:.1f}x wall clock, {app_cpu / bare_cpu:.1f}x CPU "
        f"(goal <= {GOAL_RATIO:g}x: {verdict(ratio, GOAL_RATIO)})"
    )
    print(f"peak memory: {app_mb:.0f} MB (goal <= {GOAL_MB} MB); bare PySide6: {bare_mb:.0f} MB")


if __name__ == "__main__":
    main()
