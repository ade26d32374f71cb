"""Core speed: loading and validating a large rubric (first read and from the rubric cache), scoring a large
assessment. CPU seconds, best of several runs: other processes on a busy machine inflate them less.

Tried for the first load: yaml.load with CSafeLoader instead of composing (to compose only on error) is slower,
not faster, as the baselines show: it composes the same nodes and then constructs objects. Most of the first
load is libyaml's composer; what remains of a cached load is the validation itself, run again on every read.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from benchmarks.synthetic import assessment, rubric_yaml
from benchmarks.verdict import verdict
from hria_app.core.rubric_cache import check_rubric_file_cached, summarise_rubric_file
from hria_app.core.rubric_loader import check_rubric_file
from hria_app.core.scoring import evaluate

GOAL_FIRST_MS = 500
GOAL_CACHED_MS = 100


def best_seconds(action: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.process_time()
        action()
        times.append(time.process_time() - started)
    return min(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "synthetic.yaml"
        path.write_text(rubric_yaml(1000), encoding="utf-8")
        size_kb = path.stat().st_size / 1024
        text = path.read_text(encoding="utf-8")
        fresh = iter(range(100))
        first = best_seconds(lambda: check_rubric_file_cached(path, Path(folder) / f"cache{next(fresh)}"), 3)
        cache = Path(folder) / "cache"
        check_rubric_file_cached(path, cache)
        cached = best_seconds(lambda: check_rubric_file_cached(path, cache), 7)
        summary = best_seconds(lambda: summarise_rubric_file(path, cache), 7)
        uncached = best_seconds(lambda: check_rubric_file(path), 3)
        bare = best_seconds(lambda: yaml.load(text, Loader=yaml.CSafeLoader), 3)
        composer = best_seconds(lambda: yaml.compose(text, Loader=yaml.CSafeLoader), 3)
    print(f"1,000-criterion rubric ({size_kb:.0f} KB), CPU, best of several runs:")
    first_ms, cached_ms = first * 1000, cached * 1000
    print(
        f"  first load (parse, validate, write the cache): {first_ms:7.1f} ms  "
        f"(goal <= {GOAL_FIRST_MS} ms: {verdict(first_ms, GOAL_FIRST_MS)})"
    )
    print(
        f"  later loads, from the cache (validated again): {cached_ms:7.1f} ms  "
        f"(goal <= {GOAL_CACHED_MS} ms: {verdict(cached_ms, GOAL_CACHED_MS)})"
    )
    print(f"  library list entry, from the cache:            {summary * 1000:7.1f} ms")
    print(f"  baseline: load + validate without the cache:   {uncached * 1000:7.1f} ms")
    print(f"  baseline: yaml.load(CSafeLoader), same file:   {bare * 1000:7.1f} ms  (first load {first / bare:.2f}x)")
    print(f"    of which libyaml's C composer alone:         {composer * 1000:7.1f} ms")

    big = assessment(1000)
    inherent = best_seconds(lambda: evaluate(big), 7)
    residual = best_seconds(lambda: evaluate(big, residual=True), 7)
    print(f"score 1,000-criterion assessment, inherent:      {inherent * 1000:7.1f} ms  (goal <= 20 ms)")
    print(f"score 1,000-criterion assessment, residual:      {residual * 1000:7.1f} ms  (goal <= 20 ms)")


if __name__ == "__main__":
    main()
