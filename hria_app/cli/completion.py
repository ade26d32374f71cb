"""`hria completion bash|zsh`: shell completion scripts generated from the parser itself, so a new command or
option is completed without anyone editing a script. Rubric ids come from the library when completing."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from hria_app.cli.common import (
    COMPLETE_ASSESSMENT,
    COMPLETE_CHECKABLE,
    COMPLETE_FILE,
    COMPLETE_RUBRIC,
    Handler,
)

SHELLS = ("bash", "zsh")
# What each kind of argument completes to, as file suffixes (rubric ids are added for COMPLETE_RUBRIC).
SUFFIXES = {
    COMPLETE_RUBRIC: ("yaml", "yml"),
    COMPLETE_ASSESSMENT: ("hria",),
    COMPLETE_CHECKABLE: ("yaml", "yml", "hria"),
    COMPLETE_FILE: (),
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> dict[str, Handler]:
    completion = sub.add_parser("completion", help="print a shell completion script")
    completion.add_argument("shell", nargs="?", choices=SHELLS, metavar="SHELL", help="the shell: bash or zsh")
    completion.add_argument(
        "--rubric-ids", action="store_true", help="print the library's rubric ids, one a line (the scripts use it)"
    )
    return {"completion": _completion}


@dataclass
class Argument:
    flags: tuple[str, ...]  # empty for a positional
    name: str
    help: str
    takes_value: bool
    words: tuple[str, ...] = ()  # choices
    kind: str = ""  # one of SUFFIXES, or "" for free text
    repeats: bool = False


@dataclass
class Command:
    name: str
    help: str
    arguments: list[Argument] = field(default_factory=list)

    @property
    def options(self) -> list[Argument]:
        return [a for a in self.arguments if a.flags]

    @property
    def positionals(self) -> list[Argument]:
        return [a for a in self.arguments if not a.flags]


def commands(parser: argparse.ArgumentParser) -> list[Command]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    helps = {choice.dest: str(choice.help or "") for choice in sub._choices_actions}
    return [Command(name, helps.get(name, ""), _arguments(p)) for name, p in sub.choices.items()]


def _arguments(parser: argparse.ArgumentParser) -> list[Argument]:
    found = []
    for action in parser._actions:
        takes_value = action.nargs != 0
        kind = getattr(action, "hria_complete", "")
        if not kind and (action.type is Path or action.dest == "output"):
            kind = COMPLETE_FILE
        name = action.metavar if isinstance(action.metavar, str) else action.dest
        found.append(
            Argument(
                tuple(action.option_strings),
                name,
                str(action.help or "") if action.help != argparse.SUPPRESS else "",
                takes_value,
                tuple(str(c) for c in action.choices or ()),
                kind,
                action.nargs in ("+", "*"),
            )
        )
    return found


def _completion(args: argparse.Namespace) -> int:
    if args.rubric_ids:
        from hria_app.core.library import RubricLibrary

        for rubric_id in sorted({r.id for r in RubricLibrary().rubrics()}):
            print(rubric_id)
        return 0
    if args.shell is None:
        print("hria: name a shell: hria completion bash, or hria completion zsh", file=sys.stderr)
        return 2
    from hria_app.cli.completion_scripts import bash_script, zsh_script
    from hria_app.cli.main import build_parser

    found = commands(build_parser())
    print(bash_script(found) if args.shell == "bash" else zsh_script(found), end="")
    return 0
