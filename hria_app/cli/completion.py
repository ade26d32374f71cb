"""`hria completion bash|zsh`: shell completion scripts generated from the parser itself, so a new command or
option is completed without anyone editing a script. Rubric ids come from the library when completing."""

from __future__ import annotations

import argparse
import sys

from hria_app.cli.common import Handler
from hria_app.cli.completion_model import commands

SHELLS = ("bash", "zsh")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> dict[str, Handler]:
    completion = sub.add_parser("completion", help="print a shell completion script")
    completion.add_argument("shell", nargs="?", choices=SHELLS, metavar="SHELL", help="the shell: bash or zsh")
    completion.add_argument(
        "--rubric-ids", action="store_true", help="print the library's rubric ids, one a line (the scripts use it)"
    )
    return {"completion": _completion}


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

    found = commands(args.hria_parser)
    print(bash_script(found) if args.shell == "bash" else zsh_script(found), end="")
    return 0
