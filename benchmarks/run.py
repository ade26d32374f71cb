"""Print every benchmark's figures next to its baseline: `make bench`."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main() -> int:
    for module_path in sorted(HERE.glob("bench_*.py")):
        name = f"benchmarks.{module_path.stem}"
        print(f"== {module_path.stem.removeprefix('bench_').replace('_', ' ')}")
        importlib.import_module(name).main()
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
