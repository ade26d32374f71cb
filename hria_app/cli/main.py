"""The parser and the dispatch: every command module registers its sub-parser and names its handlers."""

from __future__ import annotations

import argparse
import io
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from hria_app import __version__
from hria_app.cli import assessment_commands, completion, evidence_commands, rubric_commands, team_commands
from hria_app.cli.common import COMPLETE_ASSESSMENT, Handler, completes
from hria_app.core.errors import HriaError, LoadError

log = logging.getLogger(__name__)

# The exit status of a command whose reader went away (`hria score FILE --json | head -1`): 128 + SIGPIPE, the
# status a shell reports for `cat` in the same place, so a script under `set -o pipefail` sees the output was cut.
READER_GONE = 141

# One line per command module; a new command goes in its own module and joins this list.
COMMAND_MODULES = (
    rubric_commands,
    assessment_commands,
    evidence_commands,
    completion,
    team_commands,
)


def _gui(args: argparse.Namespace) -> int:
    from hria_app.gui.shell.app import run_app

    if args.quit_after_start:
        from hria_app.cli.start_check import queue_quit_after_start

        queue_quit_after_start()
    return run_app(args.file)


def _build(prog: str = "hria") -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    parser = argparse.ArgumentParser(prog=prog, description="Human-rights impact assessment of surveillance.")
    parser.add_argument("--version", action="version", version=f"hria {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the app (the default)")
    completes(gui.add_argument("file", nargs="?", type=Path, help="an assessment (.hria) to open"), COMPLETE_ASSESSMENT)
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
    try:
        try:
            return _run(argv)
        finally:
            # Flush here, not at interpreter exit, so a reader that left is noticed while we can still act on it
            # (also after --help, which leaves by SystemExit).
            sys.stdout.flush()
    except BrokenPipeError:
        _discard_stdout()
        return READER_GONE


def _discard_stdout() -> None:
    """Python's documented way out of a closed pipe: point stdout at devnull, or the flush at exit fails again."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError, io.UnsupportedOperation):
        return  # not a real file (a test's capture): nothing will flush it at exit
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def _run(argv: Sequence[str] | None) -> int:
    parser, handlers = _build()
    args_in = list(sys.argv[1:] if argv is None else argv)
    if not args_in or (args_in[0] not in handlers and not args_in[0].startswith("-")):
        args_in = ["gui", *args_in]
    args = parser.parse_args(args_in)
    args.hria_parser = parser  # for commands that describe the command line itself (completion)
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
