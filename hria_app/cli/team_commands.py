"""Commands for working as a team: diff and merge assessments, show one as text, and the git set-up for both.

`hria merge` is a git merge driver (exit 0 clean, 1 conflicts kept in the file); `hria show --textconv` lets
`git diff` and `git log -p` show assessments in words. docs/teamwork.md explains the whole workflow.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import shlex
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from hria_app.cli.common import PASSPHRASE_VARIABLE, Handler, passphrase
from hria_app.core.assessment import Assessment
from hria_app.core.errors import HriaError, LoadError

DRIVER = "hria"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> dict[str, Handler]:
    diff = sub.add_parser(
        "diff",
        help="what changed between two assessments (exit 0 equal, 1 different)",
        description="What changed from A to B, in the assessment's terms: context, answers, sections, overall "
        f"level. Encrypted files take the passphrase from {PASSPHRASE_VARIABLE} or a prompt.",
    )
    diff.add_argument("a", type=Path, metavar="A.hria")
    diff.add_argument("b", type=Path, metavar="B.hria")
    diff.add_argument("--json", action="store_true", help="print JSON")
    diff.add_argument("--lang", default="en", choices=("en", "th"))
    merge = sub.add_parser(
        "merge",
        help="merge assessments field by field (a git merge driver; exit 0 clean, 1 conflicts)",
        description="BASE OURS THEIRS: a three-way merge written to OURS (or -o). ORIGINAL COPY: a two-way merge "
        "of a sync tool's conflict copy with its original, written to the original (or -o). Conflicts are kept "
        "in the file, listed, until resolved in the app.",
    )
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE", help="BASE OURS THEIRS, or ORIGINAL COPY")
    merge.add_argument("-o", "--output", type=Path, metavar="OUT", help="write here instead of OURS")
    merge.add_argument("--ours-label", default="ours", help="who wrote OURS (kept with each conflict)")
    merge.add_argument("--theirs-label", default="theirs", help="who wrote THEIRS")
    resolve = sub.add_parser(
        "resolve",
        help="list the merge conflicts in an assessment, or resolve them by taking one side",
        description="Without --take: list the conflicts (exit 1 if any). With --take: set each conflicted field "
        "(or only --field) to that side's value and drop the conflict.",
    )
    resolve.add_argument("file", type=Path)
    resolve.add_argument("--take", choices=("ours", "theirs", "base"), help="the side whose value to keep")
    resolve.add_argument("--field", default="", metavar="PATH", help="only this field, e.g. answers.LEG-1.score")
    show = sub.add_parser("show", help="an assessment as text, one fact per line (git textconv)")
    show.add_argument("file", type=Path)
    show.add_argument("--lang", default="en", choices=("en", "th"))
    show.add_argument(
        "--textconv",
        action="store_true",
        help=f"for git: an encrypted file without {PASSPHRASE_VARIABLE} shows one line instead of failing",
    )
    attrs = sub.add_parser("gitattributes", help="print the .gitattributes and git config lines for .hria files")
    attrs.add_argument(
        "--command", dest="run_with", default="", help="how git should run hria (default: found on PATH)"
    )
    return {"diff": _diff, "merge": _merge, "resolve": _resolve, "show": _show, "gitattributes": _gitattributes}


def open_assessment(path: Path, ask: Callable[[Path], str] = passphrase) -> Assessment:
    """Like `validate`: any problem is raised with the same located messages."""
    from hria_app.core.assessment_file import MAX_ASSESSMENT_BYTES, check_assessment_file
    from hria_app.core.crypto import is_encrypted
    from hria_app.core.yaml_source import read_bytes

    secret = ask(path) if is_encrypted(read_bytes(path, MAX_ASSESSMENT_BYTES)) else None
    assessment, issues = check_assessment_file(path, secret)
    if assessment is None:
        raise LoadError(issues)
    return assessment


def _diff(args: argparse.Namespace) -> int:
    from hria_app.core.diff import diff_assessments
    from hria_app.core.diff_report import diff_json, diff_lines

    diff = diff_assessments(open_assessment(args.a), open_assessment(args.b))
    if args.json:
        print(json.dumps(diff_json(diff, args.lang), ensure_ascii=False, indent=2))
    else:
        print("\n".join(diff_lines(diff, args.lang)))
    return 0 if diff.equal else 1


def _merge(args: argparse.Namespace) -> int:
    from hria_app.core.assessment_file import MAX_ASSESSMENT_BYTES, save_assessment
    from hria_app.core.conflicts import short_value
    from hria_app.core.crypto import is_encrypted
    from hria_app.core.merge import merge_assessments
    from hria_app.core.sync_copies import original_name
    from hria_app.core.yaml_source import read_bytes

    files = list(args.files)
    if len(files) == 3:
        base_path, ours_path, theirs_path = files
    elif len(files) == 2:
        ours_path, theirs_path = files
        if original_name(ours_path) == theirs_path:  # given as COPY ORIGINAL: the original is ours
            ours_path, theirs_path = theirs_path, ours_path
        base_path = None
    else:
        print("hria merge: give BASE OURS THEIRS, or ORIGINAL COPY", file=sys.stderr)
        return 2
    base = open_assessment(base_path) if base_path else None
    ours, theirs = open_assessment(ours_path), open_assessment(theirs_path)
    labels = (args.ours_label, args.theirs_label)
    if base is None and labels == ("ours", "theirs"):
        labels = (ours_path.name, theirs_path.name)
    result = merge_assessments(base, ours, theirs, *labels)
    out = args.output or ours_path
    secret = passphrase(ours_path) if is_encrypted(read_bytes(ours_path, MAX_ASSESSMENT_BYTES)) else None
    save_assessment(out, result.assessment, backup=False, passphrase=secret)
    for conflict in result.assessment.conflicts:
        print(
            f"{out}: conflict in {conflict.field}: {conflict.ours_label} {short_value(conflict.ours)}, "
            f"{conflict.theirs_label} {short_value(conflict.theirs)} (base {short_value(conflict.base)})",
            file=sys.stderr,
        )
    return 0 if result.clean else 1


def _resolve(args: argparse.Namespace) -> int:
    from hria_app.core.assessment_file import MAX_ASSESSMENT_BYTES, save_assessment
    from hria_app.core.conflicts import short_value
    from hria_app.core.crypto import is_encrypted
    from hria_app.core.merge import resolve_conflict
    from hria_app.core.yaml_source import read_bytes

    assessment = open_assessment(args.file)
    chosen = [c for c in assessment.conflicts if not args.field or ".".join(c.path) == args.field]
    if args.field and not chosen:
        print(f"hria: {args.file} has no conflict in {args.field}", file=sys.stderr)
        return 1
    if args.take is None:
        for c in chosen:
            print(
                f"{'.'.join(c.path)}: ours ({c.ours_label}) {short_value(c.ours)}; "
                f"theirs ({c.theirs_label}) {short_value(c.theirs)}; base {short_value(c.base)}"
            )
        return 1 if chosen else 0
    for conflict in chosen:
        assessment = resolve_conflict(assessment, conflict, args.take)
    secret = passphrase(args.file) if is_encrypted(read_bytes(args.file, MAX_ASSESSMENT_BYTES)) else None
    save_assessment(args.file, assessment, passphrase=secret)
    print(f"{args.file}: {len(chosen)} resolved, {len(assessment.conflicts)} left")
    return 0


def _show(args: argparse.Namespace) -> int:
    from hria_app.core.assessment_file import MAX_ASSESSMENT_BYTES
    from hria_app.core.assessment_text import assessment_lines
    from hria_app.core.crypto import is_encrypted
    from hria_app.core.yaml_source import read_bytes

    ask = _textconv_passphrase if args.textconv else passphrase
    try:
        if args.textconv and not _can_ask() and is_encrypted(read_bytes(args.file, MAX_ASSESSMENT_BYTES)):
            print(f"(encrypted assessment: set {PASSPHRASE_VARIABLE} to see its content)")
            return 0
        assessment = open_assessment(args.file, ask)
    except HriaError as exc:
        if not args.textconv:
            raise
        # git shows the problem in the diff rather than failing the whole command
        print("\n".join(str(i) for i in exc.issues) if isinstance(exc, LoadError) else f"hria: {exc}")
        return 0
    print("\n".join(assessment_lines(assessment, args.lang)))
    return 0


def _can_ask() -> bool:
    return bool(os.environ.get(PASSPHRASE_VARIABLE)) or sys.stderr.isatty()


def _textconv_passphrase(path: Path) -> str:
    """git runs textconv without a terminal on stdin; the prompt goes to the terminal itself."""
    return os.environ.get(PASSPHRASE_VARIABLE) or getpass.getpass(f"Passphrase for {path.name}: ")


def _gitattributes(args: argparse.Namespace) -> int:
    command = args.run_with or ("hria" if shutil.which("hria") else f"{shlex.quote(sys.executable)} -m hria_app")
    print(f"# .gitattributes (commit it):\n*.hria merge={DRIVER} diff={DRIVER}\n")
    print("# git config (run once in each clone; add --global for every repository):")
    for key, value in (
        (f"merge.{DRIVER}.name", "HRIA assessment merge, field by field"),
        (f"merge.{DRIVER}.driver", f"{command} merge %O %A %B"),
        (f"diff.{DRIVER}.textconv", f"{command} show --textconv"),
    ):
        print(f"git config {key} {shlex.quote(value)}")
    return 0
