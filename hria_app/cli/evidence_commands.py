"""Commands about evidence files: attach, verify, list, retitle, mark, detach, purge, and the evidence bundle."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

from hria_app.cli.common import MAX_SIZE_VARIABLE, Handler, passphrase


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> dict[str, Handler]:
    evidence = sub.add_parser("evidence", help="attach, verify and manage evidence files")
    commands = evidence.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    add = commands.add_parser("add", help="attach files to a new evidence item of a criterion")
    add.add_argument("file", type=Path, metavar="FILE.hria")
    add.add_argument("criterion")
    add.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    add.add_argument("--title", default="", help="the item's title (default: the first file's name)")
    add.add_argument("--confidential", action="store_true", help="mark the item confidential")
    add.add_argument("--reliability", default="", choices=("confirmed", "probable", "possible", "doubtful", "unknown"))
    add.add_argument("--item", type=int, metavar="N", help="add to evidence item N of the criterion instead")
    add.add_argument(
        "--max-size", type=float, metavar="MB", help=f"refuse larger files (default 200, or ${MAX_SIZE_VARIABLE})"
    )
    verify = commands.add_parser("verify", help="check every attached file; exit 1 naming each missing or altered")
    listing = commands.add_parser("list", help="list evidence items and their files")
    log = commands.add_parser("log", help="print the custody log")
    purge = commands.add_parser("purge", help="delete stored files that no item refers to any more")
    for parser in (verify, listing, log, purge):
        parser.add_argument("file", type=Path, metavar="FILE.hria")
    retitle = commands.add_parser("retitle", help="give an evidence item a new title")
    confidential = commands.add_parser("confidential", help="mark an evidence item confidential (or --off)")
    detach = commands.add_parser("detach", help="take files off an item; the stored copies stay until purge")
    for parser in (retitle, confidential, detach):
        parser.add_argument("file", type=Path, metavar="FILE.hria")
        parser.add_argument("criterion")
        parser.add_argument("item", type=int, metavar="N", help="the item's number, from 1")
    retitle.add_argument("title")
    confidential.add_argument("--off", action="store_true", help="mark it not confidential")
    detach.add_argument("--file", dest="sha256", metavar="HASH", help="only the file whose SHA-256 starts so")
    for parser in (add, retitle, confidential, detach, purge):
        parser.add_argument("--author", default="", help="who acts (default: $HRIA_AUTHOR, else the user name)")
    bundle = sub.add_parser("bundle", help="write the evidence bundle: brief, assessment, files, SHA256SUMS")
    bundle.add_argument("file", type=Path, metavar="FILE.hria")
    bundle.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.zip")
    bundle.add_argument("--public", action="store_true", help="only what is not confidential, and a public brief")
    bundle.add_argument("--lang", default="en", choices=("en", "th", "en+th"))
    return {"evidence": _evidence, "bundle": _bundle}


def _evidence(args: argparse.Namespace) -> int:
    from hria_app.cli import evidence_actions

    return evidence_actions.ACTIONS[args.evidence_command](args)


def _bundle(args: argparse.Namespace) -> int:
    from hria_app.core.evidence_bundle import write_bundle
    from hria_app.core.evidence_document import open_document

    try:
        from hria_app.report import render_pdf
    except ImportError:
        print("hria: the PDF brief is not available in this build", file=sys.stderr)
        return 1
    doc = open_document(args.file, passphrase)
    brief = render_pdf(doc.assessment, lang=args.lang, public=args.public)
    assessment_file = (doc.path.name, doc.raw)
    summary = write_bundle(args.output, doc.assessment, doc.store(), brief, assessment_file, args.public)
    left_out = f"; {summary.left_out} confidential left out" if summary.left_out else ""
    print(f"wrote {summary.path}: {summary.files} attached file{'s' if summary.files != 1 else ''}{left_out}")
    if doc.encrypted and not args.public:
        print(
            "hria: note: the bundle is not encrypted; it holds the evidence and the brief in the clear", file=sys.stderr
        )
    with contextlib.suppress(OSError):
        os.chmod(args.output, 0o600)
    return 0
