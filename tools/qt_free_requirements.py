"""Print the project's runtime and test requirements without Qt, one a line: what the Qt-free test environment
installs (`make test-qt-free`), read from pyproject.toml so the two lists never drift apart. The lint tools are
left out too: that environment only runs tests."""

from __future__ import annotations

import re
import sys
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python 3.10: pytest brings tomli
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
LEFT_OUT = re.compile(r"^(pyside6|shiboken6|pytest-qt|ruff|mypy|types-|import-linter)", re.IGNORECASE)


def main() -> int:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    print("\n".join(requirement for requirement in wanted if not LEFT_OUT.match(requirement)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
