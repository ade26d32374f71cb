"""Asking dpkg what is installed and what a package needs, for the package tests."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path


def _installed(package: str) -> bool:
    done = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True)
    return done.returncode == 0 and "install ok installed" in done.stdout


def _unmet_depends(deb: Path) -> list[str]:
    depends = subprocess.run(["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True, check=True)
    unmet = []
    for clause in depends.stdout.split(","):
        choices = [re.sub(r"\s*\(.*\)", "", choice).strip() for choice in clause.split("|")]
        if not any(_installed(choice) for choice in choices):
            unmet.append(choices[0])
    return unmet
