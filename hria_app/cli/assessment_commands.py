"""Commands about assessments: start one from a rubric, score it, export its brief."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hria_app.cli.common import COMPLETE_ASSESSMENT, COMPLETE_RUBRIC, Handler, completes, load, secret
from hria_app.core.text import LANGUAGES, REPORT_LANGUAGES

# The export formats, named here so that `hria --help` needs no part of the report layer.
EXPORT_FORMATS = ("pdf", "docx", "xlsx", "csv", "json", "md")
CSV_TABLES = ("scores", "sections", "actions")
SIGN_PASSWORD_VARIABLE = "HRIA_SIGN_PASSWORD"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> dict[str, Handler]:
    new = sub.add_parser("new", help="start an assessment from a rubric")
    rubric = new.add_argument(
        "--rubric", required=True, metavar="ID_OR_PATH", help="a rubric id from the library, or a file"
    )
    completes(rubric, COMPLETE_RUBRIC)
    new.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FILE", help="the new .hria file; never overwritten"
    )
    new.add_argument("--title", default="", help="the assessment's title")
    score = sub.add_parser("score", help="score an assessment")
    completes(score.add_argument("file", type=Path, help="an assessment (.hria)"), COMPLETE_ASSESSMENT)
    score.add_argument("--json", action="store_true", help="print JSON (format hria-score-result)")
    score.add_argument("--residual", action="store_true", help="the result after credited mitigation")
    score.add_argument("--lang", default="en", choices=LANGUAGES, help="the language of labels and reasons")
    export = sub.add_parser("export", help="export the brief (PDF, Word, Markdown) or the data (XLSX, CSV, JSON)")
    completes(export.add_argument("file", type=Path, help="an assessment (.hria)"), COMPLETE_ASSESSMENT)
    export.add_argument("-o", "--output", required=True, type=Path, metavar="OUT", help="the file to write")
    export.add_argument(
        "--format", choices=EXPORT_FORMATS, help="the format; by default the one the output's suffix names"
    )
    export.add_argument("--lang", default="en", choices=REPORT_LANGUAGES, help="the brief's language(s)")
    export.add_argument("--public", action="store_true", help="leave out everything marked confidential")
    export.add_argument("--table", default="scores", choices=CSV_TABLES, help="which table a CSV holds")
    export.add_argument(
        "--sign",
        type=Path,
        metavar="CERT.p12",
        help=f"sign the PDF with this certificate; its password from {SIGN_PASSWORD_VARIABLE} or a prompt",
    )
    export.add_argument(
        "--compare", type=Path, metavar="OTHER.hria", help="a comparison brief: OTHER (then) against FILE (now)"
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
    # Here, not at the top: every command (and the GUI, started through this parser) would import scoring.
    from hria_app.cli.score_output import score_lines
    from hria_app.core.scoring import evaluate

    result = evaluate(load(args.file), residual=args.residual)
    if args.json:
        print(json.dumps(result.to_json(args.lang), ensure_ascii=False, indent=2))
        return 0
    for line in score_lines(result, args.lang):
        print(line)
    return 0


def _export(args: argparse.Namespace) -> int:
    from hria_app.report.formats import export, format_for

    fmt = format_for(args.output, args.format)
    if args.sign is not None and fmt != "pdf":
        print("hria: only a PDF brief can be signed", file=sys.stderr)
        return 2
    assessment = load(args.file)
    if args.compare is not None:
        from hria_app.report.comparison_brief import export_comparison_pdf

        if fmt != "pdf":
            print("hria: a comparison brief is a PDF", file=sys.stderr)
            return 2
        export_comparison_pdf(load(args.compare), assessment, args.output, lang=args.lang, public=args.public)
    elif args.sign is None:
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
