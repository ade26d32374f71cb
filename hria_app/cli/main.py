"""The parser and the dispatch: every command module registers its sub-parser and names its handlers."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from hria_app import __version__
from hria_app.cli import assessment_commands, rubric_commands
from hria_app.cli.common import Handler
from hria_app.core.errors import HriaError, LoadError

log = logging.getLogger(__name__)

# One line per command module; a new command goes in its own module and joins this list.
COMMAND_MODULES = (
    rubric_commands,
    assessment_commands,
)


def _gui(args: argparse.Namespace) -> int:
    from hria_app.gui.app import run_app

    if args.quit_after_start:
        from hria_app.cli.start_check import queue_quit_after_start

        queue_quit_after_start()
    return run_app(args.file)


def _build(prog: str = "hria") -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    parser = argparse.ArgumentParser(prog=prog, description="Human-rights impact assessment of surveillance.")
    parser.add_argument("--version", action="version", version=f"hria {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the app (the default)")
    gui.add_argument("file", nargs="?", type=Path, help="an assessment (.hria) to open")
    gui.add_argument(
        "--quit-after-start",
        action="store_true",
        help="open the window (and FILE), print its title and quit: checks that an install works",
    )
    handlers: dict[str, Handler] = {"gui": _gui}
    for module in COMMAND_MODULES:
        handlers.update(module.register(sub))
    return parser, handlers


def build_parser() -> argparse.ArgumentParser:
    return _build()[0]


def main(argv: Sequence[str] | None = None) -> int:
    parser, handlers = _build()
    args_in = list(sys.argv[1:] if argv is None else argv)
    if not args_in or (args_in[0] not in handlers and not args_in[0].startswith("-")):
        args_in = ["gui", *args_in]
    args = parser.parse_args(args_in)
    try:
        return handlers[args.command](args)
    except LoadError as exc:
        for issue in exc.issues:
            print(str(issue), file=sys.stderr)
        return 1
    except HriaError as exc:
        print(f"hria: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
