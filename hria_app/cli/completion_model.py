"""What shell completion knows of the command line: each command's arguments and what they complete to, read
from the parser (completion.py prints the scripts that completion_scripts.py writes from it)."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

from hria_app.cli.common import COMPLETE_ASSESSMENT, COMPLETE_CHECKABLE, COMPLETE_FILE, COMPLETE_RUBRIC

# What each kind of argument completes to, as file suffixes (rubric ids are added for COMPLETE_RUBRIC).
SUFFIXES = {
    COMPLETE_RUBRIC: ("yaml", "yml"),
    COMPLETE_ASSESSMENT: ("hria",),
    COMPLETE_CHECKABLE: ("yaml", "yml", "hria"),
    COMPLETE_FILE: (),
}


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
