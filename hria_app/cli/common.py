"""What every command shares: the passphrase of an encrypted file and loading an assessment with it."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from hria_app.core.assessment import Assessment
from hria_app.core.errors import HriaError

PASSPHRASE_VARIABLE = "HRIA_PASSPHRASE"

Handler = Callable[[argparse.Namespace], int]


def passphrase(path: Path) -> str:
    """From the environment or a prompt; never from the command line, where it would stay in the shell history."""
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given:
        return given
    if not sys.stdin.isatty():
        raise HriaError(f"{path} is encrypted: set {PASSPHRASE_VARIABLE}, or run in a terminal to be asked")
    return getpass.getpass(f"Passphrase for {path.name}: ")


def load(path: Path) -> Assessment:
    """The assessment in `path`; an encrypted file that cannot be opened is a LoadError located at the file."""
    from hria_app.core.assessment_file import load_assessment
    from hria_app.core.crypto import EncryptionError, PassphraseRequired
    from hria_app.core.errors import Issue, LoadError

    try:
        try:
            return load_assessment(path)
        except PassphraseRequired:
            return load_assessment(path, passphrase(path))
    except EncryptionError as exc:
        raise LoadError([Issue(str(path), str(exc))]) from exc
