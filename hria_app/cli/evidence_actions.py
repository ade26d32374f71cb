"""The handlers of `hria evidence ACTION`: each opens the assessment, acts through core.custody, and saves."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys

from hria_app.cli.common import MAX_SIZE_VARIABLE, passphrase
from hria_app.core import custody
from hria_app.core.errors import HriaError
from hria_app.core.evidence_document import EvidenceDocument, open_document
from hria_app.core.evidence_store import EvidenceError, file_size_text
from hria_app.core.text import Text


def _open(args: argparse.Namespace) -> EvidenceDocument:
    return open_document(args.file, passphrase)


def _author(args: argparse.Namespace) -> str:
    return str(args.author).strip() or custody.default_author()


def add(args: argparse.Namespace) -> int:
    doc = _open(args)
    if not doc.assessment.rubric.has_criterion(args.criterion):
        print(f"hria: no criterion {args.criterion!r} in rubric {doc.assessment.rubric.id}", file=sys.stderr)
        return 1
    items = len(doc.assessment.answer(args.criterion).evidence)
    if args.item is not None and not 1 <= args.item <= items:
        print(f"hria: {args.criterion} has {items} evidence item(s); there is no item {args.item}", file=sys.stderr)
        return 1
    store = doc.store(max_bytes(args))
    before = store.stored_names()
    author, at = _author(args), custody.now_utc()
    known = custody.known_files(doc.assessment)
    stored, refused = [], []
    for path in args.paths:
        try:
            attachment = store.add_file(path, author, at, known)
        except EvidenceError as exc:
            refused.append(str(exc))
            continue
        known.setdefault(attachment.sha256, attachment.stored)
        stored.append(attachment)
    if refused:
        # All or nothing: a command that half-worked would leave the user guessing which files are kept.
        for message in refused:
            print(f"hria: {message}", file=sys.stderr)
        keep = custody.referenced(doc.assessment)
        for a in stored:
            if a.stored not in before and a.stored not in keep:
                with contextlib.suppress(OSError):
                    os.unlink(store.path_of(a.stored))
        print("hria: nothing was attached", file=sys.stderr)
        return 1
    title = Text.of(args.title) if args.title else None
    index = args.item - 1 if args.item is not None else None
    index = custody.attach(
        doc.assessment, args.criterion, stored, author, at, title, args.confidential, args.reliability, index
    )
    doc.save()
    for a in stored:
        again = " (already stored)" if a.stored in before else ""
        link = " through a link" if a.was_link else ""
        print(f"attached {a.name}{link}: {file_size_text(a.size)}, SHA-256 {a.sha256}{again}")
    print(f"to {args.criterion}, evidence {index + 1}")
    return 0


def verify(args: argparse.Namespace) -> int:
    from hria_app.core.evidence_verify import verify_evidence

    doc = _open(args)
    report = verify_evidence(doc.assessment, doc.store())
    for problem in report.problems:
        print(f"{args.file}: {problem.describe()}", file=sys.stderr)
    if report.problems:
        count = len(report.problems)
        print(f"{args.file}: {count} of {len(report.checks)} attached files missing or altered", file=sys.stderr)
        return 1
    print(f"{args.file}: all {len(report.checks)} attached files hold")
    return 0


def list_items(args: argparse.Namespace) -> int:
    doc = _open(args)
    for criterion in doc.assessment.rubric.criteria():
        for i, item in enumerate(doc.assessment.answer(criterion.id).evidence, 1):
            marks = ", ".join(m for m in (item.reliability, item.accessed, "confidential" * item.confidential) if m)
            print(f"{criterion.id}  {i}  {item.title}" + (f"  ({marks})" if marks else ""))
            for a in item.files:
                print(f"    {a.sha256[:16]}  {file_size_text(a.size):>9}  {a.media_type}  {a.name}")
    return 0


def log(args: argparse.Namespace) -> int:
    doc = _open(args)
    for e in doc.assessment.custody:
        where = f"{e.criterion} {e.item!r}" if e.criterion else ""
        what = " ".join(p for p in (where, e.file, e.sha256[:16], e.detail and f"({e.detail})") if p)
        print(f"{e.at}  {e.by}  {e.action}  {what}".rstrip())
    return 0


def retitle(args: argparse.Namespace) -> int:
    doc = _open(args)
    custody.retitle(
        doc.assessment, args.criterion, args.item - 1, Text.of(args.title), _author(args), custody.now_utc()
    )
    doc.save()
    print(f"{args.criterion}, evidence {args.item}: retitled")
    return 0


def confidential(args: argparse.Namespace) -> int:
    doc = _open(args)
    value = not args.off
    custody.set_confidential(doc.assessment, args.criterion, args.item - 1, value, _author(args), custody.now_utc())
    doc.save()
    print(f"{args.criterion}, evidence {args.item}: {'confidential' if value else 'not confidential'}")
    return 0


def detach(args: argparse.Namespace) -> int:
    doc = _open(args)
    gone = custody.detach(doc.assessment, args.criterion, args.item - 1, _author(args), custody.now_utc(), args.sha256)
    doc.save()
    for a in gone:
        print(f"detached {a.name} ({a.sha256[:16]}); its stored copy stays until `hria evidence purge`")
    return 0


def purge(args: argparse.Namespace) -> int:
    doc = _open(args)
    removed = custody.purge(doc.assessment, doc.store(), _author(args), custody.now_utc())
    if removed:
        doc.save()
    print(f"removed {len(removed)} stored file{'s' if len(removed) != 1 else ''} no item refers to")
    return 0


ACTIONS = {
    "add": add,
    "verify": verify,
    "list": list_items,
    "log": log,
    "retitle": retitle,
    "confidential": confidential,
    "detach": detach,
    "purge": purge,
}


def max_bytes(args: argparse.Namespace) -> int:
    from hria_app.core.evidence_store import DEFAULT_MAX_BYTES

    given = getattr(args, "max_size", None)
    if given is None:
        variable = os.environ.get(MAX_SIZE_VARIABLE, "").strip()
        if not variable:
            return DEFAULT_MAX_BYTES
        try:
            given = float(variable)
        except ValueError:
            raise HriaError(f"{MAX_SIZE_VARIABLE} must be a number of megabytes, not {variable!r}") from None
    if given <= 0:
        raise HriaError("the largest file size must be above 0 MB")
    return int(given * 1024 * 1024)
