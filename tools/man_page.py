"""Write the manual page, generated from the argument parser by argparse-manpage: `make man`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hria_app import __version__  # noqa: E402


def write_man_page(output: Path) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    tool = Path(sys.executable).parent / "argparse-manpage"
    subprocess.run(
        [
            str(tool),
            "--module",
            "hria_app.cli.main",
            "--function",
            "build_parser",
            "--prog",
            "hria",
            "--project-name",
            "hria",
            "--version",
            __version__,
            "--description",
            "human-rights impact assessment of surveillance",
            "--manual-title",
            "HRIA manual",
            "--include",
            str(ROOT / "tools" / "man" / "hria.include"),
            "--output",
            str(output),
        ],
        check=True,
        cwd=ROOT,
    )


if __name__ == "__main__":
    write_man_page(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "man" / "hria.1")
