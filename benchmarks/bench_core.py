"""Core speed: loading and validating a large rubric, scoring a large assessment."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from benchmarks.synthetic import assessment, rubric_yaml
from hria_app.core.rubric_loader import load_rubric
from hria_app.core.scoring import evaluate


def median_seconds(action: Callable[[], object], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "synthetic.yaml"
        path.write_text(rubric_yaml(1000), encoding="utf-8")
        size_kb = path.stat().st_size / 1024
        ours = median_seconds(lambda: load_rubric(path))
        text = path.read_text(encoding="utf-8")
        bare = median_seconds(lambda: yaml.load(text, Loader=yaml.CSafeLoader))
        composer = median_seconds(lambda: yaml.compose(text, Loader=yaml.CSafeLoader))
    print(f"load + validate 1,000-criterion rubric ({size_kb:.0f} KB): {ours * 1000:7.1f} ms  (goal <= 200 ms)")
    print(f"  baseline yaml.load(CSafeLoader), same file:        {bare * 1000:7.1f} ms  ratio {ours / bare:.2f}x")
    print(f"  of which libyaml's C composer alone:               {composer * 1000:7.1f} ms")

    big = assessment(1000)
    inherent = median_seconds(lambda: evaluate(big))
    residual = median_seconds(lambda: evaluate(big, residual=True))
    print(f"score 1,000-criterion assessment, inherent:          {inherent * 1000:7.1f} ms  (goal <= 20 ms)")
    print(f"score 1,000-criterion assessment, residual:          {residual * 1000:7.1f} ms  (goal <= 20 ms)")


if __name__ == "__main__":
    main()
