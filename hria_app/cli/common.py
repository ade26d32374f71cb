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
MAX_SIZE_VARIABLE = "HRIA_EVIDENCE_MAX_MB"  # the largest evidence file taken, in MB

Handler = Callable[[argparse.Namespace], int]


def passphrase(path: Path) -> str:
    """From the environment or a prompt; never from the command line, where it would stay in the shell history."""
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given:
        return given
    if not sys.stdin.isatty():
        raise HriaError(f"{path} is encrypted: set {PASSPHRASE_VARIABLE}, or run in a terminal to be asked")
    return getpass.getpass(f"Passphrase for {path.name}: ")


def secret(variable: str, prompt: str) -> str:
    """A password from the environment variable, or asked for in a terminal."""
    given = os.environ.get(variable)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise HriaError(f"set {variable}, or run in a terminal to be asked: {prompt.rstrip(': ')}")
    return getpass.getpass(prompt)


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


# What the shell completes for an argument (hria_app/cli/completion.py); arguments with choices complete those.
COMPLETE_RUBRIC = "rubric"  # a rubric id from the library, or a .yaml/.yml file
COMPLETE_ASSESSMENT = "assessment"  # a .hria file
COMPLETE_CHECKABLE = "checkable"  # a .yaml/.yml/.hria file
COMPLETE_FILE = "file"  # any file


def completes(action: argparse.Action, kind: str) -> argparse.Action:
    """Mark what the shell should offer for this argument."""
    setattr(action, "hria_complete", kind)  # noqa: B010 - argparse.Action has no slot for it
    return action
