"""Commands about rubrics: list the library, validate files, compare two versions of a rubric."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hria_app.cli.common import COMPLETE_CHECKABLE, COMPLETE_RUBRIC, Handler, completes, passphrase

# `hria rubrics --json` (docs/command-line.md, resources/schema/rubric-list.schema.json); additions only within a
# version.
RUBRIC_LIST_FORMAT = "hria-rubric-list"
RUBRIC_LIST_FORMAT_VERSION = 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> dict[str, Handler]:
    rubrics = sub.add_parser("rubrics", help="list the rubrics in the library")
    rubrics.add_argument("--json", action="store_true", help="print JSON (format hria-rubric-list)")
    validate = sub.add_parser("validate", help="check rubrics (.yaml/.yml) and assessments (.hria)")
    files = validate.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help="rubrics and assessments to check"
    )
    completes(files, COMPLETE_CHECKABLE)
    diff = sub.add_parser("rubric-diff", help="what changed between two versions of a rubric")
    completes(diff.add_argument("old", metavar="OLD", help="the older rubric: an id or a file"), COMPLETE_RUBRIC)
    completes(diff.add_argument("new", metavar="NEW", help="the newer rubric: an id or a file"), COMPLETE_RUBRIC)
    return {"rubrics": _rubrics, "validate": _validate, "rubric-diff": _rubric_diff}


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
        listing = {"format": RUBRIC_LIST_FORMAT, "format_version": RUBRIC_LIST_FORMAT_VERSION, "rubrics": rows}
        print(json.dumps(listing, ensure_ascii=False, indent=2))
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
        issues = check_file(path, passphrase)
        for issue in issues:
            print(str(issue), file=sys.stderr)
        if any(i.severity == "error" for i in issues):
            failed = True
        else:
            print(f"{path}: valid")
    return 1 if failed else 0


def _rubric_diff(args: argparse.Namespace) -> int:
    from hria_app.core.library import RubricLibrary
    from hria_app.core.rubric_diff import diff_rubrics

    library = RubricLibrary()
    for line in diff_rubrics(library.resolve(args.old), library.resolve(args.new)).lines():
        print(line)
    return 0
