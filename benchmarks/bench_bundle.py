"""The standalone bundle: its size, unpacked and compressed, with its largest parts; and its start-up with the
sample open next to the same start from the virtual environment, measured in the same run.

Goals: unpacked <= 180 MB, each archive (.tar.gz, .deb) <= 70 MB; the bundle starts no slower than the venv.
`make bench` runs it when `make dist` has built dist/hria and prints a skip line otherwise; `make dist` and
`make deb` print the sizes alone (`--sizes BUNDLE [ARCHIVE...]`).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "hria"
SAMPLE = ROOT / "resources" / "samples" / "nakhon-thani-findface.hria"
MB = 1_000_000
GOAL_UNPACKED_MB = 180
GOAL_ARCHIVE_MB = 70
LARGEST = 10
RUNS = 5


def files_of(bundle: Path) -> list[tuple[int, str]]:
    """(size, path inside the bundle) of every regular file; symbolic links are not counted twice."""
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            found.append((path.stat().st_size, path.relative_to(bundle).as_posix()))
    return sorted(found, reverse=True)


def print_sizes(bundle: Path, archives: list[Path]) -> None:
    files = files_of(bundle)
    unpacked = sum(size for size, _ in files) / MB
    verdict = "ok" if unpacked <= GOAL_UNPACKED_MB else "OVER"
    print(
        f"bundle {bundle.name}/: {unpacked:.1f} MB unpacked in {len(files)} files "
        f"(goal <= {GOAL_UNPACKED_MB} MB: {verdict})"
    )
    for archive in archives:
        size = archive.stat().st_size / MB
        verdict = "ok" if size <= GOAL_ARCHIVE_MB else "OVER"
        print(f"{archive.name}: {size:.1f} MB (goal <= {GOAL_ARCHIVE_MB} MB: {verdict})")
    print(f"largest {LARGEST} parts:")
    for size, name in files[:LARGEST]:
        print(f"  {size / MB:6.1f} MB  {name}")


def start_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds from process start until the app, with the sample open, has quit by itself."""
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    assert child.stdout is not None
    said = child.stdout.read()
    child.stdout.close()
    if os.waitstatus_to_exitcode(status) != 0 or not said.startswith("started: "):
        raise RuntimeError(f"{command[0]} did not start: {said!r}")
    return elapsed, usage.ru_utime + usage.ru_stime


def compare_start_up(bundle: Path) -> None:
    venv_hria = Path(sys.executable).with_name("hria")
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        sample = scratch / SAMPLE.name  # a copy: opening takes a lock file beside it
        sample.write_bytes(SAMPLE.read_bytes())
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(scratch),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        }
        commands = {
            "bundle": [str(bundle / "hria"), "gui", "--quit-after-start", str(sample)],
            "venv": [str(venv_hria), "gui", "--quit-after-start", str(sample)],
        }
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for command in commands.values():
            start_once(command, env)  # warm the file cache and Python's compiled-module cache
        for _ in range(RUNS):
            for name, command in commands.items():
                runs[name].append(start_once(command, env))
    wall = {name: statistics.median(r[0] for r in taken) for name, taken in runs.items()}
    cpu = {name: statistics.median(r[1] for r in taken) for name, taken in runs.items()}
    print(f"start-up with the sample open, to quitting by itself; medians of {RUNS} runs")
    print(f"bundle: {wall['bundle']:.2f} s, CPU {cpu['bundle']:.2f} s")
    print(f"venv:   {wall['venv']:.2f} s, CPU {cpu['venv']:.2f} s")
    verdict = "ok" if wall["bundle"] <= wall["venv"] * 1.05 else "SLOWER"
    print(
        f"bundle / venv: {wall['bundle'] / wall['venv']:.2f}x wall clock, {cpu['bundle'] / cpu['venv']:.2f}x CPU "
        f"(goal <= 1x: {verdict})"
    )


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--sizes"]:
        print_sizes(Path(args[1]), [Path(a) for a in args[2:]])
        return
    if not (BUNDLE / "hria").is_file():
        print("skipped: no bundle in dist/hria (run `make dist` first)")
        return
    archives = sorted(BUNDLE.parent.glob("hria-*.tar.gz")) + sorted(BUNDLE.parent.glob("hria_*.deb"))
    print_sizes(BUNDLE, archives)
    compare_start_up(BUNDLE)


if __name__ == "__main__":
    main()
