"""Commands about assessments: start one from a rubric, score it, export its brief."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hria_app.cli.common import Handler, load, secret
from hria_app.core.text import LANGUAGES, REPORT_LANGUAGES

# The export formats, named here so that `hria --help` needs no part of the report layer.
EXPORT_FORMATS = ("pdf", "docx", "xlsx", "csv", "json", "md")
CSV_TABLES = ("scores", "sections", "actions")
SIGN_PASSWORD_VARIABLE = "HRIA_SIGN_PASSWORD"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> dict[str, Handler]:
    new = sub.add_parser("new", help="start an assessment from a rubric")
    new.add_argument("--rubric", required=True, metavar="ID_OR_PATH")
    new.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    new.add_argument("--title", default="")
    score = sub.add_parser("score", help="score an assessment")
    score.add_argument("file", type=Path)
    score.add_argument("--json", action="store_true", help="print JSON")
    score.add_argument("--residual", action="store_true", help="the result after credited mitigation")
    score.add_argument("--lang", default="en", choices=LANGUAGES)
    export = sub.add_parser("export", help="export the brief (PDF, Word, Markdown) or the data (XLSX, CSV, JSON)")
    export.add_argument("file", type=Path)
    export.add_argument("-o", "--output", required=True, type=Path, metavar="OUT")
    export.add_argument(
        "--format", choices=EXPORT_FORMATS, help="the format; by default the one the output's suffix names"
    )
    export.add_argument("--lang", default="en", choices=REPORT_LANGUAGES)
    export.add_argument("--public", action="store_true", help="leave out everything marked confidential")
    export.add_argument("--table", default="scores", choices=CSV_TABLES, help="which table a CSV holds")
    export.add_argument(
        "--sign",
        type=Path,
        metavar="CERT.p12",
        help=f"sign the PDF with this certificate; its password from {SIGN_PASSWORD_VARIABLE} or a prompt",
    )
    return {"new": _new, "score": _score, "export": _export}


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

    result = evaluate(load(args.file), residual=args.residual)
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


def _export(args: argparse.Namespace) -> int:
    from hria_app.report.formats import export, format_for

    fmt = format_for(args.output, args.format)
    if args.sign is not None and fmt != "pdf":
        print("hria: only a PDF brief can be signed", file=sys.stderr)
        return 2
    assessment = load(args.file)
    if args.sign is None:
        export(assessment, args.output, fmt, lang=args.lang, public=args.public, table=args.table)
    else:
        from hria_app.core.storage import atomic_write
        from hria_app.report.formats import render
        from hria_app.report.signing import sign_pdf

        password = secret(SIGN_PASSWORD_VARIABLE, f"Password for {args.sign.name}: ")
        pdf = render(assessment, "pdf", lang=args.lang, public=args.public)
        atomic_write(args.output, sign_pdf(pdf, args.sign, password))
    print(f"wrote {args.output}")
    return 0
