"""Whole processes: the first brief a fresh process exports (peak memory, CPU), and what the command line loads.

Goals (issue "Speed at the limit"): a Thai export peaks at <= 100 MB; `hria --version`, `validate` and `score`
import neither PySide6 nor reportlab. Baselines in the same run: the English export of the same assessment, and
a Python process that only starts.

About 65 MB of a Thai export's peak is the word list in nlpo3's trie (pythainlp's, before, was larger: 133 MB
peak); nlpo3 cannot unload a dictionary, so a lower peak would need segmentation in a separate process.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.verdict import verdict
from hria_app.core.paths import bundled_rubric_dir, resource

ROOT = Path(__file__).resolve().parent.parent
GOAL_THAI_MB = 100
HEAVY = {"PySide6", "shiboken6", "reportlab", "uharfbuzz", "nlpo3"}

EXPORT = """
import sys, time
from benchmarks.bench_report import DATE, realistic_assessment
from hria_app.report import render_pdf

assessment = realistic_assessment()
started = time.process_time()
render_pdf(assessment, lang=sys.argv[1], date=DATE)
cpu = time.process_time() - started
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM:"))
print(cpu, peak)
"""

COMMAND = """
import atexit, json, sys
atexit.register(lambda: print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})), file=sys.stderr))
from hria_app.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _env(scratch: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "HRIA_CACHE_DIR": str(scratch / "cache"),
        "HRIA_RUBRIC_DIR": str(scratch / "rubrics"),
        "HRIA_DATA_DIR": str(scratch / "data"),
    }


def export_in_fresh_process(lang: str, env: dict[str, str]) -> tuple[float, float]:
    done = subprocess.run(
        [sys.executable, "-c", EXPORT, lang], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    cpu, peak = done.stdout.split()
    return float(cpu), float(peak)


def command(args: list[str], env: dict[str, str]) -> tuple[float, set[str]]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", COMMAND, *args], env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    return elapsed, set(json.loads(done.stderr.strip().splitlines()[-1]))


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch_name:
        env = _env(Path(scratch_name))
        english = export_in_fresh_process("en", env)
        thai = export_in_fresh_process("th", env)
        print("first export of the realistic assessment in a fresh process (CPU, peak memory):")
        goal = f"goal <= {GOAL_THAI_MB} MB: {verdict(thai[1], GOAL_THAI_MB)}"
        print(f"  Thai:    {thai[0]:5.2f} s, {thai[1]:4.0f} MB  ({goal})")
        print(f"  English: {english[0]:5.2f} s, {english[1]:4.0f} MB  (baseline)")

        sample = str(resource("samples", "nakhon-thani-findface.hria"))
        rubric = str(bundled_rubric_dir() / "facial-recognition-surveillance.yaml")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], env=env, check=True)
        bare = time.perf_counter() - started
        print(f"command line (wall clock; baseline: a Python process that only starts, {bare:.2f} s):")
        for args in (["--version"], ["validate", rubric], ["score", sample]):
            runs = [command(args, env) for _ in range(3)]
            heavy = sorted(set.union(*(loaded for _, loaded in runs)) & HEAVY)
            seconds = statistics.median(elapsed for elapsed, _ in runs)
            shown = " ".join(a if not a.startswith("/") else Path(a).name for a in args)
            found = "imports neither PySide6 nor reportlab: met" if not heavy else f"IMPORTS {', '.join(heavy)}: MISSED"
            print(f"  hria {shown:<45} {seconds:5.2f} s  {found}")


if __name__ == "__main__":
    main()
