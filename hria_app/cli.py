"""The command line: a second face over the same core as the app.

Exit codes: 0 success, 1 invalid input or a data error (one line per problem on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from hria_app import __version__
from hria_app.core.assessment import Assessment
from hria_app.core.errors import HriaError, LoadError

PASSPHRASE_VARIABLE = "HRIA_PASSPHRASE"
COMMANDS = ("gui", "rubrics", "validate", "new", "score", "export", "rubric-diff")
log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hria", description="Human-rights impact assessment of surveillance.")
    parser.add_argument("--version", action="version", version=f"hria {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the app (the default)")
    gui.add_argument("file", nargs="?", type=Path, help="an assessment (.hria) to open")
    rubrics = sub.add_parser("rubrics", help="list the rubrics in the library")
    rubrics.add_argument("--json", action="store_true", help="print JSON")
    validate = sub.add_parser("validate", help="check rubrics (.yaml/.yml) and assessments (.hria)")
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE")
    new = sub.add_parser("new", help="start an assessment from a rubric")
    new.add_argument("--rubric", required=True, metavar="ID_OR_PATH")
    new.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    new.add_argument("--title", default="")
    score = sub.add_parser("score", help="score an assessment")
    score.add_argument("file", type=Path)
    score.add_argument("--json", action="store_true", help="print JSON")
    score.add_argument("--residual", action="store_true", help="the result after credited mitigation")
    score.add_argument("--lang", default="en", choices=("en", "th"))
    diff = sub.add_parser("rubric-diff", help="what changed between two versions of a rubric")
    diff.add_argument("old", metavar="OLD")
    diff.add_argument("new", metavar="NEW")
    export = sub.add_parser("export", help="export the PDF brief")
    export.add_argument("file", type=Path)
    export.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")
    export.add_argument("--lang", default="en", choices=("en", "th", "en+th"))
    export.add_argument("--public", action="store_true", help="leave out everything marked confidential")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    if not args_in or (args_in[0] not in COMMANDS and not args_in[0].startswith("-")):
        args_in = ["gui", *args_in]
    args = build_parser().parse_args(args_in)
    try:
        return _run(args)
    except LoadError as exc:
        for issue in exc.issues:
            print(str(issue), file=sys.stderr)
        return 1
    except HriaError as exc:
        print(f"hria: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace) -> int:
    if args.command == "gui":
        from hria_app.gui.app import run_app

        return run_app(args.file)
    handler = {
        "rubrics": _rubrics,
        "validate": _validate,
        "new": _new,
        "score": _score,
        "export": _export,
        "rubric-diff": _rubric_diff,
    }
    return handler[args.command](args)


def _passphrase(path: Path) -> str:
    """From the environment or a prompt; never from the command line, where it would stay in the shell history."""
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given:
        return given
    if not sys.stdin.isatty():
        raise HriaError(f"{path} is encrypted: set {PASSPHRASE_VARIABLE}, or run in a terminal to be asked")
    return getpass.getpass(f"Passphrase for {path.name}: ")


def _load(path: Path) -> Assessment:
    from hria_app.core.assessment_file import load_assessment
    from hria_app.core.crypto import PassphraseRequired

    try:
        return load_assessment(path)
    except PassphraseRequired:
        return load_assessment(path, _passphrase(path))


def _rubrics(args: argparse.Namespace) -> int:
    from hria_app.core.library import RubricLibrary

    entries = RubricLibrary().entries()
    if args.json:
        rows = [
            {
                "id": e.rubric.id if e.rubric else None,
                "version": e.rubric.version if e.rubric else None,
                "title": e.rubric.title.get("en") if e.rubric else None,
                "origin": e.origin,
                "valid": e.valid,
                "criteria": e.rubric.criterion_count if e.rubric else None,
                "path": str(e.path),
                "error": e.first_error or None,
            }
            for e in entries
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print("no rubrics found")
    for e in entries:
        if e.rubric:
            print(
                f"{e.rubric.id}  {e.rubric.version}  {e.origin}  {e.rubric.title.get('en')}"
                f"  ({e.rubric.criterion_count} criteria)"
            )
        else:
            print(f"{e.path.name}  -  {e.origin}  INVALID: {e.first_error}")
    return 0


def _validate(args: argparse.Namespace) -> int:
    from hria_app.core.validation import check_file

    failed = False
    for path in args.files:
        issues = check_file(path, _passphrase)
        for issue in issues:
            print(str(issue), file=sys.stderr)
        if any(i.severity == "error" for i in issues):
            failed = True
        else:
            print(f"{path}: valid")
    return 1 if failed else 0


def _new(args: argparse.Namespace) -> int:
    from hria_app.core.assessment import new_assessment
    from hria_app.core.assessment_file import save_assessment
    from hria_app.core.library import RubricLibrary

    if args.output.exists():
        print(f"hria: {args.output} already exists; choose another name", file=sys.stderr)
        return 1
    rubric = RubricLibrary().resolve(args.rubric)
    save_assessment(args.output, new_assessment(rubric, args.title), backup=False)
    print(f"created {args.output} with rubric {rubric.id} {rubric.version}")
    return 0


def _score(args: argparse.Namespace) -> int:
    from hria_app.core.scoring import evaluate

    result = evaluate(_load(args.file), residual=args.residual)
    if args.json:
        print(json.dumps(result.to_json(args.lang), ensure_ascii=False, indent=2))
        return 0
    lang = args.lang
    print(
        f"{result.overall.label.get(lang)}  ({result.overall.percent:.1f}%, completeness "
        f"{result.completeness:.0%}{', residual' if result.residual else ''})"
    )
    for reason in result.overall.reasons:
        print(f"  - {reason.text(lang)}")
    for s in result.sections:
        label = s.label.get(lang) if s.level else "not rated"
        extra = f"  severity {s.severity}, likelihood {s.likelihood}" if s.severity else ""
        print(f"  {s.id:<8} {label:<12}{extra}  {s.title.get(lang)}")
    return 0


def _rubric_diff(args: argparse.Namespace) -> int:
    from hria_app.core.library import RubricLibrary
    from hria_app.core.rubric_diff import diff_rubrics

    library = RubricLibrary()
    for line in diff_rubrics(library.resolve(args.old), library.resolve(args.new)).lines():
        print(line)
    return 0


def _export(args: argparse.Namespace) -> int:
    try:
        from hria_app.report import export_pdf
    except ImportError:
        print("hria: the PDF brief is not available in this build", file=sys.stderr)
        return 1
    assessment = _load(args.file)
    export_pdf(assessment, args.output, lang=args.lang, public=args.public)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
