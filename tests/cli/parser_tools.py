"""The command line as the parser defines it, for tests that hold documents to it."""

from __future__ import annotations

import argparse

from hria_app.cli import build_parser


def sub_parsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def options(parser: argparse.ArgumentParser) -> list[str]:
    """Every option string (`-o`, `--output`) but help, and every positional's name as shown in usage."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if action.option_strings:
            found += action.option_strings
        else:
            found.append(action.metavar if isinstance(action.metavar, str) else action.dest.upper())
    return found
